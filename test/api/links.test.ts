// Station ↔ organisation links (对接联系): request, list, accept / decline by the station's staff, notices.
import type { Link, Notice, Organization, StationDetail } from '../../src/domain/contract'
import { startMock, type Client, type Mock } from './harness'

let mock: Mock
let staff: Client
let stationId: string
beforeAll(async () => {
  mock = await startMock()
  staff = await mock.as('staff')
  stationId = mock.ctx.store.users.first({ phone: '13800000003' })!.stationId!
})
afterAll(async () => {
  await mock.close()
})

/** A test organisation without any link, with a signed-in user. */
let seq = 0
async function unlinkedApplicant(kind: 'enterprise' | 'association' = 'enterprise') {
  const k = ++seq
  const org: Organization = {
    id: `OGL${k}`,
    kind,
    name: `对接测试${k}有限公司`,
    address: `福建省福州市鼓楼区测试路${k}号`,
    uscc: '91350102MA00000000',
    contactName: '测试',
    contactPhone: `1980000${String(k).padStart(4, '0')}`,
    field: 'service',
    provinceCode: '350000',
    cityCode: '350100',
    countyCode: '350102',
    regionName: '福建省 福州市 鼓楼区',
  }
  const user = {
    id: `USL${k}`,
    phone: org.contactPhone,
    name: `对接用户${k}`,
    role: kind,
    orgId: org.id,
    createdAt: new Date().toISOString(),
  }
  mock.ctx.store.orgs.insert(org)
  mock.ctx.store.users.insert(user)
  mock.ctx.store.sessions.insert({ token: `link-token-${k}`, userId: user.id, expiresAt: '2099-01-01T00:00:00.000Z' })
  return { client: await mock.as(`link-token-${k}`), org, user }
}
async function otherStaff() {
  const u = mock.ctx.store.users.where({ role: 'staff' }).find((x) => x.stationId !== stationId)!
  mock.ctx.store.sessions.save({ token: 'link-other-staff', userId: u.id, expiresAt: '2099-01-01T00:00:00.000Z' })
  return mock.as('link-other-staff')
}
const notices = async (c: Client) => (await c.call<{ items: Notice[] }>('GET', '/notices')).body.items

describe('links', () => {
  test('request → pending, duplicate → 409; staff sees it; accept → linked on both sides with notices', async () => {
    const a = await unlinkedApplicant()
    const res = await a.client.call<Link>('POST', '/links', { stationId })
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({ stationId, orgId: a.org.id, status: 'pending', orgName: a.org.name })
    const dup = await a.client.call('POST', '/links', { stationId })
    expect(dup.status).toBe(409)
    expect(dup.body.message).toContain('等待指导站确认')
    expect((await notices(staff)).some((n) => n.title === '新的对接申请' && n.body.includes(a.org.name))).toBe(true)

    const forStaff = await staff.call<Link[]>('GET', '/links')
    expect(forStaff.status).toBe(200)
    expect(forStaff.body.every((l) => l.stationId === stationId)).toBe(true)
    expect(forStaff.body[0].status).toBe('pending') // pending first
    expect(forStaff.body.map((l) => l.id)).toContain(res.body.id)
    const pendingOnly = await staff.call<Link[]>('GET', '/links?status=pending')
    expect(pendingOnly.body.length).toBeGreaterThan(0)
    expect(pendingOnly.body.every((l) => l.status === 'pending')).toBe(true)
    expect((await staff.call('GET', '/links?status=maybe')).status).toBe(400)
    const own = await a.client.call<Link[]>('GET', '/links')
    expect(own.body.map((l) => l.id)).toEqual([res.body.id])

    expect((await a.client.call('POST', `/links/${res.body.id}/accept`)).status).toBe(403)
    expect((await (await otherStaff()).call('POST', `/links/${res.body.id}/accept`)).status).toBe(403)
    const ok = await staff.call<Link>('POST', `/links/${res.body.id}/accept`)
    expect(ok.status).toBe(200)
    expect(ok.body.status).toBe('accepted')
    expect(mock.ctx.store.orgs.get(a.org.id)!.stationId).toBe(stationId)
    const st = await mock.call<StationDetail>('GET', `/stations/${stationId}`)
    expect(st.body.servedOrgIds).toContain(a.org.id)
    expect((await notices(a.client)).some((n) => n.title === '对接成功')).toBe(true)
    expect((await notices(staff)).some((n) => n.title === '已建立对接' && n.body.includes(a.org.name))).toBe(true)

    const again = await staff.call('POST', `/links/${res.body.id}/accept`)
    expect(again.status).toBe(409)
    expect(again.body.code).toBe('INVALID_TRANSITION')
    expect((await staff.call('POST', `/links/${res.body.id}/decline`, { reason: '重复' })).status).toBe(409)
    // once linked, a new request is refused
    const more = await a.client.call('POST', '/links', { stationId })
    expect(more.status).toBe(409)
    expect(more.body.message).toContain('已与')
  })

  test('decline with a reason; the organisation may then ask again', async () => {
    const a = await unlinkedApplicant('association')
    const link = (await a.client.call<Link>('POST', '/links', { stationId })).body
    const res = await staff.call<Link>('POST', `/links/${link.id}/decline`, { reason: '不在本站服务区域' })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ status: 'declined', reason: '不在本站服务区域' })
    expect((await notices(a.client)).some((n) => n.title === '对接申请未通过' && n.body.includes('不在本站服务区域'))).toBe(true)
    expect((await a.client.call('POST', '/links', { stationId })).status).toBe(201)
  })

  test('the demo enterprise is already linked → 409', async () => {
    const res = await (await mock.as('enterprise')).call('POST', '/links', { stationId })
    expect(res.status).toBe(409)
    expect(res.body.code).toBe('CONFLICT')
  })

  test('400 / 404 / 401 / 403', async () => {
    const a = await unlinkedApplicant()
    const bad = await a.client.call('POST', '/links', {})
    expect(bad.status).toBe(400)
    expect(bad.body.fieldErrors.stationId).toEqual(expect.any(String))
    expect((await a.client.call('POST', '/links', { stationId: 'ST999999' })).status).toBe(404)
    expect((await mock.call('GET', '/links')).status).toBe(401)
    expect((await (await mock.as('province')).call('GET', '/links')).status).toBe(403)
    expect((await staff.call('POST', '/links', { stationId })).status).toBe(403)
    expect((await staff.call('POST', '/links/LK999999/accept')).status).toBe(404)
  })
})
