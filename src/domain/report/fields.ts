// The yearly brand report (年度报送): one per participant and year, every point of the check-list as a field.
// Enterprise reports follow annex 6, regional-brand reports annex 7; figures that the application forms
// (annexes 1–2) already ask for keep the same meaning and unit (revenue in 万元, average income in 元 …),
// so a report can be prefilled from the application.
// A report's figures are grouped by dimension: { economic: {...}, social: {...}, brand: {...}, influence: {...} };
// a field's path is "<dimension>.<key>" (e.g. "economic.exportSales") — the key of its validation error.
// the zod-free label module: charts read these declarations without pulling the schema library
import { IP_ENTERPRISE_STATUS_LABELS, SRDI_STATUS_LABELS } from '../contract/labels'
import type { Dimension, ReportTrack } from './checklist'

export type ReportUnit = '万元' | '元' | '人' | '件' | '%' | '个' | '次' | '家' | '名'

export interface ReportFieldDef {
  key: string
  dimension: Dimension
  /** check-list point this field documents (E1…E19 / R1…R20) */
  item: string
  label: string
  /** one line: what counts */
  hint: string
  kind: 'number' | 'flag' | 'choice'
  /** choice fields: value → label */
  options?: Readonly<Record<string, string>>
  unit?: ReportUnit
  /** inclusive bounds (number fields) */
  min?: number
  max?: number
  integer?: boolean
  /** required on submission (drafts require nothing) */
  required: boolean
}

export type ReportValue = number | boolean | string | undefined
export type ReportSection = Record<string, ReportValue>
export type ReportFigures = Partial<Record<Dimension, ReportSection>>

/** 1 万亿元 in 万元: above this an amount is almost certainly typed in 元 instead of 万元 */
export const AMOUNT_MAX = 100_000_000
/** 1,000 万人 / 件 / 次 */
export const COUNT_MAX = 10_000_000

type Opts = Partial<Omit<ReportFieldDef, 'key' | 'dimension' | 'item' | 'label' | 'hint' | 'kind'>>
type Maker = (key: string, item: string, label: string, hint: string, opts?: Opts) => ReportFieldDef

const makers = (dimension: Dimension) => {
  const def =
    (kind: ReportFieldDef['kind'], base: Opts): Maker =>
    (key, item, label, hint, opts = {}) => ({
      key,
      dimension,
      item,
      label,
      hint,
      kind,
      required: true,
      ...base,
      ...opts,
    })
  return {
    amount: def('number', { unit: '万元', min: 0, max: AMOUNT_MAX }),
    count: (unit: ReportUnit) => def('number', { unit, min: 0, max: COUNT_MAX, integer: true }),
    percent: def('number', { unit: '%', min: 0, max: 100 }),
    flag: def('flag', {}),
    choice: (options: Readonly<Record<string, string>>) => def('choice', { options }),
  }
}

// ── enterprise (annex 6) ───────────────────────────────────────────────────────────────────────────────────
const ee = makers('economic')
const es = makers('social')
const eb = makers('brand')
const ei = makers('influence')

/** shared economic items of annex 6/7 point 2: licensing, pledge financing, equity contribution */
const financingFields = (m: ReturnType<typeof makers>, item: string): ReportFieldDef[] => [
  m.count('件')('licenceCount', item, '商标许可合同数', '当年生效的商标许可合同（含已备案的普通、排他、独占许可）'),
  m.amount('licenceIncome', item, '商标许可收入', '当年收取的商标许可使用费'),
  m.count('次')('pledgeCount', item, '商标质押融资次数', '当年办理商标专用权质押登记并获得融资的笔数'),
  m.amount('pledgeAmount', item, '商标质押融资金额', '当年以商标专用权质押获得的融资总额'),
  m.amount('equityAmount', item, '商标作价入股金额', '当年以商标专用权作价出资、入股的评估作价总额'),
]

const ipFields = (m: ReturnType<typeof makers>, item: string): ReportFieldDef[] => [
  m.count('件')('ipDomesticMarks', item, '国内有效注册商标', '截至年底本主体名下有效的国内注册商标'),
  m.count('件')('ipMadridMarks', item, '马德里商标国际注册', '截至年底有效的马德里国际注册'),
  m.count('件')('ipPatents', item, '专利', '截至年底有效的发明、实用新型、外观设计专利合计'),
  m.count('件')('ipInventionPatents', item, '其中发明专利', '有效发明专利，计入上一项'),
  m.count('件')('ipCopyrights', item, '著作权', '登记的作品及软件著作权'),
  m.count('件')('ipIcLayouts', item, '集成电路布图设计', '登记的集成电路布图设计专有权'),
  m.count('件')('ipPlantVarieties', item, '植物新品种', '授权的植物新品种权'),
]

/** influence items shared by both annexes (points 11–14 / 13–16) */
const reachFields = (m: ReturnType<typeof makers>, [reach, overseas, consumer, marketing]: string[]): ReportFieldDef[] => [
  m.count('个')('salesProvinces', reach, '销售覆盖省份数', '品牌商品有稳定销售的省级行政区数量（含港澳台）', { max: 34 }),
  m.percent('onlineSalesShare', reach, '线上销售占比', '线上渠道销售收入占品牌商品销售收入的比例'),
  m.percent('marketShare', reach, '国内市场占有率', '行业协会或第三方机构公布的国内市场份额；无数据可不填', { required: false }),
  m.count('名')('industryRank', reach, '行业排名', '行业协会或权威榜单中的名次（第 1 名填 1）；无排名可不填', {
    min: 1,
    required: false,
  }),
  m.count('个')('overseasCountries', overseas, '商标海外布局国家/地区数', '已获得注册或在马德里指定的国家和地区数量', { max: 250 }),
  m.percent('globalMarketShare', overseas, '全球市场占比', '第三方机构公布的全球市场份额；无数据可不填', { required: false }),
  m.count('次')('intlExhibitions', overseas, '参加国际展会次数', '当年以本品牌参展的国际性展会（含境内举办的国际展会）'),
  m.count('人')('followers', consumer, '品牌关注人数', '官方账号、会员等关注品牌的人数合计；无数据可不填', { required: false }),
  m.percent('consumerSatisfaction', consumer, '消费者满意度', '第三方调查或平台评价的满意度（好评率）；无数据可不填', {
    required: false,
  }),
  m.percent('repeatPurchaseRate', consumer, '复购率（忠诚度）', '当年重复购买的客户占比；无数据可不填', { required: false }),
  m.amount('marketingSpending', marketing, '宣传营销投入', '广告宣传、承办论坛、品牌活动等投入（与申报表口径一致）'),
]

const recognitionFields = (m: ReturnType<typeof makers>, [media, valuation, wellKnown, opinion]: string[]): ReportFieldDef[] => [
  m.count('次')('mediaReports', media, '主流媒体宣传报道次数', '中央、省级主流媒体及其网站对本品牌的正面报道'),
  m.count('个')('honoursCount', media, '省部级以上荣誉奖项', '当年获得的省部级及以上荣誉、奖项'),
  m.flag('brandValuationListed', valuation, '是否被知名品牌评估机构公布品牌价值', '国内外知名品牌评估机构公开发布的榜单或评价'),
  m.amount('brandValue', valuation, '公布的品牌价值', '最近一次公布的品牌价值；未被评价可不填', { required: false }),
  m.flag('wellKnownMark', wellKnown, '是否有商标被认定为驰名商标', '经国家知识产权局或人民法院认定的驰名商标'),
  m.count('次')('negativeEvents', opinion, '负面舆情事件数', '当年发生的经核实的负面舆情事件（如实填报，系统另有监测数据）'),
]

export const ENTERPRISE_REPORT_FIELDS: readonly ReportFieldDef[] = [
  ee.amount('totalRevenue', 'E1', '主营业务收入', '当年主营业务收入（与申报表口径一致）'),
  ee.amount('brandSales', 'E1', '品牌商品销售收入', '使用本商标品牌的商品和服务的销售收入，不超过主营业务收入'),
  ee.amount('brandProfit', 'E1', '品牌商品利润总额', '品牌商品的利润总额；亏损填负数', { min: -AMOUNT_MAX }),
  ee.amount('exportSales', 'E1', '品牌商品出口额', '品牌商品的出口销售额，计入品牌商品销售收入'),
  ee.amount('importValue', 'E1', '品牌相关进口额', '为品牌商品进口的原料、设备等金额；无则填 0'),
  ...financingFields(ee, 'E2'),
  es.count('人')('employees', 'E3', '从业人员数', '年末在岗职工人数'),
  es.count('人')('newJobs', 'E3', '当年新增就业人数', '当年新招用并在年末仍在岗的人数，不超过从业人员数'),
  es.amount('avgIncome', 'E3', '从业人员年均收入', '年末在岗职工的年平均工资', { unit: '元', max: 10_000_000 }),
  es.percent('incomeGrowth', 'E3', '从业人员年均收入增长率', '相比上一年度；下降填负数', { min: -100, max: 1000 }),
  es.amount('charitySpending', 'E4', '公益事业与社会责任支出', '社会关爱、公益环保捐赠等支出总额'),
  es.amount('envInvestment', 'E4', '环境保护投入', '节能减排、污染治理、绿色生产等投入'),
  es.flag('esgReport', 'E4', '是否发布社会责任（ESG）报告', '当年公开发布的社会责任报告或 ESG 报告'),
  eb.flag('hasBrandStrategy', 'E5', '是否编制商标品牌及知识产权战略规划', '经决策机构审议通过的书面规划'),
  eb.flag('hasIpDepartment', 'E5', '是否设立知识产权（商标品牌）管理机构', '有专门部门或明确的归口管理部门与决策机制'),
  eb.count('人')('ipStaff', 'E5', '知识产权专职人员', '年末从事知识产权管理的专职人员'),
  eb.count('次')('ipTrainingSessions', 'E5', '知识产权人才培训次数', '当年组织或参加的知识产权专题培训'),
  eb.flag('hasRiskControl', 'E6', '是否建立知识产权风险防控与纠纷应对制度', '书面制度，含监测、预警、应对流程'),
  eb.count('件')('disputesHandled', 'E6', '当年处理商标纠纷/维权案件数', '异议、无效、诉讼、行政投诉等'),
  eb.amount('enforcementSpending', 'E6', '商标品牌维权投入', '当年在商标品牌维权方面的投入（与申报表口径一致）'),
  eb.amount('rdInvestment', 'E7', '品牌商品研发投入', '针对品牌商品（服务）的研发投入'),
  eb.count('个')('standardsLed', 'E7', '主导或参与制定的标准数', '国际、国家、行业、团体标准（已发布）'),
  eb.count('个')('standardsAdopted', 'E7', '采用的先进标准数', '采用的国际标准或国外先进标准'),
  ...ipFields(eb, 'E8'),
  eb.count('个')('patentIntensiveProducts', 'E9', '专利密集型产品备案数', '在国家专利密集型产品备案认定平台备案的产品'),
  eb.count('次')('stationServices', 'E10', '接受指导站服务次数', '对接指导站提供的咨询、走访等服务（以服务记录为准）'),
  ...reachFields(ei, ['E11', 'E12', 'E13', 'E14']),
  ei.choice(IP_ENTERPRISE_STATUS_LABELS)('ipStatus', 'E15', '国家知识产权优势示范企业认定', '截至年底的认定情况（与申报表口径一致）'),
  ei.choice(SRDI_STATUS_LABELS)('srdiStatus', 'E15', '专精特新/单项冠军认定', '截至年底的最高一级认定'),
  ...recognitionFields(ei, ['E16', 'E17', 'E18', 'E19']),
]

// ── regional brand (annex 7) ───────────────────────────────────────────────────────────────────────────────
const re = makers('economic')
const rs = makers('social')
const rb = makers('brand')
const ri = makers('influence')

export const REGIONAL_REPORT_FIELDS: readonly ReportFieldDef[] = [
  re.amount('outputValue', 'R1', '区域品牌商品相关产值', '使用区域品牌的商品和服务的年产值（与申报表口径一致）'),
  re.amount('profit', 'R1', '区域品牌商品利润总额', '用标企业品牌商品利润合计；亏损填负数', { min: -AMOUNT_MAX }),
  re.amount('taxRevenue', 'R1', '区域品牌相关税收', '用标企业品牌商品相关纳税额，不超过产值'),
  re.amount('exportValue', 'R1', '区域品牌商品出口额', '区域品牌商品的出口额，计入产值'),
  re.amount('importValue', 'R1', '区域品牌相关进口额', '为区域品牌产业进口的原料、设备等金额；无则填 0'),
  ...financingFields(re, 'R2'),
  rs.count('人')('employees', 'R3', '区域品牌相关就业人数', '截至年底区域品牌产业的就业人数（与申报表口径一致）'),
  rs.amount('avgIncome', 'R3', '就业人员年均收入', '区域品牌就业人员的年平均收入', { unit: '元', max: 10_000_000 }),
  rs.percent('incomeGrowth', 'R3', '就业人员年均收入增长率', '相比上一年度；下降填负数', { min: -100, max: 1000 }),
  rs.count('家')('userCount', 'R4', '使用区域品牌的企业数量', '年末获准使用集体商标、证明商标的企业（以用标名册为准）'),
  rs.count('家')('smeCount', 'R4', '其中中小企业数量', '计入上一项的中小企业，不超过用标企业数'),
  rs.count('家')('newUsers', 'R4', '当年新增用标企业', '当年新获准用标的企业，不超过用标企业数'),
  rs.amount('relatedIndustryOutput', 'R5', '带动相关产业产值', '加工、物流、文旅等上下游相关产业的产值'),
  rs.amount('charitySpending', 'R6', '公益捐赠支出', '协会及用标企业以区域品牌名义的公益捐赠'),
  rs.amount('envInvestment', 'R6', '环境保护投入', '企业投入与政府投入合计（与申报表口径一致）'),
  rb.flag('hasBrandStrategy', 'R7', '是否编制区域商标品牌战略规划', '由协会或地方政府发布的书面规划'),
  rb.flag('hasIndustryOrg', 'R7', '是否建立行业组织', '协会、联盟等行业组织，有章程和会员'),
  rb.flag('hasUsageRules', 'R7', '是否制定商标使用管理规则', '集体商标、证明商标使用管理规则（已备案）'),
  rb.count('次')('rulesInspections', 'R7', '用标检查次数', '当年对用标企业开展的规范使用检查'),
  rb.flag('hasRiskControl', 'R8', '是否建立知识产权风险防控与纠纷应对制度', '书面制度，含监测、预警、应对流程'),
  rb.count('件')('disputesHandled', 'R8', '当年处理商标纠纷/维权案件数', '异议、无效、诉讼、行政投诉等'),
  rb.amount('rdInvestment', 'R9', '区域品牌研发投入', '针对区域品牌商品的研发投入（与申报表口径一致）'),
  rb.count('个')('standardsLed', 'R9', '参与制定的标准数', '国际、国家、行业、团体、地方标准（已发布）'),
  rb.count('个')('standardsAdopted', 'R9', '采用的先进标准数', '采用的国际标准或国外先进标准'),
  rb.count('件')('ipMarks', 'R10', '区域品牌相关注册商标', '集体商标、证明商标及用标企业的相关商标'),
  rb.count('件')('ipPatents', 'R10', '区域品牌直接相关的专利', '与区域品牌商品直接相关的有效专利（与申报表口径一致）'),
  rb.count('件')('ipCopyrights', 'R10', '相关著作权', '品牌标识、包装设计等登记作品'),
  rb.count('件')('ipIcLayouts', 'R10', '集成电路布图设计', '登记的集成电路布图设计专有权'),
  rb.count('个')('patentIntensiveProducts', 'R11', '专利密集型产品备案数', '用标企业备案的专利密集型产品'),
  rb.count('次')('stationServices', 'R12', '接受指导站服务次数', '对接指导站提供的咨询、走访等服务（以服务记录为准）'),
  ...reachFields(ri, ['R13', 'R14', 'R15', 'R16']),
  ...recognitionFields(ri, ['R17', 'R18', 'R19', 'R20']),
]

export const REPORT_FIELDS: Record<ReportTrack, readonly ReportFieldDef[]> = {
  enterprise: ENTERPRISE_REPORT_FIELDS,
  regional: REGIONAL_REPORT_FIELDS,
}

export const fieldPath = (f: Pick<ReportFieldDef, 'dimension' | 'key'>): string => `${f.dimension}.${f.key}`

const byPath: Record<ReportTrack, Map<string, ReportFieldDef>> = {
  enterprise: new Map(ENTERPRISE_REPORT_FIELDS.map((f) => [fieldPath(f), f])),
  regional: new Map(REGIONAL_REPORT_FIELDS.map((f) => [fieldPath(f), f])),
}

/** the field declared at "<dimension>.<key>" for a track, if any */
export const reportField = (track: ReportTrack, path: string): ReportFieldDef | undefined => byPath[track].get(path)

/** read a figure by path */
export const figureAt = (figures: ReportFigures | undefined, path: string): ReportValue => {
  const dot = path.indexOf('.')
  return figures?.[path.slice(0, dot) as Dimension]?.[path.slice(dot + 1)]
}
