// Scroll containers that are not focusable fail WCAG 2.1.1 for keyboard users (axe: scrollable-region-focusable):
// Taro's page containers and NutUI's VirtualList get tabindex="0" as they appear; a set tabindex is kept.
import { installScrollRegionFocus } from '../../../src/shared/a11y'

const frame = () => new Promise((r) => setTimeout(r, 50))

test('page containers and virtual lists become focusable when added; other elements and set tabindex untouched', async () => {
  document.body.innerHTML = '<div class="taro_router"><div class="taro_page" id="p1"></div></div>'
  const stop = installScrollRegionFocus()
  expect(document.getElementById('p1')!.getAttribute('tabindex')).toBe('0')
  const router = document.querySelector('.taro_router')!
  const page = document.createElement('div')
  page.className = 'taro_page'
  page.innerHTML =
    '<div class="nut-virtuallist" id="vl"></div><div class="other" id="o"></div><div class="nut-virtuallist" id="kept" tabindex="-1"></div>'
  router.appendChild(page)
  await frame()
  expect(page.getAttribute('tabindex')).toBe('0')
  expect(document.getElementById('vl')!.getAttribute('tabindex')).toBe('0')
  expect(document.getElementById('o')!.hasAttribute('tabindex')).toBe(false)
  expect(document.getElementById('kept')!.getAttribute('tabindex')).toBe('-1')
  stop()
  await frame()
})

test('a chip row that scrolls sideways (the alert kind filter) becomes focusable', async () => {
  document.body.innerHTML = '<div class="taro_page"></div>'
  const stop = installScrollRegionFocus()
  const row = document.createElement('div')
  row.className = 'ui-choice ui-choice--chips ui-choice--scroll'
  document.querySelector('.taro_page')!.appendChild(row)
  await frame()
  expect(row.getAttribute('tabindex')).toBe('0')
  stop()
})
