// The yearly report form over the real draft store: as-you-type field errors from the shared schema,
// every keystroke kept in the persisted store, and a >10× jump asked for confirmation before submitting
// (the confirmed path goes to the server with the figures). Only the network function is replaced.
import Taro from '@tarojs/taro'
import TestUtils from '@tarojs/test-utils-react'
import type { ReportView } from '@/api'
import { nutButton, preparePage, typeInto, waitFor } from '../../../../test/setup/page'
import { REPORT_FIELDS, type ReportFigures } from '@/domain/report'
import { ReportFormView } from './ReportFormView'
import { reportDraftKey, useReportStore } from '../store'
import { toInput } from '../figures'

jest.mock('@/api', () => ({ saveMyReport: jest.fn(), setUnauthenticatedHandler: jest.fn() }))
const api = require('@/api') as Record<string, jest.Mock>

/** A complete regional report: every item filled, totals consistent (output ≥ exports, members ≥ SMEs). */
function fullRegional(): ReportFigures {
  const out: ReportFigures = {}
  for (const f of REPORT_FIELDS.regional)
    (out[f.dimension] ??= {})[f.key] = f.kind === 'flag' ? false : f.kind === 'choice' ? Object.keys(f.options!)[0] : 10
  Object.assign(out.economic!, { outputValue: 1000, exportValue: 100, profit: 100, taxRevenue: 50 })
  Object.assign(out.social!, { userCount: 100, smeCount: 50, newUsers: 5 })
  return out
}
const VIEW: ReportView = {
  orgId: 'OG000002',
  orgName: '福州茉莉花茶产业协会',
  provinceCode: '350000',
  year: 2026,
  track: 'regional',
  status: null,
  statusLabel: '未开始',
  revision: 0,
  figures: {},
  confirmedJumps: [],
  deadline: '2027-03-31T17:00',
  open: true,
  actions: ['save', 'submit'],
  previous: { year: 2025, figures: fullRegional() as ReportView['figures'] },
  jumps: [],
}
const host = (path: string) => document.querySelector(`[data-field="${path}"] taro-input-core`) as Element
const text = () => document.body.textContent || ''

beforeAll(() => {
  ;(global as any).IS_REACT_ACT_ENVIRONMENT = false
})
afterEach(() => {
  document.body.innerHTML = ''
  useReportStore.setState({ drafts: {} })
  jest.restoreAllMocks()
  api.saveMyReport.mockReset()
})

describe('ReportFormView', () => {
  it('shows the consistency error as the user types and keeps every keystroke in the draft store', async () => {
    preparePage('/pkg-apply/pages/report/index')
    const t = new TestUtils()
    await t.mount(() => <ReportFormView report={VIEW} userId="U2" onSaved={() => undefined} />, {})
    await waitFor(() => expect(host('economic.outputValue')).toBeTruthy())
    typeInto(host('economic.outputValue'), '1000')
    typeInto(host('economic.exportValue'), '1200')
    await waitFor(() => expect(text()).toContain('出口额不能超过区域品牌商品相关产值'))
    expect(useReportStore.getState().drafts[reportDraftKey('U2', 2026)].values).toMatchObject({
      'economic.outputValue': '1000',
      'economic.exportValue': '1200',
    })
    typeInto(host('economic.exportValue'), '-5')
    await waitFor(() => expect(text()).toContain('区域品牌商品出口额不能为负数'))
    expect(text()).not.toContain('出口额不能超过区域品牌商品相关产值')
  })

  it('asks to confirm a >10× jump, then submits the figures with the confirmed path', async () => {
    preparePage('/pkg-apply/pages/report/index')
    const figures = fullRegional()
    const lastRd = 10
    figures.brand!.rdInvestment = lastRd * 25
    useReportStore.getState().reset(reportDraftKey('U2', 2026), toInput('regional', figures))
    useReportStore.setState((s) => ({
      drafts: { ...s.drafts, [reportDraftKey('U2', 2026)]: { ...s.drafts[reportDraftKey('U2', 2026)], changedAt: 1 } },
    }))
    const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false } as any)
    jest.spyOn(Taro, 'showToast').mockResolvedValue({} as any)
    api.saveMyReport.mockResolvedValue({ ok: true, status: 200, data: { ...VIEW, status: 'submitted', updatedAt: 'x' } })
    const onSaved = jest.fn()
    const t = new TestUtils()
    await t.mount(() => <ReportFormView report={VIEW} userId="U2" onSaved={onSaved} />, {})
    await waitFor(() => expect(nutButton('报送')).toBeTruthy())
    t.fireEvent.click(nutButton('报送'))
    await waitFor(() => expect(onSaved).toHaveBeenCalled())
    expect(modal.mock.calls[0][0]).toMatchObject({ title: '以下数据与上年相差 10 倍以上', confirmText: '确认无误' })
    expect(String(modal.mock.calls[0][0]?.content)).toContain('区域品牌研发投入为上年的')
    const [year, body] = api.saveMyReport.mock.calls[0]
    expect(year).toBe(2026)
    expect(body).toMatchObject({ action: 'submit', confirmedJumps: ['brand.rdInvestment'] })
    expect(body.figures.brand.rdInvestment).toBe(lastRd * 25)
  })

  it('a new report with no last year starts from the application figures, says so, and never overwrites what was typed', async () => {
    preparePage('/pkg-apply/pages/report/index')
    const key = reportDraftKey('U3', 2026)
    const view: ReportView = {
      ...VIEW,
      previous: null,
      fromApplication: {
        applicationId: 'AP000162',
        year: 2026,
        figures: { economic: { outputValue: 52000 }, social: { userCount: 80, smeCount: 30 } } as ReportView['figures'],
      },
    }
    // typed on this phone before the report was opened online: the member count stays as typed
    useReportStore.getState().setValue(key, 'social.userCount', '95')
    const t = new TestUtils()
    await t.mount(() => <ReportFormView report={view} userId="U3" onSaved={() => undefined} />, {})
    await waitFor(() => expect(document.querySelector('[data-testid="report-prefilled"]')).toBeTruthy())
    expect(text()).toContain('已根据申报材料预填，请核对')
    expect(text()).toContain('2 项，来自 2026 年度申报')
    const d = useReportStore.getState().drafts[key]
    expect(d.values).toMatchObject({ 'economic.outputValue': '52000', 'social.userCount': '95', 'social.smeCount': '30' })
    expect((host('economic.outputValue') as any).value).toBe('52000')
    expect(document.querySelector('[data-field="economic.outputValue"] .rf-field__from')?.textContent).toBe('申报材料')

    // the user clears a prefilled figure: opening the form again does not put it back
    typeInto(host('economic.outputValue'), '')
    await waitFor(() => expect(useReportStore.getState().drafts[key].values['economic.outputValue']).toBeUndefined())
    document.body.innerHTML = ''
    const t2 = new TestUtils()
    await t2.mount(() => <ReportFormView report={view} userId="U3" onSaved={() => undefined} />, {})
    await waitFor(() => expect(host('economic.outputValue')).toBeTruthy())
    expect(useReportStore.getState().drafts[key].values['economic.outputValue']).toBeUndefined()
    expect(document.querySelector('[data-field="economic.outputValue"] .rf-field__from')).toBeNull()
  })

  it('no prefill when last year’s report is there to copy', async () => {
    preparePage('/pkg-apply/pages/report/index')
    const view: ReportView = {
      ...VIEW,
      fromApplication: { applicationId: 'AP1', year: 2026, figures: { economic: { outputValue: 1 } } as ReportView['figures'] },
    }
    const t = new TestUtils()
    await t.mount(() => <ReportFormView report={view} userId="U4" onSaved={() => undefined} />, {})
    await waitFor(() => expect(nutButton('按 2025 年度数据填入')).toBeTruthy())
    expect(document.querySelector('[data-testid="report-prefilled"]')).toBeNull()
    expect(useReportStore.getState().drafts[reportDraftKey('U4', 2026)].values).toEqual({})
  })
})
