import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'

/**
 * Height (css px) left in the window below the element with id `anchorId`, measured once it is laid out — the
 * box a virtualised list needs. Until then (or if measuring fails within 400 ms) the window height minus
 * `reserve`. Re-measured when `deps` change.
 */
export function useHeightBelow(anchorId: string, reserve: number, deps: unknown[]): number | undefined {
  const [height, setHeight] = useState<number>()
  useEffect(() => {
    const win = (Taro.getWindowInfo ? Taro.getWindowInfo() : Taro.getSystemInfoSync()) as { windowHeight: number }
    const fallback = Math.max(320, Math.round((win.windowHeight || 667) - reserve))
    let done = false
    const t = setTimeout(() => {
      if (!done) setHeight(fallback)
    }, 400)
    const apply = (rect?: { bottom?: number } | null) => {
      done = true
      clearTimeout(t)
      const bottom = rect && typeof rect.bottom === 'number' && rect.bottom > 0 ? rect.bottom : 0
      setHeight(bottom ? Math.max(240, Math.floor(win.windowHeight - bottom - 4)) : fallback)
    }
    Taro.nextTick(() => {
      if (process.env.TARO_ENV === 'h5') {
        // H5: plain DOM (Taro's selector query needs a routed page)
        const el = typeof document !== 'undefined' ? document.getElementById(anchorId) : null
        return apply(el ? el.getBoundingClientRect() : null)
      }
      Taro.createSelectorQuery()
        .select(`#${anchorId}`)
        .boundingClientRect((rect: any) => apply(rect))
        .exec()
    })
    return () => clearTimeout(t)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [anchorId, reserve, ...deps])
  return height
}
