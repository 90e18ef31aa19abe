// Year-over-year figures of the yearly brand report. The report endpoints arrive in the next commit;
// until then the page shows the chart's empty state, so the subpackage is registered and smoke-rendered.
import { View, Text } from '@tarojs/components'
import { PageShell } from '@/shared'
import { TrendChart } from '../../components'

export default function ReportTrendPage() {
  return (
    <PageShell>
      <View className="ui-page">
        <View className="ui-card">
          <Text className="ui-card__title">年度报送趋势</Text>
          <TrendChart id="report-trend" kind="bar" series={[]} unit="万元" title="年度报送" emptyText="暂无已提交的年度报送" />
        </View>
      </View>
    </PageShell>
  )
}
