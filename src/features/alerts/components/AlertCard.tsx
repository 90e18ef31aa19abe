import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { Alert } from '@/domain/contract'
import { Card, FieldError, StatusTag, daysLeftText, formatDate, type Tone } from '@/shared'
import { TextBox } from '@/shared/components/TextBox'
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
  /** applicants: book a consultation with the linked station about this alert */
  onAsk?: () => void
  /** staff: send the client an advisory note; resolves to a field error or undefined */
  onAdvise?: (note: string) => Promise<string | undefined>
}

export function AlertCard({ alert, expanded, showOrg, handling, onToggle, onHandle, onAsk, onAdvise }: Props) {
  const [note, setNote] = useState('')
  const [noteError, setNoteError] = useState<string>()
  const send = async () => {
    if (!onAdvise) return
    const error = await onAdvise(note.trim())
    setNoteError(error)
    if (!error) setNote('')
  }
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
          {alert.provisional && alert.deadline && <StatusTag label="暂定" tone="warning" />}
          {!alert.read && <Text className="alert-card__dot">未读</Text>}
        </View>
        <Text className="alert-card__title">{alert.title}</Text>
        {showOrg && <Text className="alert-card__meta">客户：{alert.orgName}</Text>}
        {alert.trademark && (
          <Text className="alert-card__meta">
            涉及商标「{alert.trademark.name}」· 注册号 {alert.trademark.regNo} · 第 {alert.trademark.classes.join('、')} 类
          </Text>
        )}
        {alert.deadline && (
          <Text className="alert-card__meta">
            截止日期 {formatDate(alert.deadline)}
            {alert.provisional ? '（暂定）' : ''}
          </Text>
        )}
      </View>
      {expanded && (
        <View className="alert-card__more">
          {alert.detail && <Text className="alert-card__detail">{alert.detail}</Text>}
          {alert.provisional && alert.provisionalReason && <Text className="alert-card__meta">暂定说明：{alert.provisionalReason}</Text>}
          {alert.basis && <Text className="alert-card__meta">法律依据：{alert.basis}</Text>}
          {alert.advisory && (
            <View className="alert-card__advisory">
              <Text className="alert-card__advisory-title">
                {alert.advisory.stationName || '指导站'}的指导意见（{formatDate(alert.advisory.at)}）
              </Text>
              <Text className="alert-card__detail">{alert.advisory.note}</Text>
            </View>
          )}
          <Text className="alert-card__advice">建议：{alert.advice}</Text>
          {alert.status === 'handled' ? (
            <Text className="alert-card__meta">
              处理于 {formatDate(alert.handledAt)}
              {alert.handledNote ? `：${alert.handledNote}` : ''}
            </Text>
          ) : (
            <View className="alert-card__actions">
              {onAsk && (
                <Button type="primary" onClick={onAsk}>
                  咨询我的指导站
                </Button>
              )}
              <Button type="primary" fill="outline" loading={handling} disabled={handling} onClick={onHandle}>
                标记为已处理
              </Button>
            </View>
          )}
          {onAdvise && (
            <View className="alert-card__advise">
              <TextBox
                size="small"
                className="alert-card__note"
                label="指导意见"
                value={note}
                maxLength={300}
                placeholder="给客户的指导意见（客户在这条提醒上可以看到）"
                onChange={setNote}
              />
              <FieldError message={noteError} />
              <Button type="primary" fill="outline" disabled={handling} onClick={send}>
                发送指导意见
              </Button>
            </View>
          )}
        </View>
      )}
    </Card>
  )
}
