import { View, Text } from '@tarojs/components'
import './booking.scss'

export interface GridChoice<T extends string> {
  value: T
  label: string
  sub?: string
  disabled?: boolean
}

/** Pick one of a known set (topics, modes): big tap targets, selected state obvious. */
export function ChoiceGrid<T extends string>({
  options,
  value,
  onChange,
  testId,
}: {
  options: GridChoice<T>[]
  value?: T
  onChange: (v: T) => void
  testId?: string
}) {
  return (
    <View className="bk-grid bk-grid--2" data-testid={testId}>
      {options.map((o) => (
        <View
          key={o.value}
          className={`bk-cell bk-cell--left ${value === o.value ? 'bk-cell--on' : ''} ${o.disabled ? 'bk-cell--off' : ''}`}
          data-value={o.value}
          aria-disabled={o.disabled}
          onClick={() => !o.disabled && onChange(o.value)}
        >
          <Text className="bk-cell__main">{o.label}</Text>
          {o.sub && <Text className="bk-cell__sub">{o.sub}</Text>}
        </View>
      ))}
    </View>
  )
}
