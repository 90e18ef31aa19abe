// 附件2 商标品牌优势区域创建专项行动申报表 — every field of the annex, grouped into phone-sized steps.
// Figures are for year−1 of the programme year (2023 → 2022).
// Added beyond the annex (needed to apply the plan's rules, 三(一)1(2)): the mark's classes, the ordinary-mark
// extras (approval, approving authority, number of other lawful users), "primary agricultural product" and the
// region's GB/T 2260 code.
import type { FormDef } from '../contract/application'
import { BRAND_FIELD_LABELS, MARK_TYPE_LABELS, PILOT_STATUS_LABELS } from '../contract/labels'
import { optionsOf } from './enterprise'
import { check, type CrossChecks } from './rules'

const WAN = '万元'

export function regionalFormDef(year: number): FormDef {
  const y1 = year - 1
  return {
    track: 'regional',
    year,
    annex: 2,
    title: '商标品牌优势区域创建专项行动申报表',
    steps: [
      {
        key: 'identity',
        title: '申报主体',
        fields: [
          { key: 'holderName', label: '商标权利人名称（协会、团体等）', type: 'text', required: true, maxLength: 100 },
          {
            key: 'uscc',
            label: '统一社会信用代码',
            type: 'uscc',
            usccKind: 'association',
            usccRegionField: 'regionCode',
            required: true,
            placeholder: '社会团体以 51 开头，合作社以 93 开头',
          },
          { key: 'contactName', label: '联系人', type: 'text', required: true, maxLength: 30 },
          { key: 'contactPhone', label: '联系电话', type: 'phone', required: true },
        ],
      },
      {
        key: 'trademark',
        title: '区域品牌与商标',
        fields: [
          { key: 'brandName', label: '区域品牌名称', type: 'text', required: true, maxLength: 50 },
          { key: 'markName', label: '商标', type: 'text', required: true, maxLength: 50 },
          { key: 'markRegNo', label: '注册号', type: 'trademarkNo', required: true },
          { key: 'markClasses', label: '注册类别', type: 'classes', required: true },
          {
            key: 'markType',
            label: '商标类型',
            type: 'select',
            required: true,
            options: optionsOf(MARK_TYPE_LABELS),
            hint: '一般应为集体商标或证明商标',
          },
          { key: 'isGI', label: '是否为地理标志', type: 'boolean', required: true },
          {
            key: 'countyApproval',
            label: '是否经所在区域县级以上人民政府或行业主管部门批准',
            type: 'boolean',
            required: false,
            requiredWhen: { field: 'markType', in: ['ordinary'] },
            visibleWhen: { field: 'markType', in: ['ordinary'] },
          },
          {
            key: 'approvalAuthority',
            label: '批准机关',
            type: 'text',
            required: false,
            maxLength: 60,
            requiredWhen: { field: 'countyApproval', in: [true] },
            visibleWhen: { field: 'markType', in: ['ordinary'] },
          },
          {
            key: 'otherLawfulUsers',
            label: '其他合法使用该商标的市场主体数量',
            type: 'integer',
            unit: '家',
            required: false,
            max: 1_000_000,
            requiredWhen: { field: 'markType', in: ['ordinary'] },
            visibleWhen: { field: 'markType', in: ['ordinary'] },
            hint: '普通商标须提供 5 家以上其他市场主体合法使用该商标的法律文书等证明',
          },
          {
            key: 'field',
            label: '区域品牌所属领域',
            type: 'select',
            required: true,
            options: optionsOf(BRAND_FIELD_LABELS),
          },
          {
            key: 'primaryAgricultural',
            label: '是否为初级农产品品牌',
            type: 'boolean',
            required: true,
            hint: '初级农产品品牌原则上不予申报',
          },
        ],
      },
      {
        key: 'region',
        title: '所在地区',
        fields: [
          {
            key: 'regionCode',
            label: '所在地区（市、区、县）',
            type: 'region',
            required: true,
            hint: '所属区域须为副省级及以下市、区、县',
          },
          { key: 'regionName', label: '区域品牌所在地区名称（市、区、县）', type: 'text', required: true, maxLength: 60 },
          {
            key: 'pilotStatus',
            label: '所在地区是否为知识产权强国建设试点示范市、县、园区',
            type: 'select',
            required: true,
            options: optionsOf(PILOT_STATUS_LABELS),
          },
          { key: 'products', label: '区域品牌覆盖的主要商品/服务', type: 'textarea', required: true, maxLength: 500 },
        ],
      },
      {
        key: 'scale',
        title: '规模与贡献',
        fields: [
          { key: 'userCount', label: '使用区域品牌的企业数量', type: 'integer', unit: '家', required: true, max: 1_000_000 },
          { key: 'smeCount', label: '其中中小企业数量', type: 'integer', unit: '家', required: true, max: 1_000_000 },
          { key: 'outputValue', label: '区域品牌产值', type: 'amount', unit: WAN, required: true },
          { key: 'gdpShare', label: '对当地 GDP 的贡献比重', type: 'percent', unit: '%', required: true, min: 0, max: 100 },
          {
            key: 'standards',
            label: '区域品牌参与制定或采用的标准（国际、国家、行业）',
            type: 'textarea',
            required: true,
            placeholder: '无则填“无”',
          },
        ],
      },
      {
        key: 'figures',
        title: `${y1} 年度数据`,
        fields: [
          { key: 'promotionInvestment', label: `${y1} 年区域品牌宣传投入金额`, type: 'amount', unit: WAN, required: true },
          { key: 'employees', label: `截至 ${y1} 年底，区域品牌相关就业人数`, type: 'integer', unit: '人', required: true },
          {
            key: 'avgIncome',
            label: `${y1} 年区域品牌就业人员年均收入`,
            type: 'amount',
            unit: '元',
            required: true,
            max: 10_000_000,
            decimals: 0,
          },
          {
            key: 'incomeGrowth',
            label: `${y1} 年相比上一年度就业人员年均收入增长率`,
            type: 'percent',
            unit: '%',
            required: true,
            min: -100,
            max: 1000,
          },
          { key: 'rdInvestment', label: `${y1} 年区域品牌研发投入金额`, type: 'amount', unit: WAN, required: true },
          { key: 'patentCount', label: '区域品牌直接相关的专利数量', type: 'integer', unit: '件', required: true, max: 1_000_000 },
          {
            key: 'envInvestment',
            label: `${y1} 年区域品牌涉及产业在环境保护方面的总投入金额`,
            type: 'amount',
            unit: WAN,
            required: true,
            hint: '包含企业投入与政府投入',
          },
          {
            key: 'govInvestment',
            label: `${y1} 年地方政府为区域品牌产业的投入情况`,
            type: 'textarea',
            required: true,
            hint: '包含基建、产业扶持基金等',
          },
        ],
      },
      {
        key: 'honours',
        title: '荣誉与合规',
        fields: [
          { key: 'honours', label: '获得省部级以上荣誉和主流媒体报道情况介绍', type: 'textarea', required: true },
          { key: 'brandValuation', label: '近年来被国内外知名品牌评估机构公布的品牌价值评价情况', type: 'textarea', required: true },
          { key: 'wellKnownMark', label: '被认定为驰名商标情况', type: 'textarea', required: true, placeholder: '无则填“无”' },
          {
            key: 'penaltyRecord',
            label: '近三年因违法违规被行政处罚情况',
            type: 'textarea',
            required: true,
            placeholder: '无则填“无”',
          },
        ],
      },
      {
        key: 'strategy',
        title: '品牌建设',
        fields: [
          {
            key: 'strategy',
            label: '商标品牌战略制定、区域品牌工作机制、商标使用管理规则等情况',
            type: 'textarea',
            required: true,
          },
          { key: 'development', label: '区域商标品牌培育、建设和产业发展情况', type: 'textarea', required: true },
        ],
      },
      {
        key: 'station',
        title: '对接指导站与意见',
        fields: [
          {
            key: 'stationId',
            label: '对接服务的商标品牌指导站',
            type: 'station',
            required: false,
            hint: '选择后，指导站也须在其申报表中列明本区域品牌，双方确认后对接生效',
          },
          { key: 'opinion', label: '申报主体意见', type: 'textarea', required: true, maxLength: 500, placeholder: '如：同意申报' },
          {
            key: 'governmentOpinion',
            label: '所在地县级以上人民政府或行业主管部门意见',
            type: 'textarea',
            required: true,
            maxLength: 500,
          },
          {
            key: 'declaration',
            label: '本单位承诺所填信息真实、准确，盖章页按省级部门要求报送',
            type: 'confirm',
            required: true,
          },
        ],
      },
    ],
  }
}

const toNum = (v: unknown): number | null => (typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : null)

/** cross-field checks of annex 2 */
export const regionalCrossChecks = {
  smeCount: check((v: unknown, ctx) => {
    const users = toNum((ctx.parent as Record<string, unknown> | undefined)?.userCount)
    const sme = toNum(v)
    return users !== null && sme !== null && !Number.isNaN(users) && sme > users ? '中小企业数量不能超过使用企业总数' : null
  }),
} satisfies CrossChecks
