// Seed step: guidance stations — one per prefecture-level city, one per county, and parks / associations /
// service centres (more in big cities); the demo station (福州市鼓楼区) gets its real position and address.
import type { Station } from '../../src/domain/contract'
import type { SeedStep } from './context'
import { BUILDINGS, EXTRA_KINDS, OFFICE_HOURS, ROADS, TOPICS } from './vocab'

export const DEMO_STATION_NAME = '福州市鼓楼区商标品牌指导站'

export const seedStations: SeedStep = (s) => {
  const srng = s.rng.fork('world').fork('stations')
  const { stations, stationsByCity, id } = s
  const usedPhones = new Set<string>()
  const usedStationNames = new Set<string>()
  const landline = (area: string) => {
    for (;;) {
      const n = `${area}-${srng.pick(['2', '3', '5', '6', '7', '8'])}${srng.chars('0123456789', 7)}`
      if (!usedPhones.has(n)) {
        usedPhones.add(n)
        return n
      }
    }
  }
  for (const p of s.provinces) {
    const authority = p.info.authority === 'ipo' ? `${p.name}知识产权局` : `${p.name}市场监督管理局（知识产权局）`
    for (const c of p.cities) {
      const list: Station[] = []
      stationsByCity.set(c.code, list)
      const regionBase = (countyCode: string, countyName: string) => ({
        provinceCode: p.code,
        cityCode: c.code,
        countyCode,
        regionName: [p.name, c.prefix && c.prefix !== p.name ? c.prefix : '', countyName].filter(Boolean).join(' '),
      })
      const addrBase = (countyName: string) => `${p.name}${c.prefix && c.prefix !== p.name ? c.prefix : ''}${countyName}`
      const make = (
        countyCode: string,
        countyName: string,
        name: string,
        host: string,
        approvedBy: string,
        spread: number,
        extraAddr = '',
      ): Station | null => {
        if (usedStationNames.has(name)) return null
        usedStationNames.add(name)
        const st: Station = {
          id: id('ST'),
          name,
          host,
          ...regionBase(countyCode, countyName),
          address: `${addrBase(countyName)}${extraAddr}${srng.pick(ROADS)}${srng.int(1, 399)}号${srng.pick(BUILDINGS)}`,
          phone: landline(c.area),
          lat: Math.round((c.at[0] + (srng.next() * 2 - 1) * spread) * 1e6) / 1e6,
          lng: Math.round((c.at[1] + (srng.next() * 2 - 1) * spread * 1.2) * 1e6) / 1e6,
          topics: srng.sample(TOPICS, srng.int(2, 5)).sort((a, b) => TOPICS.indexOf(a) - TOPICS.indexOf(b)),
          approvedBy,
          officeHours: srng.pick(OFFICE_HOURS),
          staffCount: srng.int(2, 12),
          servedOrgIds: [],
        }
        stations.push(st)
        list.push(st)
        return st
      }
      // one city-level station (not for 省直辖县 pseudo-cities)
      const centralCounty = c.counties[0] ?? { code: c.code, name: '' }
      if (c.prefix && c.prefix !== p.name) {
        make(
          centralCounty.code,
          centralCounty.name,
          `${c.prefix}商标品牌指导站`,
          `${c.prefix}市场监督管理局（知识产权局）`,
          authority,
          0.03,
        )
      }
      // one per county
      for (const county of c.counties) {
        const prefix = c.prefix || ''
        make(
          county.code,
          county.name,
          `${prefix}${county.name}商标品牌指导站`,
          `${prefix}${county.name}市场监督管理局`,
          srng.chance(0.15) && c.prefix ? `${c.prefix}市场监督管理局（知识产权局）` : authority,
          c.counties.length <= 1 ? 0.05 : county.name.endsWith('区') ? 0.1 : 0.35,
        )
      }
      // parks, associations and service centres: more in big cities
      const extras = c.big ? srng.int(6, 9) : c.counties.length >= 10 ? srng.int(2, 3) : srng.int(1, 2)
      const countyNames = new Set(c.counties.map((x) => x.name))
      for (const kind of srng.sample(
        EXTRA_KINDS.filter((k) => !countyNames.has(k.name)),
        extras,
      )) {
        const county = c.counties.length ? srng.pick(c.counties) : centralCounty
        // 省直辖县 pseudo-cities: name the park / association after its county-level city
        const prefix = c.prefix || county.name
        make(
          county.code,
          county.name,
          `${prefix}${kind.name}商标品牌指导站`,
          kind.host(prefix, kind.name),
          authority,
          0.3,
          kind.name.endsWith('区') || kind.name.endsWith('园') ? kind.name : '',
        )
      }
    }
  }

  const demo = stations.find((st) => st.countyCode === '350102' && st.name === DEMO_STATION_NAME)!
  demo.lat = 26.082284
  demo.lng = 119.298352
  demo.address = '福建省福州市鼓楼区五四路158号环球广场12层'
  s.demo.station = demo
  s.store.stations.insertMany(stations)
}
