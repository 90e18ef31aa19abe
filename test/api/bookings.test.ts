// Bookings: slots, create (validation, idempotency, capacity race), every transition allowed / refused per role,
// cut-off, no-show restriction, staff lists, availability rules, notices, subscriptions and reminders.
// Clock pinned by the harness: 2026-11-24 10:00 Beijing (Tuesday) → first bookable day 2026-11-25.
import type { AvailabilityRules, Booking, BookingStatus, Organization, SlotList, User } from '../../src/domain/contract'
import { BOOKING_TRANSITIONS, localToEpoch } from '../../src/domain/booking'
import { sendDueReminders } from '../../mock/server/routes/notices'
import { startMock, type Client, type Mock } from './harness'

let mock: Mock
const logs: string[] = []
let stationId: string
let ent: Client
let staff: Client
const setNow = (local: string | null) => {
  mock.ctx.now = () => new Date(local ? localToEpoch(local) : Date.parse('2026-11-24T02:00:00.000Z'))
}

/** Test-only applicants: a fresh organisation + user + session each, straight into the db. */
let extraSeq = 0
function addApplicants(n: number, kind: 'enterprise' | 'association' = 'enterprise'): { client: Client; user: User; org: Organization }[] {
  const { store } = mock.ctx
  const out: { client: Client; user: User; org: Organization }[] = []
  for (let i = 0; i < n; i++) {
    const k = ++extraSeq
    const org: Organization = {
      id: `OGT${String(k).padStart(5, '0')}`,
      kind,
      name: `测试企业${k}有限公司`,
      address: `福建省福州市鼓楼区测试路${k}号`,
      uscc: '91350102MA00000000',
      contactName: '测试',
      contactPhone: `1990000${String(k).padStart(4, '0')}`,
      field: 'manufacturing',
      provinceCode: '350000',
      cityCode: '350100',
      countyCode: '350102',
      regionName: '福建省 福州市 鼓楼区',
    }
    const user = {
      id: `UST${String(k).padStart(5, '0')}`,
      phone: org.contactPhone,
      name: `测试用户${k}`,
      role: kind,
      orgId: org.id,
      createdAt: new Date().toISOString(),
    }
    const token = `test-token-${k}`
    store.orgs.insert(org)
    store.users.insert(user)
    store.sessions.insert({ token, userId: user.id, expiresAt: '2099-01-01T00:00:00.000Z' })
    out.push({ client: { token, call: null as any }, user, org })
  }
  return out
}
async function applicants(n: number) {
  const list = addApplicants(n)
  for (const a of list) a.client = await mock.as(a.client.token!)
  return list
}
async function otherStationStaff(): Promise<Client> {
  const u = mock.ctx.store.users.where({ role: 'staff' }).find((x) => x.stationId && x.stationId !== stationId)!
  mock.ctx.store.sessions.save({ token: 'test-token-other-staff', userId: u.id, expiresAt: '2099-01-01T00:00:00.000Z' })
  return mock.as('test-token-other-staff')
}

/** Hands out free slots of the demo station (capacity 3), never handing the same one twice. */
const handed = new Set<string>()
async function freeSlot(opts: { after?: string; seats?: number } = {}): Promise<string> {
  const res = await mock.call<SlotList>('GET', `/stations/${stationId}/slots?days=20`)
  for (const d of res.body.days) {
    for (const s of d.slots) {
      if (handed.has(s.id) || s.taken > 0 || (opts.after && s.startsAt <= opts.after)) continue
      handed.add(s.id)
      return s.id
    }
  }
  throw new Error('no free slot left')
}

let keySeq = 0
const key = () => `test-key-${Date.now().toString(36)}-${++keySeq}`
const body = (slotId: string, extra: Record<string, unknown> = {}) => ({
  slotId,
  topic: 'risk',
  description: '近似商标初审公告，咨询是否提出异议',
  mode: 'onsite',
  idempotencyKey: key(),
  ...extra,
})

beforeAll(async () => {
  process.env.MOCK_REMINDER_INTERVAL_MS = '0' // the test drives the reminder sender itself
  mock = await startMock({ log: (l) => logs.push(l) })
  ent = await mock.as('enterprise')
  staff = await mock.as('staff')
  stationId = mock.ctx.store.users.first({ phone: '13800000003' })!.stationId!
  // slots used explicitly by the cut-off and no-show tests
  for (const s of ['2026-11-25_0900', '2026-11-25_1400', '2026-11-25_1700', '2026-11-26_1700', '2026-11-27_1700'])
    handed.add(`${stationId}_${s}`)
})
afterAll(async () => {
  await mock.close()
})
afterEach(() => setNow(null))

describe('slots (public)', () => {
  test('from the next working day, working days only, within the horizon, with seats taken', async () => {
    const res = await mock.call<SlotList>('GET', `/stations/${stationId}/slots`)
    expect(res.status).toBe(200)
    const { days, firstBookableDate, lastBookableDate } = res.body
    expect(firstBookableDate).toBe('2026-11-25')
    expect(lastBookableDate).toBe('2026-12-08')
    expect(days[0].date).toBe('2026-11-25')
    const dates = days.map((d) => d.date)
    expect(dates).not.toContain('2026-11-28')
    expect(dates).not.toContain('2026-11-29')
    const seeded = days.flatMap((d) => d.slots).find((s) => s.id === `${stationId}_2026-11-26_1000`)!
    expect(seeded.taken).toBeGreaterThanOrEqual(1) // the demo enterprise's confirmed booking
    expect(seeded.available).toBe(seeded.capacity - seeded.taken)
  })
  test('400 on a bad date, 404 on an unknown station', async () => {
    const bad = await mock.call('GET', `/stations/${stationId}/slots?from=2026-13-01&days=0`)
    expect(bad.status).toBe(400)
    expect(bad.body.fieldErrors).toHaveProperty('from')
    expect(bad.body.fieldErrors).toHaveProperty('days')
    expect((await mock.call('GET', '/stations/NOPE/slots')).status).toBe(404)
  })
})

describe('POST /bookings', () => {
  test('onsite → 201 confirmed with a voucher, notices to both sides; visible to owner and station staff only', async () => {
    const slot = await freeSlot({ after: '2026-11-26T00:00' })
    const res = await ent.call<Booking>('POST', '/bookings', body(slot))
    expect(res.status).toBe(201)
    const b = res.body
    expect(b).toMatchObject({ status: 'confirmed', slotId: slot, stationId, mode: 'onsite', rescheduleCount: 0 })
    expect(b.voucherCode).toMatch(/^[2-9A-HJKMNP-Z]{8}$/)
    expect(b.history).toEqual([expect.objectContaining({ from: null, to: 'confirmed', byRole: 'enterprise' })])
    expect(b.actions).toEqual(expect.arrayContaining(['cancel', 'reschedule']))
    expect((await ent.call('GET', `/bookings/${b.id}`)).status).toBe(200)
    const asStaff = await staff.call<Booking>('GET', `/bookings/${b.id}`)
    expect(asStaff.status).toBe(200)
    expect(asStaff.body.actions).toEqual(['cancel', 'check_in'])
    const [other] = await applicants(1)
    expect((await other.client.call('GET', `/bookings/${b.id}`)).status).toBe(404)
    expect((await (await otherStationStaff()).call('GET', `/bookings/${b.id}`)).status).toBe(404)
    expect((await (await mock.as('province')).call('GET', `/bookings/${b.id}`)).status).toBe(403)
    expect((await mock.call('GET', `/bookings/${b.id}`)).status).toBe(401)
    const staffNotices = await staff.call('GET', '/notices')
    expect(staffNotices.body.items.some((n: any) => n.link?.includes(b.id) && n.title === '新的预约')).toBe(true)
  })

  test("visit → 201 pending (needs staff acceptance), carrying the organisation's address for staff", async () => {
    const res = await ent.call<Booking>('POST', '/bookings', body(await freeSlot(), { mode: 'visit' }))
    expect(res.status).toBe(201)
    expect(res.body.status).toBe('pending')
    const org = mock.ctx.store.orgs.get(res.body.orgId)!
    expect(org.address).toMatch(/^福建省福州市鼓楼区.+号/)
    expect(res.body.visitAddress).toBe(org.address)
    const asStaff = await staff.call<Booking>('GET', `/bookings/${res.body.id}`)
    expect(asStaff.body.visitAddress).toBe(org.address)
    // the address is the one at booking time: a later move of the organisation does not change this visit
    mock.ctx.store.orgs.save({ ...org, address: '福建省福州市台江区新址路1号' })
    expect((await staff.call<Booking>('GET', `/bookings/${res.body.id}`)).body.visitAddress).toBe(asStaff.body.visitAddress)
    mock.ctx.store.orgs.save(org)
    // an onsite booking has none
    const onsite = await ent.call<Booking>('POST', '/bookings', body(await freeSlot()))
    expect(onsite.body.visitAddress).toBeUndefined()
  })

  test('every seeded organisation has an address in its own county', () => {
    const orgs = mock.ctx.store.orgs.all()
    expect(orgs.length).toBeGreaterThan(100)
    for (const o of orgs) {
      expect(o.address.length).toBeGreaterThan(8)
      expect(o.address.startsWith(o.regionName.split(' ')[0])).toBe(true)
    }
  })

  test('401 anonymous, 403 staff / reviewers', async () => {
    const slot = await freeSlot()
    expect((await mock.call('POST', '/bookings', body(slot))).status).toBe(401)
    expect((await staff.call('POST', '/bookings', body(slot))).status).toBe(403)
    expect((await (await mock.as('national')).call('POST', '/bookings', body(slot))).status).toBe(403)
  })

  test('400 with fieldErrors: missing fields, unknown slot, today, weekend, beyond the horizon, visit not offered', async () => {
    const empty = await ent.call('POST', '/bookings', {})
    expect(empty.status).toBe(400)
    expect(empty.body.code).toBe('VALIDATION')
    expect(Object.keys(empty.body.fieldErrors).sort()).toEqual(['description', 'idempotencyKey', 'mode', 'slotId', 'topic'])
    for (const slotId of [
      `${stationId}_2026-11-25_0915`,
      `${stationId}_2026-11-24_1400`,
      `${stationId}_2026-11-28_0900`,
      `${stationId}_2026-12-20_0900`,
      'NOPE_2026-11-25_0900',
    ]) {
      const res = await ent.call('POST', '/bookings', body(slotId))
      expect(res.status).toBe(400)
      expect(res.body.fieldErrors.slotId).toEqual(expect.any(String))
    }
    // a station that does not accept visits (profile "early" / "long")
    const noVisit = mock.ctx.store.availability.first({ profile: 'early' })!
    const slots = await mock.call<SlotList>('GET', `/stations/${noVisit.stationId}/slots`)
    const res = await ent.call('POST', '/bookings', body(slots.body.days[0].slots[0].id, { mode: 'visit' }))
    expect(res.status).toBe(400)
    expect(res.body.fieldErrors.mode).toContain('上门走访')
  })

  test('idempotency: a retry with the same key returns the same booking (200), never a second one', async () => {
    const b = body(await freeSlot())
    const first = await ent.call<Booking>('POST', '/bookings', b)
    const again = await ent.call<Booking>('POST', '/bookings', b)
    expect(first.status).toBe(201)
    expect(again.status).toBe(200)
    expect(again.body.id).toBe(first.body.id)
  })

  test('idempotency: the same key sent 5 times concurrently → one booking', async () => {
    const b = body(await freeSlot())
    const results = await Promise.all(Array.from({ length: 5 }, () => ent.call<Booking>('POST', '/bookings', b)))
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 201])
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1)
    expect(mock.ctx.store.bookings.where({ idempotencyKey: b.idempotencyKey })).toHaveLength(1)
  })

  test('the race: 200 concurrent requests for a slot of capacity 3 → exactly 3 accepted, 197 SLOT_FULL', async () => {
    const slot = await freeSlot()
    const racers = await applicants(200)
    const results = await Promise.all(racers.map((r) => r.client.call<any>('POST', '/bookings', body(slot))))
    const created = results.filter((r) => r.status === 201)
    const full = results.filter((r) => r.status === 409)
    expect(created).toHaveLength(3)
    expect(full).toHaveLength(197)
    for (const r of full) expect(r.body).toEqual({ code: 'SLOT_FULL', message: '该时段已约满，请选择其他时段' })
    expect(mock.ctx.store.bookings.where({ slotId: slot }).filter((b) => b.status !== 'cancelled')).toHaveLength(3)
    const slots = await mock.call<SlotList>('GET', `/stations/${stationId}/slots?from=${slot.split('_')[1]}&days=1`)
    expect(slots.body.days[0].slots.find((s) => s.id === slot)).toMatchObject({ taken: 3, available: 0 })
  })

  test('the same organisation cannot book the same slot twice (409 CONFLICT)', async () => {
    const slot = await freeSlot()
    expect((await ent.call('POST', '/bookings', body(slot))).status).toBe(201)
    const again = await ent.call('POST', '/bookings', body(slot))
    expect(again.status).toBe(409)
    expect(again.body.code).toBe('CONFLICT')
  })
})

// ── the full-slot fast path ────────────────────────────────────────────────────
// A request for a full slot is refused from the bookings repository's in-memory seat ledger before any
// transaction. These cases fail if the ledger falls out of step with the table or answers ahead of a check
// that the transaction makes first (replay, restriction, own booking).

describe('POST /bookings on a full slot (answered before the transaction)', () => {
  /** Fills a slot of the demo station (capacity 3) with fresh applicants; returns them and their bookings. */
  async function fullSlot() {
    const slot = await freeSlot({ after: '2026-11-26T00:00' }) // before every cut-off: holders may cancel or move
    const holders = await applicants(3)
    const made: Booking[] = []
    for (const h of holders) {
      const r = await h.client.call<Booking>('POST', '/bookings', body(slot))
      expect(r.status).toBe(201)
      made.push(r.body)
    }
    return { slot, holders, made }
  }
  /** The ledger against the table: seats held in the slot, counted in SQL. */
  const heldInTable = (slot: string) =>
    mock.ctx.store.bookings.count({ slotId: slot, status: ['pending', 'confirmed', 'checked_in', 'completed', 'no_show'] })

  test('a cancellation frees the seat: the next request is accepted, and the slot is full again after it', async () => {
    const { slot, holders, made } = await fullSlot()
    const [late, later] = await applicants(2)
    expect((await late.client.call('POST', '/bookings', body(slot))).body.code).toBe('SLOT_FULL')
    expect((await holders[1].client.call('POST', `/bookings/${made[1].id}/cancel`, { reason: '计划有变' })).status).toBe(200)
    expect(mock.ctx.store.bookings.slotSeats(slot, late.org.id)).toEqual({ held: heldInTable(slot), mine: false })
    const retry = await late.client.call<Booking>('POST', '/bookings', body(slot))
    expect(retry.status).toBe(201)
    const refused = await later.client.call('POST', '/bookings', body(slot))
    expect(refused.status).toBe(409)
    expect(refused.body).toEqual({ code: 'SLOT_FULL', message: '该时段已约满，请选择其他时段' })
    // the seat freed by a reschedule too
    const moved = await freeSlot({ after: '2026-11-26T00:00' })
    expect((await holders[2].client.call('POST', `/bookings/${made[2].id}/reschedule`, { slotId: moved })).status).toBe(200)
    expect((await later.client.call('POST', '/bookings', body(slot))).status).toBe(201)
  })

  test('a repeated idempotency key replays the original booking, for the full slot and for any other slot', async () => {
    const { slot, holders, made } = await fullSlot()
    const first = holders[0]
    const original = { ...body(slot), idempotencyKey: made[0].idempotencyKey }
    const again = await first.client.call<Booking>('POST', '/bookings', original)
    expect(again.status).toBe(200)
    expect(again.body.id).toBe(made[0].id)
    // the key, not the slot, identifies the request: another full slot still replays the first booking
    const other = await fullSlot()
    const elsewhere = await first.client.call<Booking>('POST', '/bookings', { ...original, slotId: other.slot })
    expect(elsewhere.status).toBe(200)
    expect(elsewhere.body.id).toBe(made[0].id)
    expect(mock.ctx.store.bookings.where({ idempotencyKey: made[0].idempotencyKey })).toHaveLength(1)
  })

  test('the checks the transaction makes first still come first: own booking → CONFLICT, restricted → BOOKING_RESTRICTED, past → 400', async () => {
    const { slot, holders } = await fullSlot()
    const mine = await holders[0].client.call('POST', '/bookings', body(slot))
    expect(mine.status).toBe(409)
    expect(mine.body.code).toBe('CONFLICT')
    // three no-shows this month (fixture rows written straight through the repository)
    const [restricted] = await applicants(1)
    const template = mock.ctx.store.bookings.first({ slotId: slot })!
    mock.ctx.store.tx(() => {
      for (const day of ['2026-11-16', '2026-11-18', '2026-11-20'])
        mock.ctx.store.bookings.insert({
          ...template,
          id: `BKT${day.replace(/-/g, '')}`,
          orgId: restricted.org.id,
          userId: restricted.user.id,
          slotId: `${stationId}_${day}_0900`,
          startsAt: `${day}T09:00`,
          endsAt: `${day}T10:00`,
          status: 'no_show',
          idempotencyKey: `fixture-no-show-${day}`,
          voucherCode: `NS${day.replace(/-/g, '').slice(2)}`,
        })
    })
    const refused = await restricted.client.call('POST', '/bookings', body(slot))
    expect(refused.status).toBe(403)
    expect(refused.body.code).toBe('BOOKING_RESTRICTED')
    // the same slot once its day has come: no longer bookable (400), not "full"
    const [late] = await applicants(1)
    setNow(template.startsAt)
    const past = await late.client.call('POST', '/bookings', body(slot))
    expect(past.status).toBe(400)
    expect(past.body.fieldErrors.slotId).toBeTruthy()
  })

  test('a rolled-back transaction leaves nothing in the ledger; capacity raised by staff is seen at once', async () => {
    const { slot } = await fullSlot()
    const [a, b] = await applicants(2)
    const template = mock.ctx.store.bookings.first({ slotId: slot })!
    // a booking inserted and cancelled inside a transaction that then fails
    expect(() =>
      mock.ctx.store.tx(() => {
        mock.ctx.store.bookings.insert({
          ...template,
          id: 'BKTROLLBACK',
          orgId: a.org.id,
          userId: a.user.id,
          idempotencyKey: 'fixture-rolled-back',
        })
        mock.ctx.store.bookings.delete(template.id)
        throw new Error('half-way')
      }),
    ).toThrow('half-way')
    expect(mock.ctx.store.bookings.slotSeats(slot, a.org.id)).toEqual({ held: 3, mine: false })
    expect(mock.ctx.store.bookings.idByIdempotencyKey(a.user.id, 'fixture-rolled-back')).toBeUndefined()
    expect((await a.client.call('POST', '/bookings', body(slot))).body.code).toBe('SLOT_FULL')
    // four seats from now on: the fourth request is accepted, the fifth refused
    const rules = (await staff.call<AvailabilityRules>('GET', '/staff/availability')).body
    const { stationId: _s, updatedAt: _u, ...edit } = rules
    expect((await staff.call('PUT', '/staff/availability', { ...edit, capacity: 4 })).status).toBe(200)
    try {
      expect((await a.client.call('POST', '/bookings', body(slot))).status).toBe(201)
      expect((await b.client.call('POST', '/bookings', body(slot))).body.code).toBe('SLOT_FULL')
    } finally {
      expect((await staff.call('PUT', '/staff/availability', { ...edit, capacity: rules.capacity })).status).toBe(200)
    }
  })

  test('race, cancel, race again: exactly the seats there are, every time', async () => {
    const slot = await freeSlot({ after: '2026-11-26T00:00' })
    const first = await applicants(60)
    const round1 = await Promise.all(first.map((r) => r.client.call('POST', '/bookings', body(slot))))
    const won = round1.filter((r) => r.status === 201)
    expect(won).toHaveLength(3)
    expect(round1.filter((r) => r.status === 409 && r.body.code === 'SLOT_FULL')).toHaveLength(57)
    const winner = first[round1.indexOf(won[0])]
    expect((await winner.client.call('POST', `/bookings/${won[0].body.id}/cancel`, { reason: '计划有变' })).status).toBe(200)
    const second = await applicants(60)
    const round2 = await Promise.all(second.map((r) => r.client.call('POST', '/bookings', body(slot))))
    expect(round2.filter((r) => r.status === 201)).toHaveLength(1)
    expect(round2.filter((r) => r.status === 409 && r.body.code === 'SLOT_FULL')).toHaveLength(59)
    expect(heldInTable(slot)).toBe(3)
  })
})

// ── transitions ────────────────────────────────────────────────────────────────

type Path = 'pending' | 'confirmed' | 'checked_in' | 'completed' | 'cancelled' | 'declined' | 'no_show'
/**
 * Creates a booking in the given state through the API (slot 2+ days ahead). The owner is the demo enterprise,
 * or a fresh test organisation when `owner` is given.
 */
async function bookingIn(state: Path, owner: Client = ent): Promise<Booking> {
  const slot = await freeSlot({ after: '2026-11-26T00:00' })
  const mode = state === 'pending' || state === 'declined' ? 'visit' : 'onsite'
  const created = await owner.call<Booking>('POST', '/bookings', body(slot, { mode }))
  if (created.status !== 201) throw new Error(`create: ${created.status} ${JSON.stringify(created.body)}`)
  const b = created.body
  const go = async (path: string, payload?: unknown) => {
    const r = await staff.call('POST', `/bookings/${b.id}/${path}`, payload)
    if (r.status !== 200) throw new Error(`${path}: ${r.status} ${JSON.stringify(r.body)}`)
  }
  if (state === 'declined') await go('decline', { reason: '当日人手不足' })
  if (state === 'cancelled') await go('cancel', { reason: '指导站临时闭站' })
  if (state === 'checked_in' || state === 'completed') await go('check-in', { voucherCode: b.voucherCode })
  if (state === 'completed') await go('complete')
  if (state === 'no_show') {
    setNow(b.startsAt)
    await go('no-show')
    setNow(null)
  }
  const fresh = mock.ctx.store.bookings.get(b.id)! as Booking
  expect(fresh.status).toBe(state)
  return { ...fresh, history: [...fresh.history] }
}

const ACTIONS: { action: keyof typeof BOOKING_TRANSITIONS; path: string; payload?: (b: Booking) => unknown }[] = [
  { action: 'cancel', path: 'cancel', payload: () => ({ reason: '计划有变' }) },
  // a well-formed slot id: the body passes its declaration, so visibility decides (404)
  { action: 'reschedule', path: 'reschedule', payload: (b) => ({ slotId: `${b.stationId}_2026-12-01_0900` }) },
  { action: 'confirm', path: 'confirm' },
  { action: 'decline', path: 'decline', payload: () => ({ reason: '该时段外出走访' }) },
  { action: 'check_in', path: 'check-in', payload: (b) => ({ voucherCode: b.voucherCode }) },
  { action: 'complete', path: 'complete' },
  { action: 'no_show', path: 'no-show' },
]
const STATES: Path[] = ['pending', 'confirmed', 'checked_in', 'completed', 'cancelled', 'declined', 'no_show']

describe.each(ACTIONS)('POST /bookings/{id}/$path', ({ action, path, payload }) => {
  const rule = BOOKING_TRANSITIONS[action]
  beforeAll(() => {
    // more days to book: the matrix takes one slot per case
    const row = mock.ctx.store.availability.get(stationId)!
    row.horizonDays = 60
    mock.ctx.store.availability.save(row)
  })
  test.each(STATES)(`from %s: allowed / refused per role`, async (state) => {
    for (const actor of ['owner', 'staff'] as const) {
      const [owner] = await applicants(1)
      const b = await bookingIn(state, owner.client)
      const client = actor === 'owner' ? owner.client : staff
      let p = payload?.(b)
      if (action === 'reschedule') p = { slotId: await freeSlot({ after: '2026-11-26T00:00' }) }
      if (action === 'no_show') setNow(b.startsAt) // the slot has started
      const res = await client.call<any>('POST', `/bookings/${b.id}/${path}`, p)
      setNow(null)
      const allowedActor = rule.actors.includes(actor)
      const allowedState = (rule.from as readonly BookingStatus[]).includes(state)
      if (!allowedActor) {
        expect({ actor, state, status: res.status, code: res.body.code }).toEqual({ actor, state, status: 403, code: 'FORBIDDEN' })
      } else if (!allowedState) {
        expect({ actor, state, status: res.status, code: res.body.code }).toEqual({ actor, state, status: 409, code: 'INVALID_TRANSITION' })
        expect(res.body.message).toMatch(/[\u4e00-\u9fa5]/)
      } else {
        expect({ actor, state, status: res.status }).toEqual({ actor, state, status: 200 })
        const after: Booking = action === 'complete' ? res.body.booking : res.body
        const expected = rule.to === 'same' ? (b.mode === 'visit' ? 'pending' : state) : rule.to
        expect(after.status).toBe(expected)
        expect(after.history.at(-1)).toMatchObject({ from: state, to: expected })
      }
    }
  })
  test('404 for another organisation and another station, 401 anonymous', async () => {
    const b = await bookingIn('confirmed')
    const [other] = await applicants(1)
    expect((await other.client.call('POST', `/bookings/${b.id}/${path}`, payload?.(b) ?? {})).status).toBe(404)
    expect((await (await otherStationStaff()).call('POST', `/bookings/${b.id}/${path}`, payload?.(b) ?? {})).status).toBe(404)
    expect((await mock.call('POST', `/bookings/${b.id}/${path}`, payload?.(b) ?? {})).status).toBe(401)
  })
})

describe('rules around transitions', () => {
  test('owner cancel after the cut-off → 409 naming the cut-off time; before it → 200; staff may still cancel', async () => {
    // 2026-11-25 09:00 with a 24 h cut-off: the deadline 2026-11-24 09:00 has passed at 10:00
    const early = (await ent.call<Booking>('POST', '/bookings', body(`${stationId}_2026-11-25_0900`))).body
    expect(early.cancelDeadline).toBe('2026-11-24T09:00')
    expect(early.actions).toEqual([])
    const late = await ent.call('POST', `/bookings/${early.id}/cancel`, { reason: '临时有事' })
    expect(late.status).toBe(409)
    expect(late.body.code).toBe('INVALID_TRANSITION')
    expect(late.body.message).toContain('2026-11-24 09:00')
    const resched = await ent.call('POST', `/bookings/${early.id}/reschedule`, { slotId: await freeSlot({ after: '2026-11-26T00:00' }) })
    expect(resched.status).toBe(409)
    const byStaff = await staff.call<Booking>('POST', `/bookings/${early.id}/cancel`, { reason: '企业电话告知无法到场' })
    expect(byStaff.status).toBe(200)
    expect(byStaff.body).toMatchObject({ status: 'cancelled', cancelledBy: 'staff', reason: '企业电话告知无法到场' })
    // 14:00 the next day: deadline 2026-11-24 14:00, still open
    const ok = (await ent.call<Booking>('POST', '/bookings', body(`${stationId}_2026-11-25_1400`))).body
    const res = await ent.call<Booking>('POST', `/bookings/${ok.id}/cancel`, { reason: '临时有事' })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ status: 'cancelled', cancelledBy: 'enterprise' })
  })

  test('cancel needs a reason (400)', async () => {
    const b = await bookingIn('confirmed')
    const res = await ent.call('POST', `/bookings/${b.id}/cancel`, {})
    expect(res.status).toBe(400)
    expect(res.body.fieldErrors.reason).toEqual(expect.any(String))
  })

  test('reschedule: keeps the history, releases the old seat and takes the new one; full slot → 409 SLOT_FULL', async () => {
    const b = { ...(await bookingIn('confirmed')) }
    const target = await freeSlot({ after: '2026-11-26T00:00' })
    const res = await ent.call<Booking>('POST', `/bookings/${b.id}/reschedule`, { slotId: target })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ slotId: target, status: 'confirmed', rescheduleCount: 1 })
    expect(res.body.history.at(-1)!.note).toContain('改期')
    const seats = (await mock.call<SlotList>('GET', `/stations/${stationId}/slots?days=20`)).body.days.flatMap((d) => d.slots)
    expect(seats.find((s) => s.id === b.slotId)!.taken).toBe(0)
    expect(seats.find((s) => s.id === target)!.taken).toBe(1)
    // fill another slot, then try to move there
    const full = await freeSlot({ after: '2026-11-26T00:00' })
    for (const a of await applicants(3)) expect((await a.client.call('POST', '/bookings', body(full))).status).toBe(201)
    const refused = await ent.call('POST', `/bookings/${b.id}/reschedule`, { slotId: full })
    expect(refused.status).toBe(409)
    expect(refused.body.code).toBe('SLOT_FULL')
    // same slot / other station → 400
    expect((await ent.call('POST', `/bookings/${b.id}/reschedule`, { slotId: target })).status).toBe(400)
    expect((await ent.call('POST', `/bookings/${b.id}/reschedule`, { slotId: 'ST000001_2026-11-26_0900' })).status).toBe(400)
  })

  test('check-in with a wrong voucher → 400; the QR payload (any case) works', async () => {
    const b = await bookingIn('confirmed')
    const wrong = await staff.call('POST', `/bookings/${b.id}/check-in`, {
      voucherCode: b.voucherCode === '22222222' ? '33333333' : '22222222',
    })
    expect(wrong.status).toBe(400)
    expect(wrong.body.fieldErrors.voucherCode).toContain('不符')
    const ok = await staff.call<Booking>('POST', `/bookings/${b.id}/check-in`, { voucherCode: `qqbc:${b.voucherCode.toLowerCase()}` })
    expect(ok.status).toBe(200)
    expect(ok.body.status).toBe('checked_in')
    // the enterprise sees it checked in
    expect((await ent.call<Booking>('GET', `/bookings/${b.id}`)).body.status).toBe('checked_in')
  })

  test('scan at the door: POST /staff/check-in finds the booking by voucher code (own station only)', async () => {
    const b = await bookingIn('confirmed')
    const other = await otherStationStaff()
    const foreign = await other.call('POST', '/staff/check-in', { voucherCode: b.voucherCode })
    expect(foreign.status).toBe(400)
    expect(foreign.body.fieldErrors.voucherCode).toContain('未找到')
    const ok = await staff.call<Booking>('POST', '/staff/check-in', { voucherCode: `QQBC:${b.voucherCode}` })
    expect(ok.status).toBe(200)
    expect(ok.body).toMatchObject({ id: b.id, status: 'checked_in' })
    const twice = await staff.call('POST', '/staff/check-in', { voucherCode: b.voucherCode })
    expect(twice.status).toBe(409)
    expect(twice.body.code).toBe('INVALID_TRANSITION')
    expect((await ent.call('POST', '/staff/check-in', { voucherCode: b.voucherCode })).status).toBe(403)
  })

  test('complete returns the visit-log draft (the seam for the visit log)', async () => {
    const b = await bookingIn('checked_in')
    const res = await staff.call('POST', `/bookings/${b.id}/complete`)
    expect(res.status).toBe(200)
    expect(res.body.visitLogDraft).toMatchObject({
      bookingId: b.id,
      stationId,
      orgName: '福州闽江源食品有限公司',
      topic: 'risk',
      topicLabel: '风险预警应对',
      question: b.description,
      staffName: '王晓明',
      advice: '',
    })
  })

  test('no-show before the slot starts → 409; three no-shows in 90 days → 403 BOOKING_RESTRICTED until a date', async () => {
    const [a] = await applicants(1)
    const made: Booking[] = []
    for (const day of ['2026-11-25', '2026-11-26', '2026-11-27']) {
      const r = await a.client.call<Booking>('POST', '/bookings', body(`${stationId}_${day}_1700`))
      expect(r.status).toBe(201)
      made.push(r.body)
    }
    const tooEarly = await staff.call('POST', `/bookings/${made[0].id}/no-show`)
    expect(tooEarly.status).toBe(409)
    expect(tooEarly.body.message).toContain('尚未开始')
    setNow('2026-11-27T17:40')
    for (const b of made) expect((await staff.call('POST', `/bookings/${b.id}/no-show`)).status).toBe(200)
    expect((await a.client.call('GET', '/bookings/restriction')).body).toEqual({ restricted: true, until: '2026-12-27', noShows: 3 })
    expect((await ent.call('GET', '/bookings/restriction')).body.restricted).toBe(false)
    expect((await staff.call('GET', '/bookings/restriction')).status).toBe(403)
    const slots = await mock.call<SlotList>('GET', `/stations/${stationId}/slots`)
    const refused = await a.client.call('POST', '/bookings', body(slots.body.days[0].slots[0].id))
    expect(refused.status).toBe(403)
    expect(refused.body.code).toBe('BOOKING_RESTRICTED')
    expect(refused.body.message).toContain('2026-12-27')
    const notices = await a.client.call('GET', '/notices')
    expect(notices.body.items[0].body).toContain('2026-12-27')
  })
})

describe('lists', () => {
  test('staff: today / upcoming / history scopes of its own station only', async () => {
    const today = await staff.call<{ items: Booking[]; total: number }>('GET', '/staff/bookings?scope=today')
    expect(today.status).toBe(200)
    expect(today.body.items.length).toBeGreaterThan(0)
    expect(today.body.items.every((b) => b.startsAt.startsWith('2026-11-24') && b.stationId === stationId)).toBe(true)
    const up = await staff.call<{ items: Booking[] }>('GET', '/staff/bookings?scope=upcoming&limit=50')
    expect(up.body.items.every((b) => b.startsAt > '2026-11-25' && ['pending', 'confirmed'].includes(b.status))).toBe(true)
    // 待处理: the ones that need confirming first (issue 9 item 9), each group by time
    const pendingFirst = up.body.items.map((b) => (b.status === 'pending' ? 0 : 1))
    expect(pendingFirst).toEqual([...pendingFirst].sort())
    for (const group of [0, 1]) {
      const starts = up.body.items.filter((_, i) => pendingFirst[i] === group).map((b) => b.startsAt)
      expect(starts).toEqual([...starts].sort())
    }
    const hist = await staff.call<{ items: Booking[] }>('GET', '/staff/bookings?scope=history')
    expect(hist.body.items.some((b) => b.status === 'completed')).toBe(true)
    expect((await staff.call('GET', '/staff/bookings?scope=week')).status).toBe(400)
    expect((await ent.call('GET', '/staff/bookings?scope=today')).status).toBe(403)
  })
  test('applicant: own organisation only; upcoming soonest first; paging', async () => {
    const up = await ent.call<{ items: Booking[]; next: string | null }>('GET', '/bookings?scope=upcoming&limit=5')
    expect(up.status).toBe(200)
    const orgId = mock.ctx.store.users.first({ phone: '13800000001' })!.orgId
    expect(up.body.items.every((b) => b.orgId === orgId)).toBe(true)
    expect(up.body.items.map((b) => b.startsAt)).toEqual(up.body.items.map((b) => b.startsAt).sort())
    if (up.body.next) {
      const p2 = await ent.call<{ items: Booking[] }>('GET', `/bookings?scope=upcoming&limit=5&cursor=${up.body.next}`)
      expect(p2.body.items[0].id).not.toBe(up.body.items[0].id)
    }
    const hist = await ent.call<{ items: Booking[] }>('GET', '/bookings?scope=history')
    expect(hist.body.items.some((b) => b.status === 'completed')).toBe(true)
    expect((await staff.call('GET', '/bookings')).status).toBe(403)
  })
})

describe('staff availability', () => {
  test('GET / PUT (validated) change the derived slots', async () => {
    const res = await staff.call<AvailabilityRules>('GET', '/staff/availability')
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ stationId, capacity: 3, slotMinutes: 30 })
    const bad = await staff.call('PUT', '/staff/availability', { ...res.body, capacity: 0, windows: [{ start: '12:00', end: '09:00' }] })
    expect(bad.status).toBe(400)
    expect(bad.body.fieldErrors).toMatchObject({ capacity: expect.any(String), 'windows.0': expect.any(String) })
    const { stationId: _s, updatedAt: _u, ...rules } = res.body
    const put = await staff.call<AvailabilityRules>('PUT', '/staff/availability', { ...rules, closedDates: ['2026-12-02'] })
    expect(put.status).toBe(200)
    const slots = await mock.call<SlotList>('GET', `/stations/${stationId}/slots?from=2026-12-01&days=3`)
    expect(slots.body.days.map((d) => d.date)).toEqual(['2026-12-01', '2026-12-03'])
    expect((await ent.call('GET', '/staff/availability')).status).toBe(403)
    expect((await mock.call('PUT', '/staff/availability', rules)).status).toBe(401)
  })
})

describe('notices, subscriptions and reminders', () => {
  test('status changes notify the applicant; read own only', async () => {
    const b = await bookingIn('pending')
    expect((await staff.call('POST', `/bookings/${b.id}/confirm`)).status).toBe(200)
    const list = await ent.call('GET', '/notices')
    const n = list.body.items.find((x: any) => x.title === '预约已确认' && x.link.includes(b.id))
    expect(n).toBeDefined()
    expect(n.read).toBe(false)
    const unread = list.body.unread
    expect((await staff.call('POST', `/notices/${n.id}/read`)).status).toBe(404)
    const read = await ent.call('POST', `/notices/${n.id}/read`)
    expect(read.status).toBe(200)
    expect(read.body.read).toBe(true)
    expect((await ent.call('GET', '/notices')).body.unread).toBe(unread - 1)
    expect((await mock.call('GET', '/notices')).status).toBe(401)
  })

  test('subscribe consent records one-time quota; the reminder sender logs [订阅消息] 24 h before and consumes it once', async () => {
    const [a] = await applicants(1)
    expect((await a.client.call('POST', '/subscriptions', { templateId: 'TPL_NOPE', accepted: true })).status).toBe(400)
    const sub = await a.client.call('POST', '/subscriptions', { templateId: 'TPL_BOOKING_REMINDER', accepted: true })
    expect(sub.body).toEqual({ templateId: 'TPL_BOOKING_REMINDER', remaining: 1 })
    const b = (await a.client.call<Booking>('POST', '/bookings', body(await freeSlot({ after: '2026-11-26T00:00' })))).body
    // 25 h before: nothing yet
    const early = new Date(localToEpoch(b.startsAt) - 25 * 3600_000)
    expect(await sendDueReminders(mock.ctx, early)).not.toContain(b.id)
    const due = new Date(localToEpoch(b.startsAt) - 23 * 3600_000)
    const before = logs.length
    expect(await sendDueReminders(mock.ctx, due)).toContain(b.id)
    const sent = logs.slice(before).filter((l) => l.startsWith('[订阅消息]') && l.includes(a.user.name))
    expect(sent).toHaveLength(1)
    expect(sent[0]).toContain(b.startsAt.replace('T', ' '))
    expect(await sendDueReminders(mock.ctx, due)).not.toContain(b.id) // once only
    const quota = await a.client.call('GET', '/subscriptions')
    expect(quota.body).toContainEqual({ templateId: 'TPL_BOOKING_REMINDER', remaining: 0 })
    expect((await a.client.call('GET', '/notices')).body.items.some((n: any) => n.title === '预约提醒')).toBe(true)
  })
})
