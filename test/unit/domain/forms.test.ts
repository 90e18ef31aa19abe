import type { FormDef } from '../../../src/domain/contract'
import {
  allFields,
  enterpriseFormDef,
  formDef,
  formSchema,
  isFieldRequired,
  regionalFormDef,
  sanitizeForm,
  stationFormDef,
  validateApplicationForm,
} from '../../../src/domain/forms'
import { validateField } from '../../../src/domain/validate'

const keys = (def: FormDef) => allFields(def).map((f) => f.key)
const labels = (def: FormDef) =>
  allFields(def)
    .map((f) => `${f.group ?? ''}${f.label}`)
    .join('|')

const validEnterprise = {
  orgName: '福州闽江源食品有限公司',
  uscc: '91350100M000100Y43',
  contactName: '陈志远',
  contactPhone: '13800000001',
  markName: '闽江源',
  markRegNo: '12345678A',
  markClasses: [29, 30],
  markIsMain: true,
  markMatchesBusiness: true,
  field: 'manufacturing',
  scale: 'medium',
  ipStatus: 'none',
  srdiStatus: 'none',
  timeHonored: 'none',
  revenueY3: 1,
  revenueY2: 0,
  revenueY1: 100000000,
  rdInvestment: 0.5,
  marketingInvestment: 1,
  enforcementInvestment: 1,
  ipDomesticMarks: 1,
  ipMadridMarks: 0,
  ipPatents: 0,
  ipCopyrights: 0,
  ipIcLayouts: 0,
  ipPlantVarieties: 0,
  charitySpending: 0,
  csrDescription: '无',
  honours: '无',
  brandValuation: '无',
  wellKnownMark: '无',
  badFaithRecord: '无',
  penaltyRecord: '无',
  strategy: '有',
  overseas: '无',
  opinion: '同意',
  declaration: true,
}

describe('form definitions (annexes 1–3)', () => {
  test('annex 1: every field of the annex, grouped in steps', () => {
    const def = enterpriseFormDef(2023)
    expect(def.annex).toBe(1)
    expect(def.steps.length).toBeGreaterThanOrEqual(6)
    const text = labels(def)
    for (const l of [
      '企业名称',
      '统一社会信用代码',
      '联系人',
      '代表企业的主商标',
      '注册号',
      '商标品牌所属领域',
      '企业规模',
      '国家知识产权优势示范企业',
      '专精特新/单项冠军',
      '老字号',
      '主营业务收入金额',
      '研发的投入金额',
      '宣传营销投入金额',
      '维权方面的投入金额',
      '国内有效注册商标',
      '马德里商标国际注册',
      '专利',
      '著作权',
      '集成电路布图设计',
      '植物新品种',
      '公益事业、社会责任履行方面的支出总额',
      '社会责任的履行情况介绍',
      '获得省部级以上荣誉和主流媒体报道情况介绍',
      '品牌价值评价情况',
      '被认定为驰名商标情况',
      '商标恶意抢注、囤积、重大不良影响',
      '近三年因违法违规被行政处罚情况',
      '对接服务的商标品牌指导站',
      '企业商标品牌战略制定',
      '企业海外业务开展、商标海外布局情况',
      '申报主体意见',
    ]) {
      expect(text).toContain(l)
    }
    expect(new Set(keys(def)).size).toBe(keys(def).length)
  })

  test('annex 2 and 3: every field of the annex', () => {
    const reg = labels(regionalFormDef(2023))
    for (const l of [
      '商标权利人名称',
      '区域品牌名称',
      '商标类型',
      '地理标志',
      '区域品牌所属领域',
      '区域品牌所在地区名称（市、区、县）',
      '试点示范市、县、园区',
      '区域品牌覆盖的主要商品/服务',
      '使用区域品牌的企业数量',
      '其中中小企业数量',
      '区域品牌产值',
      '对当地 GDP 的贡献比重',
      '参与制定或采用的标准',
      '宣传投入金额',
      '相关就业人数',
      '就业人员年均收入',
      '年均收入增长率',
      '研发投入金额',
      '直接相关的专利数量',
      '环境保护方面的总投入金额',
      '地方政府为区域品牌产业的投入情况',
      '近三年因违法违规被行政处罚情况',
      '对接服务的商标品牌指导站',
      '商标使用管理规则',
      '区域商标品牌培育、建设和产业发展情况',
      '申报主体意见',
      '所在地县级以上人民政府或行业主管部门意见',
    ]) {
      expect(reg).toContain(l)
    }
    const st = labels(stationFormDef(2023))
    for (const l of [
      '指导站名称',
      '建设单位',
      '审批授牌单位',
      '地址',
      '联系人',
      '工作人员数量',
      '经费来源和保障情况',
      '主要服务地区和服务对象',
      '业务范围',
      '近三年服务市场主体数量',
      '对接服务参加行动的企业商标品牌',
      '对接服务参加行动的区域商标品牌',
      '指导服务工作方案',
      '申报主体意见',
    ]) {
      expect(st).toContain(l)
    }
  })

  test('year labels follow the programme year (2023 → 2020–2022; 2025 → 2022–2024)', () => {
    const e23 = enterpriseFormDef(2023)
    const rev = allFields(e23).filter((f) => f.key.startsWith('revenueY'))
    expect(rev.map((f) => f.label)).toEqual(['2020 年', '2021 年', '2022 年'])
    expect(allFields(e23).find((f) => f.key === 'rdInvestment')!.label).toMatch(/^2022 年/)
    const e25 = enterpriseFormDef(2025)
    expect(
      allFields(e25)
        .filter((f) => f.key.startsWith('revenueY'))
        .map((f) => f.label),
    ).toEqual(['2022 年', '2023 年', '2024 年'])
    expect(labels(e25)).not.toContain('2020')
    expect(
      allFields(stationFormDef(2025))
        .filter((f) => f.key.startsWith('servedY'))
        .map((f) => f.label),
    ).toEqual(['2022 年', '2023 年', '2024 年'])
    expect(allFields(regionalFormDef(2026)).find((f) => f.key === 'employees')!.label).toContain('截至 2025 年底')
  })

  test('numbers carry units; amounts in 万元, counts integer', () => {
    for (const track of ['enterprise', 'regional', 'station'] as const) {
      for (const f of allFields(formDef(track, 2026))) {
        if (f.type === 'amount' || f.type === 'integer' || f.type === 'percent') expect(f.unit).toBeTruthy()
      }
    }
    const e = allFields(enterpriseFormDef(2026))
    expect(e.find((f) => f.key === 'revenueY1')).toMatchObject({ type: 'amount', unit: '万元' })
    expect(e.find((f) => f.key === 'ipPatents')).toMatchObject({ type: 'integer', unit: '件' })
  })
})

describe('validation (same schema on both sides)', () => {
  test('a complete annex-1 form is valid; boundaries of amounts', () => {
    expect(validateApplicationForm('enterprise', 2026, validEnterprise)).toEqual({})
    const e = validateApplicationForm('enterprise', 2026, {
      ...validEnterprise,
      revenueY3: -0.01,
      revenueY2: 100000000.01,
      rdInvestment: '1.234',
      ipPatents: 2.5,
      ipMadridMarks: -1,
    })
    expect(e).toEqual({
      revenueY3: '不能为负数',
      revenueY2: '不能超过 100000000万元',
      rdInvestment: '最多保留 2 位小数',
      ipPatents: '请输入整数',
      ipMadridMarks: '不能为负数',
    })
  })

  test('USCC: check digit, enterprise prefixes 91/92/93, association 51', () => {
    const bad = validateApplicationForm('enterprise', 2026, { ...validEnterprise, uscc: '91350203M0001QAY9B' })
    expect(bad.uscc).toBe('校验位应为 9，请核对是否输错')
    expect(validateApplicationForm('enterprise', 2026, { ...validEnterprise, uscc: '914403001922038216' }).uscc).toBeUndefined()
    const schema = formSchema('regional', 2026, 'draft')
    expect(validateField(schema, 'uscc', '91350100M000100Y43')).toMatch(/51/)
  })

  test('trademark numbers and Nice classes', () => {
    const v = (patch: Record<string, unknown>) => validateApplicationForm('enterprise', 2026, { ...validEnterprise, ...patch })
    expect(v({ markRegNo: 'G1234567' })).toEqual({})
    expect(v({ markRegNo: 'G1234567H' })).toEqual({})
    expect(v({ markRegNo: '123456789' }).markRegNo).toBe('商标注册号最多 8 位数字')
    expect(v({ markRegNo: 'AB12' }).markRegNo).toMatch(/格式不正确/)
    expect(v({ markClasses: [0] }).markClasses).toMatch(/1–45/)
    expect(v({ markClasses: [45, 1] })).toEqual({})
    expect(v({ markClasses: [46] }).markClasses).toMatch(/1–45/)
    expect(v({ markClasses: [3, 3] }).markClasses).toBe('类别不能重复')
    expect(v({ markClasses: [] }).markClasses).toBe('请选择商标注册类别（尼斯分类）')
  })

  test('required fields per annex on submit, none while drafting', () => {
    const submit = validateApplicationForm('enterprise', 2026, {})
    expect(Object.keys(submit).sort()).toEqual(
      allFields(enterpriseFormDef(2026))
        .filter((f) => f.required)
        .map((f) => f.key)
        .sort(),
    )
    expect(submit.stationId).toBeUndefined() // optional
    expect(validateApplicationForm('enterprise', 2026, {}, 'draft')).toEqual({})
    expect(validateApplicationForm('enterprise', 2026, { contactPhone: '12345' }, 'draft')).toEqual({
      contactPhone: '请输入正确的 11 位手机号',
    })
    expect(validateApplicationForm('enterprise', 2026, { ...validEnterprise, declaration: false }).declaration).toBe('请勾选确认')
  })

  test('regional: ordinary-mark fields are required only for an ordinary mark', () => {
    const def = regionalFormDef(2026)
    const users = allFields(def).find((f) => f.key === 'otherLawfulUsers')!
    expect(isFieldRequired(users, { markType: 'collective' })).toBe(false)
    expect(isFieldRequired(users, { markType: 'ordinary' })).toBe(true)
    const e = validateApplicationForm('regional', 2026, { markType: 'ordinary', countyApproval: true })
    expect(e.otherLawfulUsers).toBeDefined()
    expect(e.approvalAuthority).toBeDefined()
    const c = validateApplicationForm('regional', 2026, { markType: 'collective', otherLawfulUsers: -3 })
    expect(c.otherLawfulUsers).toBeUndefined() // hidden → not validated
    expect(validateApplicationForm('regional', 2026, { incomeGrowth: -5.5, gdpShare: 101 }, 'draft')).toEqual({ gdpShare: '不能超过 100%' })
  })

  test('station: counts are integers, served lists are id arrays', () => {
    expect(validateApplicationForm('station', 2026, { staffCount: 3.5, servedEnterpriseOrgIds: ['OG1', 'OG1'] }, 'draft')).toEqual({
      staffCount: '请输入整数',
      servedEnterpriseOrgIds: '不能重复选择',
    })
    expect(validateApplicationForm('station', 2026, { servedEnterpriseOrgIds: ['OG1'], servedRegionalOrgIds: ['OG1'] }, 'draft')).toEqual({
      servedRegionalOrgIds: '同一主体不能同时列为企业和区域品牌',
    })
  })

  test('sanitize: known keys only, numeric strings → numbers, USCC upper-cased, null clears', () => {
    const def = enterpriseFormDef(2026)
    expect(
      sanitizeForm(def, {
        revenueY1: ' 12.5 ',
        uscc: '91350100m000100y43',
        hack: 1,
        overseas: null,
        markClasses: ['29', 30],
        ipPatents: 'abc',
      }),
    ).toEqual({
      revenueY1: 12.5,
      uscc: '91350100M000100Y43',
      overseas: null,
      markClasses: [29, 30],
      ipPatents: 'abc',
    })
  })
})

describe('regional form: the holder USCC against the brand region', () => {
  const uscc = (type: string, area: string) => {
    const { usccCheckChar } = require('../../../src/domain/ids') as typeof import('../../../src/domain/ids')
    const first = `${type}${area}MA2Y0K7Q1`
    return first + usccCheckChar(first)
  }
  it('a co-operative (93) or rural collective (N1) holder is accepted; another province is refused', () => {
    const schema = formSchema('regional', 2026, 'draft')
    expect(validateField(schema, 'uscc', uscc('93', '350100'), { regionCode: '350122' })).toBeNull()
    expect(validateField(schema, 'uscc', uscc('N1', '350100'), { regionCode: '350122' })).toBeNull()
    expect(validateField(schema, 'uscc', uscc('51', '330100'), { regionCode: '350122' })).toMatch(/不一致/)
    // the server knows the organisation's province even before a region is picked
    expect(validateApplicationForm('regional', 2026, { uscc: uscc('51', '330100') }, 'draft', { provinceCode: '350000' }).uscc).toMatch(
      /不一致/,
    )
  })
})
