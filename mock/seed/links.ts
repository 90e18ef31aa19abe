// Seed step: station ↔ organisation links (对接) — most organisations are linked to a station in their city;
// the demo station has a couple of pending requests. An accepted link sets the organisation's station and
// adds it to the station's served list (both written back).
import type { Organization, Station } from '../../src/domain/contract'
import type { StoredLink } from '../store'
import type { SeedStep } from './context'

function regionNameTail(org: Organization): string {
  return org.regionName.split(' ').pop() ?? ''
}

export const seedLinks: SeedStep = (s) => {
  const lrng = s.rng.fork('world').fork('links')
  const { id, now, orgs, stationsByCity } = s
  const demoStation = s.demo.station!
  const demoEnterprise = s.demo.enterprise!
  const demoAssociation = s.demo.association!
  const links: StoredLink[] = []
  const touched = { orgs: new Set<Organization>(), stations: new Set<Station>() }
  const link = (org: Organization, st: Station, status: StoredLink['status'], daysAgo: number) => {
    const createdAt = new Date(now.getTime() - daysAgo * 86400_000).toISOString()
    links.push({
      id: id('LK'),
      stationId: st.id,
      orgId: org.id,
      status,
      createdAt,
      ...(status !== 'pending' ? { decidedAt: new Date(now.getTime() - (daysAgo - 2) * 86400_000).toISOString() } : {}),
    })
    if (status === 'accepted') {
      org.stationId = st.id
      st.servedOrgIds.push(org.id)
      touched.orgs.add(org)
      touched.stations.add(st)
    }
  }
  link(demoEnterprise, demoStation, 'accepted', 200)
  link(demoAssociation, demoStation, 'accepted', 320)
  let pendingForDemo = 0
  for (const org of orgs) {
    if (org === demoEnterprise || org === demoAssociation) continue
    const inFuzhou = org.cityCode === '350100'
    const candidates = stationsByCity.get(org.cityCode) ?? []
    const countyStation = candidates.find((c) => c.countyCode === org.countyCode && c.name.endsWith(`${regionNameTail(org)}商标品牌指导站`))
    const st = inFuzhou && lrng.chance(0.6) ? demoStation : (countyStation ?? lrng.pick(candidates))
    if (!st) continue
    const r = lrng.next()
    if (st === demoStation && pendingForDemo < 2 && r > 0.5) {
      link(org, st, 'pending', lrng.int(1, 6))
      pendingForDemo++
    } else if (r < 0.75) link(org, st, 'accepted', lrng.int(20, 700))
    else if (r < 0.85) link(org, st, 'pending', lrng.int(1, 20))
    // else: not linked yet
  }
  s.store.links.insertMany(links)
  for (const o of touched.orgs) s.store.orgs.save(o)
  for (const st of touched.stations) s.store.stations.save(st)
}
