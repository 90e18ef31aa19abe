// Validation of a yearly report's figures: one zod-mini schema per track and mode, built from the field
// declarations, shared by the app (as the user types) and the server (on save / submit).
//   mode 'draft' : nothing is required, whatever is filled must be well-formed and consistent.
//   mode 'submit': required fields filled as well.
// validateReport() returns { 'economic.exportSales': '中文消息' } — first message per path, {} when valid.
import * as z from 'zod/mini'
import { DIMENSIONS, DIMENSION_LABELS, type Dimension, type ReportTrack } from './checklist'
import { REPORT_FIELDS, figureAt, type ReportFieldDef, type ReportFigures } from './fields'

export type ReportMode = 'draft' | 'submit'
export type ReportErrors = Record<string, string>
/** key of errors that concern the whole payload */
export const REPORT_FORM_ERROR = '_form'

/** "a ≤ b": totals that must be consistent (an export is part of sales, an SME is one of the members …) */
export interface ConsistencyRule {
  path: string
  notAbove: string
  message: string
}

export const CONSISTENCY_RULES: Record<ReportTrack, readonly ConsistencyRule[]> = {
  enterprise: [
    { path: 'economic.brandSales', notAbove: 'economic.totalRevenue', message: '品牌商品销售收入不能超过主营业务收入' },
    { path: 'economic.exportSales', notAbove: 'economic.brandSales', message: '出口额不能超过品牌商品销售收入' },
    { path: 'economic.brandProfit', notAbove: 'economic.brandSales', message: '利润总额不能超过品牌商品销售收入' },
    { path: 'economic.licenceIncome', notAbove: 'economic.totalRevenue', message: '商标许可收入不能超过主营业务收入' },
    { path: 'social.newJobs', notAbove: 'social.employees', message: '新增就业人数不能超过从业人员数' },
    { path: 'brand.ipStaff', notAbove: 'social.employees', message: '知识产权专职人员不能超过从业人员数' },
    { path: 'brand.ipInventionPatents', notAbove: 'brand.ipPatents', message: '发明专利数不能超过专利总数' },
  ],
  regional: [
    { path: 'economic.exportValue', notAbove: 'economic.outputValue', message: '出口额不能超过区域品牌商品相关产值' },
    { path: 'economic.taxRevenue', notAbove: 'economic.outputValue', message: '税收不能超过区域品牌商品相关产值' },
    { path: 'economic.profit', notAbove: 'economic.outputValue', message: '利润总额不能超过区域品牌商品相关产值' },
    { path: 'social.smeCount', notAbove: 'social.userCount', message: '中小企业数量不能超过使用区域品牌的企业数量' },
    { path: 'social.newUsers', notAbove: 'social.userCount', message: '新增用标企业不能超过使用区域品牌的企业数量' },
  ],
}

/** 100000000 → "100,000,000" (no locale APIs: the mini-program runtime's Intl support varies) */
const fmt = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')

function numberSchema(def: ReportFieldDef) {
  const unit = def.unit ?? ''
  const error = (iss: { input?: unknown }) =>
    iss.input === undefined || iss.input === null
      ? `请填写${def.label}`
      : typeof iss.input === 'number' && Number.isFinite(iss.input)
        ? `${def.label}应为整数`
        : `${def.label}请输入数字`
  const base = def.integer ? z.int({ error }) : z.number({ error })
  const min = def.min ?? 0
  const max = def.max ?? Number.MAX_SAFE_INTEGER
  return base.check(
    z.minimum(min, min === 0 ? `${def.label}不能为负数` : `${def.label}不能小于 ${fmt(min)}${unit}`),
    z.maximum(max, `${def.label}不能超过 ${fmt(max)}${unit}，请核对单位`),
  )
}

function baseSchema(def: ReportFieldDef) {
  if (def.kind === 'number') return numberSchema(def)
  const missing = `请选择${def.label}`
  if (def.kind === 'flag') return z.boolean({ error: (iss) => (iss.input == null ? missing : '请选择“是”或“否”') })
  const values = Object.keys(def.options ?? {}) as [string, ...string[]]
  return z.enum(values, { error: (iss) => (iss.input == null ? missing : `请选择有效的${def.label}`) })
}

const fieldSchema = (def: ReportFieldDef, mode: ReportMode) =>
  mode === 'submit' && def.required ? baseSchema(def) : z.nullish(baseSchema(def))

function consistencyIssues(track: ReportTrack, figures: unknown): Array<{ path: string; message: string }> {
  const out: Array<{ path: string; message: string }> = []
  for (const r of CONSISTENCY_RULES[track]) {
    const a = figureAt(figures as ReportFigures, r.path)
    const b = figureAt(figures as ReportFigures, r.notAbove)
    if (typeof a === 'number' && typeof b === 'number' && Number.isFinite(a) && Number.isFinite(b) && a > b)
      out.push({ path: r.path, message: r.message })
  }
  return out
}

function buildSchema(track: ReportTrack, mode: ReportMode) {
  const sections = {} as Record<Dimension, z.ZodMiniType>
  for (const d of DIMENSIONS) {
    const shape: Record<string, z.ZodMiniType> = {}
    for (const f of REPORT_FIELDS[track]) if (f.dimension === d) shape[f.key] = fieldSchema(f, mode)
    const section = z.object(shape, { error: `请填写「${DIMENSION_LABELS[d]}」部分` })
    sections[d] = mode === 'submit' ? section : z.optional(section)
  }
  const rules = CONSISTENCY_RULES[track].map((r) =>
    z.refine((v: unknown) => !consistencyIssues(track, v).some((i) => i.path === r.path), {
      message: r.message,
      path: r.path.split('.'),
    }),
  )
  return z.object(sections, { error: '请提交年度报送数据' }).check(...rules)
}

const cache = new Map<string, ReturnType<typeof buildSchema>>()

/** The zod-mini schema of a report's figures (memoised per track and mode). */
export function reportFiguresSchema(track: ReportTrack, mode: ReportMode = 'submit') {
  const key = `${track}:${mode}`
  let s = cache.get(key)
  if (!s) cache.set(key, (s = buildSchema(track, mode)))
  return s
}

/**
 * Field-level errors of a report's figures. Consistency checks also run when other fields are wrong
 * (zod skips object-level checks once a field fails), so the user sees every problem at once.
 */
export function validateReport(track: ReportTrack, figures: unknown, mode: ReportMode = 'submit'): ReportErrors {
  const errors: ReportErrors = {}
  const r = reportFiguresSchema(track, mode).safeParse(figures)
  if (!r.success) {
    for (const iss of r.error.issues) {
      const path = iss.path.length ? iss.path.join('.') : REPORT_FORM_ERROR
      if (!(path in errors)) errors[path] = iss.message
    }
  }
  if (figures && typeof figures === 'object') {
    for (const i of consistencyIssues(track, figures)) if (!(i.path in errors)) errors[i.path] = i.message
  }
  return errors
}
