import Taro from '@tarojs/taro'
import TestUtils from '@tarojs/test-utils-react'
import { programmeYear } from '@/domain/application'
import { useSession } from '@/shared'
import { useApplicationStore, draftKey } from '../store'
import { ApplyFormView } from './ApplyFormView'
import { typeInto, waitFor } from '../../../../test/setup/page'

jest.mock('@/api', () => ({
  getMyApplications: jest.fn(),
  getHome: jest.fn(),
  saveApplicationDraft: jest.fn(),
  submitApplication: jest.fn(),
  getLinkCandidates: jest.fn(),
  listStations: jest.fn(),
  getStation: jest.fn(),
}))
const api = require('@/api') as Record<string, jest.Mock>

const USER = { id: 'U000001', phone: '13800000001', name: '陈志远', role: 'enterprise' as const, orgId: 'OG000001' }
const YEAR = programmeYear(new Date())
const OFFLINE = { ok: false, error: { status: 0, code: 'NETWORK', message: '网络连接失败，请检查网络后重试' } }

const hostOf = (key: string) => document.querySelector(`[data-field="${key}"] taro-input-core`) as (Element & { value?: string }) | null

// async updates (server answers) are awaited by polling below, not wrapped in act()
beforeAll(() => {
  ;(global as any).IS_REACT_ACT_ENVIRONMENT = false
})
afterAll(() => {
  ;(global as any).IS_REACT_ACT_ENVIRONMENT = true
})

beforeEach(() => {
  jest.useRealTimers()
  Taro.clearStorageSync()
  useApplicationStore.setState({ drafts: {}, remembered: {}, lastYear: {}, saveState: 'idle' })
  useSession.setState({ session: { token: 't', user: USER, expiresAt: '2099-01-01T00:00:00Z' } })
  for (const fn of Object.values(api)) fn.mockReset()
  api.getHome.mockResolvedValue({
    ok: true,
    status: 200,
    data: {
      role: 'enterprise',
      orgName: '福州闽江源食品有限公司',
      station: null,
      nextBooking: null,
      application: null,
      unreadAlerts: 0,
      alerts: [],
    },
  })
  api.getLinkCandidates.mockResolvedValue({ ok: true, status: 200, data: [] })
  api.saveApplicationDraft.mockResolvedValue(OFFLINE)
})
afterEach(() => {
  document.body.innerHTML = ''
})

describe('ApplyFormView (annex-1 step form)', () => {
  it('shows a field error for a bad USCC as you type and keeps the value', async () => {
    api.getMyApplications.mockResolvedValue({ ok: true, status: 200, data: [] })
    const t = new TestUtils()
    await t.mount(() => <ApplyFormView />, {})
    await waitFor(() => expect(hostOf('uscc')).toBeTruthy())
    expect(document.querySelector('[data-testid="step-indicator"]')!.textContent).toContain('1/10')
    // prefilled from the org and the signed-in contact
    await waitFor(() => expect(hostOf('orgName')!.value).toBe('福州闽江源食品有限公司'))
    expect(hostOf('contactName')!.value).toBe('陈志远')

    t.act(() => typeInto(hostOf('uscc')!, '91350100m000100y44'))
    const error = await waitFor(() => {
      const el = document.querySelector('[data-field="uscc"] .ui-field-error')
      expect(el).toBeTruthy()
      return el!.textContent!
    })
    expect(error).toMatch(/校验位/)
    // the value stays as typed (upper-cased), on screen and in the local draft
    expect(hostOf('uscc')!.value).toBe('91350100M000100Y44')
    const key = draftKey(USER.id, 'enterprise', YEAR)
    expect(useApplicationStore.getState().drafts[key].values.uscc).toBe('91350100M000100Y44')
    expect(Taro.getStorageSync('qqbc.application.drafts')).toContain('91350100M000100Y44')

    // correcting it clears the message
    t.act(() => typeInto(hostOf('uscc')!, '91350100M000100Y43'))
    await waitFor(() => expect(document.querySelector('[data-field="uscc"] .ui-field-error')).toBeNull())
  })

  it('restores the draft (step and values) from local storage when the server cannot be reached', async () => {
    const key = draftKey(USER.id, 'enterprise', YEAR)
    Taro.setStorageSync(
      'qqbc.application.drafts',
      JSON.stringify({
        state: {
          drafts: {
            [key]: {
              values: { orgName: '福州闽江源食品有限公司', revenueY3: '12000', revenueY2: '13500.5' },
              step: 3,
              idempotencyKey: 'sub-test-0001',
              changedAt: 2000,
              syncedAt: 1000,
            },
          },
          remembered: {},
          lastYear: { [`${USER.id}:enterprise`]: YEAR },
        },
        version: 1,
      }),
    )
    await useApplicationStore.persist.rehydrate()
    api.getMyApplications.mockResolvedValue(OFFLINE)
    const t = new TestUtils()
    await t.mount(() => <ApplyFormView />, {})
    await waitFor(() => expect(document.querySelector('[data-testid="step-indicator"]')!.textContent).toContain('4/10'))
    expect(hostOf('revenueY3')!.value).toBe('12000')
    expect(hostOf('revenueY2')!.value).toBe('13500.5')
    // year labels follow the programme year
    expect(document.body.textContent).toContain(`${YEAR - 3} 年`)
    expect(document.querySelector('[data-testid="save-indicator"]')!.textContent).toBe('离线，已保存在本机')
    // the submission key survives with the draft
    expect(useApplicationStore.getState().drafts[key].idempotencyKey).toBe('sub-test-0001')
  })

  it('a double tap and a retry after a network failure submit once, with the key kept in the draft', async () => {
    const key = draftKey(USER.id, 'enterprise', YEAR)
    const values: Record<string, unknown> = {
      orgName: '福州闽江源食品有限公司',
      uscc: '91350100M000100Y43',
      contactName: '陈志远',
      contactPhone: '13800000001',
      markName: '闽江源',
      markRegNo: '12345678',
      markClasses: [29, 30],
      markIsMain: true,
      markMatchesBusiness: true,
      field: 'manufacturing',
      scale: 'medium',
      ipStatus: 'demonstration',
      srdiStatus: 'none',
      timeHonored: 'none',
      revenueY3: 12000,
      revenueY2: 13500,
      revenueY1: 15000,
      rdInvestment: 600,
      marketingInvestment: 800,
      enforcementInvestment: 120,
      ipDomesticMarks: 36,
      ipMadridMarks: 4,
      ipPatents: 52,
      ipCopyrights: 6,
      ipIcLayouts: 0,
      ipPlantVarieties: 0,
      charitySpending: 85,
      csrDescription: '发布 ESG 报告',
      honours: '无',
      brandValuation: '无',
      wellKnownMark: '无',
      badFaithRecord: '无',
      penaltyRecord: '无',
      strategy: '有品牌战略',
      overseas: '无',
      opinion: '同意申报',
      declaration: true,
    }
    const app = {
      id: 'AP000900',
      track: 'enterprise',
      year: YEAR,
      orgId: 'OG000001',
      provinceCode: '350000',
      provinceName: '福建省',
      applicantName: '福州闽江源食品有限公司',
      brandName: '闽江源',
      status: 'draft',
      form: values,
      eligibility: { ok: true, checks: [] },
      stationConfirmations: [],
      timeline: [],
      createdAt: '',
      updatedAt: '',
    }
    useApplicationStore.setState({
      drafts: {
        [key]: { values, step: 9, idempotencyKey: 'sub-keep-0001', applicationId: 'AP000900', status: 'draft', changedAt: 1, syncedAt: 1 },
      },
    })
    api.getMyApplications.mockResolvedValue({ ok: true, status: 200, data: [app] })
    api.saveApplicationDraft.mockResolvedValue({ ok: true, status: 200, data: { application: app, fieldErrors: {} } })
    let release: (v: unknown) => void = () => {}
    api.submitApplication.mockResolvedValueOnce(OFFLINE).mockImplementationOnce(() => new Promise((r) => (release = r)))
    const redirect = jest.spyOn(Taro, 'redirectTo').mockImplementation(() => Promise.resolve() as any)
    jest.spyOn(Taro, 'getCurrentPages').mockImplementation(() => [] as any)
    const t = new TestUtils()
    await t.mount(() => <ApplyFormView />, {})
    const button = await waitFor(() => {
      const el = document.querySelector('[data-testid="submit-application"]')
      expect(el).toBeTruthy()
      return el as HTMLElement
    })
    // first attempt: the network fails — the message says so, the key stays
    t.act(() => t.fireEvent.click(button))
    await waitFor(() => expect(document.body.textContent).toContain('网络不可用'))
    expect(api.submitApplication).toHaveBeenCalledTimes(1)
    expect(api.submitApplication.mock.calls[0]).toEqual(['AP000900', { idempotencyKey: 'sub-keep-0001' }])
    // retry with a double tap: one request, the same key
    const again = document.querySelector('[data-testid="submit-application"]') as HTMLElement
    t.act(() => {
      t.fireEvent.click(again)
      t.fireEvent.click(again)
    })
    await waitFor(() => expect(api.submitApplication).toHaveBeenCalledTimes(2))
    await new Promise((r) => setTimeout(r, 100))
    expect(api.submitApplication).toHaveBeenCalledTimes(2)
    expect(api.submitApplication.mock.calls[1]).toEqual(['AP000900', { idempotencyKey: 'sub-keep-0001' }])
    release({ ok: true, status: 200, data: { ...app, status: 'submitted' } })
    // after success the next submission (e.g. after a return) gets a fresh key
    await waitFor(() => expect(useApplicationStore.getState().drafts[key].status).toBe('submitted'))
    expect(useApplicationStore.getState().drafts[key].idempotencyKey).not.toBe('sub-keep-0001')
    // and the user lands on the status page
    await waitFor(() => expect(redirect).toHaveBeenCalledWith({ url: '/pkg-apply/pages/status/index?id=AP000900' }))
    jest.restoreAllMocks()
  }, 15_000) // takes ~5 s on a loaded 2-core machine (as it did before the hook was split), over jest's 5 s default
})
