// 附件3 商标品牌建设服务指导专项行动申报表 — every field of the annex, grouped into phone-sized steps.
// 近三年服务市场主体数量: year−3 … year−1 of the programme year (2023 → 2020–2022).
import type { FormDef } from '../contract/application'
import { check, type CrossChecks } from './rules'

export function stationFormDef(year: number): FormDef {
  const group = '近三年服务市场主体数量'
  return {
    track: 'station',
    year,
    annex: 3,
    title: '商标品牌建设服务指导专项行动申报表',
    steps: [
      {
        key: 'identity',
        title: '指导站信息',
        fields: [
          { key: 'stationName', label: '指导站名称', type: 'text', required: true, maxLength: 100 },
          { key: 'host', label: '建设单位', type: 'text', required: true, maxLength: 100 },
          { key: 'approvedBy', label: '审批授牌单位', type: 'text', required: true, maxLength: 100 },
          { key: 'address', label: '地址', type: 'text', required: true, maxLength: 150 },
          { key: 'contactName', label: '联系人', type: 'text', required: true, maxLength: 30 },
          { key: 'contactPhone', label: '联系电话', type: 'phone', required: true },
        ],
      },
      {
        key: 'capacity',
        title: '人员与业务',
        fields: [
          { key: 'staffCount', label: '工作人员数量', type: 'integer', unit: '人', required: true, max: 10_000 },
          { key: 'funding', label: '经费来源和保障情况', type: 'textarea', required: true },
          { key: 'serviceArea', label: '主要服务地区和服务对象', type: 'textarea', required: true },
          { key: 'businessScope', label: '业务范围', type: 'textarea', required: true },
        ],
      },
      {
        key: 'figures',
        title: '服务数据',
        fields: [
          { key: 'servedY3', label: `${year - 3} 年`, group, type: 'integer', unit: '家', required: true, max: 1_000_000 },
          { key: 'servedY2', label: `${year - 2} 年`, group, type: 'integer', unit: '家', required: true, max: 1_000_000 },
          { key: 'servedY1', label: `${year - 1} 年`, group, type: 'integer', unit: '家', required: true, max: 1_000_000 },
        ],
      },
      {
        key: 'served',
        title: '对接服务对象',
        fields: [
          {
            key: 'servedEnterpriseOrgIds',
            label: '对接服务参加行动的企业商标品牌',
            type: 'orgs',
            orgKind: 'enterprise',
            required: false,
            hint: '至少列明一个企业或区域商标品牌；对方须在其申报表中选择本指导站',
          },
          {
            key: 'servedRegionalOrgIds',
            label: '对接服务参加行动的区域商标品牌',
            type: 'orgs',
            orgKind: 'association',
            required: false,
          },
          { key: 'workPlan', label: '指导服务工作方案', type: 'textarea', required: true, maxLength: 3000 },
        ],
      },
      {
        key: 'opinion',
        title: '申报意见',
        fields: [
          { key: 'opinion', label: '申报主体意见', type: 'textarea', required: true, maxLength: 500, placeholder: '如：同意申报' },
          {
            key: 'declaration',
            label: '本指导站承诺所填信息真实、准确，盖章页按省级部门要求报送',
            type: 'confirm',
            required: true,
          },
        ],
      },
    ],
  }
}

/** cross-field checks of annex 3 (the "at least one served participant" rule is an eligibility check) */
export const stationCrossChecks = {
  servedRegionalOrgIds: check((v: unknown, ctx) => {
    const ent = (ctx.parent as Record<string, unknown> | undefined)?.servedEnterpriseOrgIds
    return Array.isArray(v) && Array.isArray(ent) && v.some((id) => ent.includes(id)) ? '同一主体不能同时列为企业和区域品牌' : null
  }),
} satisfies CrossChecks
