import '@/shared/styles/list.scss'
import { Text, View } from '@tarojs/components'
import type { Alert } from '@/domain/contract'
import { StatusTag, daysLeftText, type Tone } from '@/shared'

const LEVEL_TONE: Record<Alert['level'], Tone> = { overdue: 'danger', urgent: 'danger', soon: 'warning', info: 'default' }

/** Row height in css px at standard text size (the virtual list needs it exact). */
export const ALERT_ROW_HEIGHT = 116
/** Of that, the text lines (tags, two title lines, the meta line) that grow with the text scale. */
const TEXT_PART = 92
/** Row height at a text scale (care mode / the phone's large text): only the text lines grow. */
export const alertRowHeight = (scale = 1) => Math.ceil(ALERT_ROW_HEIGHT + TEXT_PART * (scale - 1))

/** One alert in the feed: kind, days left, 暂定, unread; the title on two lines; whose / which mark. */
export function AlertRow({
  alert,
  showOrg,
  height,
  onOpen,
}: {
  alert: Alert
  showOrg: boolean
  height: number
  onOpen: (a: Alert) => void
}) {
  return (
    <View
      className="ui-vrow alert-row"
      style={{ height: `${height}px` }}
      data-testid="alert-row"
      data-id={alert.id}
      onClick={() => onOpen(alert)}
    >
      <View className={`ui-vrow__card alert-row__card ${alert.read ? '' : 'alert-row__card--unread'}`}>
        <View className="alert-row__tags">
          <StatusTag label={alert.kindLabel} tone="primary" />
          {alert.status === 'handled' ? (
            <StatusTag label="已处理" tone="success" />
          ) : (
            alert.daysLeft !== undefined && <StatusTag label={daysLeftText(alert.daysLeft)} tone={LEVEL_TONE[alert.level]} />
          )}
          {alert.provisional && alert.deadline && <StatusTag label="暂定" tone="warning" />}
          {!alert.read && <Text className="alert-card__dot">未读</Text>}
        </View>
        <Text className="alert-row__title">{alert.title}</Text>
        <Text className="alert-row__meta">
          {showOrg
            ? `客户：${alert.orgName}`
            : alert.trademark
              ? `「${alert.trademark.name}」· 注册号 ${alert.trademark.regNo}`
              : alert.orgName}
        </Text>
      </View>
    </View>
  )
}
