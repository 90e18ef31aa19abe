// Taro's View and Text as a plain <div> and <span>, for the H5 build (see h5-components.ts)
import {
  forwardRef,
  useCallback,
  useEffect,
  useRef,
  type CSSProperties,
  type ForwardedRef,
  type HTMLAttributes,
  type MutableRefObject,
  type ReactNode,
} from 'react'
import './h5-plain-components.scss'

type Style = CSSProperties | string | undefined

/** Taro accepts a style string; React wants an object */
function toStyle(style: Style): CSSProperties | undefined {
  if (typeof style !== 'string') return style
  const out: Record<string, string> = {}
  for (const decl of style.split(';')) {
    const i = decl.indexOf(':')
    if (i < 0) continue
    const name = decl.slice(0, i).trim()
    if (!name) continue
    const key = name.startsWith('--') ? name : name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())
    out[key] = decl.slice(i + 1).trim()
  }
  return out as CSSProperties
}

function setRef<T>(ref: ForwardedRef<T>, value: T | null) {
  if (typeof ref === 'function') ref(value)
  else if (ref) ref.current = value
}

const LONG_PRESS_MS = 350

type Handlers = Pick<HTMLAttributes<HTMLDivElement>, 'onTouchStart' | 'onTouchMove' | 'onTouchEnd' | 'onTouchCancel'>

interface ViewProps extends Omit<HTMLAttributes<HTMLDivElement>, 'style'> {
  style?: Style
  children?: ReactNode
  hoverClass?: string
  hoverStartTime?: number
  hoverStayTime?: number
  hoverStopPropagation?: boolean
  /** mini-program only (stops touchmove reaching the page); nothing to do on H5 */
  catchMove?: boolean
  animation?: unknown
  onLongPress?: () => void
}

/** hover-class and long-press as Taro's View does them, on the element itself (no re-render) */
function useTouchFeedback(props: ViewProps, el: MutableRefObject<HTMLDivElement | null>): Handlers {
  const { hoverClass, hoverStartTime = 50, hoverStayTime = 400, onLongPress, onTouchStart, onTouchMove, onTouchEnd } = props
  // refs, not render-scope variables: a re-render between touchstart and touchend must still clear them
  const hoverTimer = useRef<ReturnType<typeof setTimeout>>()
  const pressTimer = useRef<ReturnType<typeof setTimeout>>()
  const touching = useRef(false)
  useEffect(
    () => () => {
      clearTimeout(hoverTimer.current)
      clearTimeout(pressTimer.current)
    },
    [],
  )
  if (!hoverClass && !onLongPress) return { onTouchStart, onTouchMove, onTouchEnd }
  const classes = (hoverClass || '').split(/\s+/).filter(Boolean)
  // the class goes on after hoverStartTime if the finger is still down, off after hoverStayTime if it is still up
  const hoverAfter = (ms: number, on: boolean) => {
    clearTimeout(hoverTimer.current)
    hoverTimer.current = setTimeout(() => {
      if (touching.current !== on) return
      for (const c of classes) el.current?.classList.toggle(c, on)
    }, ms)
  }
  return {
    onTouchStart(e) {
      touching.current = true
      if (classes.length) hoverAfter(hoverStartTime, true)
      if (onLongPress) pressTimer.current = setTimeout(onLongPress, LONG_PRESS_MS)
      onTouchStart?.(e)
    },
    onTouchMove(e) {
      clearTimeout(pressTimer.current)
      onTouchMove?.(e)
    },
    onTouchEnd(e) {
      touching.current = false
      clearTimeout(pressTimer.current)
      if (classes.length) hoverAfter(hoverStayTime, false)
      onTouchEnd?.(e)
    },
  }
}

export const View = forwardRef<HTMLDivElement, ViewProps>(function View(props, ref) {
  const {
    style,
    children,
    hoverClass: _hoverClass,
    hoverStartTime: _hoverStartTime,
    hoverStayTime: _hoverStayTime,
    hoverStopPropagation: _hoverStopPropagation,
    catchMove: _catchMove,
    animation: _animation,
    onLongPress: _onLongPress,
    onTouchStart: _onTouchStart,
    onTouchMove: _onTouchMove,
    onTouchEnd: _onTouchEnd,
    ...rest
  } = props
  const el = useRef<HTMLDivElement | null>(null)
  // one callback per ref: a new function each render would make React detach and re-attach the ref every time
  const setEl = useCallback(
    (node: HTMLDivElement | null) => {
      el.current = node
      setRef(ref, node)
    },
    [ref],
  )
  const touch = useTouchFeedback(props, el)
  return (
    <div {...rest} {...touch} style={toStyle(style)} ref={setEl}>
      {children}
    </div>
  )
})

interface TextProps extends Omit<HTMLAttributes<HTMLSpanElement>, 'style'> {
  style?: Style
  children?: ReactNode
  selectable?: boolean
  userSelect?: boolean
  space?: 'ensp' | 'emsp' | 'nbsp'
  numberOfLines?: number
  /** mini-program only (decodes entities in the text); React already shows text as written */
  decode?: boolean
}

export const Text = forwardRef<HTMLSpanElement, TextProps>(function Text(props, ref) {
  const { style, children, selectable, userSelect, space, numberOfLines, decode: _decode, className, ...rest } = props
  const lines = typeof numberOfLines === 'number' && numberOfLines > 0 ? numberOfLines : undefined
  const classes = ['h5-text']
  if (selectable || userSelect) classes.push('h5-text--selectable')
  if (space) classes.push(`h5-text--space-${space}`)
  if (lines) classes.push('h5-text--clamp')
  if (className) classes.push(className)
  const css = toStyle(style)
  return (
    <span {...rest} ref={ref} className={classes.join(' ')} style={lines ? ({ ...css, '--line-clamp': lines } as CSSProperties) : css}>
      {children}
    </span>
  )
})
