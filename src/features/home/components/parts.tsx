import type { ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import './home.scss'

export function Stat({ value, label, tone, onClick }: { value: ReactNode; label: string; tone?: 'warning'; onClick?: () => void }) {
  return (
    <View className="home-stat" onClick={onClick}>
      <View className="home-stat__box">
        <Text className={`home-stat__value ${tone ? `home-stat__value--${tone}` : ''}`}>{value}</Text>
        <Text className="home-stat__label">{label}</Text>
      </View>
    </View>
  )
}

export function Line({
  title,
  sub,
  right,
  onClick,
  testId,
}: {
  title: ReactNode
  sub?: ReactNode
  right?: ReactNode
  onClick?: () => void
  testId?: string
}) {
  return (
    <View className="home-line" onClick={onClick} data-testid={testId}>
      <View className="home-line__main">
        <Text className="home-line__title">{title}</Text>
        {sub && <Text className="home-line__sub">{sub}</Text>}
      </View>
      {right}
    </View>
  )
}

export function Action({ icon, label, onClick }: { icon: ReactNode; label: string; onClick: () => void }) {
  return (
    <View className="home-action" onClick={onClick}>
      <View className="home-action__box">
        <View className="home-action__icon">{icon}</View>
        <Text className="home-action__label">{label}</Text>
      </View>
    </View>
  )
}

export function QuotaBar({ label, used, limit, waiting }: { label: string; used: number; limit: number | null; waiting: number }) {
  const pct = limit ? Math.min(100, Math.round((used / limit) * 100)) : 0
  return (
    <View className="home-quota">
      <View className="home-quota__head">
        <Text>{label}</Text>
        <Text>
          已推荐 {used}
          {limit !== null ? ` / ${limit}` : ''} · 待审核 {waiting}
        </Text>
      </View>
      <View className="home-quota__bar">
        <View className={`home-quota__fill ${pct >= 100 ? 'home-quota__fill--full' : ''}`} style={{ width: `${pct}%` }} />
      </View>
    </View>
  )
}
