// Which figures of the yearly report the year-over-year page charts, per track, and the series for them.
// Reads the field declarations (labels, units) from the zod-free fields module.
import { REPORT_FIELDS, reportField, type ReportFieldDef } from '@/domain/report/fields'
import { DIMENSIONS, DIMENSION_LABELS, type Dimension, type ReportTrack } from '@/domain/report/checklist'
import type { ReportHistory } from '@/domain/contract/report'
import { formatFigure } from '../components/chart-data'
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

export interface RawTableSection {
  dimension: Dimension
  title: string
  rows: Array<{ path: string; label: string; cells: string[] }>
}

function cellText(def: ReportFieldDef, v: unknown): string {
  if (v === undefined || v === null || v === '') return '—'
  if (def.kind === 'flag') return v === true ? '是' : v === false ? '否' : '—'
  if (def.kind === 'choice') return def.options?.[String(v)] ?? String(v)
  return typeof v === 'number' ? formatFigure(v) : String(v)
}

/**
 * Every item of the report by year (the raw figures beside the charts): one section per dimension, one row per
 * item with its unit, one cell per year; items no year filled in are left out.
 */
export function rawTable(track: ReportTrack, years: Years): RawTableSection[] {
  return DIMENSIONS.map((dimension) => ({
    dimension,
    title: DIMENSION_LABELS[dimension],
    rows: REPORT_FIELDS[track]
      .filter((f) => f.dimension === dimension)
      .map((f) => ({
        path: `${f.dimension}.${f.key}`,
        label: f.unit ? `${f.label}（${f.unit}）` : f.label,
        cells: years.map((y) => cellText(f, y.figures[f.dimension]?.[f.key])),
      }))
      .filter((r) => r.cells.some((c) => c !== '—')),
  })).filter((s) => s.rows.length > 0)
}
