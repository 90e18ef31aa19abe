// Photo uploads: POST /uploads (multipart/form-data, one file in `file`) and GET /uploads/{id}.
// - The type is sniffed from the first bytes (JPG / PNG / WebP), the size checked against the visit domain's
//   limit; refusals are 400 (no / empty file), 413 (too large), 415 (not a photo), each with a Chinese message.
// - The bytes are stored in the database row beside the metadata: one transaction, survives restarts.
// - An upload belongs to its uploader until a record takes it (`attachUploads`); from then on whoever may see
//   that record may read it. Each kind of record says who that is with `registerUploadViewer(kind, fn)`.
// - Uploads no record took within ORPHAN_UPLOAD_GRACE_MS are deleted (photos chosen for a draft that was never
//   saved): at start-up and then every MOCK_UPLOAD_SWEEP_MS (default an hour; 0 = only at start-up).
// @fastify/multipart is registered in this module's own scope only, so no other route accepts multipart bodies.
import crypto from 'node:crypto'
import multipart from '@fastify/multipart'
import type { User } from '../../../src/domain/contract'
import { UPLOAD_FIELD, type Upload } from '../../../src/domain/contract/upload'
import { PHOTO_MAX_BYTES, checkPhotoUpload, sniffImageType } from '../../../src/domain/visits'
import type { StoredUpload } from '../../store'
import { currentUser, type Ctx } from '../context'
import { HttpError, badRequest, forbidden, notFound } from '../errors'
import type { RouteModule } from './index'

/** Who may read an upload a record of this kind has taken (the record's readers). */
export type UploadViewer = (ctx: Ctx, user: User, recordId: string) => boolean
const viewers = new Map<string, UploadViewer>()

/** Called once per record kind at module load ('visit' in routes/visits.ts, 'member_evidence' …). */
export function registerUploadViewer(kind: string, viewer: UploadViewer): void {
  viewers.set(kind, viewer)
}

export function canSeeUpload(ctx: Ctx, user: User, u: StoredUpload): boolean {
  if (u.ownerId === user.id) return true
  if (!u.attachedKind || !u.attachedId) return false
  return viewers.get(u.attachedKind)?.(ctx, user, u.attachedId) ?? false
}

export const toUpload = (u: StoredUpload): Upload => ({ fileId: u.id, mime: u.mime, size: u.size, createdAt: u.createdAt })

/**
 * Lets a record take uploads (call inside the request's transaction, before saving the record). Each id must be
 * an upload of `user` not taken yet, or one this same record already has; otherwise 400 with an error at
 * `<field>.<i>.fileId`. Returns the uploads in the order given (their stored type and size are the truth).
 */
export function attachUploads(
  ctx: Ctx,
  user: User,
  fileIds: readonly string[],
  record: { kind: string; id: string },
  field = 'photos',
): StoredUpload[] {
  const errors: Record<string, string> = {}
  const out: StoredUpload[] = []
  const seen = new Set<string>()
  fileIds.forEach((fileId, i) => {
    const u = ctx.store.uploads.get(fileId)
    const mine = u && u.ownerId === user.id && !u.attachedKind
    const already = u && u.attachedKind === record.kind && u.attachedId === record.id
    if (!u || !(mine || already)) errors[`${field}.${i}.fileId`] = '照片未上传成功或已被其他记录使用，请重新上传'
    else if (seen.has(fileId)) errors[`${field}.${i}.fileId`] = '同一张照片不能重复添加'
    else out.push(u)
    seen.add(fileId)
  })
  if (Object.keys(errors).length) throw badRequest('照片有误，请按提示修改', errors)
  for (const u of out) {
    if (u.attachedKind) continue
    ctx.store.uploads.save({ ...u, attachedKind: record.kind, attachedId: record.id })
  }
  return out.map((u) => ({ ...u, attachedKind: record.kind, attachedId: record.id }))
}

/** Uploads a record no longer keeps go back to nobody (unreadable by its readers from now on). */
export function detachUploads(ctx: Ctx, record: { kind: string; id: string }, keep: readonly string[]): void {
  for (const u of ctx.store.uploads.where({ attachedKind: record.kind, attachedId: record.id })) {
    if (keep.includes(u.id)) continue
    const { attachedKind: _k, attachedId: _i, ...rest } = u
    ctx.store.uploads.save(rest)
  }
}

/**
 * How long an upload may stay untaken. Drafts keep their photos as upload ids and survive going offline, so
 * this is longer than a day: a visit draft started on Friday and saved on Monday still has its photos.
 */
export const ORPHAN_UPLOAD_GRACE_MS = 72 * 3600_000

/**
 * Deletes the uploads no record has taken that are older than `graceMs` by the mock's clock (`ctx.now()`, which
 * follows MOCK_NOW / MOCK_CLOCK_FILE), in one transaction. Taken uploads are never deleted. Returns how many went.
 */
export function sweepOrphanUploads(ctx: Ctx, graceMs = ORPHAN_UPLOAD_GRACE_MS): number {
  const cutoff = new Date(ctx.now().getTime() - graceMs).toISOString()
  return ctx.store.tx(() => ctx.store.uploads.deleteOrphansBefore(cutoff))
}

function sweepAndLog(ctx: Ctx): void {
  try {
    const n = sweepOrphanUploads(ctx)
    if (n) ctx.log(`已清理 ${n} 张上传后未被使用的照片（超过 ${ORPHAN_UPLOAD_GRACE_MS / 3600_000} 小时）`)
  } catch (err) {
    ctx.log(`[error] upload sweep: ${String(err)}`)
  }
}

// Read at most this much of a file: enough to say how large a too-large photo is, without holding huge bodies.
const READ_CAP = PHOTO_MAX_BYTES * 4
const mb = (n: number) => `${n / 1024 / 1024} MB`

/** Reads the one file of a multipart request; refusals as HttpError. */
async function readFile(req: any): Promise<Buffer> {
  let part: any
  try {
    part = await req.file({ limits: { fileSize: READ_CAP, files: 1, fields: 4, parts: 5 } })
  } catch {
    throw badRequest('上传的内容格式有误', { [UPLOAD_FIELD]: '请重新选择照片上传' })
  }
  if (!part) throw badRequest('请选择要上传的照片', { [UPLOAD_FIELD]: '请选择要上传的照片' })
  if (part.fieldname !== UPLOAD_FIELD) {
    part.file.resume()
    throw badRequest(`照片须放在表单字段 ${UPLOAD_FIELD} 中`, { [UPLOAD_FIELD]: '请选择要上传的照片' })
  }
  try {
    return await part.toBuffer()
  } catch (err: any) {
    if (err?.code === 'FST_REQ_FILE_TOO_LARGE')
      throw new HttpError(413, 'PAYLOAD_TOO_LARGE', `照片大于 ${mb(READ_CAP)}，超过 ${mb(PHOTO_MAX_BYTES)} 上限，请压缩后再上传`)
    throw badRequest('照片没有传完整，请重试', { [UPLOAD_FIELD]: '照片没有传完整，请重试' })
  }
}

const uploads: RouteModule = async (api, ctx) => {
  sweepAndLog(ctx)
  const every = Number(process.env.MOCK_UPLOAD_SWEEP_MS ?? 3600_000)
  if (every > 0) {
    const timer = setInterval(() => sweepAndLog(ctx), every)
    // the sweep never keeps the process alive on its own
    timer.unref()
    api.addHook('onClose', async () => clearInterval(timer))
  }

  await api.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: READ_CAP, files: 1 } })

    scope.post('/uploads', async (req, reply) => {
      const user = currentUser(req)
      const bytes = await readFile(req)
      const refusal = checkPhotoUpload({ size: bytes.length, head: bytes.subarray(0, 16) }, 0)
      if (refusal) {
        if (refusal.status === 400) throw badRequest(refusal.message, { [UPLOAD_FIELD]: refusal.message })
        const code = refusal.status === 413 ? 'PAYLOAD_TOO_LARGE' : refusal.status === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : 'CONFLICT'
        throw new HttpError(refusal.status, code, refusal.message)
      }
      const stored: StoredUpload = ctx.store.tx(() =>
        ctx.store.uploads.insertWithBytes(
          {
            id: ctx.store.nextId('UP'),
            ownerId: user.id,
            mime: sniffImageType(bytes)!,
            size: bytes.length,
            sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
            createdAt: ctx.now().toISOString(),
          },
          bytes,
        ),
      )
      reply.code(201)
      return toUpload(stored)
    })
  })

  api.get('/uploads/:id', async (req, reply) => {
    const user = currentUser(req)
    const { id } = req.params as { id: string }
    const u = ctx.store.uploads.get(id)
    if (!u) throw notFound('照片')
    if (!canSeeUpload(ctx, user, u)) throw forbidden('无权查看这张照片')
    const bytes = ctx.store.uploads.bytes(id)
    if (!bytes) throw notFound('照片')
    const etag = `"${u.sha256}"`
    reply
      .header('content-type', u.mime)
      .header('x-content-type-options', 'nosniff')
      // the bytes of an id never change; private: only this signed-in person may see them
      .header('cache-control', 'private, max-age=31536000, immutable')
      .header('etag', etag)
    if (req.headers['if-none-match'] === etag) return reply.code(304).send()
    return reply.send(bytes)
  })
}

export default uploads
