// Component test of the shared bottom sheet over NutUI Popup: its title and body show when open, rows pick
// (the current one marked), and the close button asks the caller to close.
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import TestUtils from '@tarojs/test-utils-react'
import { waitFor } from '@tarojs/test-utils-react/dist/pure'
import { Sheet, SheetList, SheetRow } from './Sheet'

function Picker() {
  const [open, setOpen] = useState(false)
  const [v, setV] = useState('a')
  return (
    <View>
      <View className="open" onClick={() => setOpen(true)}>
        <Text className="picked">{v}</Text>
      </View>
      <Sheet visible={open} title="选择地区" testId="sheet" onClose={() => setOpen(false)}>
        <SheetList>
          {['a', 'b'].map((x) => (
            <SheetRow
              key={x}
              on={x === v}
              onClick={() => {
                setV(x)
                setOpen(false)
              }}
            >
              <Text>{x === 'a' ? '福州市' : '厦门市'}</Text>
            </SheetRow>
          ))}
        </SheetList>
      </Sheet>
    </View>
  )
}

const rows = () => Array.from(document.querySelectorAll('.ui-sheet__row')) as HTMLElement[]
const shown = () => {
  const popup = document.querySelector('.nut-popup') as HTMLElement | null
  return !!popup && popup.style.display !== 'none' && !popup.className.includes('hidden')
}

describe('shared Sheet', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('opens with its title, marks the current row and closes on a pick', async () => {
    const t = new TestUtils()
    await t.mount(Picker, {})
    await t.queries.waitForQuerySelector('.open')
    expect(document.querySelector('[data-testid="sheet"]')).toBeNull()
    t.act(() => t.fireEvent.click(document.querySelector('.open')!))
    await t.queries.waitForQuerySelector('[data-testid="sheet"]')
    expect(document.querySelector('.nut-popup-bottom')).toBeTruthy()
    expect(document.body.textContent).toContain('选择地区')
    expect(rows().map((r) => r.getAttribute('aria-current'))).toEqual(['true', null])
    t.act(() => t.fireEvent.click(rows()[1]))
    await waitFor(() => expect(document.querySelector('.picked')?.textContent).toBe('b'))
    await waitFor(() => expect(shown()).toBe(false))
  })

  it('the close button closes it', async () => {
    const t = new TestUtils()
    await t.mount(Picker, {})
    await t.queries.waitForQuerySelector('.open')
    t.act(() => t.fireEvent.click(document.querySelector('.open')!))
    await t.queries.waitForQuerySelector('[data-testid="sheet"]')
    const close = document.querySelector('.nut-popup-title-right, .nut-popup-close, [class*="close"]') as HTMLElement
    expect(close).toBeTruthy()
    t.act(() => t.fireEvent.click(close))
    await waitFor(() => expect(shown()).toBe(false))
    expect(document.querySelector('.picked')?.textContent).toBe('a')
  })
})
