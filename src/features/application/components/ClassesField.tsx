import { View, Text } from '@tarojs/components'
import './form.scss'

const GOODS = Array.from({ length: 34 }, (_, i) => i + 1)
const SERVICES = Array.from({ length: 11 }, (_, i) => i + 35)

/** Nice classes 1–45: tap to pick (1–34 goods, 35–45 services). */
export function ClassesField({ value, onChange, testId }: { value: unknown; onChange: (v: number[]) => void; testId?: string }) {
  const picked = Array.isArray(value) ? (value as unknown[]).map(Number) : []
  const toggle = (c: number) => {
    const next = picked.includes(c) ? picked.filter((x) => x !== c) : [...picked, c].sort((a, b) => a - b)
    onChange(next)
  }
  const grid = (list: number[]) => (
    <View className="af-classes__grid">
      {list.map((c) => {
        const on = picked.includes(c)
        return (
          <View
            key={c}
            className={`af-classes__item ${on ? 'af-classes__item--on' : ''}`}
            onClick={() => toggle(c)}
            role="checkbox"
            aria-checked={on}
            aria-label={`第 ${c} 类`}
            data-class={c}
          >
            <Text>{c}</Text>
          </View>
        )
      })}
    </View>
  )
  return (
    <View className="af-classes" data-testid={testId}>
      <Text className="af-classes__picked">
        {picked.length ? `已选：${picked.map((c) => `第 ${c} 类`).join('、')}` : '点选商标注册类别，可多选'}
      </Text>
      <Text className="af-classes__sub">商品 1–34 类</Text>
      {grid(GOODS)}
      <Text className="af-classes__sub">服务 35–45 类</Text>
      {grid(SERVICES)}
    </View>
  )
}
