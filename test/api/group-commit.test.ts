// Group commit (Store.txGrouped, used by POST /bookings): the calls made in one event-loop turn run in ONE
// transaction, each in its own savepoint, and settle only after its commit. Checked on a real data file with a
// second connection (what another process would see on disk), then through the API: a request that fails in
// the middle of a burst leaves nothing behind and changes nothing for the others.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import type { Booking, SlotList } from '../../src/domain/contract'
import { Store, type StoredBooking } from '../../mock/store'
import { startMock, type Client, type Mock } from './harness'

describe('Store.txGrouped', () => {
  let dir: string
  let store: Store
  let other: Database.Database
  /** token of the session rows committed, as another connection reads the file */
  const committed = () => (other.prepare('SELECT id FROM sessions ORDER BY id').pluck().all() as string[]).filter((t) => t.startsWith('g-'))
  const session = (token: string) => ({ token, userId: 'US000001', expiresAt: '2099-01-01T00:00:00.000Z' })
  const booking = (id: string, key: string) =>
    ({
      id,
      orgId: 'OR1',
      userId: 'US1',
      stationId: 'ST1',
      slotId: 'ST1_2026-12-01_0900',
      status: 'confirmed',
      idempotencyKey: key,
    }) as StoredBooking

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qqbc-group-'))
    store = Store.open(path.join(dir, 'db.sqlite'))
    other = new Database(path.join(dir, 'db.sqlite'), { readonly: true })
  })
  afterEach(() => {
    other.close()
    store.close()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  test('calls of one turn share one transaction, see each other in order, and settle after the commit', async () => {
    const seenByOthers: string[][] = []
    const calls = ['g-1', 'g-2', 'g-3'].map((t) =>
      store.txGrouped(() => {
        expect(store.inTransaction).toBe(true)
        store.sessions.save(session(t))
        // nothing of the group is on disk yet: the earlier calls are in the same, uncommitted, transaction
        seenByOthers.push(committed())
        return store.sessions.count()
      }),
    )
    expect(committed()).toEqual([]) // nothing runs before the group is flushed
    let settledAt: string[] | null = null
    const counts = await Promise.all(calls.map((c) => c.then((n) => ((settledAt ??= committed()), n))))
    expect(seenByOthers).toEqual([[], [], []])
    // each call saw the writes of the calls before it
    expect(counts[1] - counts[0]).toBe(1)
    expect(counts[2] - counts[1]).toBe(1)
    // by the time the first promise settled, the whole group was committed
    expect(settledAt).toEqual(['g-1', 'g-2', 'g-3'])
  })

  test('a call that throws rolls back only its own writes (and its caches); the others commit', async () => {
    const ledgerBefore = store.bookings.version
    const results = await Promise.allSettled([
      store.txGrouped(() => store.bookings.insert(booking('BK1', 'key-1'))),
      store.txGrouped(() => {
        store.bookings.insert(booking('BK2', 'key-2'))
        store.sessions.save(session('g-2'))
        throw new Error('fails half-way')
      }),
      store.txGrouped(() => {
        // the failed call's writes are gone for the calls after it, in the seat ledger too
        expect(store.bookings.has('BK2')).toBe(false)
        expect(store.bookings.idByIdempotencyKey('US1', 'key-2')).toBeUndefined()
        expect(store.bookings.slotSeats('ST1_2026-12-01_0900', 'OR9').held).toBe(1)
        store.bookings.insert(booking('BK3', 'key-3'))
        store.sessions.save(session('g-3'))
      }),
    ])
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled'])
    expect((results[1] as PromiseRejectedResult).reason.message).toBe('fails half-way')
    expect(other.prepare('SELECT id FROM bookings ORDER BY id').pluck().all()).toEqual(['BK1', 'BK3'])
    expect(committed()).toEqual(['g-3'])
    expect(store.bookings.idByIdempotencyKey('US1', 'key-1')).toBe('BK1')
    expect(store.bookings.idByIdempotencyKey('US1', 'key-2')).toBeUndefined()
    expect(store.bookings.slotSeats('ST1_2026-12-01_0900', 'OR9').held).toBe(2)
    expect(store.bookings.version).toBeGreaterThan(ledgerBefore)
  })

  test('a precheck refuses without running the call; a precheck that writes undoes the whole group', async () => {
    const fn = jest.fn(() => store.sessions.save(session('g-refused')))
    const refused = store.txGrouped(fn, () => {
      throw new Error('refused')
    })
    await expect(refused).rejects.toThrow('refused')
    expect(fn).not.toHaveBeenCalled()
    expect(committed()).toEqual([])

    const group = [
      store.txGrouped(() => store.sessions.save(session('g-a'))),
      store.txGrouped(
        () => undefined,
        () => void store.sessions.save(session('g-precheck')),
      ),
      store.txGrouped(() => store.sessions.save(session('g-b'))),
    ]
    const results = await Promise.allSettled(group)
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected'])
    expect(committed()).toEqual([])
    expect(store.sessions.get('g-a')).toBeUndefined()
  })

  test('a call made while a group runs joins the next group (never the running transaction)', async () => {
    let inner: Promise<unknown> | null = null
    await store.txGrouped(() => {
      store.sessions.save(session('g-first'))
      inner = store.txGrouped(() => {
        // the first group is on disk before this one starts
        expect(committed()).toEqual(['g-first'])
        store.sessions.save(session('g-second'))
      })
    })
    expect(committed()).toEqual(['g-first'])
    await inner
    expect(committed()).toEqual(['g-first', 'g-second'])
  })
})

describe('POST /bookings in a burst', () => {
  let mock: Mock
  let clients: Client[]
  let stationId: string

  beforeAll(async () => {
    process.env.MOCK_REMINDER_INTERVAL_MS = '0'
    mock = await startMock()
    clients = await Promise.all(['enterprise', 'association'].map((r) => mock.as(r as 'enterprise')))
    stationId = mock.ctx.store.users.first({ phone: '13800000003' })!.stationId!
  })
  afterAll(async () => {
    await mock.close()
  })
  afterEach(() => jest.restoreAllMocks())

  test('one request failing inside a group leaves nothing behind; the others of the group are accepted and kept', async () => {
    const { store } = mock.ctx
    const slots = (await mock.call<SlotList>('GET', `/stations/${stationId}/slots?days=10`)).body.days
      .flatMap((d) => d.slots)
      .filter((s) => s.taken === 0)
      .slice(0, 3)
    // hold the flush until all three decisions are queued: one group, so the failure is one savepoint of three
    const internals = store as unknown as { flushGroup: () => void; group: unknown[] | null }
    const realFlush = internals.flushGroup.bind(store)
    const flushes = jest.spyOn(internals, 'flushGroup').mockImplementation(() => {
      const wait = () => ((internals.group?.length ?? 0) >= 3 ? realFlush() : setImmediate(wait))
      wait()
    })
    // the second request's decision fails after its booking row was written
    const realInsert = store.bookings.insert.bind(store.bookings)
    jest.spyOn(store.bookings, 'insert').mockImplementation((doc) => {
      realInsert(doc)
      if (doc.idempotencyKey === 'group-burst-1') throw new Error('simulated failure inside the group')
      return doc
    })
    const before = store.bookings.count()
    const body = (i: number) => ({
      slotId: slots[i].id,
      topic: 'risk',
      description: '同一轮事件循环中的三个预约',
      mode: 'onsite',
      idempotencyKey: `group-burst-${i}`,
    })
    const res = await Promise.all(
      [0, 1, 2].map((i) =>
        fetch(`${mock.baseUrl}/api/bookings`, {
          method: 'POST',
          headers: { authorization: `Bearer ${clients[i % 2].token}`, 'content-type': 'application/json' },
          body: JSON.stringify(body(i)),
        }).then(async (r) => ({ status: r.status, body: await r.json() })),
      ),
    )
    expect(flushes).toHaveBeenCalledTimes(1)
    expect(res.map((r) => r.status)).toEqual([201, 500, 201])
    expect(store.bookings.count()).toBe(before + 2)
    const failed = 1
    expect(res[failed].body).toMatchObject({ code: 'INTERNAL' })
    expect(store.bookings.where({ idempotencyKey: `group-burst-${failed}` })).toEqual([])
    for (const r of res.filter((x) => x.status === 201)) expect(store.bookings.get((r.body as Booking).id)).toBeDefined()
    const after = (await mock.call<SlotList>('GET', `/stations/${stationId}/slots?days=10`)).body.days.flatMap((d) => d.slots)
    expect(after.find((s) => s.id === slots[failed].id)).toMatchObject({ taken: 0 })
    expect(after.find((s) => s.id === slots[0].id)).toMatchObject({ taken: 1 })
  })
})
