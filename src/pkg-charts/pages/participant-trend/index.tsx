// A reviewer's year-over-year view of one participant (province: its own province only; the server checks):
// the participant's submitted figures by year as charts, each with its table, and every item as a raw table.
import { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { getParticipantReports, type ReportHistory } from '@/api'
import { EmptyState, PageShell, useQuery, useRefetchOn } from '@/shared'
import { ReportTrends } from '../../components'

export default function ParticipantTrendPage() {
  const { params } = useRouter()
  const orgId = params.orgId ?? ''
  const query = useQuery(() => getParticipantReports(orgId), [orgId], { enabled: !!orgId })
  useRefetchOn(query, { pullDown: true })
  if (!orgId) return <EmptyState title="未指定参与单位" description="请从年度报送情况列表中选择一家单位" />
  return (
    <PageShell<ReportHistory> query={query}>
      {(h) => (
        <View className="ui-page">
          <ReportTrends history={h} withRawTable emptyDescription="该单位报送年度数据后，这里按年份对比各项指标" />
        </View>
      )}
    </PageShell>
  )
}
