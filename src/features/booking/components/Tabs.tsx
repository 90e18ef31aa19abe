import { View, Text } from '@tarojs/components'
import './booking.scss'

/** Simple segmented tabs (no layout measuring, works the same on both targets and in tests). */
export function SegTabs<T extends string>({
  tabs,
  value,
  onChange,
}: {
  tabs: { value: T; label: string }[]
  value: T
  onChange: (v: T) => void
}) {
  return (
    <View className="bk-tabs" role="tablist">
      {tabs.map((t) => (
        <View
          key={t.value}
          role="tab"
          aria-selected={t.value === value}
          className={`bk-tabs__tab ${t.value === value ? 'bk-tabs__tab--on' : ''}`}
          data-tab={t.value}
          onClick={() => onChange(t.value)}
        >
          <Text>{t.label}</Text>
        </View>
      ))}
    </View>
  )
}
