// Component test of the shared search box over NutUI SearchBar: the text shows at once, the search runs once
// typing pauses (trimmed, one call per pause), clearing searches at once, and the caller can empty the box.
import { useState } from 'react'
import { View } from '@tarojs/components'
import TestUtils from '@tarojs/test-utils-react'
import { SearchField } from './SearchField'

let searches: string[] = []

function Search() {
  const [text, setText] = useState('')
  return (
    <View>
      <SearchField testId="search" value={text} onChange={setText} onSearch={(q) => searches.push(q)} placeholder="搜索名称" delay={200} />
      <View className="reset" onClick={() => setText('')} />
    </View>
  )
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms))
const box = () => document.querySelector('[data-testid="search"]') as HTMLElement
const input = () => (box().querySelector('input') || box().querySelector('taro-input-core')) as HTMLInputElement
const type = (t: TestUtils, text: string) =>
  t.act(() => {
    t.fireEvent.input(input(), { target: { value: text }, detail: { value: text } } as any)
  })

describe('shared SearchField', () => {
  beforeEach(() => {
    searches = []
  })
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('is a labelled NutUI SearchBar that searches once typing pauses, one call per pause', async () => {
    const t = new TestUtils()
    await t.mount(Search, {})
    await t.queries.waitForQuerySelector('[data-testid="search"] .nut-searchbar')
    expect(box().getAttribute('role')).toBe('search')
    type(t, '鼓')
    type(t, '鼓楼 ')
    expect(searches).toEqual([])
    await pause(400)
    expect(searches).toEqual(['鼓楼'])
    // nothing more once the pause has passed
    await pause(300)
    expect(searches).toEqual(['鼓楼'])
  })

  it('the clear button empties the box and searches for everything at once', async () => {
    const t = new TestUtils()
    await t.mount(Search, {})
    await t.queries.waitForQuerySelector('[data-testid="search"] .nut-searchbar')
    type(t, '福州')
    await pause(400)
    expect(searches).toEqual(['福州'])
    const clear = box().querySelector('.nut-searchbar-clear') as HTMLElement
    expect(clear.getAttribute('aria-label')).toBe('清除')
    t.act(() => t.fireEvent.click(clear))
    expect(searches).toEqual(['福州', ''])
  })

  it('a reset by the caller (clear filters) empties the box and searches at once', async () => {
    const t = new TestUtils()
    await t.mount(Search, {})
    await t.queries.waitForQuerySelector('[data-testid="search"] .nut-searchbar')
    type(t, '商标')
    await pause(400)
    expect(searches).toEqual(['商标'])
    t.act(() => t.fireEvent.click(document.querySelector('.reset')!))
    expect(searches).toEqual(['商标', ''])
  })
})
