import type { ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import './ui.scss'

interface StateProps {
  title: string
  description?: string
  actionText?: string
  onAction?: () => void
  icon?: ReactNode
}

export function EmptyState({ title, description, actionText, onAction, icon = '○' }: StateProps) {
  return (
    <View className="ui-state" data-testid="empty-state">
      <View className="ui-state__icon">{icon}</View>
      <Text className="ui-state__title">{title}</Text>
      {description && <Text className="ui-state__desc">{description}</Text>}
      {actionText && onAction && (
        <Button type="primary" fill="outline" onClick={onAction}>
          {actionText}
        </Button>
      )}
    </View>
  )
}

export function ErrorState({ title = '加载失败', description, onRetry }: { title?: string; description?: string; onRetry?: () => void }) {
  return (
    <View className="ui-state" data-testid="error-state">
      <View className="ui-state__icon">!</View>
      <Text className="ui-state__title">{title}</Text>
      {description && <Text className="ui-state__desc">{description}</Text>}
      {onRetry && (
        <Button type="primary" onClick={onRetry}>
          重试
        </Button>
      )}
    </View>
  )
}

/** Placeholder lines in the shape of a card list, shown on first load. */
export function Skeleton({ cards = 3, lines = 3 }: { cards?: number; lines?: number }) {
  return (
    <View data-testid="skeleton" aria-busy="true">
      {Array.from({ length: cards }, (_, c) => (
        <View className="ui-card" key={c}>
          {Array.from({ length: lines }, (_, l) => (
            <View key={l} className="ui-skeleton__line" style={{ width: `${l === 0 ? 45 : 100 - l * 15}%` }} />
          ))}
        </View>
      ))}
    </View>
  )
}

export function FieldError({ message }: { message?: string }) {
  if (!message) return null
  return <Text className="ui-field-error">{message}</Text>
}

export function Banner({ tone = 'info', children }: { tone?: 'info' | 'warning' | 'danger'; children: ReactNode }) {
  return <View className={`ui-banner ui-banner--${tone}`}>{children}</View>
}
