// Year-over-year figures of the own organisation's yearly reports (年度报送): one chart per group of
// figures (bar or line, switchable), each with its table, plus the latest year's change.
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { getMyReports, type ReportHistory } from '@/api'
import { EmptyState, PageShell, go, useQuery, useSession } from '@/shared'
import { TrendChart, type TrendKind } from '../../components'
import { TREND_GROUPS, groupSeries, latestChange, submittedYears } from '../../lib/report-trends'
import './index.scss'

function Trends({ history }: { history: ReportHistory }) {
  const [kind, setKind] = useState<TrendKind | null>(null)
  const years = submittedYears(history.years)
  if (years.length === 0)
    return (
      <EmptyState
        title="暂无已报送的年度数据"
        description="报送年度数据后，这里按年份对比各项指标"
        actionText="去填报"
        onAction={() => go('reportForm')}
      />
    )
  return (
    <View>
      <View className="ui-card">
        <Text className="ui-card__title">{history.orgName}</Text>
        <Text className="ui-muted yoy-sub">
          已报送 {years.length} 个年度（{years[0].year}–{years[years.length - 1].year}）；草稿不计入
        </Text>
        <View className="yoy-kinds" role="tablist" aria-label="图表类型">
          {([null, 'bar', 'line'] as const).map((k) => (
            <View
              key={k ?? 'auto'}
              className={`yoy-kind ${kind === k ? 'yoy-kind--on' : ''}`}
              role="tab"
              aria-selected={kind === k}
              onClick={() => setKind(k)}
            >
              {k === null ? '推荐' : k === 'bar' ? '柱状图' : '折线图'}
            </View>
          ))}
        </View>
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
    </View>
  )
}

export default function ReportTrendPage() {
  const userId = useSession((s) => s.session?.user.id)
  const query = useQuery(getMyReports, [userId], { enabled: !!userId })
  return (
    <PageShell<ReportHistory> query={query}>
      {(h) => (
        <View className="ui-page">
          <Trends history={h} />
        </View>
      )}
    </PageShell>
  )
}
