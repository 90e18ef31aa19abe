// Prefill a yearly report from the application form (annex 1 / annex 2): the forms ask for the figures of
// the year before the programme year (Y1 = year − 1) with the same meaning and unit, so a report for that
// year starts from them instead of being typed twice. Only well-formed values are copied.
import type { ReportTrack } from './checklist'
import type { ReportFigures } from './fields'

/** application form key → report path */
export const APPLICATION_TO_REPORT: Record<ReportTrack, Readonly<Record<string, string>>> = {
  enterprise: {
    revenueY1: 'economic.totalRevenue',
    rdInvestment: 'brand.rdInvestment',
    marketingInvestment: 'influence.marketingSpending',
    enforcementInvestment: 'brand.enforcementSpending',
    charitySpending: 'social.charitySpending',
    ipDomesticMarks: 'brand.ipDomesticMarks',
    ipMadridMarks: 'brand.ipMadridMarks',
    ipPatents: 'brand.ipPatents',
    ipCopyrights: 'brand.ipCopyrights',
    ipIcLayouts: 'brand.ipIcLayouts',
    ipPlantVarieties: 'brand.ipPlantVarieties',
    ipStatus: 'influence.ipStatus',
    srdiStatus: 'influence.srdiStatus',
  },
  regional: {
    outputValue: 'economic.outputValue',
    userCount: 'social.userCount',
    smeCount: 'social.smeCount',
    employees: 'social.employees',
    avgIncome: 'social.avgIncome',
    incomeGrowth: 'social.incomeGrowth',
    envInvestment: 'social.envInvestment',
    rdInvestment: 'brand.rdInvestment',
    patentCount: 'brand.ipPatents',
    promotionInvestment: 'influence.marketingSpending',
  },
}

const NUMERIC = /^\s*-?(\d+(\.\d*)?|\.\d+)\s*$/

function value(v: unknown): number | string | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined
  if (typeof v !== 'string' || v.trim() === '') return undefined
  return NUMERIC.test(v) ? Number(v) : v
}

/** Report figures taken from an application form (annex 1 / 2 keys); other fields stay empty. */
export function prefillFromApplication(track: ReportTrack, form: Readonly<Record<string, unknown>> | undefined): ReportFigures {
  const out: ReportFigures = {}
  for (const [key, path] of Object.entries(APPLICATION_TO_REPORT[track])) {
    const v = value(form?.[key])
    if (v === undefined) continue
    const [dim, field] = path.split('.') as [keyof ReportFigures, string]
    ;(out[dim] ??= {})[field] = v
  }
  return out
}
