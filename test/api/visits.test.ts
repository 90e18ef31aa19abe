// Service visits against the real mock: staff log and read only their station's visits (photos, advice note,
// follow-up), clients read only the visits and notes about themselves, field-level errors, photos over the limit
// or of the wrong type, follow-ups marked done once, and the station's figures from the stored visits.
import { clientsServedPerYear, followUpFigures, visitsByModePerMonth, PHOTO_MAX_COUNT } from '../../src/domain/visits'
import type { Visit } from '../../src/domain/contract'
import { DEMO_USER_IDS } from '../../mock/seed/demo'
import { checkResponse, fileForm, startMock, type Client, type Mock } from './harness'

let mock: Mock
let staff: Client
let ent: Client
let assoc: Client
let stationId: string
let entOrgId: string

beforeAll(async () => {
  mock = await startMock()
  staff = await mock.as('staff')
  ent = await mock.as('enterprise')
  assoc = await mock.as('association')
  stationId = mock.ctx.store.users.get(DEMO_USER_IDS.staff)!.stationId!
  entOrgId = mock.ctx.store.users.get(DEMO_USER_IDS.enterprise)!.orgId!
})
afterAll(async () => {
  await mock?.close()
})

const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2000, 9)])

async function upload(who: Client, bytes: Buffer = JPEG, name = 'photo.jpg') {
  const res = await fetch(`${mock.baseUrl}/api/uploads`, {
    method: 'POST',
    body: fileForm(bytes, { name }),
    headers: { authorization: `Bearer ${who.token}` },
  })
  const body = await res.json()
  checkResponse('POST', '/api/uploads', res.status, res.headers.get('content-type') ?? '', body)
  return { status: res.status, body: body as any }
}

const photoGet = (who: Client, fileId: string) =>
  fetch(`${mock.baseUrl}/api/uploads/${fileId}`, { headers: { authorization: `Bearer ${who.token}` } }).then((r) => r.status)

let keys = 0
const valid = (over: Record<string, unknown> = {}) => ({
  idempotencyKey: `vs-test-${++keys}-${Date.now().toString(36)}`,
  date: '2026-11-23',
  client: { kind: 'org', orgId: entOrgId },
  mode: 'onsite',
  topics: [mock.ctx.store.stations.get(stationId)!.topics[0]],
  asked: '商标即将到期，如何续展？',
  advised: '建议在宽展期前完成续展申请。',
  outcome: '已协助准备续展材料',
  photos: [],
  ...over,
})

describe('logging a visit', () => {
  test('staff log a visit with a photo, an advice note and a follow-up; the client reads it and its note', async () => {
    const photo = (await upload(staff)).body
    const res = await staff.call<Visit>(
      'POST',
      '/visits',
      valid({
        followUpOn: '2026-12-01',
        photos: [{ fileId: photo.fileId, mime: 'image/png', size: 1 }], // the stored type and size win
        adviceNote: { title: '商标续展建议书', body: '请于 12 月前提交续展申请，并保留使用证据。' },
      }),
    )
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({
      stationId,
      staffName: '王晓明',
      client: { kind: 'org', orgId: entOrgId },
      modeLabel: '到站',
      followUpOn: '2026-12-01',
      followUpState: 'pending',
      photos: [{ fileId: photo.fileId, mime: 'image/jpeg', size: JPEG.length }],
      adviceNote: { title: '商标续展建议书' },
    })
    const id = res.body.id

    // the enterprise reads it, with the note and the photo; a notice tells it
    const mine = await ent.call<Visit>('GET', `/visits/${id}`)
    expect(mine.status).toBe(200)
    expect(mine.body.adviceNote?.body).toContain('续展')
    expect(await photoGet(ent, photo.fileId)).toBe(200)
    const notices = await ent.call('GET', '/notices')
    expect(notices.body.items.some((n: any) => n.title === '新的服务记录' && n.link.includes(id))).toBe(true)

    // another organisation sees neither the visit nor its photo
    expect((await assoc.call('GET', `/visits/${id}`)).status).toBe(403)
    expect(await photoGet(assoc, photo.fileId)).toBe(403)
    expect((await assoc.call<any>('GET', '/visits')).body.items.some((v: Visit) => v.id === id)).toBe(false)
  })

  test('field-level errors in Chinese, nothing stored', async () => {
    const before = mock.ctx.store.visits.count()
    const station = mock.ctx.store.stations.get(stationId)!
    const notOurs = ['registration', 'overseas', 'enforcement', 'finance', 'branding', 'risk', 'application'].find(
      (t) => !station.topics.includes(t as any),
    )!
    const res = await staff.call(
      'POST',
      '/visits',
      valid({
        date: '2026-11-25',
        asked: '   ',
        topics: [notOurs],
        followUpOn: '2026-11-20',
      }),
    )
    expect(res.status).toBe(400)
    expect(res.body.fieldErrors).toMatchObject({
      date: '服务日期不能晚于今天',
      asked: expect.stringContaining('咨询的问题'),
      'topics.0': '请选择本站提供的服务事项',
    })
    const walkIn = await staff.call('POST', '/visits', valid({ client: { kind: 'walk_in', name: '张先生', phone: '1234' } }))
    expect(walkIn.status).toBe(400)
    expect(walkIn.body.fieldErrors['client.phone']).toBe('请输入正确的 11 位手机号')
    const early = await staff.call('POST', '/visits', valid({ followUpOn: '2026-11-20' }))
    expect(early.body.fieldErrors).toEqual({ followUpOn: '回访日期不能早于服务日期' })
    const unlinked = mock.ctx.store.orgs.all().find((o) => !station.servedOrgIds.includes(o.id))!
    const stranger = await staff.call('POST', '/visits', valid({ client: { kind: 'org', orgId: unlinked.id } }))
    expect(stranger.body.fieldErrors).toEqual({ 'client.orgId': '只能选择已与本站对接的企业或区域品牌主体' })
    expect(mock.ctx.store.visits.count()).toBe(before)
  })

  test('photos: more than 9 → 400; someone else’s upload → 400 at its index; a non-photo upload → 415', async () => {
    const mine = []
    for (let i = 0; i <= PHOTO_MAX_COUNT; i++) mine.push((await upload(staff)).body)
    const tooMany = await staff.call(
      'POST',
      '/visits',
      valid({ photos: mine.map((p) => ({ fileId: p.fileId, mime: p.mime, size: p.size })) }),
    )
    expect(tooMany.status).toBe(400)
    expect(tooMany.body.fieldErrors.photos).toBe('最多上传 9 张照片')

    const theirs = (await upload(ent)).body
    const stolen = await staff.call(
      'POST',
      '/visits',
      valid({ photos: [mine[0], theirs].map((p) => ({ fileId: p.fileId, mime: p.mime, size: p.size })) }),
    )
    expect(stolen.status).toBe(400)
    expect(stolen.body.fieldErrors).toEqual({ 'photos.1.fileId': '照片未上传成功或已被其他记录使用，请重新上传' })
    // the failed visit took no photo: the first one is still free to use
    expect(mock.ctx.store.uploads.get(mine[0].fileId)!.attachedKind).toBeUndefined()

    const gif = await upload(staff, Buffer.from('GIF89a....'), 'photo.jpg')
    expect(gif.status).toBe(415)
    expect(gif.body.message).toBe('只能上传 JPG、PNG 或 WebP 格式的照片')
  })

  test('a completed booking is logged once, with the booking’s client', async () => {
    const b = mock.ctx.store.bookings.where({ stationId }).find((x) => x.orgId === entOrgId)!
    mock.ctx.store.tx(() => mock.ctx.store.bookings.save({ ...b, status: 'completed' }))
    const first = await staff.call('POST', '/visits', valid({ bookingId: b.id }))
    expect(first.status).toBe(201)
    const again = await staff.call('POST', '/visits', valid({ bookingId: b.id }))
    expect(again.status).toBe(409)
    expect(again.body.message).toBe('这次预约已经登记过服务记录')
    const other = mock.ctx.store.orgs.get(mock.ctx.store.stations.get(stationId)!.servedOrgIds.find((id) => id !== entOrgId)!)!
    const wrongClient = await staff.call('POST', '/visits', valid({ bookingId: b.id, client: { kind: 'org', orgId: other.id } }))
    expect(wrongClient.body.fieldErrors).toEqual({ 'client.orgId': '服务对象应为预约的单位' })
  })

  test('a resend with the same key logs one visit and answers with it; no key or a bad one → 400', async () => {
    const before = mock.ctx.store.visits.count()
    const body = valid({ asked: '同一次提交重发两次' })
    const first = await staff.call<Visit>('POST', '/visits', body)
    expect(first.status).toBe(201)
    const again = await staff.call<Visit>('POST', '/visits', body)
    expect(again.status).toBe(200)
    expect(again.body).toEqual(first.body)
    expect(mock.ctx.store.visits.count()).toBe(before + 1)
    // the client was told once
    const told = (await ent.call<any>('GET', '/notices')).body.items.filter((n: any) => n.link.includes(first.body.id))
    expect(told).toHaveLength(1)

    const { idempotencyKey: _k, ...noKey } = valid()
    const missing = await staff.call('POST', '/visits', noKey)
    expect(missing.status).toBe(400)
    expect(missing.body.fieldErrors).toEqual({ idempotencyKey: '请求标识缺失，请刷新页面后重试' })
    const bad = await staff.call('POST', '/visits', valid({ idempotencyKey: 'short' }))
    expect(bad.body.fieldErrors).toEqual({ idempotencyKey: '请求标识无效，请刷新页面后重试' })
    expect(mock.ctx.store.visits.count()).toBe(before + 1)
  })

  test('a refused attempt does not use up its key: fixed and resent with the same key, it is logged', async () => {
    const key = `vs-fix-${Date.now().toString(36)}`
    const wrong = await staff.call('POST', '/visits', valid({ idempotencyKey: key, outcome: '' }))
    expect(wrong.status).toBe(400)
    const fixed = await staff.call<Visit>('POST', '/visits', valid({ idempotencyKey: key }))
    expect(fixed.status).toBe(201)
  })

  test('the same key from another staff member is another visit', async () => {
    // a colleague at the same station (fixture), signed in with the SMS code
    const me = mock.ctx.store.users.get(DEMO_USER_IDS.staff)!
    const colleague = { ...me, id: 'U-visit-colleague', phone: '13912345670', name: '李同事' }
    mock.ctx.store.tx(() => mock.ctx.store.users.insert(colleague))
    const login = await mock.call<any>('POST', '/auth/login/phone', { phone: colleague.phone, code: '246810' })
    expect(login.status).toBe(200)
    const other = await mock.as(login.body.token)

    const key = `vs-shared-${Date.now().toString(36)}`
    const mine = await staff.call<Visit>('POST', '/visits', valid({ idempotencyKey: key, asked: '我登记的' }))
    const theirs = await other.call<Visit>('POST', '/visits', valid({ idempotencyKey: key, asked: '同事登记的' }))
    expect(mine.status).toBe(201)
    expect(theirs.status).toBe(201)
    expect(theirs.body.id).not.toBe(mine.body.id)
    expect(theirs.body).toMatchObject({ asked: '同事登记的', staffName: '李同事' })
    // and each one's resend still finds its own
    const mineAgain = await staff.call<Visit>('POST', '/visits', valid({ idempotencyKey: key }))
    expect(mineAgain.status).toBe(200)
    expect(mineAgain.body.id).toBe(mine.body.id)
  })

  test('only staff log visits', async () => {
    expect((await ent.call('POST', '/visits', valid())).status).toBe(403)
    expect((await (await mock.as('province')).call('GET', '/visits')).status).toBe(403)
  })
})

describe('who reads what', () => {
  test('staff list only their station’s visits and cannot open another station’s', async () => {
    const page = await staff.call<any>('GET', '/visits?limit=200')
    expect(page.status).toBe(200)
    expect(page.body.total).toBe(mock.ctx.store.visits.count({ stationId }))
    expect(page.body.items.every((v: Visit) => v.stationId === stationId)).toBe(true)
    const dates = page.body.items.map((v: Visit) => v.date)
    expect([...dates].sort().reverse()).toEqual(dates)
    const elsewhere = mock.ctx.store.visits.all().find((v) => v.stationId !== stationId)!
    expect((await staff.call('GET', `/visits/${elsewhere.id}`)).status).toBe(403)
    expect((await staff.call('GET', '/visits/VS999999')).status).toBe(404)
  })

  test('an enterprise lists only the visits about itself; walk-in phone numbers are never shown to clients', async () => {
    const page = await ent.call<any>('GET', '/visits?limit=200')
    expect(page.body.total).toBe(mock.ctx.store.visits.where({ clientOrgId: entOrgId }).length)
    expect(page.body.total).toBeGreaterThan(0)
    expect(page.body.items.every((v: Visit) => v.client.orgId === entOrgId && !v.client.phone)).toBe(true)
    const notes = await ent.call<any>('GET', '/visits?filter=with-note&limit=200')
    expect(notes.body.items.length).toBeGreaterThan(0)
    expect(notes.body.items.every((v: Visit) => v.adviceNote)).toBe(true)
    const someoneElses = mock.ctx.store.visits.all().find((v) => v.clientOrgId && v.clientOrgId !== entOrgId)!
    expect((await ent.call('GET', `/visits/${someoneElses.id}`)).status).toBe(403)
  })
})

describe('follow-ups', () => {
  test('due ones are listed overdue first; marking done records when, once, only by the station', async () => {
    const list = await staff.call<any>('GET', '/visits/follow-ups')
    expect(list.status).toBe(200)
    const items: Visit[] = list.body.items
    expect(items.length).toBeGreaterThanOrEqual(3)
    expect(items[0].followUpState).toBe('overdue')
    const days = items.map((v) => v.followUpOn!)
    expect([...days].sort()).toEqual(days)
    expect(items.every((v) => !v.followUpDoneAt && v.followUpOn! <= '2026-12-01')).toBe(true)

    const target = items[0]
    expect((await ent.call('POST', `/visits/${target.id}/follow-up-done`)).status).toBe(403)
    const done = await staff.call<Visit>('POST', `/visits/${target.id}/follow-up-done`)
    expect(done.status).toBe(200)
    expect(done.body.followUpDoneAt).toBe(mock.ctx.now().toISOString())
    expect(done.body.followUpState).toBe('done_late')
    const twice = await staff.call('POST', `/visits/${target.id}/follow-up-done`)
    expect(twice.status).toBe(409)
    expect(twice.body.message).toBe('这次回访已经标记为完成')
    const after = await staff.call<any>('GET', '/visits/follow-ups')
    expect(after.body.items.some((v: Visit) => v.id === target.id)).toBe(false)
  })
})

describe('station figures', () => {
  test('three years of clients served, the months by mode and topic, follow-ups on time — from the stored visits', async () => {
    const res = await staff.call<any>('GET', '/visits/figures')
    expect(res.status).toBe(200)
    const stored = mock.ctx.store.visits.where({ stationId })
    expect(res.body.years).toEqual([2024, 2025, 2026])
    expect(res.body.clientsPerYear).toEqual(clientsServedPerYear(stored, 2026, 3))
    expect(res.body.clientsPerYear.every((y: any) => y.clients > 10)).toBe(true)
    expect(res.body.byMode).toEqual(visitsByModePerMonth(stored, 2026))
    expect(res.body.byTopic).toHaveLength(12)
    expect(res.body.followUps[1]).toEqual(followUpFigures(stored, 2025, mock.ctx.now()))
    const y2024 = await staff.call<any>('GET', '/visits/figures?year=2024')
    expect(y2024.body.byMode[0].month).toBe('2024-01')
    const old = await staff.call('GET', '/visits/figures?year=2019')
    expect(old.status).toBe(400)
    expect(old.body.fieldErrors.year).toBe('年度应为 2024–2026 年之一（近三年）')
    expect((await ent.call('GET', '/visits/figures')).status).toBe(403)
  })

  test('the form offers the station’s topics and its linked clients', async () => {
    const res = await staff.call<any>('GET', '/visits/form')
    const st = mock.ctx.store.stations.get(stationId)!
    expect(res.body.topics.map((t: any) => t.value)).toEqual(st.topics)
    expect(res.body.clients.map((c: any) => c.orgId).sort()).toEqual([...st.servedOrgIds].sort())
    expect(res.body.today).toBe('2026-11-24')
  })
})
