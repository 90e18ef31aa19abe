// Year-over-year figures of the own organisation's yearly reports (年度报送): the charts with their tables.
import { View } from '@tarojs/components'
import { getMyReports, type ReportHistory } from '@/api'
import { PageShell, go, useQuery, useSession } from '@/shared'
import { ReportTrends } from '../../components'

export default function ReportTrendPage() {
  const userId = useSession((s) => s.session?.user.id)
  const query = useQuery(getMyReports, [userId], { enabled: !!userId })
  return (
    <PageShell<ReportHistory> query={query}>
      {(h) => (
        <View className="ui-page">
          <ReportTrends history={h} emptyAction={{ text: '去填报', onAction: () => go('reportForm') }} />
        </View>
      )}
    </PageShell>
  )
}
