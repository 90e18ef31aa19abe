// A bar or line chart of a few series over a few categories (years, months), drawn with F2 on both
// targets, with every figure also in a table below it: screen readers skip the canvas and read the table.
// The chart box has a fixed height in every state (loading, empty, drawn), so nothing below it moves.
import { useMemo, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Axis, Chart, Interval, Legend, Line, Point, jsx } from '@antv/f2'
import { F2Canvas } from './F2Canvas'
import {
  SERIES_COLORS,
  categories,
  chartRows,
  describeChart,
  axisTicks,
  formatAxis,
  isEmptySeries,
  tableRows,
  type TrendKind,
  type TrendSeries,
} from './chart-data'
import './trend-chart.scss'

export interface TrendChartProps {
  kind: TrendKind
  series: ReadonlyArray<TrendSeries>
  /** shown in the table header and the description, e.g. "万元" */
  unit: string
  /** the table's caption, e.g. "品牌产品销售额（2023–2026）" */
  title: string
  /** unique on the page (the canvas is found by it); letters, digits, - and _ */
  id: string
  loading?: boolean
  /** chart box height in css px */
  height?: number
  emptyText?: string
  /** the x column's header, e.g. "年度" */
  xLabel?: string
}

// F2's component classes are generic over their props, which its own `jsx` typing does not accept
const h = jsx as unknown as (type: unknown, props: Record<string, unknown>) => unknown

function buildTree(kind: TrendKind, series: ReadonlyArray<TrendSeries>) {
  const data = chartRows(series)
  const multi = series.length > 1
  const xs = categories(series)
  const color = { field: 'series', range: SERIES_COLORS }
  const geometry =
    kind === 'bar'
      ? [h(Interval, { x: 'x', y: 'y', color, adjust: multi ? 'dodge' : undefined, key: 'bars' })]
      : [h(Line, { x: 'x', y: 'y', color, key: 'line' }), h(Point, { x: 'x', y: 'y', color, key: 'points' })]
  return h(Chart, {
    data,
    scale: { x: { type: 'cat', values: xs, ticks: axisTicks(xs) }, y: { min: 0, nice: true, tickCount: 4 } },
    children: [
      h(Axis, { field: 'x', key: 'ax' }),
      h(Axis, { field: 'y', formatter: formatAxis, key: 'ay' }),
      ...geometry,
      multi ? h(Legend, { position: 'top', key: 'legend' }) : null,
    ],
  })
}

export function TrendChart({
  kind,
  series,
  unit,
  title,
  id,
  loading = false,
  height = 200,
  emptyText = '暂无数据',
  xLabel = '年度',
}: TrendChartProps) {
  const empty = !loading && isEmptySeries(series)
  const tree = useMemo(() => buildTree(kind, series), [kind, series])
  const rows = useMemo(() => tableRows(series), [series])
  const [unavailable, setUnavailable] = useState(false)

  let box
  if (loading)
    box = (
      <View className="trend-chart__state trend-chart__state--loading" aria-busy="true">
        <Text>加载中…</Text>
      </View>
    )
  else if (empty)
    box = (
      <View className="trend-chart__state" data-testid="chart-empty">
        <Text>{emptyText}</Text>
      </View>
    )
  else if (unavailable)
    box = (
      <View className="trend-chart__state">
        <Text>当前环境无法绘制图表，数字见下表</Text>
      </View>
    )
  else box = <F2Canvas id={id} height={height} tree={tree} onUnavailable={() => setUnavailable(true)} />

  return (
    <View className="trend-chart" data-kind={kind}>
      <View className="trend-chart__box" style={{ height: `${height}px` }}>
        {box}
      </View>
      {!loading && !empty && (
        <View className="trend-chart__table" role="table" aria-label={`${title}，单位${unit}`}>
          <Text className="trend-chart__caption">{describeChart(kind, series, unit)}</Text>
          <View className="trend-chart__row trend-chart__row--head" role="row">
            <View className="trend-chart__cell trend-chart__cell--x" role="columnheader">
              {xLabel}
            </View>
            {series.map((s, i) => (
              <View key={s.name} className="trend-chart__cell" role="columnheader">
                {series.length > 1 && (
                  <View className="trend-chart__swatch" style={{ background: SERIES_COLORS[i % SERIES_COLORS.length] }} />
                )}
                {s.name}（{unit}）
              </View>
            ))}
          </View>
          {rows.map((r) => (
            <View key={r.x} className="trend-chart__row" role="row">
              <View className="trend-chart__cell trend-chart__cell--x" role="rowheader">
                {r.x}
              </View>
              {r.cells.map((c, i) => (
                <View key={series[i].name} className="trend-chart__cell trend-chart__cell--num" role="cell">
                  {c}
                </View>
              ))}
            </View>
          ))}
        </View>
      )}
    </View>
  )
}
