import { View } from '@tarojs/components'
import './alerts.scss'

export function Segmented<T extends string>({
  options,
  value,
  onChange,
}: {
  options: { value: T; label: string }[]
  value: T
  onChange: (v: T) => void
}) {
  return (
    <View className="seg" role="tablist">
      {options.map((o) => (
        <View
          key={o.value}
          role="tab"
          aria-selected={o.value === value}
          className={`seg__item ${o.value === value ? 'seg__item--active' : ''}`}
          onClick={() => onChange(o.value)}
        >
          {o.label}
        </View>
      ))}
    </View>
  )
}
