import TestUtils from '@tarojs/test-utils-react'
import type { StationSummary } from '@/domain/contract'
import { StationDirectory } from './StationDirectory'
import { useStationsStore } from '../store'
import { waitFor } from '../../../../test/setup/page'

jest.mock('@/api', () => ({ listStations: jest.fn(), listLinks: jest.fn(), createLink: jest.fn() }))
const api = require('@/api') as { listStations: jest.Mock }

const AREA = {
  province_list: { '350000': '福建省' },
  city_list: { '350100': '福州市' },
  county_list: { '350102': '鼓楼区' },
}

const stations = (n: number): StationSummary[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `ST${i}`,
    name: `测试商标品牌指导站${i}`,
    host: '测试市市场监督管理局',
    address: `测试路 ${i} 号`,
    phone: '0591-00000000',
    lat: 26,
    lng: 119,
    topics: ['registration', 'overseas'],
    provinceCode: '350000',
    cityCode: '350100',
    countyCode: '350102',
    regionName: '福建省 福州市 鼓楼区',
  }))

async function renderedRows(n: number) {
  api.listStations.mockResolvedValue({ ok: true, status: 200, data: { items: stations(n), total: n, next: null } })
  const t = new TestUtils()
  await t.mount(() => <StationDirectory area={AREA} />, {})
  await waitFor(() => expect(document.querySelectorAll('[data-testid="station-row"]').length).toBeGreaterThan(0), { timeout: 3000 })
  const count = document.querySelectorAll('[data-testid="station-row"]').length
  const total = document.querySelector('[data-testid="directory-count"]')!.textContent
  document.body.innerHTML = ''
  return { count, total }
}

afterEach(() => {
  document.body.innerHTML = ''
})

describe('StationDirectory', () => {
  beforeEach(() => {
    useStationsStore.getState().reset()
    api.listStations.mockReset()
  })

  it('renders a bounded number of rows: the same for 100 and 4,000 stations', async () => {
    const small = await renderedRows(100)
    const big = await renderedRows(4000)
    expect(big.total).toContain('4,000')
    expect(small.count).toBeLessThanOrEqual(30)
    expect(big.count).toBe(small.count)
  })

  it('searches as you type (debounced) and keeps the typed text', async () => {
    api.listStations.mockResolvedValue({ ok: true, status: 200, data: { items: stations(3), total: 3, next: null } })
    const t = new TestUtils()
    await t.mount(() => <StationDirectory area={AREA} />, {})
    await waitFor(() => expect(api.listStations).toHaveBeenCalledTimes(1))
    const input = document.querySelector('[data-testid="station-search"] input, input[placeholder*="搜索"]') as HTMLInputElement | null
    const host = (input || document.querySelector('[data-testid="station-search"]')) as HTMLElement
    expect(host).toBeTruthy()
    t.act(() => {
      t.fireEvent.input(host, { target: { value: '鼓楼' }, detail: { value: '鼓楼' } } as any)
    })
    await waitFor(() => expect(api.listStations).toHaveBeenLastCalledWith(expect.objectContaining({ q: '鼓楼' })), { timeout: 2000 })
  })

  it('shows an empty state with a way out when nothing matches', async () => {
    api.listStations.mockResolvedValue({ ok: true, status: 200, data: { items: [], total: 0, next: null } })
    const t = new TestUtils()
    await t.mount(() => <StationDirectory area={AREA} />, {})
    await t.queries.waitForQuerySelector('[data-testid="empty-state"]')
    expect(document.body.textContent).toContain('没有找到符合条件的指导站')
    expect(document.body.textContent).toContain('清除筛选条件')
  })
})
