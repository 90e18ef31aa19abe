// Which figures of the yearly report the year-over-year page charts, per track, and the series for them.
// Reads the field declarations (labels, units) from the zod-free fields module.
import { reportField } from '@/domain/report/fields'
import type { ReportTrack } from '@/domain/report/checklist'
import type { ReportHistory } from '@/domain/contract/report'
import type { TrendKind, TrendSeries } from '../components'

export interface TrendGroup {
  id: string
  title: string
  unit: string
  /** the kind this group reads best as (the page may switch all groups) */
  kind: TrendKind
  paths: string[]
}

export const TREND_GROUPS: Record<ReportTrack, TrendGroup[]> = {
  enterprise: [
    {
      id: 'sales',
      title: '经济效益',
      unit: '万元',
      kind: 'bar',
      paths: ['economic.brandSales', 'economic.exportSales', 'economic.brandProfit'],
    },
    { id: 'jobs', title: '带动就业', unit: '人', kind: 'line', paths: ['social.employees', 'social.newJobs'] },
    { id: 'invest', title: '研发与宣传投入', unit: '万元', kind: 'line', paths: ['brand.rdInvestment', 'influence.marketingSpending'] },
    { id: 'ip', title: '知识产权', unit: '件', kind: 'bar', paths: ['brand.ipDomesticMarks', 'brand.ipPatents'] },
  ],
  regional: [
    {
      id: 'output',
      title: '经济效益',
      unit: '万元',
      kind: 'bar',
      paths: ['economic.outputValue', 'economic.exportValue', 'economic.taxRevenue'],
    },
    { id: 'users', title: '用标企业', unit: '家', kind: 'line', paths: ['social.userCount', 'social.smeCount'] },
    { id: 'jobs', title: '带动就业', unit: '人', kind: 'line', paths: ['social.employees'] },
    { id: 'invest', title: '研发与宣传投入', unit: '万元', kind: 'line', paths: ['brand.rdInvestment', 'influence.marketingSpending'] },
  ],
}

type Years = ReportHistory['years']

const valueAt = (figures: Years[number]['figures'], path: string): number | null => {
  const [dim, key] = path.split('.') as [keyof typeof figures, string]
  const v = figures[dim]?.[key]
  return typeof v === 'number' && Number.isFinite(v) ? v : null
}

/** Submitted years only (a draft's figures are not final), oldest first. */
export const submittedYears = (years: Years): Years => years.filter((y) => y.status !== 'draft').sort((a, b) => a.year - b.year)

export function groupSeries(track: ReportTrack, group: TrendGroup, years: Years): TrendSeries[] {
  return group.paths.map((path) => ({
    name: reportField(track, path)?.label ?? path,
    points: years.map((y) => ({ x: String(y.year), y: valueAt(y.figures, path) })),
  }))
}

/** "+12.3%" of the latest year against the one before, per series; null when either is missing or zero. */
export function latestChange(series: TrendSeries): { year: string; text: string } | null {
  const pts = series.points.filter((p) => p.y !== null)
  if (pts.length < 2) return null
  const [a, b] = [pts[pts.length - 2].y as number, pts[pts.length - 1].y as number]
  if (a === 0) return null
  const pct = ((b - a) / Math.abs(a)) * 100
  return { year: pts[pts.length - 1].x, text: `${pct >= 0 ? '+' : ''}${pct.toFixed(1)}%` }
}
