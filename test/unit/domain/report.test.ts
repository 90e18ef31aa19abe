import { enterpriseFormDef, regionalFormDef } from '../../../src/domain/forms'
import {
  APPLICATION_TO_REPORT,
  CHECKLISTS,
  DIMENSIONS,
  REPORT_FIELDS,
  availableReportActions,
  compareWithLastYear,
  fieldPath,
  newReportState,
  prefillFromApplication,
  reportField,
  reportFiguresSchema,
  transitionReport,
  unconfirmedJumps,
  validateReport,
  type ReportFigures,
  type ReportTrack,
} from '../../../src/domain/report'

/** a complete, consistent report: every number 10 except the totals the others are part of */
function fullReport(track: ReportTrack): ReportFigures {
  const totals: Record<string, number> = { totalRevenue: 1000, brandSales: 800, employees: 100, outputValue: 1000, userCount: 50 }
  const out: ReportFigures = {}
  for (const f of REPORT_FIELDS[track]) {
    const section = (out[f.dimension] ??= {})
    section[f.key] = f.kind === 'flag' ? true : f.kind === 'choice' ? Object.keys(f.options ?? {})[0] : (totals[f.key] ?? 10)
  }
  return out
}

const withValue = (r: ReportFigures, path: string, v: unknown): ReportFigures => {
  const [d, k] = path.split('.') as [keyof ReportFigures, string]
  return { ...r, [d]: { ...r[d], [k]: v } }
}

describe('report declarations (annexes 6 and 7)', () => {
  test.each(['enterprise', 'regional'] as const)('%s: every check-list point has at least one field, in its dimension', (track) => {
    for (const item of CHECKLISTS[track]) {
      const fields = REPORT_FIELDS[track].filter((f) => f.item === item.id)
      expect({ item: item.id, n: fields.length > 0 }).toEqual({ item: item.id, n: true })
      for (const f of fields) expect(f.dimension).toBe(item.dimension)
    }
  })

  test.each(['enterprise', 'regional'] as const)('%s: unique paths, Chinese label, hint and a known unit on every number', (track) => {
    const paths = REPORT_FIELDS[track].map(fieldPath)
    expect(new Set(paths).size).toBe(paths.length)
    for (const f of REPORT_FIELDS[track]) {
      expect(f.label).toMatch(/[\u4e00-\u9fa5]/)
      expect(f.hint.length).toBeGreaterThan(3)
      if (f.kind === 'number') expect(['万元', '元', '人', '件', '%', '个', '次', '家', '名']).toContain(f.unit)
    }
    expect(new Set(REPORT_FIELDS[track].map((f) => f.dimension))).toEqual(new Set(DIMENSIONS))
  })

  test('the enterprise report carries annex 1 figures with the same unit (revenue, R&D, marketing in 万元)', () => {
    const unit = (k: string) => REPORT_FIELDS.enterprise.find((f) => f.key === k)?.unit
    expect([unit('totalRevenue'), unit('rdInvestment'), unit('marketingSpending'), unit('enforcementSpending')]).toEqual([
      '万元',
      '万元',
      '万元',
      '万元',
    ])
    expect(REPORT_FIELDS.regional.find((f) => f.key === 'avgIncome')?.unit).toBe('元')
  })
})

describe('validateReport', () => {
  test.each(['enterprise', 'regional'] as const)('%s: a complete consistent report is valid for submission', (track) => {
    expect(validateReport(track, fullReport(track), 'submit')).toEqual({})
    expect(reportFiguresSchema(track, 'submit').safeParse(fullReport(track)).success).toBe(true)
  })

  test('drafts need nothing, submission names every missing required field', () => {
    expect(validateReport('enterprise', {}, 'draft')).toEqual({})
    const r = withValue(fullReport('enterprise'), 'economic.brandSales', undefined)
    expect(validateReport('enterprise', r, 'submit')).toEqual({ 'economic.brandSales': '请填写品牌商品销售收入' })
    expect(validateReport('enterprise', withValue(r, 'social.esgReport', null), 'submit')['social.esgReport']).toBe(
      '请选择是否发布社会责任（ESG）报告',
    )
    // optional fields (no third-party data) may stay empty on submission
    expect(validateReport('enterprise', withValue(fullReport('enterprise'), 'influence.marketShare', undefined), 'submit')).toEqual({})
  })

  test('non-negative, integer counts, plausible maximum, numbers only', () => {
    const base = fullReport('enterprise')
    expect(validateReport('enterprise', withValue(base, 'brand.rdInvestment', -1))).toEqual({
      'brand.rdInvestment': '品牌商品研发投入不能为负数',
    })
    expect(validateReport('enterprise', withValue(base, 'social.employees', 10.5))).toEqual({ 'social.employees': '从业人员数应为整数' })
    expect(validateReport('enterprise', withValue(base, 'economic.exportSales', '12'), 'draft')).toEqual({
      'economic.exportSales': '品牌商品出口额请输入数字',
    })
    expect(validateReport('enterprise', withValue(base, 'economic.licenceIncome', 200_000_000), 'draft')['economic.licenceIncome']).toBe(
      '商标许可收入不能超过 100,000,000万元，请核对单位',
    )
    expect(validateReport('enterprise', withValue(base, 'influence.onlineSalesShare', 101))).toEqual({
      'influence.onlineSalesShare': '线上销售占比不能超过 100%，请核对单位',
    })
    expect(validateReport('enterprise', withValue(base, 'influence.industryRank', 0))).toEqual({
      'influence.industryRank': '行业排名不能小于 1名',
    })
    expect(validateReport('enterprise', withValue(base, 'influence.ipStatus', 'gold'))).toEqual({
      'influence.ipStatus': '请选择有效的国家知识产权优势示范企业认定',
    })
  })

  test('a loss is a negative profit; income growth may be negative', () => {
    const r = withValue(withValue(fullReport('enterprise'), 'economic.brandProfit', -300), 'social.incomeGrowth', -5)
    expect(validateReport('enterprise', r)).toEqual({})
  })

  test('totals consistent: exports ≤ sales ≤ revenue, profit ≤ sales, new jobs ≤ jobs, SMEs ≤ members', () => {
    const e = fullReport('enterprise')
    expect(validateReport('enterprise', withValue(e, 'economic.exportSales', 801))).toEqual({
      'economic.exportSales': '出口额不能超过品牌商品销售收入',
    })
    expect(validateReport('enterprise', withValue(e, 'economic.brandSales', 1001))).toEqual({
      'economic.brandSales': '品牌商品销售收入不能超过主营业务收入',
    })
    expect(validateReport('enterprise', withValue(e, 'economic.brandProfit', 900))).toEqual({
      'economic.brandProfit': '利润总额不能超过品牌商品销售收入',
    })
    expect(validateReport('enterprise', withValue(e, 'social.newJobs', 101))).toEqual({
      'social.newJobs': '新增就业人数不能超过从业人员数',
    })
    const r = fullReport('regional')
    expect(validateReport('regional', withValue(r, 'social.smeCount', 51))).toEqual({
      'social.smeCount': '中小企业数量不能超过使用区域品牌的企业数量',
    })
    expect(validateReport('regional', withValue(r, 'economic.taxRevenue', 1001))).toEqual({
      'economic.taxRevenue': '税收不能超过区域品牌商品相关产值',
    })
    // equal is fine
    expect(validateReport('regional', withValue(r, 'social.smeCount', 50))).toEqual({})
  })

  test('the schema itself refuses an inconsistent report (server side), at the field path', () => {
    const res = reportFiguresSchema('regional').safeParse(withValue(fullReport('regional'), 'economic.exportValue', 5000))
    expect(res.success).toBe(false)
    expect(res.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['economic.exportValue', '出口额不能超过区域品牌商品相关产值'],
    ])
  })

  test('consistency errors are shown even while another field is wrong', () => {
    const r = withValue(withValue(fullReport('enterprise'), 'economic.exportSales', 900), 'social.employees', 'abc')
    expect(validateReport('enterprise', r)).toEqual({
      'economic.exportSales': '出口额不能超过品牌商品销售收入',
      'social.employees': '从业人员数请输入数字',
    })
  })

  test('a payload that is not an object, or a missing section on submission', () => {
    expect(validateReport('enterprise', 42)).toEqual({ _form: '请提交年度报送数据' })
    const { brand: _omit, ...rest } = fullReport('enterprise')
    expect(validateReport('enterprise', rest, 'submit')).toEqual({ brand: '请填写「品牌内涵」部分' })
    expect(validateReport('enterprise', rest, 'draft')).toEqual({})
  })
})

describe('compareWithLastYear', () => {
  const prev = fullReport('enterprise')
  test('a jump above 10× either way needs confirmation, exactly 10× does not', () => {
    const cur = withValue(
      withValue(withValue(prev, 'economic.totalRevenue', 12_000), 'brand.rdInvestment', 100),
      'social.charitySpending',
      0.5,
    )
    const flags = compareWithLastYear('enterprise', cur, prev)
    expect(flags.map((f) => [f.path, f.direction, f.needsConfirmation])).toEqual([
      ['economic.totalRevenue', 'up', true],
      ['social.charitySpending', 'down', true],
    ])
    expect(flags[0].message).toBe('主营业务收入为上年的 12 倍（上年 1000万元），请确认数据和单位无误')
    expect(flags[1].message).toBe('公益事业与社会责任支出仅为上年的 5%（上年 10万元），请确认数据和单位无误')
  })

  test('no ratio from zero, for losses, or without a previous report', () => {
    const p = withValue(withValue(prev, 'economic.licenceCount', 0), 'economic.brandProfit', -5)
    const cur = withValue(withValue(prev, 'economic.licenceCount', 30), 'economic.brandProfit', 500)
    expect(compareWithLastYear('enterprise', cur, p)).toEqual([])
    expect(compareWithLastYear('enterprise', cur, undefined)).toEqual([])
  })

  test('confirmed paths are no longer pending', () => {
    const flags = compareWithLastYear('regional', withValue(fullReport('regional'), 'economic.outputValue', 50_000), fullReport('regional'))
    expect(flags.map((f) => f.path)).toEqual(['economic.outputValue'])
    expect(unconfirmedJumps(flags, [])).toHaveLength(1)
    expect(unconfirmedJumps(flags, ['economic.outputValue'])).toEqual([])
  })
})

describe('report states', () => {
  const window = { deadline: '2026-03-31' }
  // 2026-03-31 23:59 Beijing = 15:59 UTC
  const lastMinute = new Date('2026-03-31T15:59:00Z')
  const after = new Date('2026-03-31T16:00:00Z')

  test('draft → submitted → revised → revised, counting revisions', () => {
    let s = newReportState()
    expect(availableReportActions(s, window, lastMinute)).toEqual(['save', 'submit'])
    const r1 = transitionReport(s, 'submit', window, new Date('2026-03-01T02:00:00Z'))
    expect(r1).toMatchObject({ ok: true, state: { status: 'submitted', revision: 0, submittedAt: '2026-03-01T02:00:00.000Z' } })
    s = (r1 as { state: typeof s }).state
    expect(availableReportActions(s, window, lastMinute)).toEqual(['revise'])
    const r2 = transitionReport(s, 'revise', window, lastMinute)
    const r3 = transitionReport((r2 as { state: typeof s }).state, 'revise', window, lastMinute)
    expect(r3).toMatchObject({ ok: true, state: { status: 'revised', revision: 2 } })
  })

  test('the deadline is a Beijing day, inclusive; afterwards nothing is possible', () => {
    const submitted = { status: 'submitted' as const, revision: 0 }
    expect(transitionReport(submitted, 'revise', window, lastMinute).ok).toBe(true)
    expect(transitionReport(submitted, 'revise', window, after)).toEqual({
      ok: false,
      error: '本年度报送已于 2026-03-31 截止，不能再修改后重新报送',
    })
    expect(availableReportActions(newReportState(), window, after)).toEqual([])
    expect(transitionReport(newReportState(), 'submit', {}, after).ok).toBe(true)
  })

  test('wrong order is refused with a reason', () => {
    expect(transitionReport(newReportState(), 'revise', window, lastMinute)).toEqual({ ok: false, error: '报告尚未报送，请先报送' })
    const submitted = { status: 'submitted' as const, revision: 0 }
    expect(transitionReport(submitted, 'submit', window, lastMinute)).toEqual({
      ok: false,
      error: '报告已报送；如需更改，请修改后重新报送',
    })
    expect(transitionReport(submitted, 'save', window, lastMinute)).toEqual({ ok: false, error: '报告已报送，不能再保存为草稿' })
  })
})

describe('prefill from the application form (annexes 1–2)', () => {
  const formFields = (track: 'enterprise' | 'regional') =>
    (track === 'enterprise' ? enterpriseFormDef(2025) : regionalFormDef(2025)).steps.flatMap((s) => s.fields)

  test.each(['enterprise', 'regional'] as const)('%s: every mapped form key exists, lands on a report field, same unit', (track) => {
    for (const [key, path] of Object.entries(APPLICATION_TO_REPORT[track])) {
      const f = formFields(track).find((x) => x.key === key)
      const r = reportField(track, path)
      expect({ key, form: !!f, report: !!r }).toEqual({ key, form: true, report: true })
      if (f?.unit) expect({ key, unit: r?.unit }).toEqual({ key, unit: f.unit })
    }
  })

  test('copies well-formed figures (typed numbers too), skips empty and malformed ones; the result validates as a draft', () => {
    const figures = prefillFromApplication('enterprise', {
      revenueY1: '12000',
      rdInvestment: 300,
      marketingInvestment: '',
      ipPatents: '40',
      ipStatus: 'advantage',
      charitySpending: Number.NaN,
    })
    expect(figures).toEqual({
      economic: { totalRevenue: 12000 },
      brand: { rdInvestment: 300, ipPatents: 40 },
      influence: { ipStatus: 'advantage' },
    })
    expect(validateReport('enterprise', figures, 'draft')).toEqual({})
    expect(prefillFromApplication('regional', { smeCount: 30, userCount: 80, patentCount: 5 })).toEqual({
      social: { smeCount: 30, userCount: 80 },
      brand: { ipPatents: 5 },
    })
  })
})
