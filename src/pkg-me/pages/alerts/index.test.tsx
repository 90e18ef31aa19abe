// The real alerts page over the real session store; only the network functions are replaced.
import Taro from '@tarojs/taro'
import TestUtils from '@tarojs/test-utils-react'
import { useSession } from '@/shared'
import { nutButton, preparePage, waitFor } from '../../../../test/setup/page'
import AlertsPage from './index'

jest.mock('@/api', () => ({
  listAlerts: jest.fn(),
  getAlert: jest.fn(),
  handleAlert: jest.fn(),
  adviseAlert: jest.fn(),
  getHome: jest.fn(),
  setUnauthenticatedHandler: jest.fn(),
  logout: jest.fn(),
}))
const api = require('@/api') as Record<string, jest.Mock>

const alert = (over: Record<string, unknown> = {}) => ({
  id: 'AL000001',
  orgId: 'OG1',
  orgName: '福州闽江源食品有限公司',
  kind: 'similar_published',
  kindLabel: '近似商标公告',
  title: '近似商标「闽江圆」初步审定公告（第30类）',
  detail: '公告日期 2026-09-03',
  advice: '可在异议期内向国家知识产权局提出异议。',
  trademark: { id: 'TM1', regNo: '12345678', name: '闽江源', classes: [29, 30] },
  deadline: '2026-12-04',
  daysLeft: 9,
  level: 'urgent',
  provisional: false,
  status: 'open',
  read: false,
  createdAt: '2026-09-05T00:00:00Z',
  ...over,
})
const page = (items: unknown[]) => ({ ok: true, status: 200, data: { items, total: items.length, next: null } })
const text = () => document.body.textContent || ''
const button = nutButton

beforeAll(() => {
  ;(global as any).IS_REACT_ACT_ENVIRONMENT = false
})
beforeEach(() => {
  useSession.setState({
    session: {
      token: 't',
      user: { id: 'U1', phone: '13800000001', name: '陈志远', role: 'enterprise', orgId: 'OG1' },
      expiresAt: '2099-01-01T00:00:00Z',
    },
  })
})
afterEach(() => {
  document.body.innerHTML = ''
  for (const fn of Object.values(api)) fn.mockReset()
})

describe('risk alerts page', () => {
  it('shows the deadline with days left in red, opens the advice and marks it read on the server', async () => {
    preparePage('/pkg-me/pages/alerts/index')
    api.listAlerts.mockResolvedValue(page([alert()]))
    api.getAlert.mockResolvedValue({ ok: true, status: 200, data: alert({ read: true }) })
    const t = new TestUtils()
    await t.mount(AlertsPage, {})
    await waitFor(() => expect(text()).toContain('近似商标「闽江圆」初步审定公告'))
    expect(document.querySelector('.ui-tag--danger')?.textContent).toBe('剩余 9 天')
    expect(text()).toContain('未读')
    expect(text()).not.toContain('可在异议期内')
    t.fireEvent.click(document.querySelector('.alert-row') as HTMLElement)
    await waitFor(() => expect(text()).toContain('建议：可在异议期内向国家知识产权局提出异议。'))
    expect(api.getAlert).toHaveBeenCalledWith('AL000001')
    expect(text()).not.toContain('未读')
  })

  it('a last day in a year the holiday calendar does not cover is marked 暂定, with its reason in the detail', async () => {
    preparePage('/pkg-me/pages/alerts/index')
    const reason = '2027 年法定节假日安排尚未发布，截止日按周末和法定节日推算（暂定），发布后将重新核算。'
    const provisional = alert({
      deadline: '2027-02-15',
      daysLeft: 83,
      level: 'info',
      provisional: true,
      provisionalReason: reason,
      basis: '商标法第三十三条',
    })
    api.listAlerts.mockResolvedValue(page([provisional, alert({ id: 'AL000002', title: '另一条提醒' })]))
    api.getAlert.mockResolvedValue({ ok: true, status: 200, data: { ...provisional, read: true } })
    const t = new TestUtils()
    await t.mount(AlertsPage, {})
    await waitFor(() => expect(text()).toContain('另一条提醒'))
    const rows = Array.from(document.querySelectorAll('.alert-row'))
    expect(rows[0].textContent).toContain('暂定')
    expect(rows[1].textContent).not.toContain('暂定')
    expect(text()).not.toContain(reason)
    t.fireEvent.click(rows[0] as HTMLElement)
    await waitFor(() => expect(text()).toContain(`暂定说明：${reason}`))
    expect(document.querySelector('[data-testid="alert-sheet"]')!.textContent).toContain('截止日期 2027-02-15（暂定）')
    expect(text()).toContain('法律依据：商标法第三十三条')
  })

  it('marking handled asks first, then reloads; the 已处理 tab asks the server for handled alerts', async () => {
    preparePage('/pkg-me/pages/alerts/index', { id: 'AL000001' })
    api.listAlerts.mockImplementation(async ({ status }: { status: string }) =>
      status === 'handled'
        ? page([alert({ status: 'handled', read: true, handledAt: '2026-11-24T03:00:00Z' })])
        : page([alert({ read: true })]),
    )
    api.getAlert.mockResolvedValue({ ok: true, status: 200, data: alert({ read: true }) })
    api.handleAlert.mockResolvedValue({ ok: true, status: 200, data: alert({ status: 'handled' }) })
    const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false } as any)
    const t = new TestUtils()
    await t.mount(AlertsPage, {})
    // opened from home with ?id=…: that alert is fetched and opens in the sheet
    await waitFor(() => expect(button('标记为已处理')).toBeTruthy())
    t.fireEvent.click(button('标记为已处理'))
    await waitFor(() => expect(api.handleAlert).toHaveBeenCalledWith('AL000001'))
    expect(modal).toHaveBeenCalled()
    await waitFor(() => expect(api.listAlerts).toHaveBeenCalledTimes(2))
    t.fireEvent.click(Array.from(document.querySelectorAll('.ui-choice__item')).find((e) => e.textContent === '已处理') as HTMLElement)
    await waitFor(() => expect(api.listAlerts).toHaveBeenLastCalledWith({ status: 'handled', limit: 50 }))
    await waitFor(() => expect(document.querySelector('.ui-tag--success')?.textContent).toBe('已处理'))
    modal.mockRestore()
  })

  it('filters by severity and kind ask the server; ?trademarkId= narrows to one mark and can be cleared', async () => {
    preparePage('/pkg-me/pages/alerts/index', { trademarkId: 'TM1' })
    api.listAlerts.mockResolvedValue(
      page([alert(), alert({ id: 'AL000002', kind: 'renewal_open', kindLabel: '可办理续展', level: 'info' })]),
    )
    const t = new TestUtils()
    await t.mount(AlertsPage, {})
    await waitFor(() => expect(api.listAlerts).toHaveBeenCalledWith({ status: 'open', trademarkId: 'TM1', limit: 50 }))
    await waitFor(() => expect(text()).toContain('仅看「闽江源」的提醒'))
    const seg = (label: string) =>
      Array.from(document.querySelectorAll('.ui-choice__item')).find((e) => e.textContent === label) as HTMLElement
    t.fireEvent.click(seg('紧急'))
    await waitFor(() => expect(api.listAlerts).toHaveBeenLastCalledWith({ status: 'open', level: 'urgent', trademarkId: 'TM1', limit: 50 }))
    await waitFor(() => expect(seg('可办理续展')).toBeTruthy())
    t.fireEvent.click(seg('可办理续展'))
    await waitFor(() =>
      expect(api.listAlerts).toHaveBeenLastCalledWith({
        status: 'open',
        level: 'urgent',
        kind: 'renewal_open',
        trademarkId: 'TM1',
        limit: 50,
      }),
    )
    t.fireEvent.click(Array.from(document.querySelectorAll('.alert-filters__clear'))[0] as HTMLElement)
    await waitFor(() =>
      expect(api.listAlerts).toHaveBeenLastCalledWith({ status: 'open', level: 'urgent', kind: 'renewal_open', limit: 50 }),
    )
  })

  it('“咨询我的指导站” opens the linked station’s booking flow with topic and description from the alert', async () => {
    preparePage('/pkg-me/pages/alerts/index', { id: 'AL000001' })
    api.listAlerts.mockResolvedValue(page([alert({ read: true })]))
    api.getAlert.mockResolvedValue({ ok: true, status: 200, data: alert({ read: true }) })
    api.getHome.mockResolvedValue({
      ok: true,
      status: 200,
      data: { role: 'enterprise', station: { id: 'ST000001', name: '鼓楼站', phone: '', address: '' } },
    })
    const nav = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({} as any)
    const t = new TestUtils()
    await t.mount(AlertsPage, {})
    await waitFor(() => expect(button('咨询我的指导站')).toBeTruthy())
    t.fireEvent.click(button('咨询我的指导站'))
    await waitFor(() => expect(nav).toHaveBeenCalled())
    const url = (nav.mock.calls[0][0] as { url: string }).url
    expect(url.startsWith('/pkg-station/pages/book/index?')).toBe(true)
    const q = new URLSearchParams(url.split('?')[1])
    expect(q.get('stationId')).toBe('ST000001')
    expect(q.get('topic')).toBe('risk')
    expect(q.get('description')).toContain('关于风险提醒：近似商标「闽江圆」初步审定公告（第30类）')
    expect(q.get('description')).toContain('截止日期：2026-12-04')
    nav.mockRestore()
  })

  it('station staff send an advisory note; the server’s field error shows under the box; the note then shows on the alert', async () => {
    useSession.setState({
      session: {
        token: 't',
        user: { id: 'U9', phone: '13800000009', name: '林站长', role: 'staff', stationId: 'ST1' },
        expiresAt: '2099-01-01T00:00:00Z',
      },
    })
    preparePage('/pkg-me/pages/alerts/index', { id: 'AL000001' })
    api.listAlerts.mockResolvedValue(page([alert({ read: true })]))
    api.getAlert.mockResolvedValue({ ok: true, status: 200, data: alert({ read: true }) })
    api.adviseAlert
      .mockResolvedValueOnce({
        ok: false,
        error: { status: 400, code: 'VALIDATION', message: '提交的内容有误', fieldErrors: { note: '请填写指导意见' } },
      })
      .mockResolvedValueOnce({
        ok: true,
        status: 200,
        data: alert({ read: true, advisory: { note: '建议尽快提出异议', stationName: '鼓楼站', at: '2026-11-24T03:00:00Z' } }),
      })
    const t = new TestUtils()
    await t.mount(AlertsPage, {})
    await waitFor(() => expect(button('发送指导意见')).toBeTruthy())
    expect(button('咨询我的指导站')).toBeFalsy()
    t.fireEvent.click(button('发送指导意见'))
    await waitFor(() => expect(text()).toContain('请填写指导意见'))
    const host = document.querySelector('.alert-card__note') as HTMLElement
    const area = (host.querySelector('textarea') || host) as HTMLElement
    t.act(() => {
      t.fireEvent.input(area, { target: { value: '建议尽快提出异议' }, detail: { value: '建议尽快提出异议' } } as any)
    })
    t.fireEvent.click(button('发送指导意见'))
    await waitFor(() => expect(api.adviseAlert).toHaveBeenCalledTimes(2))
    expect(api.adviseAlert).toHaveBeenLastCalledWith('AL000001', { note: '建议尽快提出异议' })
    await waitFor(() => expect(text()).toContain('鼓楼站的指导意见'))
    expect(text()).toContain('建议尽快提出异议')
    expect(text()).not.toContain('请填写指导意见')
  })
})
