import { View } from '@tarojs/components'
import type { Alert, Page } from '@/domain/contract'
import { EmptyState, go } from '@/shared'
import type { AlertInbox, AlertTab } from '../hooks/useAlertInbox'
import { AlertCard } from './AlertCard'
import { Segmented } from './Segmented'

/** One page of the inbox: the tabs, then the alerts (staff see whose alert it is) or what to do when there are none. */
export function AlertInboxView({ inbox, page, staff }: { inbox: AlertInbox; page: Page<Alert>; staff: boolean }) {
  const { tab, setTab, expanded, handling, toggle, markHandled } = inbox
  return (
    <View>
      <Segmented<AlertTab>
        options={[
          { value: 'open', label: '待处理' },
          { value: 'handled', label: '已处理' },
        ]}
        value={tab}
        onChange={setTab}
      />
      {page.items.length === 0 ? (
        <EmptyState
          title={tab === 'open' ? '暂无待处理的风险提醒' : '还没有处理过的提醒'}
          description="指导站会持续监测商标公告和法律状态，有风险时第一时间提醒您。"
          actionText={staff ? undefined : '预约指导站咨询'}
          onAction={() => go('myBookings')}
        />
      ) : (
        page.items.map((alert) => (
          <AlertCard
            key={alert.id}
            alert={alert}
            expanded={expanded === alert.id}
            showOrg={staff}
            handling={handling === alert.id}
            onToggle={() => toggle(alert)}
            onHandle={() => markHandled(alert)}
          />
        ))
      )}
    </View>
  )
}
