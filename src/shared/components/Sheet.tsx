// One bottom sheet for every feature (pickers, confirmations with a reason, details), over NutUI Popup:
// round top, a title and a close button, the body padded on our spacing. Rows (SheetRow) are full-width
// 48 CSS px taps with a hairline; `list` gives the body a scrolling list of about 60 % of the screen.
// Only subpackage screens import this file (not the @/shared barrel), so the main package does not carry it.
import type { ReactNode } from 'react'
import { ScrollView, View } from '@tarojs/components'
import { Popup } from '@nutui/nutui-react-taro'
import './sheet.scss'

export interface SheetProps {
  visible: boolean
  title: string
  onClose: () => void
  /** on the body */
  testId?: string
  className?: string
  children: ReactNode
}

export function Sheet({ visible, title, onClose, testId, className, children }: SheetProps) {
  return (
    <Popup
      visible={visible}
      position="bottom"
      round
      closeable
      closeAriaLabel="关闭"
      title={title}
      onClose={onClose}
      className="ui-sheet-popup"
    >
      <View className={`ui-sheet ${className ?? ''}`} data-testid={testId}>
        {children}
      </View>
    </Popup>
  )
}

/** The sheet's scrolling list (a region picker's levels, search results). */
export function SheetList({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <ScrollView scrollY className={`ui-sheet__list ${className ?? ''}`}>
      {children}
    </ScrollView>
  )
}

/** A full-width row in a sheet; `on` marks the current choice, `strong` an action row (e.g. 不限). */
export function SheetRow({
  on,
  strong,
  onClick,
  className,
  children,
}: {
  on?: boolean
  strong?: boolean
  onClick: () => void
  className?: string
  children: ReactNode
}) {
  return (
    <View
      className={`ui-sheet__row ${on ? 'ui-sheet__row--on' : ''} ${strong ? 'ui-sheet__row--strong' : ''} ${className ?? ''}`}
      aria-current={on || undefined}
      onClick={onClick}
    >
      {children}
    </View>
  )
}
