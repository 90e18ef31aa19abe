import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { VisitListPage } from '@/features/visits'
import { go } from '@/shared'

/** The station's visit log: newest first, filters for advice notes and follow-ups; log a visit without a booking. */
export default function StaffVisitsPage() {
  return (
    <VisitListPage
      staff
      filters={[
        { value: 'all', label: '全部' },
        { value: 'follow-up', label: '有回访' },
        { value: 'with-note', label: '有建议书' },
      ]}
      header={
        <View className="vs-toolbar">
          <Button type="primary" onClick={() => go('visitLog')} data-testid="new-visit">
            登记服务
          </Button>
          <Button onClick={() => go('stationFigures')} data-testid="open-figures">
            服务统计
          </Button>
        </View>
      }
    />
  )
}
