import TestUtils from '@tarojs/test-utils-react'
import type { Application, QuotaSummary, User } from '@/domain/contract'
import { ReviewDetailView } from './ReviewDetailView'
import { waitFor } from '../../../../test/setup/page'

jest.mock('@/api', () => ({
  recommendApplication: jest.fn(),
  returnApplication: jest.fn(),
  getReviewQuota: jest.fn(),
  startNationalReview: jest.fn(),
  publishApplication: jest.fn(),
  confirmApplication: jest.fn(),
  rejectApplication: jest.fn(),
}))
const api = require('@/api') as Record<string, jest.Mock>

const PROVINCE: User = { id: 'U000004', phone: '13800000004', name: '林建国', role: 'province', provinceCode: '350000' }

const app: Application = {
  id: 'AP000123',
  track: 'enterprise',
  year: 2026,
  orgId: 'OG000777',
  provinceCode: '350000',
  provinceName: '福建省',
  applicantName: '福州某某科技有限公司',
  brandName: '某某',
  status: 'submitted',
  form: { orgName: '福州某某科技有限公司', markName: '某某', ipStatus: 'none', field: 'manufacturing' },
  eligibility: {
    ok: true,
    checks: [
      { rule: 'enterprise_ip_status', ok: false, level: 'warn', message: '非国家知识产权示范/优势企业，计入本省推荐名额 30% 的比例上限' },
    ],
  },
  stationConfirmations: [],
  timeline: [
    { at: '2026-11-01T02:00:00Z', from: null, to: 'draft', actorRole: 'enterprise', actorName: '王五' },
    { at: '2026-11-02T02:00:00Z', from: 'draft', to: 'submitted', actorRole: 'enterprise', actorName: '王五' },
  ],
  submittedAt: '2026-11-02T02:00:00Z',
  createdAt: '2026-11-01T02:00:00Z',
  updatedAt: '2026-11-02T02:00:00Z',
  actions: ['return', 'recommend'],
}

const quota: QuotaSummary = {
  provinceCode: '350000',
  provinceName: '福建省',
  year: 2026,
  tableYear: 2023,
  tracks: [
    {
      track: 'enterprise',
      limit: 43,
      used: 11,
      remaining: 32,
      waiting: 5,
      ratio: {
        rule: 'enterprise_non_demo_max_30',
        label: '非示范优势企业占比',
        count: 3,
        total: 11,
        percent: 27.3,
        ok: true,
        note: '不超过 30%',
      },
    },
  ],
}

beforeAll(() => {
  ;(global as any).IS_REACT_ACT_ENVIRONMENT = false
})
afterAll(() => {
  ;(global as any).IS_REACT_ACT_ENVIRONMENT = true
})
afterEach(() => {
  document.body.innerHTML = ''
})

describe('ReviewDetailView (province)', () => {
  it('spells out the quota consequence and shows the server quota refusal when recommending', async () => {
    const REFUSAL = '非示范企业占比将超过 30%（推荐后 4/12，33.3%）'
    api.getReviewQuota.mockResolvedValue({ ok: true, status: 200, data: quota })
    api.recommendApplication.mockResolvedValue({ ok: false, error: { status: 409, code: 'QUOTA_EXCEEDED', message: REFUSAL } })
    const t = new TestUtils()
    await t.mount(() => <ReviewDetailView app={app} user={PROVINCE} />, {})
    const open = await waitFor(() => {
      const el = document.querySelector('[data-testid="action-recommend"]')
      expect(el).toBeTruthy()
      return el as HTMLElement
    })
    // both actions, one primary
    expect(document.querySelector('[data-testid="action-return"]')).toBeTruthy()
    await waitFor(() => expect(api.getReviewQuota).toHaveBeenCalled())
    await new Promise((r) => setTimeout(r, 50))
    t.act(() => t.fireEvent.click(open))
    const sheet = await waitFor(() => {
      const el = document.querySelector('[data-testid="action-sheet"]')
      expect(el).toBeTruthy()
      return el!
    })
    // the consequence, with the live quota and the 30 % ratio
    expect(sheet.textContent).toContain('已用 11/43')
    expect(sheet.textContent).toContain('30%')
    const confirm = document.querySelector('[data-testid="sheet-confirm"]') as HTMLElement
    t.act(() => t.fireEvent.click(confirm))
    await waitFor(() => expect(api.recommendApplication).toHaveBeenCalledWith('AP000123'))
    const refusal = await waitFor(() => {
      const el = document.querySelector('[data-testid="action-refusal"]')
      expect(el).toBeTruthy()
      return el!
    })
    expect(refusal.textContent).toContain(REFUSAL)
    // and on the page, next to the application
    expect(document.querySelector('[data-testid="quota-refusal"]')!.textContent).toContain(REFUSAL)
    // the status did not change
    expect(document.querySelector('[data-testid="status-hero"]')!.textContent).toContain('已申报')
  })
})
