// Seed step for the yearly brand reports (年度报送): submitted reports for 2023 up to last year for every
// organisation on a confirmed programme list, and for the demo enterprise and association (so the
// year-over-year chart has history and this year's report can be drafted from scratch). In 福建省 (the demo
// province) a few participants have already submitted or drafted this year's, the rest have not.
// Figures are deterministic per organisation (own rng stream), plausible for its size and grown 4–15 % a
// year, and every report passes the same submission check the server applies (the seed fails otherwise).
import {
  CONSISTENCY_RULES,
  REPORT_FIELDS,
  figureAt,
  validateReport,
  type ReportFieldDef,
  type ReportFigures,
  type ReportTrack,
} from '../../src/domain/report'
import type { Organization } from '../../src/domain/contract'
import type { StoredReport } from '../store'
import type { Rng } from './rng'
import type { SeedStep } from './context'

export const FIRST_REPORT_YEAR = 2023
const DEMO_PROVINCE = '350000'

const round = (n: number, digits = 1) => Number(n.toFixed(digits))

/** The size of an organisation's headline figure (万元): enterprise revenue, or a region's output value. */
const SCALE: Record<ReportTrack, [number, number]> = { enterprise: [3_000, 180_000], regional: [40_000, 1_500_000] }

/**
 * One organisation's figures for every year from FIRST_REPORT_YEAR to `lastYear`: drawn once for the first
 * year, then grown by the organisation's own yearly rate (never a >10× jump).
 */
export function reportSeries(track: ReportTrack, rng: Rng, lastYear: number): Map<number, ReportFigures> {
  const [lo, hi] = SCALE[track]
  const head = lo * Math.pow(hi / lo, rng.next()) // log-uniform: many small, few large
  const growth = 1.04 + rng.next() * 0.11
  const ratio = (a: number, b: number) => a + rng.next() * (b - a)
  // shares of the headline figure, fixed per organisation
  const share = {
    brand: ratio(0.6, 0.92),
    export: ratio(0.04, 0.3),
    profit: ratio(0.05, 0.16),
    tax: ratio(0.03, 0.08),
    sme: ratio(0.6, 0.9),
  }
  const base = new Map<string, number>()
  const fixed = new Map<string, boolean | string>()
  for (const f of REPORT_FIELDS[track]) {
    if (f.kind === 'flag') fixed.set(f.key, rng.chance(0.7))
    else if (f.kind === 'choice') fixed.set(f.key, rng.pick(Object.keys(f.options ?? {})))
    else base.set(f.key, firstYearValue(f, head, rng))
  }
  const out = new Map<number, ReportFigures>()
  let prevIncome: number | undefined
  for (let year = FIRST_REPORT_YEAR; year <= lastYear; year++) {
    const k = Math.pow(growth, year - FIRST_REPORT_YEAR) * ratio(0.97, 1.03)
    const figures: ReportFigures = {}
    for (const f of REPORT_FIELDS[track]) {
      let v: number | boolean | string | undefined
      if (f.kind !== 'number') v = fixed.get(f.key)
      else if (f.unit === '%') v = round(Math.min(f.max ?? 100, (base.get(f.key) ?? 0) * ratio(0.95, 1.05)))
      else if (f.key === 'industryRank') v = Math.max(1, Math.round((base.get(f.key) ?? 1) / k))
      else if (f.key === 'salesProvinces' || f.key === 'overseasCountries')
        v = Math.min(f.max ?? 34, Math.round((base.get(f.key) ?? 1) * Math.sqrt(k)))
      else {
        const raw = (base.get(f.key) ?? 0) * k
        v = f.integer ? Math.round(raw) : round(raw, 1)
        if (f.max !== undefined) v = Math.min(f.max, v)
      }
      ;(figures[f.dimension] ??= {})[f.key] = v
    }
    // the headline figures and the totals they must stay within
    const headNow = round(head * k, 1)
    if (track === 'enterprise') {
      const e = figures.economic!
      e.totalRevenue = headNow
      e.brandSales = round(headNow * share.brand, 1)
      e.exportSales = round((e.brandSales as number) * share.export, 1)
      e.brandProfit = round((e.brandSales as number) * share.profit, 1)
      e.licenceIncome = round(Math.min(e.licenceIncome as number, headNow * 0.02), 1)
    } else {
      const e = figures.economic!
      e.outputValue = headNow
      e.exportValue = round(headNow * share.export, 1)
      e.profit = round(headNow * share.profit, 1)
      e.taxRevenue = round(headNow * share.tax, 1)
      const s = figures.social!
      s.smeCount = Math.round((s.userCount as number) * share.sme)
      s.newUsers = Math.max(1, Math.round((s.userCount as number) * 0.06))
    }
    // income growth follows the average income itself
    const income = figureAt(figures, 'social.avgIncome') as number
    figures.social!.incomeGrowth = prevIncome ? round(((income - prevIncome) / prevIncome) * 100) : round(ratio(2, 8))
    prevIncome = income
    for (const r of CONSISTENCY_RULES[track]) {
      const a = figureAt(figures, r.path)
      const b = figureAt(figures, r.notAbove)
      if (typeof a === 'number' && typeof b === 'number' && a > b) {
        const [dim, key] = r.path.split('.') as [keyof ReportFigures, string]
        figures[dim]![key] = Number.isInteger(b) ? Math.floor(b * 0.5) : round(b * 0.5, 1)
      }
    }
    out.set(year, figures)
  }
  return out
}

function firstYearValue(f: ReportFieldDef, head: number, rng: Rng): number {
  const between = (a: number, b: number) => a + rng.next() * (b - a)
  if (f.unit === '%') return f.key === 'incomeGrowth' ? between(2, 8) : between(8, Math.min(80, f.max ?? 80))
  if (f.unit === '元') return Math.round(between(52_000, 118_000))
  if (f.unit === '万元') {
    // spending and financing items: a small part of the headline figure
    const part =
      f.key === 'brandValue'
        ? between(0.5, 3)
        : f.key.startsWith('pledge') || f.key === 'equityAmount'
          ? between(0.005, 0.05)
          : between(0.002, 0.03)
    return Math.max(1, head * part)
  }
  if (f.key === 'licenceCount') return rng.int(0, 12)
  if (f.key === 'pledgeCount') return rng.int(0, 3)
  if (f.key === 'employees') return Math.round(Math.max(20, head / between(60, 160)))
  if (f.key === 'userCount') return rng.int(30, 320)
  if (f.key === 'industryRank') return rng.int(1, 60)
  if (f.key === 'salesProvinces') return rng.int(3, 20)
  if (f.key === 'overseasCountries') return rng.int(0, 25)
  if (f.key === 'followers') return rng.int(2_000, 400_000)
  if (f.key === 'negativeEvents') return rng.chance(0.85) ? 0 : 1
  if (f.unit === '件') return rng.int(2, 80)
  if (f.unit === '人') return rng.int(2, 60)
  return rng.int(1, 15)
}

function storedReport(
  s: Parameters<SeedStep>[0],
  org: Organization,
  year: number,
  figures: ReportFigures,
  status: 'draft' | 'submitted',
): StoredReport {
  const track: ReportTrack = org.kind === 'association' ? 'regional' : 'enterprise'
  if (status === 'submitted') {
    const errors = validateReport(track, figures, 'submit')
    if (Object.keys(errors).length) throw new Error(`seed: report ${org.id} ${year} invalid: ${JSON.stringify(errors)}`)
  }
  // submitted in March of the following year (the seed's "this year" reports: a week ago)
  const at = year < Number(s.today.slice(0, 4)) ? `${year + 1}-03-${String(10 + (year % 7)).padStart(2, '0')}T02:00:00.000Z` : s.nowIso
  return {
    id: s.id('RP'),
    orgId: org.id,
    year,
    track,
    status,
    state: status === 'submitted' ? { status, revision: 0, submittedAt: at } : { status, revision: 0 },
    figures,
    confirmedJumps: [],
    provinceCode: org.provinceCode,
    createdAt: at,
    updatedAt: at,
  }
}

export const seedReports: SeedStep = (s) => {
  const thisYear = Number(s.today.slice(0, 4))
  const orgIds = new Set<string>()
  for (const a of s.store.applications.where({ status: 'confirmed', track: ['enterprise', 'regional'] })) if (a.orgId) orgIds.add(a.orgId)
  if (s.demo.enterprise) orgIds.add(s.demo.enterprise.id)
  if (s.demo.association) orgIds.add(s.demo.association.id)
  const rng = s.rng.fork('reports')
  const rows: StoredReport[] = []
  let demoProvinceIndex = 0
  for (const id of [...orgIds].sort()) {
    const org = s.store.orgs.get(id)
    if (!org) continue
    const track: ReportTrack = org.kind === 'association' ? 'regional' : 'enterprise'
    const isDemo = id === s.demo.enterprise?.id || id === s.demo.association?.id
    const series = reportSeries(track, rng.fork(id), thisYear)
    for (let year = FIRST_REPORT_YEAR; year < thisYear; year++) rows.push(storedReport(s, org, year, series.get(year)!, 'submitted'))
    // this year's, in the demo province only and never for the demo accounts: 1st submitted, 2nd a draft
    if (!isDemo && org.provinceCode === DEMO_PROVINCE) {
      const i = demoProvinceIndex++
      if (i === 0) rows.push(storedReport(s, org, thisYear, series.get(thisYear)!, 'submitted'))
      if (i === 1) rows.push(storedReport(s, org, thisYear, { economic: series.get(thisYear)!.economic }, 'draft'))
    }
  }
  s.store.reports.insertMany(rows)
}
