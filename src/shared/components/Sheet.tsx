// One bottom sheet for every feature (pickers, confirmations with a reason, details), over NutUI Popup:
// round top, a title and a close button, the body padded on our spacing. Rows (SheetRow) are full-width
// 48 CSS px taps with a hairline; `list` gives the body a scrolling list of about 60 % of the screen.
// Only subpackage screens import this file (not the @/shared barrel), so the main package does not carry it.
// On H5 the popup itself (./SheetPopup) loads when the sheet first opens: no screen shows a sheet on arrival,
// and its code was a tenth of the application form's first load. Not prefetched: the idle-time prefetch of it
// and of the form's validator cost the form 0.05–0.1 Lighthouse performance (measured side by side).
import { Suspense, lazy, useRef, type ComponentType, type ReactNode } from 'react'
import { ScrollView, View } from '@tarojs/components'
import './sheet.scss'

// one conditional expression, so the bundler drops the other target's branch; the mini-program loads no code
// on demand, so there the popup is bundled with the page
const SheetPopup: ComponentType<SheetProps> =
  process.env.TARO_ENV === 'h5' ? lazy(() => import('./SheetPopup')) : require('./SheetPopup').default

export interface SheetProps {
  visible: boolean
  title: string
  onClose: () => void
  /** on the body */
  testId?: string
  className?: string
  children: ReactNode
}

export function Sheet(props: SheetProps) {
  // rendered from its first opening on (then kept, so closing animates)
  const opened = useRef(false)
  if (props.visible) opened.current = true
  if (!opened.current) return null
  return (
    <Suspense fallback={null}>
      <SheetPopup {...props} />
    </Suspense>
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
