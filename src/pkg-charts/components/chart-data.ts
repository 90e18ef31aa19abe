// Pure shaping of the chart's input: the rows F2 draws, the rows of the accessible table, and the
// y-axis formatting. No Taro and no F2 here, so it is cheap to test.

export type TrendKind = 'bar' | 'line'

export interface TrendPoint {
  /** category on the x axis, e.g. "2024" or "2026-03" */
  x: string
  /** the figure; null = not reported (a gap in the line, "—" in the table) */
  y: number | null
}

export interface TrendSeries {
  /** legend / table column name, e.g. "品牌产品销售额" */
  name: string
  points: ReadonlyArray<TrendPoint>
}

/** One record per drawn value, in the order the x categories first appear. */
export interface ChartRow {
  x: string
  y: number
  series: string
}

/** Every x category over all series, in first-seen order. */
export function categories(series: ReadonlyArray<TrendSeries>): string[] {
  const seen = new Set<string>()
  for (const s of series) for (const p of s.points) seen.add(p.x)
  return [...seen]
}

/** At most this many x labels: 375 px leaves about 50 px for each, e.g. "23Q1" or "2026" at the axis font. */
export const MAX_AXIS_LABELS = 6

/**
 * The x categories that get a label: all of them when they fit, else every k-th from the first so the last one
 * is labelled whenever the step allows (16 quarters → 23Q1, 23Q4, 24Q3, 25Q2, 26Q1, 26Q4).
 */
export function axisTicks(values: ReadonlyArray<string>, max = MAX_AXIS_LABELS): string[] {
  if (values.length <= max) return [...values]
  const step = Math.ceil((values.length - 1) / (max - 1))
  return values.filter((_, i) => i % step === 0)
}

/** True when there is nothing to draw: no series, or every figure missing. */
export function isEmptySeries(series: ReadonlyArray<TrendSeries>): boolean {
  return !series.some((s) => s.points.some((p) => p.y !== null && Number.isFinite(p.y)))
}

/** The records F2 draws: missing figures are left out (F2 would otherwise draw them as 0). */
export function chartRows(series: ReadonlyArray<TrendSeries>): ChartRow[] {
  const rows: ChartRow[] = []
  for (const s of series) for (const p of s.points) if (p.y !== null && Number.isFinite(p.y)) rows.push({ x: p.x, y: p.y, series: s.name })
  return rows
}

/** "12,345.6" — grouping for zh-CN, at most `digits` decimals; "—" when missing. */
export function formatFigure(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—'
  const fixed = Number(value.toFixed(digits))
  const [int, frac] = String(Math.abs(fixed)).split('.')
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${fixed < 0 ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`
}

/** Short axis labels: 12000 → "1.2万", 350000000 → "3.5亿"; small numbers as they are. */
export function formatAxis(value: number): string {
  const abs = Math.abs(value)
  const trim = (n: number) => String(Number(n.toFixed(1)))
  if (abs >= 1e8) return `${trim(value / 1e8)}亿`
  if (abs >= 1e4) return `${trim(value / 1e4)}万`
  return trim(value)
}

/** The table beside the chart: one row per x category, one cell per series (same order as `series`). */
export function tableRows(series: ReadonlyArray<TrendSeries>): Array<{ x: string; cells: string[] }> {
  return categories(series).map((x) => ({
    x,
    cells: series.map((s) => formatFigure(s.points.find((p) => p.x === x)?.y ?? null)),
  }))
}

/** One sentence for screen readers describing the chart (the table holds the figures). */
export function describeChart(kind: TrendKind, series: ReadonlyArray<TrendSeries>, unit: string): string {
  const xs = categories(series)
  const span = xs.length ? `${xs[0]} 至 ${xs[xs.length - 1]}` : ''
  const names = series.map((s) => s.name).join('、')
  return `${kind === 'bar' ? '柱状图' : '折线图'}：${names}${span ? `，${span}` : ''}${unit ? `，单位${unit}` : ''}；具体数字见下表`
}

/** The bar / line colours, in series order (the app's primary first; distinguishable without colour by the legend and table). */
export const SERIES_COLORS = ['#1a5fb4', '#f08c00', '#2f9e44', '#ae3ec9', '#e03131', '#0c8599']
