// Component test of the shared choice row (Segmented, Chips over NutUI Tag): the roles a screen reader needs
// for each use (tablist/tab + aria-selected for a filter, radiogroup/radio or group/checkbox + aria-checked for
// a form choice), a tap choosing, and the 44 CSS px tap target in its stylesheet.
import fs from 'node:fs'
import path from 'node:path'
import { useState } from 'react'
import TestUtils from '@tarojs/test-utils-react'
import { waitFor } from '@tarojs/test-utils-react/dist/pure'
import { Chips, Segmented } from './Choice'

const items = () => Array.from(document.querySelectorAll('.ui-choice__item')) as HTMLElement[]
const byText = (t: string) => items().find((el) => el.textContent?.startsWith(t))!

function Filter() {
  const [v, setV] = useState<string | undefined>(undefined)
  return (
    <Chips
      label="按状态筛选"
      testId="filter"
      options={[
        { value: undefined, label: '全部', count: 12 },
        { value: 'pending', label: '待审核', count: 3 },
        { value: 'done', label: '已办结' },
      ]}
      value={v}
      onChange={setV}
    />
  )
}

function Topics() {
  const [v, setV] = useState<string[]>(['a'])
  return (
    <Chips
      kind="checkbox"
      label="服务事项"
      options={[
        { value: 'a', label: '商标注册' },
        { value: 'b', label: '维权' },
      ]}
      value={v}
      onChange={(t) => setV((s) => (s.includes(t) ? s.filter((x) => x !== t) : [...s, t]))}
    />
  )
}

function Views() {
  const [v, setV] = useState<'open' | 'done'>('open')
  return (
    <Segmented
      label="提醒"
      options={[
        { value: 'open', label: '待处理' },
        { value: 'done', label: '已处理' },
      ]}
      value={v}
      onChange={setV}
    />
  )
}

describe('shared choice row', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('a filter is a labelled tablist; the tab tapped becomes the one selected, and its count shows', async () => {
    const t = new TestUtils()
    await t.mount(Filter, {})
    const row = await t.queries.waitForQuerySelector('[data-testid="filter"]')
    expect(row.getAttribute('role')).toBe('tablist')
    expect(row.getAttribute('aria-label')).toBe('按状态筛选')
    expect(items().map((el) => el.getAttribute('role'))).toEqual(['tab', 'tab', 'tab'])
    expect(items().map((el) => el.getAttribute('aria-selected'))).toEqual(['true', 'false', 'false'])
    // each pill is a NutUI Tag: the chosen one primary, the rest plain
    expect(byText('全部').querySelector('.nut-tag')?.className).toContain('nut-tag-primary')
    expect(byText('待审核').querySelector('.nut-tag')?.className).toContain('nut-tag-plain')
    expect(byText('待审核').querySelector('.ui-choice__count')?.textContent).toBe('3')
    t.act(() => t.fireEvent.click(byText('待审核')))
    await waitFor(() => expect(byText('待审核').getAttribute('aria-selected')).toBe('true'))
    expect(byText('全部').getAttribute('aria-selected')).toBe('false')
    expect(byText('待审核').querySelector('.nut-tag')?.className).toContain('nut-tag-primary')
  })

  it('a several-choice form row is a group of checkboxes that toggle', async () => {
    const t = new TestUtils()
    await t.mount(Topics, {})
    await t.queries.waitForQuerySelector('.ui-choice')
    expect(document.querySelector('.ui-choice')?.getAttribute('role')).toBe('group')
    expect(items().map((el) => [el.getAttribute('role'), el.getAttribute('aria-checked')])).toEqual([
      ['checkbox', 'true'],
      ['checkbox', 'false'],
    ])
    expect(items()[0].hasAttribute('aria-selected')).toBe(false)
    t.act(() => t.fireEvent.click(byText('维权')))
    await waitFor(() => expect(byText('维权').getAttribute('aria-checked')).toBe('true'))
    t.act(() => t.fireEvent.click(byText('商标注册')))
    await waitFor(() => expect(byText('商标注册').getAttribute('aria-checked')).toBe('false'))
  })

  it('Segmented is a tablist whose tapped segment is selected', async () => {
    const t = new TestUtils()
    await t.mount(Views, {})
    await t.queries.waitForQuerySelector('.ui-choice--seg')
    expect(document.querySelector('.ui-choice--seg')?.getAttribute('role')).toBe('tablist')
    t.act(() => t.fireEvent.click(byText('已处理')))
    await waitFor(() => expect(byText('已处理').getAttribute('aria-selected')).toBe('true'))
    expect(byText('待处理').getAttribute('aria-selected')).toBe('false')
  })

  it('every item is at least the 44 CSS px tap target tall', () => {
    const scss = fs.readFileSync(path.join(__dirname, 'choice.scss'), 'utf8')
    const item = /&__item \{([^}]*)\}/.exec(scss)?.[1] ?? ''
    expect(item).toContain('min-height: var(--app-tap)')
    const app = fs.readFileSync(path.join(__dirname, '../../app.scss'), 'utf8')
    // 750 design width: 88px is 44 CSS px on a 375 px phone
    expect(app).toMatch(/--app-tap: 88px;/)
  })
})
