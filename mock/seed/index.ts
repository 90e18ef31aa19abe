// Composes the seed: the world (regions, stations, organisations, trademarks, users, demo accounts),
// then each capability's seed step. Deterministic for a given `now`.
import type { DbState } from '../server/db'
import { createRng } from './rng'
import { buildWorld } from './world'
import { seedBookings } from './bookings'
import { seedApplications } from './applications'

export const SEED_VERSION = 1
const SEED = 'qianqi-baicheng-2023'

/**
 * A seed step adds its capability's collections to `state` (use `seedId(state, prefix)` from ./world for ids
 * and `rng` for every random choice, so the world stays deterministic).
 */
export type SeedStep = (state: DbState, rng: ReturnType<typeof createRng>, now: Date) => void

export function seed(now: Date): DbState {
  const rng = createRng(SEED)
  const w = buildWorld(rng.fork('world'), now)
  const state: DbState = {
    version: SEED_VERSION,
    seededAt: now.toISOString(),
    seq: w.seq,
    users: w.users,
    sessions: [],
    stations: w.stations,
    orgs: w.orgs,
    trademarks: w.trademarks,
    regionalBrands: w.regionalBrands,
    links: w.links,
    alerts: w.alerts,
    notices: [],
    bookings: [],
    applications: [],
  }
  seedBookings(state, rng.fork('bookings'), now)
  seedApplications(state, rng.fork('applications'), now)
  return state
}
