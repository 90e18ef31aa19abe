// Transactions: a request's writes commit together or not at all. A handler that fails half-way (here: the
// notice written after the booking / link change throws, as a full disk or a bug would) leaves nothing behind —
// no booking, no taken seat, no used id, no half-accepted link — and the next request works normally.
// The failing requests are sent with plain fetch (a 500 is not part of the documented contract the harness checks).
import type { Booking, SlotList } from '../../src/domain/contract'
import { startMock, type Client, type Mock } from './harness'

let mock: Mock
let ent: Client
let staff: Client
let stationId: string

beforeAll(async () => {
  process.env.MOCK_REMINDER_INTERVAL_MS = '0'
  mock = await startMock()
  ent = await mock.as('enterprise')
  staff = await mock.as('staff')
  stationId = mock.ctx.store.users.first({ phone: '13800000003' })!.stationId!
})
afterAll(async () => {
  await mock.close()
})
afterEach(() => jest.restoreAllMocks())

const failNextNotice = () =>
  jest.spyOn(mock.ctx.store.notices, 'insert').mockImplementationOnce(() => {
    throw new Error('simulated failure after the first writes')
  })

/** POST without the harness's contract check; status + JSON body. */
async function rawPost(path: string, token: string, body?: unknown) {
  const res = await fetch(`${mock.baseUrl}/api${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  })
  return { status: res.status, body: await res.json() }
}

async function freeSlot(): Promise<string> {
  const res = await mock.call<SlotList>('GET', `/stations/${stationId}/slots?days=10`)
  return res.body.days.flatMap((d) => d.slots).find((s) => s.taken === 0)!.id
}

test('a booking whose handler throws after inserting it leaves no booking, seat, id or notice behind', async () => {
  const { store } = mock.ctx
  const slotId = await freeSlot()
  const before = { bookings: store.bookings.count(), notices: store.notices.count(), seq: store.seq() }
  const spy = failNextNotice()
  const payload = {
    slotId,
    topic: 'risk',
    description: '近似商标初审公告，咨询是否提出异议',
    mode: 'onsite',
    idempotencyKey: 'tx-test-booking-1',
  }
  const res = await rawPost('/bookings', ent.token!, payload)
  expect(spy).toHaveBeenCalled() // the booking row was already inserted when the failure hit
  expect(res.status).toBe(500)
  expect(res.body).toMatchObject({ code: 'INTERNAL' })
  expect(store.bookings.count()).toBe(before.bookings)
  expect(store.bookings.where({ idempotencyKey: 'tx-test-booking-1' })).toEqual([])
  expect(store.notices.count()).toBe(before.notices)
  expect(store.seq()).toEqual(before.seq)
  const slots = await mock.call<SlotList>('GET', `/stations/${stationId}/slots?from=${slotId.split('_')[1]}&days=1`)
  expect(slots.body.days[0].slots.find((s) => s.id === slotId)).toMatchObject({ taken: 0 })

  // the same request again now succeeds, with the id the failed one would have taken
  const ok = await ent.call<Booking>('POST', '/bookings', payload)
  expect(ok.status).toBe(201)
  expect(ok.body.id).toBe(`BK${String(before.seq.BK + 1).padStart(6, '0')}`)
  expect(store.bookings.where({ idempotencyKey: 'tx-test-booking-1' })).toHaveLength(1)
})

test('accepting a link that fails half-way leaves the link pending and the organisation unlinked', async () => {
  const { store } = mock.ctx
  const link = store.links.where({ stationId, status: 'pending' })[0]
  expect(link).toBeDefined()
  const orgBefore = store.orgs.get(link.orgId)!
  const stationBefore = store.stations.get(stationId)!
  failNextNotice()
  const res = await rawPost(`/links/${link.id}/accept`, staff.token!)
  expect(res.status).toBe(500)
  expect(store.links.get(link.id)).toEqual(link)
  expect(store.orgs.get(link.orgId)).toEqual(orgBefore)
  expect(store.stations.get(stationId)!.servedOrgIds).toEqual(stationBefore.servedOrgIds)
  // the station page (served from a cache rebuilt after any change) does not show the rolled-back link either
  const detail = await mock.call('GET', `/stations/${stationId}`)
  expect(detail.body.servedOrgIds).not.toContain(link.orgId)

  const ok = await staff.call('POST', `/links/${link.id}/accept`)
  expect(ok.status).toBe(200)
  expect(store.orgs.get(link.orgId)!.stationId).toBe(stationId)
})
