// Composes the seed: the world (regions, stations, organisations, trademarks, users, demo accounts), then
// each capability's step, every step writing straight into the store, all in one transaction.
// Deterministic for a given `now` (same ids, same demo accounts).
import type { Store } from '../store'
import { createSeedCtx, type SeedStep } from './context'
import { createRng } from './rng'
import { WORLD_STEPS } from './world'
import { seedBookings } from './bookings'
import { seedApplications } from './applications'
import { seedProgramme } from './programme'
import { seedVisits } from './visits'
import { seedMembers } from './members'
import { seedReports } from './reports'
import { seedEvaluation } from './evaluation'

export type { SeedCtx, SeedStep } from './context'

/** Bump when the seeded data changes shape (kept in meta `seedVersion`). */
export const SEED_VERSION = 4
const SEED = 'qianqi-baicheng-2023'

export const SEED_STEPS: [name: string, step: SeedStep][] = [
  ...WORLD_STEPS,
  ['bookings', seedBookings],
  ['applications', seedApplications],
  ['programme', seedProgramme],
  ['visits', seedVisits],
  ['members', seedMembers],
  ['reports', seedReports],
  // last: evaluates earlier years from every other step's records and publishes their lists
  ['evaluation', seedEvaluation],
]

/** Seeds an empty store. Returns how long each step took (ms). */
export function seedStore(store: Store, now: Date): Record<string, number> {
  const timings: Record<string, number> = {}
  store.tx(() => {
    const s = createSeedCtx(store, createRng(SEED), now)
    for (const [name, step] of SEED_STEPS) {
      const t = performance.now()
      step(s)
      timings[name] = Math.round(performance.now() - t)
    }
    store.setSeq(s.seq)
    store.setMeta('seedVersion', SEED_VERSION)
    store.setMeta('seededAt', now.toISOString())
  })
  store.analyze()
  return timings
}

/** Has this store been seeded? */
export const isSeeded = (store: Store) => store.getMeta<string>('seededAt') !== undefined
