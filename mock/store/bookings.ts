// The bookings repository: the generic table repository plus an in-memory seat ledger, so that POST /bookings
// can refuse a request for a full slot without opening a transaction or running a statement (500 racers for
// 5 seats: 495 refusals). The ledger is a cache of a few columns of every booking; it is exact because
//   - the writes of this repository (insert, insertMany, save, delete) apply the same change to it, and
//   - anything else bumps `version` without touching the ledger (deleteWhere, a rolled-back transaction: the
//     store bumps the version of every collection the transaction wrote), and the ledger is then rebuilt from
//     the table at its next use (one statement over indexed columns, no JSON parsed).
// Reads of the ledger see what reads of the table would see at that moment, inside a transaction too.
import type { BookingStatus } from '../../src/domain/contract'
import { ACTIVE_STATUSES, SEAT_HOLDING } from '../../src/domain/booking'
import { Repo } from './repo'
import type { StoredBooking } from './types'

export type BookingColumns = 'orgId' | 'userId' | 'stationId' | 'slotId' | 'status' | 'idempotencyKey' | 'voucherCode'

/** What the ledger keeps of one booking. */
interface SeatEntry {
  userId: string
  idempotencyKey: string
  orgId: string
  slotId: string
  status: BookingStatus
}

const HOLDING = new Set<BookingStatus>(SEAT_HOLDING)
const ACTIVE = new Set<BookingStatus>(ACTIVE_STATUSES)
const idemKey = (userId: string, key: string) => `${userId}\u0001${key}`

class SeatLedger {
  private readonly byId = new Map<string, SeatEntry>()
  /** user + idempotency key → booking id */
  private readonly byKey = new Map<string, string>()
  /** slot id → ids of its bookings (every status) */
  private readonly bySlot = new Map<string, Set<string>>()
  /** organisation → number of its no-show bookings */
  private readonly noShows = new Map<string, number>()

  put(id: string, e: SeatEntry): void {
    this.remove(id)
    this.byId.set(id, e)
    this.byKey.set(idemKey(e.userId, e.idempotencyKey), id)
    let ids = this.bySlot.get(e.slotId)
    if (!ids) this.bySlot.set(e.slotId, (ids = new Set()))
    ids.add(id)
    if (e.status === 'no_show') this.noShows.set(e.orgId, (this.noShows.get(e.orgId) ?? 0) + 1)
  }

  remove(id: string): void {
    const e = this.byId.get(id)
    if (!e) return
    this.byId.delete(id)
    const k = idemKey(e.userId, e.idempotencyKey)
    if (this.byKey.get(k) === id) this.byKey.delete(k)
    const ids = this.bySlot.get(e.slotId)
    ids?.delete(id)
    if (ids?.size === 0) this.bySlot.delete(e.slotId)
    if (e.status === 'no_show') {
      const n = (this.noShows.get(e.orgId) ?? 1) - 1
      if (n > 0) this.noShows.set(e.orgId, n)
      else this.noShows.delete(e.orgId)
    }
  }

  keyed(userId: string, key: string): string | undefined {
    return this.byKey.get(idemKey(userId, key))
  }

  /** seats held in the slot, and whether `orgId` holds an active booking there */
  slot(slotId: string, orgId: string): { held: number; mine: boolean } {
    let held = 0
    let mine = false
    for (const id of this.bySlot.get(slotId) ?? []) {
      const e = this.byId.get(id)!
      if (HOLDING.has(e.status)) held++
      if (e.orgId === orgId && ACTIVE.has(e.status)) mine = true
    }
    return { held, mine }
  }

  hasNoShow(orgId: string): boolean {
    return this.noShows.has(orgId)
  }
}

const entryOf = (b: StoredBooking): SeatEntry => ({
  userId: b.userId,
  idempotencyKey: b.idempotencyKey,
  orgId: b.orgId,
  slotId: b.slotId,
  status: b.status,
})

export class BookingRepo extends Repo<StoredBooking, BookingColumns> {
  private ledger: SeatLedger | null = null
  /** the repository version the ledger matches (-1: none) */
  private ledgerVersion = -1

  private inStep(): boolean {
    return this.ledger !== null && this.ledgerVersion === this.version
  }

  /** Runs a write; when the ledger was in step before it, applies the same change to it and keeps it in step. */
  private tracked<R>(write: () => R, change: (ledger: SeatLedger, result: R) => void): R {
    const inStep = this.inStep()
    let result: R
    try {
      result = write()
    } catch (err) {
      // a write that failed part-way (insertMany) may have changed rows without a version bump
      this.ledger = null
      throw err
    }
    if (inStep) {
      change(this.ledger!, result)
      this.ledgerVersion = this.version
    }
    return result
  }

  private current(): SeatLedger {
    if (this.inStep()) return this.ledger!
    const ledger = new SeatLedger()
    const rows = this.sql('SELECT id, user_id, idempotency_key, org_id, slot_id, status FROM $table').raw().all() as string[][]
    for (const [id, userId, idempotencyKey, orgId, slotId, status] of rows)
      ledger.put(id, { userId, idempotencyKey, orgId, slotId, status: status as BookingStatus })
    this.ledger = ledger
    this.ledgerVersion = this.version
    return ledger
  }

  override insert(doc: StoredBooking): StoredBooking {
    return this.tracked(
      () => super.insert(doc),
      (l) => l.put(doc.id, entryOf(doc)),
    )
  }

  override insertMany(docs: readonly StoredBooking[]): void {
    this.tracked(
      () => super.insertMany(docs),
      (l) => {
        for (const d of docs) l.put(d.id, entryOf(d))
      },
    )
  }

  override save(doc: StoredBooking): StoredBooking {
    return this.tracked(
      () => super.save(doc),
      (l) => l.put(doc.id, entryOf(doc)),
    )
  }

  override delete(id: string): boolean {
    return this.tracked(
      () => super.delete(id),
      (l) => l.remove(id),
    )
  }

  /** Id of the user's booking made with this idempotency key, from memory. */
  idByIdempotencyKey(userId: string, key: string): string | undefined {
    return this.current().keyed(userId, key)
  }

  /** Seats held in a slot (statuses that hold one) and whether the organisation has an active booking in it, from memory. */
  slotSeats(slotId: string, orgId: string): { held: number; mine: boolean } {
    return this.current().slot(slotId, orgId)
  }

  /** Whether the organisation has any no-show booking (only those can restrict it), from memory. */
  hasNoShow(orgId: string): boolean {
    return this.current().hasNoShow(orgId)
  }
}
