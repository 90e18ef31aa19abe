import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { Alert } from '@/domain/contract'
import { Card, StatusTag, daysLeftText, formatDate, type Tone } from '@/shared'
import './alerts.scss'

const LEVEL_TONE: Record<Alert['level'], Tone> = { overdue: 'danger', urgent: 'danger', soon: 'warning', info: 'default' }

// the server's count (Beijing calendar day); the home counts the same way (daysLeftLabel)
const deadlineText = (alert: Alert): string => (alert.daysLeft === undefined ? '' : daysLeftText(alert.daysLeft))

interface Props {
  alert: Alert
  expanded: boolean
  showOrg: boolean
  handling: boolean
  onToggle: () => void
  onHandle: () => void
}

export function AlertCard({ alert, expanded, showOrg, handling, onToggle, onHandle }: Props) {
  return (
    <Card className={`alert-card ${alert.read ? '' : 'alert-card--unread'}`} testId={`alert-${alert.id}`}>
      <View onClick={onToggle}>
        <View className="alert-card__tags">
          <StatusTag label={alert.kindLabel} tone="primary" />
          {alert.status === 'handled' ? (
            <StatusTag label="已处理" tone="success" />
          ) : (
            alert.deadline && <StatusTag label={deadlineText(alert)} tone={LEVEL_TONE[alert.level]} />
          )}
          {!alert.read && <Text className="alert-card__dot">未读</Text>}
        </View>
        <Text className="alert-card__title">{alert.title}</Text>
        {showOrg && <Text className="alert-card__meta">客户：{alert.orgName}</Text>}
        {alert.trademark && (
          <Text className="alert-card__meta">
            涉及商标「{alert.trademark.name}」· 注册号 {alert.trademark.regNo} · 第 {alert.trademark.classes.join('、')} 类
          </Text>
        )}
        {alert.deadline && <Text className="alert-card__meta">截止日期 {formatDate(alert.deadline)}</Text>}
      </View>
      {expanded && (
        <View className="alert-card__more">
          {alert.detail && <Text className="alert-card__detail">{alert.detail}</Text>}
          <Text className="alert-card__advice">建议：{alert.advice}</Text>
          {alert.status === 'handled' ? (
            <Text className="alert-card__meta">
              处理于 {formatDate(alert.handledAt)}
              {alert.handledNote ? `：${alert.handledNote}` : ''}
            </Text>
          ) : (
            <View className="alert-card__actions">
              <Button type="primary" fill="outline" loading={handling} disabled={handling} onClick={onHandle}>
                标记为已处理
              </Button>
            </View>
          )}
        </View>
      )}
    </Card>
  )
}
