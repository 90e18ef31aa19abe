import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { getAlert, handleAlert, listAlerts } from '@/api'
import type { Alert, Page } from '@/domain/contract'
import { AlertCard, Segmented } from '@/features/alerts'
import { EmptyState, PageShell, go, useQuery, useSession } from '@/shared'

type Tab = 'open' | 'handled'

export default function AlertsPage() {
  const { params } = useRouter()
  const role = useSession((s) => s.session?.user.role)
  const [tab, setTab] = useState<Tab>('open')
  const [expanded, setExpanded] = useState<string | undefined>(params.id)
  const [handling, setHandling] = useState<string>()
  const query = useQuery(() => listAlerts({ status: tab }), [tab])

  const toggle = (alert: Alert) => {
    const next = expanded === alert.id ? undefined : alert.id
    setExpanded(next)
    // Opening an unread alert marks it read on the server; reflect it locally at once.
    if (next && !alert.read && query.data) {
      getAlert(alert.id)
      query.setData({ ...query.data, items: query.data.items.map((a) => (a.id === alert.id ? { ...a, read: true } : a)) })
    }
  }

  const markHandled = async (alert: Alert) => {
    const { confirm } = await Taro.showModal({ title: '标记为已处理', content: '确认已处理这条风险提醒？处理后它会移到“已处理”。' })
    if (!confirm) return
    setHandling(alert.id)
    const res = await handleAlert(alert.id)
    setHandling(undefined)
    if (!res.ok) return Taro.showToast({ title: res.error.message, icon: 'none' })
    Taro.showToast({ title: '已处理', icon: 'success' })
    query.reload()
  }

  return (
    <PageShell<Page<Alert>> query={query}>
      {(page) => (
        <View>
          <Segmented<Tab>
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
              actionText={role === 'staff' ? undefined : '预约指导站咨询'}
              onAction={() => go('myBookings')}
            />
          ) : (
            page.items.map((alert) => (
              <AlertCard
                key={alert.id}
                alert={alert}
                expanded={expanded === alert.id}
                showOrg={role === 'staff'}
                handling={handling === alert.id}
                onToggle={() => toggle(alert)}
                onHandle={() => markHandled(alert)}
              />
            ))
          )}
        </View>
      )}
    </PageShell>
  )
}
