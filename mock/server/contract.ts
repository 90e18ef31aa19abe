// Request and response checks through the declarations (src/domain/contract): app.ts's onRoute hook attaches
// `checkRequest` (preValidation) and `checkResponse` (preSerialization) to every /api route after looking the
// route up in the operation registry. Handlers therefore receive parsed, typed params / query / body.
import type { FastifyReply, FastifyRequest } from 'fastify'
import { ApiErrorBodySchema } from '../../src/domain/contract'
import type { Operation } from '../../src/domain/contract/operations'
import { fieldErrorsOf, z, type FieldErrors } from '../../src/domain/contract/z'
import { HttpError, badRequest, forbidden, unauthenticated } from './errors'

type Schema = z.core.$ZodType
const NONE = z.strictObject({})
const NO_BODY = z.optional(z.strictObject({}))

/** 401 / 403 per the operation's roles, then params → query → body through their declarations. */
export function checkRequest(op: Operation) {
  const isPublic = op.roles.includes('public')
  return async (req: FastifyRequest) => {
    if (!isPublic) {
      if (!req.user) throw unauthenticated()
      if (!op.roles.includes(req.user.role)) throw forbidden()
    }
    // an upload operation takes multipart/form-data only (its handler reads and checks the file); every other
    // body of this API is JSON, and text/plain is the only non-JSON body Fastify parses besides multipart
    if (op.upload && !(typeof req.isMultipart === 'function' && req.isMultipart()))
      throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', `请以 multipart/form-data 上传文件（字段 ${op.upload.field}）`)
    if (typeof req.body === 'string')
      throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', '请求体须为 JSON（Content-Type: application/json）')
    const parts: Array<[keyof FastifyRequest & ('params' | 'query' | 'body'), Schema, string]> = [
      ['params', op.params ?? NONE, '请求地址有误'],
      ['query', op.query ?? NONE, '查询条件有误'],
      ['body', op.body ?? NO_BODY, op.invalid ?? '提交的内容有误，请按提示修改'],
    ]
    let errors: FieldErrors = {}
    let message = ''
    for (const [part, schema, text] of parts) {
      const input = part === 'body' ? req.body : { ...(req[part] as object) }
      const r = z.safeParse(schema, input)
      if (r.success) (req as unknown as Record<string, unknown>)[part] = r.data
      else {
        errors = { ...fieldErrorsOf(r.error), ...errors }
        message ||= text
      }
    }
    if (message) throw badRequest(message, errors)
  }
}

/** Keys present in `sent` but not in `kept` (what the declaration would strip), as dotted paths. */
export function strippedKeys(sent: unknown, kept: unknown, path = ''): string[] {
  if (Array.isArray(sent) && Array.isArray(kept)) return sent.flatMap((v, i) => strippedKeys(v, kept[i], `${path}${i}.`))
  if (!sent || typeof sent !== 'object' || !kept || typeof kept !== 'object') return []
  const out: string[] = []
  for (const [k, v] of Object.entries(sent)) {
    if (v === undefined) continue
    if (!(k in (kept as object))) out.push(`${path}${k}`)
    else out.push(...strippedKeys(v, (kept as Record<string, unknown>)[k], `${path}${k}.`))
  }
  return out
}

/**
 * Serialises the payload through the declaration of its status: undeclared fields are dropped, so a handler
 * cannot leak one. A payload that does not match (or, with `strict`, that had fields to drop) is a server bug:
 * answered as 500 INTERNAL and logged.
 */
export function checkResponse(op: Operation, opts: { strict: boolean; log: (line: string) => void }) {
  return async (req: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    const status = reply.statusCode
    const schema = status >= 400 ? ApiErrorBodySchema : op.ok[status]?.schema
    if (!schema) {
      if (opts.strict) throw new Error(`${op.method} ${op.path}: status ${status} is not declared`)
      return payload
    }
    const r = z.safeParse(schema, payload)
    const where = `${req.method} ${req.url} → ${status}`
    if (!r.success) {
      opts.log(`[contract] ${where}: response does not match its declaration: ${JSON.stringify(fieldErrorsOf(r.error)).slice(0, 400)}`)
      if (status >= 500) return { code: 'INTERNAL', message: '服务暂时不可用，请稍后重试' }
      throw new Error(`response of ${where} does not match its declaration`)
    }
    if (opts.strict) {
      const extra = strippedKeys(payload, r.data)
      if (extra.length) throw new Error(`response of ${where} has undeclared fields: ${extra.slice(0, 5).join(', ')}`)
    }
    return r.data
  }
}
