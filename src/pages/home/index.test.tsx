// The real home page over the real session store; only the network functions are replaced.
import TestUtils from '@tarojs/test-utils-react'
import { useSession } from '@/shared'
import { toLocalDate } from '@/domain/time'
import { preparePage, waitFor } from '../../../test/setup/page'
import HomePage from './index'

jest.mock('@/api', () => ({
  getHome: jest.fn(),
  getCurrentCall: jest.fn(),
  logout: jest.fn(),
  setUnauthenticatedHandler: jest.fn(),
}))
const api = require('@/api') as Record<string, jest.Mock>

const text = () => document.body.textContent || ''
const signIn = (role: string, name: string) =>
  useSession.setState({
    session: { token: 't', user: { id: 'U1', phone: '13800000001', name, role: role as any }, expiresAt: '2099-01-01T00:00:00Z' },
  })

// the app counts days in Beijing time: a UTC date is one day short between 16:00 and 24:00 UTC
const in10Days = toLocalDate(new Date(Date.now() + 10 * 86400_000))

beforeAll(() => {
  ;(global as any).IS_REACT_ACT_ENVIRONMENT = false
})
beforeEach(() => {
  api.getCurrentCall.mockResolvedValue({
    ok: true,
    status: 200,
    data: { provinceCode: '350000', open: null, next: null, message: '本省（区、市）目前没有开放的申报批次，可以先填写并保存草稿。' },
  })
})

async function openHome() {
  preparePage('/pages/home/index')
  const t = new TestUtils()
  await t.mount(HomePage, {})
  return t
}
afterEach(() => {
  document.body.innerHTML = ''
  for (const fn of Object.values(api)) fn.mockReset()
})

describe('home page', () => {
  it('enterprise: alerts with days left, next consultation, application call to action, station', async () => {
    signIn('enterprise', '陈志远')
    api.getHome.mockResolvedValue({
      ok: true,
      status: 200,
      data: {
        role: 'enterprise',
        orgName: '福州闽江源食品有限公司',
        station: { id: 'ST1', name: '福州市鼓楼区商标品牌指导站', phone: '0591-87654321', address: '五四路158号' },
        pendingStation: null,
        nextBooking: {
          id: 'BK1',
          stationName: '福州市鼓楼区商标品牌指导站',
          startsAt: '2026-11-27T10:00',
          status: 'confirmed',
          topicLabel: '风险预警应对',
        },
        application: null,
        unreadAlerts: 1,
        alerts: [{ id: 'AL1', title: '近似商标「闽江圆」初步审定公告', deadline: in10Days, level: 'urgent' }],
      },
    })
    const call = {
      id: 'CL1',
      year: 2026,
      provinceCode: '350000',
      provinceName: '福建省',
      batch: 1,
      opensAt: '2026-01-01T09:00',
      closesAt: '2026-12-15T17:00',
    }
    api.getCurrentCall.mockResolvedValue({
      ok: true,
      status: 200,
      data: {
        provinceCode: '350000',
        next: null,
        message: '',
        open: {
          ...call,
          notice: '第 1 批申报通知',
          phase: 'open',
          phaseLabel: '申报中',
          label: '剩余 21 天',
          daysLeft: 21,
          extensions: [],
        },
      },
    })
    await openHome()
    await waitFor(() => expect(text()).toContain('您好，陈志远'))
    await waitFor(() =>
      expect(document.querySelector('[data-testid="home-call"]')?.textContent).toContain('福建省 2026 年度第 1 批申报进行中'),
    )
    expect(document.querySelector('[data-testid="home-call"]')!.textContent).toContain('截止 2026年12月15日 17:00（北京时间）')
    expect(document.querySelector('[data-testid="home-call"]')!.textContent).toContain('剩余 21 天')
    expect(text()).toContain('福州闽江源食品有限公司')
    expect(text()).toContain('剩余 10 天')
    expect(document.querySelector('[data-testid="home-alerts"] .ui-tag--danger')).toBeTruthy()
    expect(text()).toContain('2026-11-27 10:00 · 风险预警应对')
    expect(text()).toContain('已确认')
    expect(text()).toContain('开始申报')
    // the home shows its cards in batches, one frame apart: the station card is the last
    await waitFor(() => expect(document.querySelector('[data-testid="home-station"]')?.textContent).toContain('福州市鼓楼区商标品牌指导站'))
  })

  it('province reviewer: waiting count and quota use against limits', async () => {
    signIn('province', '林建国')
    api.getHome.mockResolvedValue({
      ok: true,
      status: 200,
      data: {
        role: 'province',
        scopeName: '福建省',
        year: 2026,
        waiting: 11,
        byTrack: {
          enterprise: { waiting: 6, used: 10, limit: 43 },
          regional: { waiting: 2, used: 4, limit: 34 },
          station: { waiting: 3, used: 3, limit: 39 },
        },
      },
    })
    await openHome()
    await waitFor(() => expect(text()).toContain('待审核申报'))
    const quota = document.querySelector('[data-testid="home-quota"]')!.textContent!
    expect(quota).toContain('已推荐 10 / 43')
    expect(quota).toContain('已推荐 4 / 34')
    expect(document.querySelector('[data-testid="home-review-waiting"]')!.textContent).toContain('11')
  })

  it('a failed load shows the server message with 重试, and retry shows the home', async () => {
    signIn('staff', '王晓明')
    api.getHome
      .mockResolvedValueOnce({ ok: false, error: { status: 0, code: 'NETWORK', message: '网络连接失败，请检查网络后重试' } })
      .mockResolvedValueOnce({
        ok: true,
        status: 200,
        data: {
          role: 'staff',
          stationId: 'ST1',
          stationName: '福州市鼓楼区商标品牌指导站',
          todayBookings: [],
          pendingBookings: 2,
          clientsServed: 15,
          pendingLinks: 1,
          clientsWithOpenAlerts: 3,
        },
      })
    const t = await openHome()
    await waitFor(() => expect(text()).toContain('网络连接失败，请检查网络后重试'))
    const retry = Array.from(document.querySelectorAll('.nut-button')).find((b) => b.textContent?.trim() === '重试') as HTMLElement
    t.fireEvent.click(retry)
    await waitFor(() => expect(text()).toContain('今天没有预约。'))
    expect(document.querySelector('[data-testid="home-staff-stats"]')!.textContent).toContain('待处理对接申请')
    expect(api.getHome).toHaveBeenCalledTimes(2)
  })
})
