// Seed step: organisations (enterprises, associations with their regional brand) and their trademarks —
// the two demo organisations first (stable ids OG000001 / OG000002), then the rest spread over the provinces
// like the annex-4 quotas.
import type { MarkType, Organization, Trademark } from '../../src/domain/contract'
import { currentTermEnd } from '../../src/domain/deadlines'
import type { SeedCtx, SeedStep } from './context'
import { DEMO_PHONES, DEMO_SECOND_ENTERPRISE } from './demo'
import { shortName, type City, type County, type Province } from './regions'
import {
  BRAND_WORDS,
  INDUSTRIES,
  ORG_WEIGHTS,
  PRODUCTS,
  ROADS,
  addDays,
  addMonths,
  makeUscc,
  parseYmd,
  personName,
  ymd,
  type Industry,
  type Product,
} from './vocab'

/** the building part of an organisation's address (often none) */
const ORG_BUILDINGS = ['', '', '', 'A座', '1号楼', '产业园3栋', '科技大厦8层', '厂区办公楼']

/** Makers of organisations and marks sharing one rng stream and one set of used names / numbers. */
function organisationFactory(s: SeedCtx) {
  const orng = s.rng.fork('world').fork('orgs')
  // addresses from their own stream, so adding them left every other seeded value as it was
  const arng = s.rng.fork('world').fork('org-addresses')
  const addressIn = (p: Province, c: City, county: County) =>
    `${p.name}${c.prefix && c.prefix !== p.name ? c.prefix : ''}${county.name}${arng.pick(ROADS)}${arng.int(1, 399)}号${arng.pick(ORG_BUILDINGS)}`
  const { id, today, orgs, trademarks, regionalBrands } = s
  const usedNames = new Set<string>()
  const usedRegNos = new Set<string>()
  const usedMobiles = s.usedMobiles
  for (const m of [...Object.values(DEMO_PHONES), DEMO_SECOND_ENTERPRISE.phone]) usedMobiles.add(m)
  const mobile = () => {
    for (;;) {
      const m = `1${orng.pick(['35', '36', '37', '39', '58', '86', '88', '89'])}${orng.chars('0123456789', 8)}`
      if (!usedMobiles.has(m)) {
        usedMobiles.add(m)
        return m
      }
    }
  }
  const regNo = (registeredOn: string) => {
    const year = Number(registeredOn.slice(0, 4))
    for (;;) {
      let n: string
      if (year < 2011) n = String(orng.int(1000000 + (year - 2000) * 500000, 1499999 + (year - 2000) * 500000))
      else {
        const lo = Math.min(8000000 + (year - 2011) * 4500000, 75000000)
        n = String(orng.int(lo, lo + 4999999))
      }
      if (n.length === 7 && orng.chance(0.1)) n = n.padStart(8, '0').replace(/^0/, '1')
      if (orng.chance(0.03)) n += 'A'
      if (!usedRegNos.has(n)) {
        usedRegNos.add(n)
        return n
      }
    }
  }
  const randomDate = (fromYear: number, to: string) => {
    const a = Date.UTC(fromYear, 0, 1)
    const b = parseYmd(to).getTime()
    return ymd(new Date(a + Math.floor((orng.next() * (b - a)) / 86400_000) * 86400_000))
  }
  /** registration date → current term end (renewed if the first term has passed) */
  const validity = (registeredOn: string) => currentTermEnd(registeredOn, today)
  const addMark = (
    ownerOrgId: string,
    name: string,
    classes: number[],
    markType: MarkType,
    registeredOn: string,
    extra: Partial<Trademark> = {},
  ) => {
    const tm: Trademark = {
      id: id('TM'),
      regNo: regNo(registeredOn),
      name,
      classes,
      ownerOrgId,
      markType,
      registeredOn,
      validUntil: validity(registeredOn),
      ...extra,
    }
    trademarks.push(tm)
    return tm
  }
  const region = (p: Province, c: City, county: County) => ({
    provinceCode: p.code,
    cityCode: c.code,
    countyCode: county.code,
    regionName: [p.name, c.prefix && c.prefix !== p.name ? c.prefix : '', county.name].filter(Boolean).join(' '),
  })
  const placeIn = (p: Province) => {
    const c = orng.chance(0.4) ? p.cities[0] : orng.pick(p.cities)
    const county = c.counties.length ? orng.pick(c.counties) : { code: c.code, name: '' }
    return { c, county }
  }

  const makeEnterprise = (p: Province, c: City, county: County, fixed?: { name: string; industry: Industry; brand: string }) => {
    let name = fixed?.name ?? ''
    let industry = fixed?.industry ?? orng.pick(INDUSTRIES)
    let brand = fixed?.brand ?? ''
    while (!name) {
      industry = orng.pick(INDUSTRIES)
      brand = orng.pick(BRAND_WORDS)
      const place = orng.chance(0.8) ? c.short || shortName(county.name) : p.short
      const candidate = `${place}${brand}${industry.word}${orng.pick(['有限公司', '有限公司', '股份有限公司', '集团有限公司'])}`
      if (!usedNames.has(candidate)) name = candidate
    }
    usedNames.add(name)
    const org: Organization = {
      id: id('OG'),
      kind: 'enterprise',
      name,
      uscc: makeUscc(orng, '91', county.code),
      contactName: personName(orng),
      contactPhone: mobile(),
      field: industry.field,
      ...region(p, c, county),
      address: addressIn(p, c, county),
    }
    orgs.push(org)
    if (!fixed) {
      const marks = orng.int(1, 4)
      for (let i = 0; i < marks; i++) {
        const markName = i === 0 ? brand : orng.pick([`${brand}及图`, `${brand}${orng.pick(['优选', '臻品', '小站', '家'])}`, brand])
        addMark(
          org.id,
          markName,
          i === 0 ? industry.classes : [orng.pick(industry.classes.concat([35]))],
          'ordinary',
          randomDate(2004, addDays(today, -90)),
        )
      }
    }
    return org
  }

  const makeAssociation = (
    p: Province,
    c: City,
    county: County,
    fixed?: { name: string; brand: string; product: Product; markType: MarkType; members: number; smes: number },
  ) => {
    let product = fixed?.product ?? orng.pick(PRODUCTS)
    let brandName = fixed?.brand ?? ''
    let name = fixed?.name ?? ''
    const atCounty = orng.chance(0.6) && c.counties.length > 1
    while (!brandName) {
      const r = orng.next()
      product = orng.pick(
        PRODUCTS.filter((x) => (r < 0.45 ? x.field === 'manufacturing' : r < 0.75 ? x.field === 'service' : x.field === 'agriculture')),
      )
      const place = atCounty ? shortName(county.name) : c.short || shortName(county.name)
      const candidate = `${place}${product.word}`
      if (!usedNames.has(candidate)) {
        brandName = candidate
        name = `${atCounty ? `${c.prefix}${county.name}` : c.prefix || county.name}${product.word}${orng.pick(['协会', '行业协会', '产业协会', '产业发展协会'])}`
      }
    }
    usedNames.add(brandName)
    usedNames.add(name)
    const org: Organization = {
      id: id('OG'),
      kind: 'association',
      name,
      uscc: makeUscc(orng, '51', county.code),
      contactName: personName(orng),
      contactPhone: mobile(),
      field: product.field,
      ...region(p, c, county),
      address: addressIn(p, c, county),
    }
    orgs.push(org)
    const r = orng.next()
    const markType: MarkType = fixed?.markType ?? (r < 0.45 ? 'collective' : r < 0.9 ? 'certification' : 'ordinary')
    const tm = addMark(org.id, brandName, product.classes, markType, randomDate(2006, addDays(today, -200)), {
      ...(markType !== 'ordinary' && product.field !== 'service' && orng.chance(0.6) ? { isGI: true } : {}),
    })
    const members = fixed?.members ?? orng.int(12, 420)
    regionalBrands.push({
      id: id('RB'),
      associationId: org.id,
      name: brandName,
      trademarkId: tm.id,
      field: product.field,
      memberCount: members,
      smeCount: fixed?.smes ?? Math.round(members * (0.55 + orng.next() * 0.4)),
    })
    return org
  }
  return { orng, addMark, makeEnterprise, makeAssociation, placeIn }
}

export const seedOrganisations: SeedStep = (s) => {
  const { orng, addMark, makeEnterprise, makeAssociation, placeIn } = organisationFactory(s)
  const { today, trademarks } = s
  const fujian = s.provinces.find((p) => p.code === '350000')!
  const fuzhou = fujian.cities.find((c) => c.code === '350100')!
  const gulou = fuzhou.counties.find((c) => c.code === '350102')!

  // demo organisations first (stable ids OG000001 / OG000002)
  const demoEnterprise = makeEnterprise(fujian, fuzhou, gulou, {
    name: '福州闽江源食品有限公司',
    industry: INDUSTRIES[0],
    brand: '闽江源',
  })
  demoEnterprise.contactName = '陈志远'
  demoEnterprise.contactPhone = DEMO_PHONES.enterprise
  demoEnterprise.address = '福建省福州市鼓楼区铜盘路软件大道89号C区12号楼3层'
  const demoAssociation = makeAssociation(fujian, fuzhou, gulou, {
    name: '福州市脱胎漆器行业协会',
    brand: '福州脱胎漆器',
    product: PRODUCTS.find((x) => x.word === '漆器')!,
    markType: 'certification',
    members: 86,
    smes: 71,
  })
  demoAssociation.contactName = '黄丽华'
  demoAssociation.contactPhone = DEMO_PHONES.association
  demoAssociation.address = '福建省福州市鼓楼区杨桥中路218号工艺美术大楼5层'
  trademarks[trademarks.length - 1].isGI = true

  // demo enterprise's marks: one due for renewal in ~4 months, one recent, one at risk of non-use cancellation
  const renewalDue = addMark(demoEnterprise.id, '闽江源', [29, 30], 'ordinary', addDays(addMonths(today, -120), 130))
  const englishMark = addMark(demoEnterprise.id, '闽江源 MINJIANGYUAN', [32], 'ordinary', addMonths(today, -80))
  const dormant = addMark(demoEnterprise.id, '江源小厨', [43], 'ordinary', addMonths(today, -41))
  const demoBrandMark = trademarks.find((t) => t.ownerOrgId === demoAssociation.id)!
  s.demo.enterprise = demoEnterprise
  s.demo.association = demoAssociation
  s.demo.marks = { renewalDue, englishMark, dormant, brandMark: demoBrandMark }

  // the rest, spread like the annex-4 quotas (Fujian a little denser for the demo)
  for (const p of s.provinces) {
    const [ent, reg] = ORG_WEIGHTS[p.code.slice(0, 2)]
    const nEnt = Math.max(2, Math.round(ent * 0.32)) + (p.code === '350000' ? 12 : 0)
    const nReg = Math.max(1, Math.round(reg * 0.16)) + (p.code === '350000' ? 4 : 0)
    for (let i = 0; i < nEnt; i++) {
      const { c, county } = p.code === '350000' && i < 10 ? { c: fuzhou, county: orng.pick(fuzhou.counties) } : placeIn(p)
      makeEnterprise(p, c, county)
    }
    for (let i = 0; i < nReg; i++) {
      const { c, county } = placeIn(p)
      makeAssociation(p, c, county)
    }
  }
  // the second demo enterprise: the first other Fuzhou enterprise takes the known phone (no draw changes)
  const second = s.orgs.find((o) => o.kind === 'enterprise' && o !== demoEnterprise && o.cityCode === fuzhou.code)!
  second.contactPhone = DEMO_SECOND_ENTERPRISE.phone
  // use evidence on file for every mark but the demo's dormant one and a few others (those are exposed to 撤三);
  // its own rng stream, so the draws above stay as they were
  const erng = s.rng.fork('world').fork('evidence')
  for (const tm of s.trademarks) {
    if (tm === dormant || erng.chance(0.04)) continue
    const on = addDays(today, -erng.int(10, 700))
    tm.useEvidenceOn = [on < tm.registeredOn ? tm.registeredOn : on]
  }
  s.store.orgs.insertMany(s.orgs)
  s.store.trademarks.insertMany(s.trademarks)
  s.store.regionalBrands.insertMany(s.regionalBrands)
}
