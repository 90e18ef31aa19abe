// What the seed steps share: the store they write into, the clock, the id counters, and the world as built
// so far (later steps read earlier steps' records from here instead of reading them back from the database).
import type { Organization, RegionalBrand, Station, Trademark } from '../../src/domain/contract'
import type { Store, StoredUser } from '../store'
import type { Province } from './regions'
import type { Rng } from './rng'
import { localYmd, pad } from './vocab'

export interface SeedCtx {
  store: Store
  now: Date
  /** Beijing calendar day of `now` */
  today: string
  nowIso: string
  /** the root rng: each step forks its own stream, so adding draws to one step never shifts another */
  rng: Rng
  /** next id for a prefix (`ST000001`…); written to the store's counters when the seed ends */
  id(prefix: string): string
  seq: Record<string, number>
  provinces: Province[]
  stations: Station[]
  stationsByCity: Map<string, Station[]>
  orgs: Organization[]
  trademarks: Trademark[]
  regionalBrands: RegionalBrand[]
  users: StoredUser[]
  /** mobile numbers handed out (demo phones included) */
  usedMobiles: Set<string>
  demo: {
    station?: Station
    enterprise?: Organization
    association?: Organization
    /** the demo organisations' marks the demo alerts are about */
    marks?: { renewalDue: Trademark; englishMark: Trademark; dormant: Trademark; brandMark: Trademark }
  }
}

export function createSeedCtx(store: Store, rng: Rng, now: Date): SeedCtx {
  const seq: Record<string, number> = {}
  return {
    store,
    now,
    today: localYmd(now),
    nowIso: now.toISOString(),
    rng,
    seq,
    id(prefix) {
      seq[prefix] = (seq[prefix] ?? 0) + 1
      return `${prefix}${pad(seq[prefix], 6)}`
    },
    provinces: [],
    stations: [],
    stationsByCity: new Map(),
    orgs: [],
    trademarks: [],
    regionalBrands: [],
    users: [],
    usedMobiles: new Set(),
    demo: {},
  }
}

/** A seed step: adds its records to the store (and to the shared world when later steps need them). */
export type SeedStep = (s: SeedCtx) => void
