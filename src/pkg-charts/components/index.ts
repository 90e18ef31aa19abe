// The chart subpackage's components: pages in src/pkg-charts import from here.
export { TrendChart, type TrendChartProps } from './TrendChart'
export type { TrendKind, TrendPoint, TrendSeries } from './chart-data'
export { formatFigure } from './chart-data'
export { ReportTrends, type ReportTrendsProps } from './ReportTrends'
