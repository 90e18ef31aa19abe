// The portfolio page over the real session store; only the network functions are replaced.
import Taro from '@tarojs/taro'
import TestUtils from '@tarojs/test-utils-react'
import { useSession } from '@/shared'
import { nutButton, preparePage, waitFor } from '../../../../test/setup/page'
import PortfolioPage from './index'

jest.mock('@/api', () => ({
  getPortfolio: jest.fn(),
  downloadCalendar: jest.fn(),
  setUnauthenticatedHandler: jest.fn(),
  logout: jest.fn(),
}))
const api = require('@/api') as Record<string, jest.Mock>
const text = () => document.body.textContent || ''

const PORTFOLIO = {
  orgId: 'OG000001',
  orgName: '福州闽江源食品有限公司',
  today: '2026-11-24',
  marks: [
    {
      id: 'TM1',
      regNo: '12345678',
      name: '闽江源',
      markType: 'ordinary',
      markTypeLabel: '普通商标',
      classes: [29, 30],
      registeredOn: '2017-04-03',
      validUntil: '2027-04-02',
      status: 'registered',
      statusLabel: '有效',
      lastUseOn: '2026-03-10',
      openAlerts: 2,
      timeline: [
        { step: 'registered', label: '核准注册', date: '2017-04-03', provisional: false, past: true },
        { step: 'renewal_opens', label: '可申请续展', date: '2026-04-03', provisional: false, past: true },
        { step: 'expires', label: '注册有效期届满', date: '2027-04-02', provisional: false, past: false },
        { step: 'grace_ends', label: '宽展期届满（未续展即注销）', date: '2027-10-04', provisional: true, past: false },
        { step: 'nonuse_exposed', label: '距最近使用满 3 年（撤三风险起）', date: '2029-03-11', provisional: false, past: false },
      ],
    },
  ],
}

beforeAll(() => {
  ;(global as any).IS_REACT_ACT_ENVIRONMENT = false
})
beforeEach(() => {
  useSession.setState({
    session: {
      token: 't',
      user: { id: 'U1', phone: '13800000001', name: '陈志远', role: 'enterprise', orgId: 'OG000001' },
      expiresAt: '2099-01-01T00:00:00Z',
    },
  })
})
afterEach(() => {
  document.body.innerHTML = ''
  for (const fn of Object.values(api)) fn.mockReset()
})

describe('portfolio page', () => {
  it('shows each mark’s timeline (暂定 marked, the next step highlighted) and links to its alerts', async () => {
    preparePage('/pkg-me/pages/portfolio/index')
    api.getPortfolio.mockResolvedValue({ ok: true, status: 200, data: PORTFOLIO })
    const nav = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({} as any)
    const t = new TestUtils()
    await t.mount(PortfolioPage, {})
    await waitFor(() => expect(text()).toContain('「闽江源」'))
    expect(api.getPortfolio).toHaveBeenCalledWith('OG000001')
    const steps = Array.from(document.querySelectorAll('.timeline__step'))
    expect(steps).toHaveLength(5)
    expect(steps[3].textContent).toContain('（暂定）')
    expect(steps[2].textContent).not.toContain('暂定')
    expect(steps[2].className).toContain('timeline__step--next')
    expect(steps[0].className).toContain('timeline__step--past')
    expect(text()).toContain('2 条待处理提醒')
    t.fireEvent.click(nutButton('查看该商标的提醒'))
    await waitFor(() => expect(nav).toHaveBeenCalledWith({ url: '/pkg-me/pages/alerts/index?trademarkId=TM1' }))
    nav.mockRestore()
  })

  it('exporting the calendar reports a refused download', async () => {
    preparePage('/pkg-me/pages/portfolio/index')
    api.getPortfolio.mockResolvedValue({ ok: true, status: 200, data: PORTFOLIO })
    api.downloadCalendar.mockResolvedValue({ ok: false, error: { status: 0, code: 'NETWORK', message: '日历导出失败，请稍后重试' } })
    const toast = jest.spyOn(Taro, 'showToast').mockResolvedValue({} as any)
    const t = new TestUtils()
    await t.mount(PortfolioPage, {})
    await waitFor(() => expect(nutButton('导出法定期限日历（.ics）')).toBeTruthy())
    t.fireEvent.click(nutButton('导出法定期限日历（.ics）'))
    await waitFor(() => expect(toast).toHaveBeenCalledWith({ title: '日历导出失败，请稍后重试', icon: 'none' }))
    expect(api.downloadCalendar).toHaveBeenCalledWith('OG000001')
    toast.mockRestore()
  })
})
