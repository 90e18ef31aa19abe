// Province reviewer: which participants of the province have submitted this year's report; reminders.
import { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { getReportProgress, type ReportProgress } from '@/api'
import { ReportProgressView } from '@/features/report'
import { PageShell, useQuery, useRefetchOn } from '@/shared'

export default function ReportProgressPage() {
  const { params } = useRouter()
  const year = params.year && /^\d{4}$/.test(params.year) ? Number(params.year) : undefined
  const query = useQuery(() => getReportProgress(year), [year])
  useRefetchOn(query, { show: true })
  return (
    <PageShell<ReportProgress> query={query}>
      {(p) => (
        <View className="ui-page">
          <ReportProgressView progress={p} onChanged={() => query.reload()} />
        </View>
      )}
    </PageShell>
  )
}
