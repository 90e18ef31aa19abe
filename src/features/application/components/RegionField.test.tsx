// Component test of the region field with the area data passed as a loader: the data is not loaded for an empty
// field until the picker opens, is loaded at once to name a saved region, and a failed load says so.
import { useState } from 'react'
import TestUtils from '@tarojs/test-utils-react'
import { waitFor } from '../../../../test/setup/page'
import { RegionField, type AreaList } from './RegionField'

const AREA: AreaList = {
  province_list: { '350000': '福建省' },
  city_list: { '350100': '福州市' },
  county_list: { '350102': '鼓楼区' },
}

function Harness({ load, initial = '' }: { load: () => Promise<AreaList>; initial?: string }) {
  const [v, setV] = useState(initial)
  return <RegionField value={v} onChange={(code) => setV(code)} area={load} />
}

const WAIT = { timeout: 3000 }
const select = () => document.querySelector('[data-testid="field-region"]') as HTMLElement
const rows = () => Array.from(document.querySelectorAll('.ui-sheet__row')) as HTMLElement[]

describe('RegionField with an area loader', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('loads nothing for an empty field until the picker opens, then picks province → city → county', async () => {
    const load = jest.fn(() => Promise.resolve(AREA))
    const t = new TestUtils()
    await t.mount(() => <Harness load={load} />, {})
    await t.queries.waitForQuerySelector('[data-testid="field-region"]')
    expect(select().textContent).toContain('选择市、区、县')
    expect(load).not.toHaveBeenCalled()
    t.act(() => t.fireEvent.click(select()))
    await waitFor(() => expect(rows().map((r) => r.textContent)).toEqual(['福建省›']), WAIT)
    expect(load).toHaveBeenCalledTimes(1)
    t.act(() => t.fireEvent.click(rows()[0]))
    await waitFor(() => expect(document.body.textContent).toContain('福州市'), WAIT)
    t.act(() => t.fireEvent.click(rows().find((r) => r.textContent === '福州市›')!))
    await waitFor(() => expect(document.body.textContent).toContain('鼓楼区'), WAIT)
    t.act(() => t.fireEvent.click(rows().find((r) => r.textContent === '鼓楼区')!))
    await waitFor(() => expect(select().textContent).toContain('福建省 福州市 鼓楼区'), WAIT)
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('names a saved region as soon as the data arrives', async () => {
    let resolve: (a: AreaList) => void = () => undefined
    const load = jest.fn(() => new Promise<AreaList>((r) => (resolve = r)))
    const t = new TestUtils()
    await t.mount(() => <Harness load={load} initial="350102" />, {})
    await t.queries.waitForQuerySelector('[data-testid="field-region"]')
    expect(select().textContent).toContain('地区加载中')
    expect(load).toHaveBeenCalledTimes(1)
    t.act(() => resolve(AREA))
    await waitFor(() => expect(select().textContent).toContain('福建省 福州市 鼓楼区'), WAIT)
  })

  it('says so when the data cannot be loaded, keeping the saved code', async () => {
    const t = new TestUtils()
    await t.mount(() => <Harness load={() => Promise.reject(new Error('offline'))} initial="350102" />, {})
    await waitFor(() => expect(document.body.textContent).toContain('350102'), WAIT)
    expect(document.body.textContent).toContain('350102')
  })
})
