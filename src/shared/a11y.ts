// H5 only: Taro's page containers (.taro_page, overflow-y: scroll) and NutUI's VirtualList scroll by themselves.
// A keyboard user can scroll a region only when it (or something inside it) takes focus (WCAG 2.1.1; axe
// rule scrollable-region-focusable), and many of our pages hold no native focusable element (Taro renders
// View/Text/Button as custom elements without tab stops). So every such container gets tabindex="0".
// One observer on the router's page list (a page is added per navigation) and on the page subtrees.

// .ui-choice--scroll: chip rows that keep one line and scroll sideways (the alert filters)
// .taro-scroll-view__scroll-x/-y: the scrolling element of Taro's HTML ScrollView (h5.useHtmlComponents),
// which does not pass a tabIndex prop on to it
const SCROLLERS = '.taro_page, .nut-virtuallist, .ui-choice--scroll, .taro-scroll-view__scroll-x, .taro-scroll-view__scroll-y'

/** Starts watching; returns the function that stops it. */
export function installScrollRegionFocus(): () => void {
  if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined' || typeof MutationObserver === 'undefined') return () => {}
  let queued = false
  const mark = () => {
    queued = false
    document.querySelectorAll(SCROLLERS).forEach((el) => {
      if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '0')
    })
  }
  // mutations come in bursts while a page renders: one scan per animation frame is enough
  const schedule = () => {
    if (queued) return
    queued = true
    requestAnimationFrame(mark)
  }
  const observer = new MutationObserver(schedule)
  observer.observe(document.body, { childList: true, subtree: true })
  mark()
  return () => observer.disconnect()
}
