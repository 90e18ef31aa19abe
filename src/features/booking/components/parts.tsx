import { View, Text } from '@tarojs/components'
import { weekday } from '@/shared'
import './booking.scss'

/** "2026-11-26 周四 09:00–09:30" */
export const slotLabel = (startsAt?: string, endsAt?: string) =>
  startsAt
    ? `${startsAt.slice(0, 10)} ${weekday(startsAt.slice(0, 10))} ${startsAt.slice(11, 16)}${endsAt ? `–${endsAt.slice(11, 16)}` : ''}`
    : ''

/** A label / value line of a detail card; tappable when `onClick` is given. */
export function InfoLine({
  label,
  value,
  onClick,
  testId,
}: {
  label: string
  value: React.ReactNode
  onClick?: () => void
  testId?: string
}) {
  return (
    <View className="bk-line" onClick={onClick} data-testid={testId}>
      <Text className="bk-line__label">{label}</Text>
      <Text className={`bk-line__value ${onClick ? 'bk-line__value--link' : ''}`}>{value}</Text>
    </View>
  )
}
