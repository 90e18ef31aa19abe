// The F2 5 binding for Taro: a `<Canvas type="2d">`, its node found with createSelectorQuery, F2's
// Canvas drawing into the node's 2D context. F2 ships no Taro binding; its WeChat component (f-wx)
// does the same steps in a native component, which Taro pages cannot host without a second build.
import { useEffect, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { Canvas as TaroCanvas, View } from '@tarojs/components'
import { Canvas as F2Root } from '@antv/f2'

export interface F2CanvasProps {
  /** unique on the page: the selector query finds the canvas by it */
  id: string
  /** css px; the width is the container's */
  height: number
  /** the F2 element tree to draw (built with `jsx` from @antv/f2) */
  tree: unknown
  /** called once when this environment cannot draw (no 2D context) */
  onUnavailable?: () => void
}

interface CanvasNode {
  width: number
  height: number
  getContext: (type: '2d') => CanvasRenderingContext2D | null
  requestAnimationFrame?: (cb: () => void) => number
  cancelAnimationFrame?: (id: number) => void
}

const isWeapp = process.env.TARO_ENV === 'weapp'

function pixelRatio(): number {
  try {
    const info = (Taro.getWindowInfo ? Taro.getWindowInfo() : Taro.getSystemInfoSync()) as { pixelRatio?: number }
    return info.pixelRatio || 1
  } catch {
    return 1
  }
}

/**
 * Resolves the canvas node and its css size. On H5 the wrapper's DOM element holds the <canvas> (Taro's
 * H5 selector query only searches the current page, which a page kept in the stack is not); on weapp a
 * selector query (two selects: a node query returns no size).
 */
function queryCanvas(id: string, wrapper: unknown): Promise<{ node: CanvasNode | null; width: number }> {
  if (!isWeapp) {
    const el = wrapper as HTMLElement | null
    const canvas = el?.querySelector?.('canvas') ?? null
    return Promise.resolve({ node: canvas as CanvasNode | null, width: el?.getBoundingClientRect?.().width ?? 0 })
  }
  return new Promise((resolve) => {
    Taro.createSelectorQuery()
      .select(`#${id}`)
      .node()
      .select(`#${id}`)
      .boundingClientRect()
      .exec((res: Array<{ node?: CanvasNode; width?: number } | null>) => {
        resolve({ node: res?.[0]?.node ?? null, width: res?.[1]?.width ?? 0 })
      })
  })
}

export function F2Canvas({ id, height, tree, onUnavailable }: F2CanvasProps) {
  const root = useRef<F2Root | null>(null)
  const wrapper = useRef<unknown>(null)
  const latest = useRef(tree)
  latest.current = tree
  const [ready, setReady] = useState(false)
  const unavailable = useRef(onUnavailable)
  unavailable.current = onUnavailable

  // create once, after the canvas is in the page
  useEffect(() => {
    let cancelled = false
    Taro.nextTick(async () => {
      const { node, width } = await queryCanvas(id, wrapper.current)
      if (cancelled) return
      const context = node?.getContext?.('2d') ?? null
      if (!node || !context || width <= 0) {
        unavailable.current?.()
        return
      }
      const dpr = pixelRatio()
      node.width = Math.round(width * dpr)
      node.height = Math.round(height * dpr)
      try {
        const f2 = new F2Root({
          context,
          pixelRatio: dpr,
          width,
          height,
          // figures appear at once: a growing bar would read as a change that did not happen
          animate: false,
          // F2's theme sizes ("20px" labels) are for a 2× design; by default it scales them by the page's rem,
          // which Taro's H5 sets to 20 px on a 375 phone (labels came out 4 px). A fixed ½ gives the same
          // sizes on both targets (10 px labels).
          px2hd: (px: number) => Number((px * 0.5).toFixed(1)),
          children: latest.current,
          // WeChat's 2D context cannot measure text by itself: F2 measures on an offscreen canvas
          ...(isWeapp ? { offscreenCanvas: Taro.createOffscreenCanvas({ type: '2d' }) as never } : {}),
          ...(node.requestAnimationFrame
            ? {
                requestAnimationFrame: node.requestAnimationFrame.bind(node),
                cancelAnimationFrame: node.cancelAnimationFrame?.bind(node),
              }
            : {}),
        } as ConstructorParameters<typeof F2Root>[0])
        await f2.render()
        if (cancelled) return f2.destroy()
        root.current = f2
        setReady(true)
      } catch {
        unavailable.current?.()
      }
    })
    return () => {
      cancelled = true
      root.current?.destroy()
      root.current = null
    }
  }, [id, height])

  // later data: update the same F2 canvas instead of re-creating it
  useEffect(() => {
    if (ready && root.current) void root.current.update({ ...root.current.props, children: tree })
  }, [tree, ready])

  return (
    <View ref={wrapper as never} className="trend-chart__canvas" style={{ height: `${height}px` }} aria-hidden="true">
      {isWeapp ? (
        <TaroCanvas type="2d" id={id} className="trend-chart__node" style={{ width: '100%', height: `${height}px` }} />
      ) : (
        // H5: a plain <canvas>. Taro's H5 canvas renders its inner <canvas> only after its web component
        // hydrates, and resets the bitmap size to the css size whenever it re-renders.
        <canvas id={id} className="trend-chart__node" style={{ width: '100%', height: `${height}px` }} />
      )}
    </View>
  )
}
