import type { PropsWithChildren } from 'react'
import { View } from '@tarojs/components'
import './ui.scss'

/**
 * The page's actions pinned to the bottom (above the home indicator), with a spacer so content is never
 * hidden behind it. Wrap a secondary action in `ui-action-bar__secondary` and the primary one in
 * `ui-action-bar__primary` for a 1 : 2 split; a single button fills the bar.
 */
export function ActionBar({ children, testId }: PropsWithChildren<{ testId?: string }>) {
  return (
    <>
      <View className="ui-action-bar__space" />
      <View className="ui-action-bar" data-testid={testId}>
        {children}
      </View>
    </>
  )
}
