// Year-over-year figures of one organisation's yearly reports (年度报送): one chart per group of figures (bar or
// line, switchable), each with its table and the latest year's change, then every item by year as a raw table.
// Used for the own organisation (report-trend) and by reviewers for a participant (participant-trend).
import { useMemo, useState } from 'react'
import { View, Text } from '@tarojs/components'
import type { ReportHistory } from '@/domain/contract/report'
import { EmptyState } from '@/shared'
import { Segmented } from '@/shared/components/Choice'
import { TrendChart } from './TrendChart'
import type { TrendKind } from './chart-data'
import { TREND_GROUPS, groupSeries, latestChange, rawTable, submittedYears } from '../lib/report-trends'
import './report-trends.scss'

export interface ReportTrendsProps {
  history: ReportHistory
  /** what the empty state offers (the owner: go and fill in the report) */
  emptyAction?: { text: string; onAction: () => void }
  emptyDescription?: string
  /** show every item by year below the charts */
  withRawTable?: boolean
}

export function ReportTrends({ history, emptyAction, emptyDescription, withRawTable }: ReportTrendsProps) {
  const [kind, setKind] = useState<TrendKind | null>(null)
  const years = useMemo(() => submittedYears(history.years), [history.years])
  const raw = useMemo(() => (withRawTable ? rawTable(history.track, years) : []), [withRawTable, history.track, years])
  if (years.length === 0)
    return (
      <EmptyState
        title="暂无已报送的年度数据"
        description={emptyDescription ?? '报送年度数据后，这里按年份对比各项指标'}
        {...(emptyAction ? { actionText: emptyAction.text, onAction: emptyAction.onAction } : {})}
      />
    )
  return (
    <View data-testid="report-trends">
      <View className="ui-card">
        <Text className="ui-card__title">{history.orgName}</Text>
        <Text className="ui-muted yoy-sub">
          {history.track === 'enterprise' ? '企业' : '区域品牌'} · 已报送 {years.length} 个年度（{years[0].year}–
          {years[years.length - 1].year}
          ）；草稿不计入
        </Text>
        <Segmented
          className="yoy-kinds"
          label="图表类型"
          value={kind}
          onChange={setKind}
          options={[
            { value: null, label: '推荐' },
            { value: 'bar', label: '柱状图' },
            { value: 'line', label: '折线图' },
          ]}
        />
      </View>
      {TREND_GROUPS[history.track].map((g) => {
        const series = groupSeries(history.track, g, years)
        return (
          <View key={g.id} className="ui-card" data-testid={`yoy-${g.id}`}>
            <Text className="ui-card__title">
              {g.title}（{g.unit}）
            </Text>
            <View className="yoy-changes">
              {series.map((s) => {
                const c = latestChange(s)
                return c ? (
                  <Text key={s.name} className="yoy-change">
                    {s.name} {c.year} 年同比 {c.text}
                  </Text>
                ) : null
              })}
            </View>
            <TrendChart id={`yoy-${g.id}`} kind={kind ?? g.kind} series={series} unit={g.unit} title={g.title} height={200} />
          </View>
        )
      })}
      {raw.length > 0 && (
        <View className="ui-card yoy-raw" data-testid="yoy-raw">
          <Text className="ui-card__title">历年报送数据</Text>
          {raw.map((section) => (
            <View key={section.dimension} className="trend-chart__table" role="table" aria-label={`${section.title}，按年度`}>
              <Text className="yoy-raw__section">{section.title}</Text>
              <View className="trend-chart__row trend-chart__row--head" role="row">
                <View className="trend-chart__cell trend-chart__cell--x" role="columnheader">
                  指标
                </View>
                {years.map((y) => (
                  <View key={y.year} className="trend-chart__cell" role="columnheader">
                    {y.year}
                  </View>
                ))}
              </View>
              {section.rows.map((r) => (
                <View key={r.path} className="trend-chart__row" role="row" data-path={r.path}>
                  <View className="trend-chart__cell trend-chart__cell--x" role="rowheader">
                    {r.label}
                  </View>
                  {r.cells.map((c, i) => (
                    <View key={years[i].year} className="trend-chart__cell trend-chart__cell--num" role="cell">
                      {c}
                    </View>
                  ))}
                </View>
              ))}
            </View>
          ))}
        </View>
      )}
    </View>
  )
}
