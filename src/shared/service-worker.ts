// H5 production: the app shell loads offline (config/sw-template.js). The worker is registered once the page
// has loaded and the main thread is idle, so its install (fetching the shell files) does not compete with the
// first render; the files the page loaded before the worker controlled it are then handed to it to cache.

type IdleWindow = Window & { requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number }

const whenIdle = (cb: () => void) => {
  const w = window as IdleWindow
  if (typeof w.requestIdleCallback === 'function') w.requestIdleCallback(cb, { timeout: 5000 })
  else setTimeout(cb, 2000)
}

function loadedAssets(): string[] {
  if (typeof performance === 'undefined' || typeof performance.getEntriesByType !== 'function') return []
  return performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((u) => /\/(js|css|static)\//.test(u))
}

export function registerServiceWorker(url = '/sw.js'): void {
  if (typeof window === 'undefined' || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return
  const sw = navigator.serviceWorker
  const start = () =>
    whenIdle(() => {
      sw.register(url)
        .then(() => sw.ready)
        .then((reg) => reg.active?.postMessage({ type: 'cache', urls: loadedAssets() }))
        .catch(() => undefined)
    })
  if (document.readyState === 'complete') start()
  else window.addEventListener('load', start, { once: true })
}
