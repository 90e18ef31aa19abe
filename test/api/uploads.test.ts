// Photo uploads against the real mock: multipart in, type sniffed from the bytes, size limit, Chinese 4xx
// messages, who may read a photo (the uploader; once a record takes it, that record's readers), and that the
// bytes survive a restart and roll back with a failed transaction; uploads no record took are cleaned up.
import fs from 'node:fs'
import path from 'node:path'
import { PHOTO_MAX_BYTES } from '../../src/domain/visits'
import { ORPHAN_UPLOAD_GRACE_MS, attachUploads, registerUploadViewer, sweepOrphanUploads } from '../../mock/server/routes/uploads'
import { checkResponse, fileForm, startMock, type Mock } from './harness'

let mock: Mock
beforeAll(async () => {
  mock = await startMock()
})
afterAll(async () => {
  await mock?.close()
})

const CJK = /[\u4e00-\u9fff]/
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4d30000000049454e44ae426082',
  'hex',
)
const JPEG_HEAD = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00])
const WEBP = Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x24, 0, 0, 0]), Buffer.from('WEBPVP8 '), Buffer.alloc(24, 1)])
const GIF = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'binary')
const jpegOf = (size: number) => Buffer.concat([JPEG_HEAD, Buffer.alloc(size - JPEG_HEAD.length, 7)])

async function token(role: 'staff' | 'enterprise' | 'association' | 'province' | null) {
  return role ? (await mock.as(role)).token : null
}

/** POST /uploads with a real multipart body (what Taro.uploadFile and an H5 FormData send). */
async function upload(
  who: 'staff' | 'enterprise' | 'association' | 'province' | null,
  bytes: Buffer,
  opts: { name?: string; type?: string; field?: string } = {},
) {
  return send('POST', '/api/uploads', who, fileForm(bytes, opts))
}

async function send(method: string, url: string, who: Parameters<typeof token>[0], body?: BodyInit, headers: Record<string, string> = {}) {
  const t = await token(who)
  const res = await fetch(`${mock.baseUrl}${url}`, {
    method,
    body,
    headers: { ...(t ? { authorization: `Bearer ${t}` } : {}), ...headers },
  })
  const ct = res.headers.get('content-type') ?? ''
  const raw = Buffer.from(await res.arrayBuffer())
  const parsed = /application\/json/.test(ct) ? JSON.parse(raw.toString('utf8')) : raw.length ? raw : undefined
  checkResponse(method, url, res.status, ct, /application\/json/.test(ct) ? parsed : raw.length ? 'bytes' : undefined)
  return { status: res.status, body: parsed as any, raw, headers: res.headers }
}

describe('POST /uploads', () => {
  test('stores a JPG, PNG and WebP; the type comes from the bytes, not the name or the declared type', async () => {
    const jpg = await upload('staff', jpegOf(2048))
    expect(jpg.status).toBe(201)
    expect(jpg.body).toMatchObject({ mime: 'image/jpeg', size: 2048 })
    expect(jpg.body.fileId).toMatch(/^UP\d+$/)

    const png = await upload('staff', PNG, { name: 'photo.jpg', type: 'image/jpeg' })
    expect(png.status).toBe(201)
    expect(png.body.mime).toBe('image/png')

    const webp = await upload('association', WEBP, { name: 'x.bin', type: 'application/octet-stream' })
    expect(webp.status).toBe(201)
    expect(webp.body.mime).toBe('image/webp')
  })

  test('a file that is not a photo is 415, whatever its name says', async () => {
    for (const [bytes, name] of [
      [GIF, 'photo.png'],
      [Buffer.from('%PDF-1.7 not a photo'), 'photo.jpg'],
      [Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'photo.webp'],
    ] as const) {
      const res = await upload('staff', bytes, { name, type: 'image/png' })
      expect(res.status).toBe(415)
      expect(res.body).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', message: '只能上传 JPG、PNG 或 WebP 格式的照片' })
    }
  })

  test('the size limit: exactly 3 MB is accepted, one byte more is 413 saying how large it is; far larger too', async () => {
    expect((await upload('staff', jpegOf(PHOTO_MAX_BYTES))).status).toBe(201)
    const over = await upload('staff', jpegOf(PHOTO_MAX_BYTES + 200 * 1024))
    expect(over.status).toBe(413)
    expect(over.body).toEqual({ code: 'PAYLOAD_TOO_LARGE', message: '照片为 3.2 MB，超过 3 MB 上限，请压缩后再上传' })
    const huge = await upload('staff', jpegOf(PHOTO_MAX_BYTES * 4 + 10))
    expect(huge.status).toBe(413)
    expect(huge.body.message).toContain('超过 3 MB 上限')
    // nothing of the refused ones was stored
    const mine = mock.ctx.store.uploads.where({ ownerId: (await mock.ctx.store.users.first({ role: 'staff', phone: '13800000003' }))!.id })
    expect(mine.every((u) => u.size <= PHOTO_MAX_BYTES)).toBe(true)
  })

  test('no file, an empty file, the wrong field or a JSON body: 400 / 415 with Chinese messages', async () => {
    const empty = await upload('staff', Buffer.alloc(0))
    expect(empty.status).toBe(400)
    expect(empty.body.fieldErrors).toEqual({ file: '照片是空文件，请重新选择' })

    const wrongField = await upload('staff', jpegOf(100), { field: 'photo' })
    expect(wrongField.status).toBe(400)
    expect(wrongField.body.fieldErrors.file).toBeTruthy()

    const form = new FormData()
    form.append('note', 'hello')
    const noFile = await send('POST', '/api/uploads', 'staff', form)
    expect(noFile.status).toBe(400)
    expect(noFile.body.fieldErrors).toEqual({ file: '请选择要上传的照片' })

    const json = await send('POST', '/api/uploads', 'staff', JSON.stringify({ file: 'x' }), { 'content-type': 'application/json' })
    expect(json.status).toBe(415)
    expect(json.body.message).toContain('multipart/form-data')

    const broken = await send('POST', '/api/uploads', 'staff', '--x\r\nContent-Disposition: form-data; name="file"', {
      'content-type': 'multipart/form-data; boundary=x',
    })
    expect(broken.status).toBe(400)
    for (const r of [empty, wrongField, noFile, json, broken]) expect(CJK.test(r.body.message)).toBe(true)
  })

  test('signed-out callers get 401, reviewers 403', async () => {
    expect((await upload(null, jpegOf(100))).status).toBe(401)
    expect((await upload('province', jpegOf(100))).status).toBe(403)
  })

  test('another route does not take multipart bodies', async () => {
    const res = await send('POST', '/api/notices/read-all', 'staff', fileForm(jpegOf(100), { name: 'a.jpg', type: '' }))
    expect(res.status).toBe(415)
  })
})

describe('GET /uploads/{id}', () => {
  test('the uploader reads the same bytes back, with its type and an ETag; others may not until a record takes it', async () => {
    const bytes = jpegOf(5000)
    const { body } = await upload('staff', bytes)
    const mine = await send('GET', `/api/uploads/${body.fileId}`, 'staff')
    expect(mine.status).toBe(200)
    expect(mine.headers.get('content-type')).toBe('image/jpeg')
    expect(mine.raw.equals(bytes)).toBe(true)
    const etag = mine.headers.get('etag')!
    expect((await send('GET', `/api/uploads/${body.fileId}`, 'staff', undefined, { 'if-none-match': etag })).status).toBe(304)

    const other = await send('GET', `/api/uploads/${body.fileId}`, 'enterprise')
    expect(other.status).toBe(403)
    expect(other.body.message).toBe('无权查看这张照片')
    expect((await send('GET', '/api/uploads/UP999999', 'staff')).status).toBe(404)
    expect((await send('GET', `/api/uploads/${body.fileId}`, null)).status).toBe(401)
  })

  test('once a record takes an upload, that record’s readers may read it; the kind says who they are', async () => {
    const enterprise = (await mock.as('enterprise')).token!
    const entUser = mock.ctx.store.users.get(mock.ctx.store.sessions.get(enterprise)!.userId)!
    const staffUser = mock.ctx.store.users.get(mock.ctx.store.sessions.get((await mock.as('staff')).token!)!.userId)!
    registerUploadViewer('test_record', (_ctx, user, recordId) => recordId === `R-${user.orgId}`)
    const { body } = await upload('staff', PNG)
    mock.ctx.store.tx(() => attachUploads(mock.ctx, staffUser, [body.fileId], { kind: 'test_record', id: `R-${entUser.orgId}` }))
    expect((await send('GET', `/api/uploads/${body.fileId}`, 'enterprise')).status).toBe(200)
    expect((await send('GET', `/api/uploads/${body.fileId}`, 'association')).status).toBe(403)
    // taken: nobody else can attach it to another record
    expect(() => attachUploads(mock.ctx, staffUser, [body.fileId], { kind: 'test_record', id: 'R-other' })).toThrow(/照片有误/)
  })

  test('a record that fails to save takes no upload (one transaction)', async () => {
    const staffUser = mock.ctx.store.users.first({ phone: '13800000003' })!
    const a = (await upload('staff', jpegOf(300))).body.fileId
    const b = (await upload('enterprise', jpegOf(300))).body.fileId // not the staff member's
    let err: any
    try {
      mock.ctx.store.tx(() => attachUploads(mock.ctx, staffUser, [a, b], { kind: 'test_record', id: 'R-x' }))
    } catch (e) {
      err = e
    }
    expect(err.fieldErrors).toEqual({ 'photos.1.fileId': '照片未上传成功或已被其他记录使用，请重新上传' })
    // the uploads were taken, then the record's own save failed: the whole transaction rolls back
    expect(() =>
      mock.ctx.store.tx(() => {
        attachUploads(mock.ctx, staffUser, [a], { kind: 'test_record', id: 'R-x' })
        expect(mock.ctx.store.uploads.get(a)!.attachedId).toBe('R-x')
        throw new Error('the record was refused')
      }),
    ).toThrow('the record was refused')
    expect(mock.ctx.store.uploads.get(a)!.attachedKind).toBeUndefined()
  })
})

test('uploaded bytes survive a restart of the server', async () => {
  const first = await startMock()
  const t = (await first.as('staff')).token!
  const bytes = jpegOf(4321)
  const res = await fetch(`${first.baseUrl}/api/uploads`, {
    method: 'POST',
    body: fileForm(bytes, { name: 'a.jpg' }),
    headers: { authorization: `Bearer ${t}` },
  })
  const { fileId } = (await res.json()) as { fileId: string }
  const dataFile = first.dataFile
  await first.close({ keepData: true })
  const second = await startMock({ dataFile })
  try {
    const again = await fetch(`${second.baseUrl}/api/uploads/${fileId}`, { headers: { authorization: `Bearer ${t}` } })
    expect(again.status).toBe(200)
    expect(Buffer.from(await again.arrayBuffer()).equals(bytes)).toBe(true)
  } finally {
    await second.close()
    fs.rmSync(path.dirname(dataFile), { recursive: true, force: true })
  }
})

describe('orphan uploads', () => {
  const HOUR = 3600_000
  test('at start-up an untaken upload older than the grace period goes (record and bytes); a fresh one and a taken old one stay', async () => {
    const first = await startMock()
    const store = first.ctx.store
    const staffId = store.users.first({ phone: '13800000003' })!.id
    const at = (msAgo: number) => new Date(first.ctx.now().getTime() - msAgo).toISOString()
    const fixture = (id: string, createdAt: string, attached?: { kind: string; id: string }) =>
      store.uploads.insertWithBytes(
        {
          id,
          ownerId: staffId,
          mime: 'image/jpeg',
          size: 300,
          sha256: 'x',
          createdAt,
          ...(attached ? { attachedKind: attached.kind, attachedId: attached.id } : {}),
        },
        jpegOf(300),
      )
    store.tx(() => {
      fixture('UP-old-orphan', at(ORPHAN_UPLOAD_GRACE_MS + HOUR))
      fixture('UP-fresh-orphan', at(ORPHAN_UPLOAD_GRACE_MS - HOUR))
      fixture('UP-old-taken', at(10 * ORPHAN_UPLOAD_GRACE_MS), { kind: 'visit', id: 'VS-any' })
    })
    const dataFile = first.dataFile
    await first.close({ keepData: true })
    const second = await startMock({ dataFile })
    try {
      const up = second.ctx.store.uploads
      expect(up.get('UP-old-orphan')).toBeUndefined()
      expect(up.bytes('UP-old-orphan')).toBeUndefined()
      expect(up.get('UP-fresh-orphan')).toBeDefined()
      expect(up.bytes('UP-old-taken')!.equals(jpegOf(300))).toBe(true)
    } finally {
      await second.close()
      fs.rmSync(path.dirname(dataFile), { recursive: true, force: true })
    }
  })

  test('the sweep follows the mock’s clock: once the grace period has passed a photo never used goes, one a visit took stays', async () => {
    const staff = await mock.as('staff')
    const unused = (await upload('staff', jpegOf(400))).body.fileId
    const used = (await upload('staff', jpegOf(500))).body.fileId
    const entOrgId = mock.ctx.store.users.first({ phone: '13800000001' })!.orgId!
    const stationId = mock.ctx.store.users.first({ phone: '13800000003' })!.stationId!
    const visit = await staff.call('POST', '/visits', {
      idempotencyKey: `vs-sweep-${Date.now().toString(36)}`,
      date: '2026-11-23',
      client: { kind: 'org', orgId: entOrgId },
      mode: 'onsite',
      topics: [mock.ctx.store.stations.get(stationId)!.topics[0]],
      asked: '商标即将到期，如何续展？',
      advised: '建议在宽展期前完成续展申请。',
      outcome: '已协助准备续展材料',
      photos: [{ fileId: used, mime: 'image/jpeg', size: 500 }],
    })
    expect(visit.status).toBe(201)

    // now: both are fresh, nothing goes
    expect(sweepOrphanUploads(mock.ctx)).toBe(0)
    const later = { ...mock.ctx, now: () => new Date(mock.ctx.now().getTime() + ORPHAN_UPLOAD_GRACE_MS + HOUR) }
    expect(sweepOrphanUploads(later)).toBeGreaterThanOrEqual(1)
    expect(mock.ctx.store.uploads.get(unused)).toBeUndefined()
    expect((await send('GET', `/api/uploads/${unused}`, 'staff')).status).toBe(404)
    expect(mock.ctx.store.uploads.get(used)!.attachedKind).toBe('visit')
    expect((await send('GET', `/api/uploads/${used}`, 'enterprise')).status).toBe(200)
    // no untaken upload is left from before the cut-off
    const cutoff = new Date(later.now().getTime() - ORPHAN_UPLOAD_GRACE_MS).toISOString()
    expect(mock.ctx.store.uploads.all().filter((u) => !u.attachedKind && u.createdAt < cutoff)).toEqual([])
  })
})
