import { View, Text } from '@tarojs/components'

export interface ChipOption<T extends string | number> {
  value: T | undefined
  label: string
}

/** One row of single-choice chips (scrolls sideways when it does not fit). */
export function Chips<T extends string | number>({
  options,
  value,
  onChange,
  label,
  testId,
}: {
  options: ChipOption<T>[]
  value: T | undefined
  onChange: (v: T | undefined) => void
  label: string
  testId?: string
}) {
  return (
    <View className="ev-chips" role="tablist" aria-label={label} data-testid={testId}>
      {options.map((o) => {
        const on = o.value === value
        return (
          <View
            key={String(o.value ?? 'all')}
            className={`ev-chip ${on ? 'ev-chip--on' : ''}`}
            role="tab"
            aria-selected={on}
            onClick={() => onChange(o.value)}
          >
            <Text>{o.label}</Text>
          </View>
        )
      })}
    </View>
  )
}
