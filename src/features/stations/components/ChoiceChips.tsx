import { ScrollView, View, Text } from '@tarojs/components'
import './stations.scss'

export interface Choice<T extends string> {
  value: T
  label: string
  disabled?: boolean
}

/** A row of pickable chips (topics, modes …). `scroll` keeps them on one horizontally scrolling line. */
export function ChoiceChips<T extends string>({
  options,
  value,
  onChange,
  scroll = false,
  testId,
}: {
  options: Choice<T>[]
  value: T | undefined
  onChange: (v: T) => void
  scroll?: boolean
  testId?: string
}) {
  const chips = options.map((o) => (
    <View
      key={o.value}
      className={`st-chip ${value === o.value ? 'st-chip--on' : ''} ${o.disabled ? 'st-chip--disabled' : ''}`}
      data-value={o.value}
      // a toggle button: aria-selected is allowed only on tab/option/row roles (axe aria-allowed-attr)
      role="button"
      aria-pressed={value === o.value}
      aria-disabled={o.disabled}
      onClick={() => !o.disabled && onChange(o.value)}
    >
      <Text className="st-chip__text">{o.label}</Text>
    </View>
  ))
  if (scroll) {
    return (
      // focusable, so a keyboard user can scroll the row (a scrollable region must take focus)
      <ScrollView
        scrollX
        className="st-chips st-chips--scroll"
        data-testid={testId}
        enhanced
        showScrollbar={false}
        {...({ tabIndex: 0 } as object)}
      >
        <View className="st-chips__inner">{chips}</View>
      </ScrollView>
    )
  }
  return (
    <View className="st-chips st-chips--wrap" data-testid={testId}>
      {chips}
    </View>
  )
}
