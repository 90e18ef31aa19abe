import { View, Text } from '@tarojs/components'
import type { Booking } from '@/domain/contract'
import { BOOKING_STATUS, statusStyle } from '@/domain/status'
import { StatusTag, formatDateTime } from '@/shared'
import './booking.scss'

const BY: Record<string, string> = {
  enterprise: '企业',
  association: '区域品牌主体',
  staff: '指导站',
  system: '系统',
  province: '省级',
  national: '国家',
}

/** History of a booking (status changes, reschedules), newest first. */
export function BookingTimeline({ booking }: { booking: Booking }) {
  const items = [...(booking.history || [])].reverse()
  if (items.length === 0) return null
  return (
    <View className="bk-timeline" data-testid="booking-history">
      {items.map((h, i) => {
        const st = statusStyle(BOOKING_STATUS, h.to)
        // a reschedule keeps the status (confirmed → confirmed): say 改期, not the unchanged status
        const rescheduled = h.from !== null && h.from === h.to && /^改期/.test(h.note || '')
        const label = h.from === null ? '提交预约' : rescheduled ? '改期' : st.label
        return (
          <View key={i} className="bk-timeline__item">
            <View className={`bk-timeline__dot bk-timeline__dot--${st.tone}`} />
            <View className="bk-timeline__body">
              <View className="bk-timeline__head">
                <StatusTag label={label} tone={h.from === null || rescheduled ? 'default' : st.tone} />
                <Text className="ui-muted">{formatDateTime(h.at)}</Text>
              </View>
              <Text className="bk-timeline__text">
                {BY[h.byRole] || ''} {h.byName}
                {h.note ? ` · ${h.note}` : ''}
                {h.reason ? ` · 原因：${h.reason}` : ''}
              </Text>
            </View>
          </View>
        )
      })}
    </View>
  )
}
