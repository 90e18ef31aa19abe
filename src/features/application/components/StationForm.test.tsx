import Taro from '@tarojs/taro'
import TestUtils from '@tarojs/test-utils-react'
import { programmeYear } from '@/domain/application'
import { useSession } from '@/shared'
import { useApplicationStore, draftKey } from '../store'
import { ApplyFormView } from './ApplyFormView'
import { waitFor } from '../../../../test/setup/page'

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

const STAFF = { id: 'U000003', phone: '13800000003', name: '王晓明', role: 'staff' as const, stationId: 'ST000001' }
const YEAR = programmeYear(new Date())

beforeAll(() => {
  ;(global as any).IS_REACT_ACT_ENVIRONMENT = false
})
afterAll(() => {
  ;(global as any).IS_REACT_ACT_ENVIRONMENT = true
})
afterEach(() => {
  document.body.innerHTML = ''
})

describe('ApplyFormView (annex-3 station form)', () => {
  it('lists the served participants with their side of the two-sided confirmation', async () => {
    Taro.clearStorageSync()
    useSession.setState({ session: { token: 't', user: STAFF, expiresAt: '2099-01-01T00:00:00Z' } })
    const key = draftKey(STAFF.id, 'station', YEAR)
    useApplicationStore.setState({
      drafts: {
        [key]: {
          values: { stationName: '福州市鼓楼区商标品牌指导站', servedEnterpriseOrgIds: ['OG000001', 'OG000009'] },
          step: 3,
          idempotencyKey: 'sub-st-0001',
          changedAt: 1,
          syncedAt: 1,
        },
      },
      remembered: {},
      lastYear: {},
    })
    api.getMyApplications.mockResolvedValue({ ok: true, status: 200, data: [] })
    api.getHome.mockResolvedValue({
      ok: true,
      status: 200,
      data: { role: 'staff', stationId: 'ST000001', stationName: '福州市鼓楼区商标品牌指导站' },
    })
    api.getLinkCandidates.mockResolvedValue({
      ok: true,
      status: 200,
      data: [
        {
          id: 'OG000001',
          kind: 'enterprise',
          name: '福州闽江源食品有限公司',
          brandName: '闽江源',
          regionName: '福建省 福州市 鼓楼区',
          applicationId: 'AP1',
          applicationStatus: 'draft',
          namesMe: true,
          linked: true,
        },
        {
          id: 'OG000009',
          kind: 'enterprise',
          name: '福州某某茶业有限公司',
          regionName: '福建省 福州市 鼓楼区',
          namesMe: false,
          linked: true,
        },
        {
          id: 'OG000002',
          kind: 'association',
          name: '福州市脱胎漆器行业协会',
          regionName: '福建省 福州市 鼓楼区',
          namesMe: true,
          linked: true,
        },
      ],
    })
    const t = new TestUtils()
    await t.mount(() => <ApplyFormView />, {})
    const list = await waitFor(() => {
      const el = document.querySelector('[data-testid="orgs-enterprise"]')
      expect(el).toBeTruthy()
      return el!
    })
    expect(document.querySelector('[data-testid="step-indicator"]')!.textContent).toContain('对接服务对象')
    expect(list.textContent).toContain('福州闽江源食品有限公司')
    // picked and confirmed by the other side / picked but still waiting for it
    expect(list.textContent).toContain('已确认')
    expect(list.textContent).toContain('待确认')
    expect(list.textContent).toContain('对方尚未申报')
    // associations are listed in their own field
    await waitFor(() => expect(document.querySelector('[data-testid="orgs-association"]')!.textContent).toContain('福州市脱胎漆器行业协会'))
    // tapping an association names it in the draft
    const row = document.querySelector('[data-testid="orgs-association"] [role="checkbox"]') as HTMLElement
    t.act(() => t.fireEvent.click(row))
    await waitFor(() => expect(useApplicationStore.getState().drafts[key].values.servedRegionalOrgIds).toEqual(['OG000002']))
  })
})
