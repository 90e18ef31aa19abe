import { View, Text } from '@tarojs/components'
import type { SlotDay } from '@/domain/contract'
import { weekday } from '@/shared'
import './booking.scss'

export const seatsLeft = (day: SlotDay) => day.slots.reduce((n, s) => n + s.available, 0)

/** Working days with slots (from GET /stations/{id}/slots); a full day is shown but cannot be picked. */
export function DayPicker({ days, value, onChange }: { days: SlotDay[]; value?: string; onChange: (date: string) => void }) {
  return (
    // a three-column calendar the shared Choice has no look for; it keeps Choice's roles (a radio group)
    <View className="bk-grid bk-grid--3" data-testid="day-picker" role="radiogroup" aria-label="预约日期">
      {days.map((d) => {
        const left = seatsLeft(d)
        const full = left === 0
        return (
          <View
            key={d.date}
            className={`bk-cell ${value === d.date ? 'bk-cell--on' : ''} ${full ? 'bk-cell--off' : ''}`}
            data-testid="day"
            data-date={d.date}
            role="radio"
            aria-checked={value === d.date}
            aria-disabled={full || undefined}
            onClick={() => !full && onChange(d.date)}
          >
            <Text className="bk-cell__main">{d.date.slice(5).replace('-', '月')}日</Text>
            <Text className="bk-cell__sub">{weekday(d.date)}</Text>
            <Text className={`bk-cell__seats ${full ? 'bk-cell__seats--full' : ''}`}>{full ? '已约满' : `余 ${left} 个名额`}</Text>
          </View>
        )
      })}
    </View>
  )
}
