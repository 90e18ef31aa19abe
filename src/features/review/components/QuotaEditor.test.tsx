import TestUtils from '@tarojs/test-utils-react'
import type { ProgrammeYearView } from '@/api'
import { QuotaEditor } from './QuotaEditor'
import { typeInto as typeHost, waitFor } from '../../../../test/setup/page'

jest.mock('@/api', () => ({ putProgrammeQuotas: jest.fn() }))
const api = require('@/api') as Record<string, jest.Mock>

const record = {
  version: 1,
  at: '2026-01-01T01:00:00.000Z',
  by: 'seed',
  afterRecommendationsStarted: false,
  changes: ['采用附件4推荐名额（2023 年度）'],
}
const view: ProgrammeYearView = {
  year: 2026,
  timetable: {
    year: 2026,
    applicationOpensAt: '2026-01-01T09:00',
    applicationClosesAt: '2026-12-24T17:00',
    recommendationDeadline: '2027-01-13T17:00',
    noticeDays: 5,
    yearlyReportDeadline: '2027-03-31T17:00',
  },
  timetableHistory: [record],
  quotaBasis: 'annex4',
  quotaRows: [{ provinceCode: '350000', provinceName: '福建省', enterprise: 43, regional: 34, station: 39 }],
  quotaHistory: [record],
  recommendationsStarted: true,
  quotaWarnings: [],
}

beforeAll(() => {
  ;(global as any).IS_REACT_ACT_ENVIRONMENT = false
})
afterAll(() => {
  ;(global as any).IS_REACT_ACT_ENVIRONMENT = true
})
afterEach(() => {
  document.body.innerHTML = ''
  jest.clearAllMocks()
})

const input = (id: string) => document.querySelector(`[data-testid="${id}"]`) as HTMLElement
async function typeInto(t: TestUtils, id: string, value: string) {
  await t.act(() => typeHost(input(id), value))
}
const save = () => (document.querySelector('[data-testid="quota-save"]') as HTMLElement).click()

describe('QuotaEditor (national)', () => {
  it('refuses a bad limit and a missing reason on the field, without asking the server', async () => {
    const t = new TestUtils()
    await t.mount(() => <QuotaEditor view={view} provinceCode="350000" onSaved={() => {}} />, {})
    await waitFor(() => expect(input('quota-limit-enterprise')).toBeTruthy())
    await typeInto(t, 'quota-limit-enterprise', '4.5')
    await waitFor(() => expect(document.body.textContent).toContain('名额应为不小于 0 的整数'))
    save()
    await waitFor(() => expect(document.body.textContent).toContain('本年度已开始推荐，修改须填写原因'))
    expect(api.putProgrammeQuotas).not.toHaveBeenCalled()
  })

  it("sends only the changed tracks and puts the server's per-edit error back on the track's field", async () => {
    api.putProgrammeQuotas.mockResolvedValue({
      ok: false,
      error: {
        status: 400,
        code: 'VALIDATION',
        message: '提交的内容有误，请按提示修改',
        fieldErrors: { 'edits.0.limit': '福建省已推荐区域商标品牌 4 个，名额不能少于 4' },
      },
    })
    const t = new TestUtils()
    await t.mount(() => <QuotaEditor view={view} provinceCode="350000" onSaved={() => {}} />, {})
    await waitFor(() => expect(input('quota-limit-regional')).toBeTruthy())
    await typeInto(t, 'quota-limit-regional', '3')
    await typeInto(t, 'quota-reason', '核减')
    save()
    await waitFor(() => expect(api.putProgrammeQuotas).toHaveBeenCalledTimes(1))
    expect(api.putProgrammeQuotas).toHaveBeenCalledWith(2026, {
      edits: [{ provinceCode: '350000', track: 'regional', limit: 3 }],
      reason: '核减',
    })
    // each limit is a shared Field: named by its label, the error read with it (aria-describedby)
    const regionalField = input('quota-limit-regional').closest('.ui-field')!
    expect(document.getElementById(regionalField.getAttribute('aria-labelledby')!)?.textContent).toBe('区域商标品牌名额')
    await waitFor(() => expect(regionalField.className).toContain('ui-field--error'))
    expect(document.getElementById(regionalField.getAttribute('aria-describedby')!)?.textContent).toBe(
      '福建省已推荐区域商标品牌 4 个，名额不能少于 4',
    )
    expect(input('quota-limit-enterprise').closest('.ui-field')!.textContent).not.toContain('名额不能少于')
  })
})
