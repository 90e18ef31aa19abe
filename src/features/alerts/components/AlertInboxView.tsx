import { Text, View } from '@tarojs/components'
import type { Alert, Page } from '@/domain/contract'
import { ALERT_KIND_LABELS } from '@/domain/contract'
import { EmptyState, go } from '@/shared'
import type { AlertInbox, AlertTab, KindFilter, LevelFilter } from '../hooks/useAlertInbox'
import { AlertCard } from './AlertCard'
import { Segmented } from './Segmented'

/** One page of the inbox: the tabs, then the alerts (staff see whose alert it is) or what to do when there are none. */
export function AlertInboxView({ inbox, page, staff }: { inbox: AlertInbox; page: Page<Alert>; staff: boolean }) {
  const { tab, setTab, level, setLevel, kind, setKind, mark, clearMark, expanded, handling, toggle, markHandled, askStation, sendAdvice } =
    inbox
  // kind filter: the kinds on this page, plus the one chosen (so it can be switched back)
  const kinds = [...new Set([...page.items.map((a) => a.kind), ...(kind !== 'all' ? [kind] : [])])]
  const markName = mark ? page.items.find((a) => a.trademark?.id === mark)?.trademark?.name : undefined
  const filtered = level !== 'all' || kind !== 'all' || !!mark
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
      <View className="alert-filters">
        <Segmented<LevelFilter>
          options={[
            { value: 'all', label: '全部' },
            { value: 'overdue', label: '已逾期' },
            { value: 'urgent', label: '紧急' },
            { value: 'soon', label: '临近' },
            { value: 'info', label: '一般' },
          ]}
          value={level}
          onChange={setLevel}
        />
        {(kinds.length > 1 || kind !== 'all') && (
          <Segmented<KindFilter>
            options={[
              { value: 'all' as KindFilter, label: '全部类型' },
              ...kinds.map((k) => ({ value: k as KindFilter, label: ALERT_KIND_LABELS[k] })),
            ]}
            value={kind}
            onChange={setKind}
          />
        )}
        {mark && (
          <View className="alert-filters__mark">
            <Text>仅看{markName ? `「${markName}」` : '所选商标'}的提醒</Text>
            <Text className="alert-filters__clear" onClick={clearMark}>
              查看全部
            </Text>
          </View>
        )}
      </View>
      {page.items.length === 0 ? (
        <EmptyState
          title={filtered ? '没有符合筛选条件的提醒' : tab === 'open' ? '暂无待处理的风险提醒' : '还没有处理过的提醒'}
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
            onAsk={staff ? undefined : () => askStation(alert)}
            onAdvise={staff ? (note) => sendAdvice(alert, note) : undefined}
          />
        ))
      )}
    </View>
  )
}
