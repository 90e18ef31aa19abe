// Component test of the shared choice row (Segmented, Chips over NutUI Tag): the roles a screen reader needs
// for each use (tablist/tab + aria-selected for a filter, radiogroup/radio or group/checkbox + aria-checked for
// a form choice), a tap choosing, and the 44 CSS px tap target in its stylesheet.
import fs from 'node:fs'
import path from 'node:path'
import { useState } from 'react'
import { Text } from '@tarojs/components'
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

  it('a stacked row set shows a mark and a detail line per option; disabled rows ignore taps', async () => {
    let picked: string[] = []
    function Orgs({ disabled }: { disabled?: boolean }) {
      const [v, setV] = useState<string[]>([])
      return (
        <Chips
          kind="checkbox"
          stack
          disabled={disabled}
          label="对接服务的企业"
          options={[
            { value: 'o1', label: '福州甲食品有限公司', sub: '对方申报表已选择本站' },
            { value: 'o2', label: '福州乙茶业有限公司', sub: '对方尚未申报', aside: <Text className="aside">待确认</Text> },
          ]}
          value={v}
          onChange={(x) => {
            picked.push(x)
            setV((s) => (s.includes(x) ? s.filter((y) => y !== x) : [...s, x]))
          }}
        />
      )
    }
    const t = new TestUtils()
    await t.mount(() => <Orgs />, {})
    await t.queries.waitForQuerySelector('.ui-choice--stack')
    expect(items().map((el) => el.querySelector('.ui-choice__sub')?.textContent)).toEqual(['对方申报表已选择本站', '对方尚未申报'])
    expect(items()[1].querySelector('.aside')?.textContent).toBe('待确认')
    expect(items()[0].querySelector('.ui-choice__mark--checkbox')).toBeTruthy()
    t.act(() => t.fireEvent.click(byText('福州甲')))
    await waitFor(() => expect(byText('福州甲').getAttribute('aria-checked')).toBe('true'))
    expect(byText('福州甲').querySelector('.ui-choice__mark--on')).toBeTruthy()
    document.body.innerHTML = ''

    picked = []
    const r = new TestUtils()
    await r.mount(() => <Orgs disabled />, {})
    await r.queries.waitForQuerySelector('.ui-choice--stack')
    expect(items().map((el) => el.getAttribute('aria-disabled'))).toEqual(['true', 'true'])
    r.act(() => r.fireEvent.click(byText('福州甲')))
    await new Promise((res) => setTimeout(res, 50))
    expect(picked).toEqual([])
    expect(byText('福州甲').getAttribute('aria-checked')).toBe('false')
  })

  it('one option can be disabled alone; a grid of stacked rows is marked for its two-column layout', async () => {
    const picked: string[] = []
    const t = new TestUtils()
    await t.mount(
      () => (
        <Chips
          kind="radio"
          stack
          grid
          label="服务方式"
          testId="mode"
          options={[
            { value: 'onsite', label: '到站咨询', sub: '到站现场咨询，即时确认' },
            { value: 'visit', label: '上门走访', sub: '本站暂不提供', disabled: true },
          ]}
          value="onsite"
          onChange={(v) => picked.push(v)}
        />
      ),
      {},
    )
    const row = await t.queries.waitForQuerySelector('[data-testid="mode"]')
    expect(row.className).toContain('ui-choice--stack')
    expect(row.className).toContain('ui-choice--grid')
    expect(items().map((el) => el.getAttribute('aria-disabled'))).toEqual([null, 'true'])
    expect(items()[1].className).toContain('ui-choice__item--off')
    t.act(() => t.fireEvent.click(byText('上门走访')))
    await new Promise((res) => setTimeout(res, 50))
    expect(picked).toEqual([])
    expect(items()[1].querySelector('.ui-choice__sub')?.textContent).toBe('本站暂不提供')
  })

  it('a segment shows its second line, in the alert tone when it says something is to fix', async () => {
    const t = new TestUtils()
    await t.mount(
      () => (
        <Segmented
          label="评价维度"
          value="a"
          onChange={() => {}}
          options={[
            { value: 'a', label: '经济效益', sub: '3/10' },
            { value: 'b', label: '社会效益', sub: '2 项待改', subAlert: true },
          ]}
        />
      ),
      {},
    )
    await t.queries.waitForQuerySelector('.ui-choice--seg')
    const subs = items().map((el) => el.querySelector('.ui-choice__sub') as HTMLElement)
    expect(subs.map((s) => s.textContent)).toEqual(['3/10', '2 项待改'])
    expect(subs[0].className).not.toContain('ui-choice__sub--alert')
    expect(subs[1].className).toContain('ui-choice__sub--alert')
    // the tab's name for a screen reader carries both lines
    expect(byText('社会效益').textContent).toBe('社会效益2 项待改')
  })

  it("a pill's label is trimmed to its glyphs, so it sits centred in the pill (not 1-2 px high)", async () => {
    const t = new TestUtils()
    await t.mount(Filter, {})
    await t.queries.waitForQuerySelector('[data-testid="filter"]')
    expect(items().every((el) => el.querySelector('.nut-tag-text > .ui-choice__text'))).toBe(true)
    const scss = fs.readFileSync(path.join(__dirname, 'choice.scss'), 'utf8')
    expect(/&__text \{([^}]*)\}/.exec(scss)?.[1] ?? '').toContain('text-box: trim-both cap alphabetic')
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
