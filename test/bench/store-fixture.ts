// Helper of store.bench.mjs (run as `node --import tsx test/bench/store-fixture.ts <data file> <racers>`):
// prepares a seeded data file for the benchmark through the store — bearer sessions for the demo enterprise
// and for <racers> applicants of distinct organisations, and a race station with 5 seats per slot — and prints
// what the benchmark needs as JSON. Never used by the app.
import crypto from 'node:crypto'
import { Store } from '../../mock/store'
import { AVAILABILITY_PROFILES } from '../../mock/seed/bookings'

const [file, racersArg] = process.argv.slice(2)
const racers = Number(racersArg || 500)
const store = Store.open(file)
const token = () => crypto.randomBytes(18).toString('base64url')
const out = store.tx(() => {
  const expiresAt = '2099-01-01T00:00:00.000Z'
  const writer = token()
  store.sessions.save({ token: writer, userId: 'US000001', expiresAt })
  const applicants = store.users
    .where({ role: ['enterprise', 'association'] })
    .filter((u) => u.orgId && u.id !== 'US000001' && u.id !== 'US000002')
  const seen = new Set<string>()
  const tokens: string[] = []
  for (const u of applicants) {
    if (tokens.length >= racers) break
    if (seen.has(u.orgId!)) continue
    seen.add(u.orgId!)
    const t = token()
    store.sessions.save({ token: t, userId: u.id, expiresAt })
    tokens.push(t)
  }
  // the race station: a Fujian station other than the demo one, 5 seats per slot
  const raceStation = store.stations.where({ provinceCode: '350000' })[7]
  store.availability.save({ stationId: raceStation.id, ...AVAILABILITY_PROFILES.standard, capacity: 5 })
  return { writer, tokens, raceStationId: raceStation.id, stations: store.stations.count(), bookings: store.bookings.count() }
})
store.checkpoint()
store.close()
process.stdout.write(JSON.stringify(out))
