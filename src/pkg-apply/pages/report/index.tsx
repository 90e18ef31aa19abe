// The own organisation's yearly report (年度报送); ?year= (default: this Beijing calendar year, the programme year).
import { useRouter } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { getMyReport, type ReportView } from '@/api'
import { programmeYear } from '@/domain/application'
import { ReportFormView } from '@/features/report'
import { PageShell, go, useQuery, useSession } from '@/shared'

export default function ReportPage() {
  const { params } = useRouter()
  const userId = useSession((s) => s.session?.user.id)
  const year = params.year && /^\d{4}$/.test(params.year) ? Number(params.year) : programmeYear(new Date())
  const query = useQuery(() => getMyReport(year), [year, userId], { enabled: !!userId })
  return (
    <PageShell<ReportView> query={query}>
      {(report) => (
        // PageShell is the page (.ui-page): a second one inside doubled the side padding and cut the form's tabs
        <View>
          <ReportFormView report={report} userId={userId!} onSaved={() => query.reload()} />
          <View className="ui-card" onClick={() => go('reportTrend')}>
            <Text className="ui-card__extra">查看历年同比图表 ›</Text>
          </View>
        </View>
      )}
    </PageShell>
  )
}
