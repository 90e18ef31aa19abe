import type { ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import type { StationFigures } from '@/domain/contract'
import { Card } from '@/shared'
import { Chips } from '@/shared/components/Choice'
import './visits.scss'

export interface FigureSeries {
  name: string
  points: { x: string; y: number | null }[]
}
/** What a chart block needs; the page draws it with the chart subpackage's component (chart + its own table). */
export interface FigureChartProps {
  id: string
  kind: 'bar' | 'line'
  series: FigureSeries[]
  unit: string
  title: string
  xLabel: string
}

const month = (m: string) => `${Number(m.slice(5))}月`

/** The station's figures as chart series (pure: the chart component and the tests use the same numbers). */
export function figureCharts(f: StationFigures): Record<'clients' | 'modes' | 'topics' | 'followUps', FigureChartProps> {
  return {
    clients: {
      id: 'fig-clients',
      kind: 'bar',
      unit: '家/人',
      title: `近三年服务对象数（${f.years[0]}–${f.years[2]}）`,
      xLabel: '年度',
      series: [{ name: '服务对象', points: f.clientsPerYear.map((y) => ({ x: String(y.year), y: y.clients })) }],
    },
    modes: {
      id: 'fig-modes',
      kind: 'bar',
      unit: '次',
      title: `${f.year} 年按月服务方式`,
      xLabel: '月份',
      series: f.modes.map((m) => ({ name: m.label, points: f.byMode.map((r) => ({ x: month(r.month), y: r.counts[m.value] })) })),
    },
    topics: {
      id: 'fig-topics',
      kind: 'line',
      unit: '次',
      title: `${f.year} 年按月服务事项（一次服务可含多项）`,
      xLabel: '月份',
      series: f.topics.map((t) => ({ name: t.label, points: f.byTopic.map((r) => ({ x: month(r.month), y: r.counts[t.value] ?? 0 })) })),
    },
    followUps: {
      id: 'fig-follow-ups',
      kind: 'bar',
      unit: '次',
      title: '回访完成情况',
      xLabel: '年度',
      series: [
        { name: '按时回访', points: f.followUps.map((y) => ({ x: String(y.year), y: y.doneOnTime })) },
        { name: '逾期完成', points: f.followUps.map((y) => ({ x: String(y.year), y: y.doneLate })) },
        { name: '已逾期未回访', points: f.followUps.map((y) => ({ x: String(y.year), y: y.overdue })) },
      ],
    },
  }
}

/**
 * The station's figures (annex 3 asks for clients served in each of the last three years): four chart blocks,
 * each drawn by `chart` (the chart subpackage's component, which puts the raw figures in a table below it).
 */
export function StationFiguresView({
  figures,
  onYear,
  chart,
}: {
  figures: StationFigures
  onYear: (y: number) => void
  chart: (p: FigureChartProps) => ReactNode
}) {
  const c = figureCharts(figures)
  const clients = figures.clientsPerYear
  return (
    <View data-testid="station-figures">
      <Text className="vs-hint vs-count">{figures.stationName}</Text>
      <Card title="近三年服务对象" testId="figures-clients">
        <Text className="vs-hint">{clients.map((y) => `${y.year} 年 ${y.clients} 家/人（${y.visits} 次）`).join('；')}</Text>
        {chart(c.clients)}
      </Card>
      <Chips
        label="选择年度"
        testId="figures-year"
        options={figures.years.map((y) => ({ value: y, label: `${y} 年` }))}
        value={figures.year}
        onChange={onYear}
      />
      <Card title={`${figures.year} 年服务方式（按月）`} testId="figures-modes">
        {chart(c.modes)}
      </Card>
      <Card title={`${figures.year} 年服务事项（按月）`} testId="figures-topics">
        {chart(c.topics)}
      </Card>
      <Card title="按时回访" testId="figures-follow-ups">
        <Text className="vs-hint">
          {figures.followUps
            .map(
              (y) =>
                `${y.year} 年按时率 ${y.onTimePercent === null ? '—' : `${y.onTimePercent}%`}（计划 ${y.planned}，待回访 ${y.pending}）`,
            )
            .join('；')}
        </Text>
        {chart(c.followUps)}
      </Card>
    </View>
  )
}
