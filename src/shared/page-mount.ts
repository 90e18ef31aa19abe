import { startTransition } from 'react'
import { Current } from '@tarojs/runtime'

interface MountingApp {
  mount: (...args: unknown[]) => void
}

const SLICED = Symbol('slicedPageMount')

/** Wraps the app's `mount` so a page's first render runs as a React transition. */
function sliceMount<T>(app: T): T {
  const target = app as unknown as (MountingApp & { [SLICED]?: true }) | null
  if (!target || typeof target.mount !== 'function' || target[SLICED]) return app
  const mount = target.mount
  target.mount = function slicedMount(this: unknown, ...args: unknown[]) {
    startTransition(() => mount.apply(this, args))
  }
  target[SLICED] = true
  return app
}

/**
 * H5: Taro mounts each page with a plain `forceUpdate` on its app wrapper, a default-priority update that
 * React renders in one main-thread task (the longest task of a page load). Run inside a transition, the same
 * render is done in ~5 ms slices that yield to input and paint. Nothing shows earlier or later: the page
 * still appears in one commit, and Taro's onLoad callback still runs after that commit.
 * Taro assigns `Current.app` once, after the app module ran and before the router mounts the first page,
 * so the wrapper is installed by watching that assignment.
 */
export function installSlicedPageMount(): void {
  const current = Current as unknown as { app: unknown }
  let app = sliceMount(current.app)
  Object.defineProperty(current, 'app', {
    configurable: true,
    enumerable: true,
    get: () => app,
    set: (next: unknown) => {
      app = sliceMount(next)
    },
  })
}
