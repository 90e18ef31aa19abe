// 附件1 企业商标品牌价值提升专项行动申报表 — every field of the annex, grouped into phone-sized steps.
// Year labels follow the programme year: figures are for year−3 … year−1 (2023 → 2020–2022).
import type { FormDef, FormFieldOption } from '../contract/application'
import {
  BRAND_FIELD_LABELS,
  ENTERPRISE_SCALE_LABELS,
  IP_ENTERPRISE_STATUS_LABELS,
  SRDI_STATUS_LABELS,
  TIME_HONORED_LABELS,
} from '../contract/labels'
import type { CrossChecks } from './rules'

export const optionsOf = (labels: Record<string, string>): FormFieldOption[] =>
  Object.entries(labels).map(([value, label]) => ({ value, label }))

const WAN = '万元'
const JIAN = '件'

export function enterpriseFormDef(year: number): FormDef {
  const y1 = year - 1
  const y2 = year - 2
  const y3 = year - 3
  return {
    track: 'enterprise',
    year,
    annex: 1,
    title: '企业商标品牌价值提升专项行动申报表',
    steps: [
      {
        key: 'identity',
        title: '企业信息',
        fields: [
          { key: 'orgName', label: '企业名称', type: 'text', required: true, maxLength: 100 },
          {
            key: 'uscc',
            label: '统一社会信用代码',
            type: 'uscc',
            usccKind: 'enterprise',
            required: true,
            placeholder: '18 位，如 91350100M000100Y43',
          },
          { key: 'contactName', label: '联系人', type: 'text', required: true, maxLength: 30 },
          { key: 'contactPhone', label: '联系电话', type: 'phone', required: true, placeholder: '11 位手机号' },
        ],
      },
      {
        key: 'trademark',
        title: '主商标',
        fields: [
          { key: 'markName', label: '代表企业的主商标（文字或图形）', type: 'text', required: true, maxLength: 50 },
          {
            key: 'markRegNo',
            label: '注册号',
            type: 'trademarkNo',
            required: true,
            placeholder: '如 12345678，马德里为 G+国际注册号',
          },
          { key: 'markClasses', label: '注册类别', type: 'classes', required: true, hint: '尼斯分类 1–45 类，可多选' },
          {
            key: 'markIsMain',
            label: '该商标是否为代表企业的主商标',
            type: 'boolean',
            required: true,
            hint: '申报商标应为代表企业的主商标，权属清晰且稳定',
          },
          {
            key: 'markMatchesBusiness',
            label: '注册商品或服务类别是否与企业主营业务相符',
            type: 'boolean',
            required: true,
          },
          {
            key: 'field',
            label: '商标品牌所属领域',
            type: 'select',
            required: true,
            options: optionsOf(BRAND_FIELD_LABELS),
          },
        ],
      },
      {
        key: 'scale',
        title: '规模与资质',
        fields: [
          { key: 'scale', label: '企业规模', type: 'select', required: true, options: optionsOf(ENTERPRISE_SCALE_LABELS) },
          {
            key: 'ipStatus',
            label: '是否为国家知识产权优势示范企业',
            type: 'select',
            required: true,
            options: optionsOf(IP_ENTERPRISE_STATUS_LABELS),
            hint: '非示范、优势企业也可申报，但计入本省企业推荐名额 30% 的比例上限',
          },
          {
            key: 'srdiStatus',
            label: '是否为专精特新/单项冠军企业',
            type: 'select',
            required: true,
            options: optionsOf(SRDI_STATUS_LABELS),
          },
          {
            key: 'timeHonored',
            label: '是否为老字号企业',
            type: 'select',
            required: true,
            options: optionsOf(TIME_HONORED_LABELS),
          },
        ],
      },
      {
        key: 'figures',
        title: '经营与投入',
        fields: [
          { key: 'revenueY3', label: `${y3} 年`, group: '主营业务收入金额（万元）', type: 'amount', unit: WAN, required: true },
          { key: 'revenueY2', label: `${y2} 年`, group: '主营业务收入金额（万元）', type: 'amount', unit: WAN, required: true },
          { key: 'revenueY1', label: `${y1} 年`, group: '主营业务收入金额（万元）', type: 'amount', unit: WAN, required: true },
          {
            key: 'rdInvestment',
            label: `${y1} 年企业针对品牌商品（服务）研发的投入金额`,
            type: 'amount',
            unit: WAN,
            required: true,
          },
          {
            key: 'marketingInvestment',
            label: `${y1} 年企业针对品牌商品（服务）的宣传营销投入金额`,
            type: 'amount',
            unit: WAN,
            required: true,
            hint: '广告宣传、承办论坛等',
          },
          {
            key: 'enforcementInvestment',
            label: `${y1} 年企业在商标品牌维权方面的投入金额`,
            type: 'amount',
            unit: WAN,
            required: true,
          },
        ],
      },
      {
        key: 'ip',
        title: '知识产权数量',
        fields: [
          ['ipDomesticMarks', '国内有效注册商标'],
          ['ipMadridMarks', '马德里商标国际注册'],
          ['ipPatents', '专利'],
          ['ipCopyrights', '著作权'],
          ['ipIcLayouts', '集成电路布图设计'],
          ['ipPlantVarieties', '植物新品种'],
        ].map(([key, label]) => ({
          key,
          label,
          group: '截至目前企业主营业务商品（服务）所包含的知识产权数量（件数）',
          type: 'integer' as const,
          unit: JIAN,
          required: true,
          max: 1_000_000,
        })),
      },
      {
        key: 'social',
        title: '社会责任与荣誉',
        fields: [
          {
            key: 'charitySpending',
            label: `${y1} 年企业在公益事业、社会责任履行方面的支出总额`,
            type: 'amount',
            unit: WAN,
            required: true,
            hint: '社会关爱、公益环保捐赠等',
          },
          {
            key: 'csrDescription',
            label: `${y1} 年企业社会责任的履行情况介绍`,
            type: 'textarea',
            required: true,
            hint: 'ESG 报告、公益项目等',
          },
          { key: 'honours', label: '获得省部级以上荣誉和主流媒体报道情况介绍', type: 'textarea', required: true },
          { key: 'brandValuation', label: '近年来被国内外知名品牌评估机构公布的品牌价值评价情况', type: 'textarea', required: true },
          { key: 'wellKnownMark', label: '被认定为驰名商标情况', type: 'textarea', required: true, placeholder: '无则填“无”' },
        ],
      },
      {
        key: 'compliance',
        title: '合规记录',
        fields: [
          {
            key: 'badFaithRecord',
            label: '近三年因违法违规被认定为商标恶意抢注、囤积、重大不良影响的情况',
            type: 'textarea',
            required: true,
            placeholder: '无则填“无”',
          },
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
        title: '品牌战略与海外布局',
        fields: [
          {
            key: 'strategy',
            label: '企业商标品牌战略制定、商标品牌工作领导机制、商标资产管理体系等情况',
            type: 'textarea',
            required: true,
          },
          { key: 'overseas', label: '企业海外业务开展、商标海外布局情况', type: 'textarea', required: true, placeholder: '无则填“无”' },
        ],
      },
      {
        key: 'station',
        title: '对接指导站与申报意见',
        fields: [
          {
            key: 'stationId',
            label: '对接服务的商标品牌指导站',
            type: 'station',
            required: false,
            hint: '选择后，指导站也须在其申报表中列明本企业，双方确认后对接生效',
          },
          { key: 'opinion', label: '申报主体意见', type: 'textarea', required: true, maxLength: 500, placeholder: '如：同意申报' },
          {
            key: 'declaration',
            label: '本企业承诺所填信息真实、准确，盖章页按省级部门要求报送',
            type: 'confirm',
            required: true,
          },
        ],
      },
    ],
  }
}

/** cross-field checks of annex 1 */
export const enterpriseCrossChecks: CrossChecks = {}
