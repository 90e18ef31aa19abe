// The seeded world, step by step: regions → stations → organisations and trademarks → links → monitor (alerts) → users.
// Deterministic: the same `now` gives the same world (relative dates such as alert deadlines follow `now`).
import type { SeedStep } from './context'
import { buildRegions } from './regions'
import { seedStations } from './stations'
import { seedOrganisations } from './orgs'
import { seedLinks } from './links'
import { seedMonitor } from './monitor'
import { seedWatch } from './watch'
import { reserveDemoUserIds, seedUsers } from './users'

export { DEMO_DESCRIPTIONS, DEMO_PHONES, DEMO_USER_IDS } from './demo'
export { regionName, shortName, type City, type County, type Province } from './regions'

const seedRegions: SeedStep = (s) => {
  s.provinces = buildRegions(s.rng.fork('world').fork('regions'))
}

export const WORLD_STEPS: [name: string, step: SeedStep][] = [
  ['regions', seedRegions],
  ['demo user ids', reserveDemoUserIds],
  ['stations', seedStations],
  ['organisations', seedOrganisations],
  ['links', seedLinks],
  ['watch', seedWatch],
  ['monitor', seedMonitor],
  ['users', seedUsers],
]
