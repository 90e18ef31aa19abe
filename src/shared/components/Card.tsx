import type { PropsWithChildren, ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import './ui.scss'

interface CardProps {
  title?: ReactNode
  /** secondary action at the top right, e.g. "全部" */
  extra?: ReactNode
  onExtraClick?: () => void
  className?: string
  testId?: string
}

export function Card({ title, extra, onExtraClick, className, testId, children }: PropsWithChildren<CardProps>) {
  return (
    <View className={`ui-card ${className || ''}`} data-testid={testId}>
      {(title || extra) && (
        <View className="ui-card__head">
          <Text className="ui-card__title">{title}</Text>
          {extra && (
            <Text className="ui-card__extra" onClick={onExtraClick}>
              {extra}
            </Text>
          )}
        </View>
      )}
      {children}
    </View>
  )
}
