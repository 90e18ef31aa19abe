import { Children, Fragment, startTransition, useEffect, useState, type ReactNode } from 'react'

/** Runs `cb` once the frame after the current one has been drawn (H5: after the browser's render steps). */
function afterNextFrame(cb: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  if (typeof requestAnimationFrame === 'function') {
    const raf = requestAnimationFrame(() => {
      timer = setTimeout(cb, 0)
    })
    return () => {
      cancelAnimationFrame(raf)
      if (timer !== undefined) clearTimeout(timer)
    }
  }
  timer = setTimeout(cb, 16)
  return () => clearTimeout(timer)
}

interface UnfoldProps {
  children: ReactNode
  /** children shown in the first render */
  first?: number
  /** children added per later render */
  step?: number
}

/**
 * Shows its children in batches, one frame apart: the first `first` at once, then `step` more per frame.
 * A page's first screen then costs several short main-thread tasks instead of one long one, so the page
 * paints and answers taps between them. Later children come after the ones shown, so nothing on screen moves.
 */
export function Unfold({ children, first = 2, step = 2 }: UnfoldProps) {
  const items = Children.toArray(children)
  const [shown, setShown] = useState(first)
  const total = items.length
  useEffect(() => {
    if (shown >= total) return
    return afterNextFrame(() => startTransition(() => setShown((n) => n + step)))
  }, [shown, total, step])
  return <Fragment>{items.slice(0, shown)}</Fragment>
}
