// Turns a FormDef (annex field list) into a zod schema — the ONE schema the app uses as the user types
// (validateField) and the mock uses on PUT /applications/draft and POST /applications/{id}/submit.
//
// mode 'submit': required fields per annex (+ conditional requirements), confirmations ticked.
// mode 'draft' : nothing is required, but whatever is filled must be well-formed (autosave feedback).
// Each field's value is declared with zod (Chinese messages); visibility, conditional requirements and the
// annex's cross-field rules need the whole form, so they run in one object-level check.
import type { FormDef, FormFieldDef } from '../contract/application'
import * as z from 'zod/mini'
import { isEmpty } from '../contract/values'
import { fieldErrorsOf, type FieldErrors } from '../contract/z'
import { diagnoseUscc, validateAmount, validateNiceClass, validatePhone, validateTrademarkNo } from '../ids'
import { DEFAULT_MAX, allFields, isFieldRequired, isFieldVisible, type CrossChecks, type FormContext, type FormMode } from './rules'

export type FormSchema = z.ZodMiniType<Record<string, unknown>, unknown>

const requiredMessage = (def: FormFieldDef): string => {
  switch (def.type) {
    case 'select':
    case 'boolean':
    case 'station':
    case 'region':
      return `请选择${def.label}`
    case 'classes':
      return '请选择商标注册类别（尼斯分类）'
    case 'orgs':
      return `请选择${def.label}`
    case 'confirm':
      return '请勾选确认'
    default:
      return `请填写${def.group ? `${def.group}：` : ''}${def.label}`
  }
}

/** A zod check running a validator of ids.ts (null = valid, else its Chinese message). */
const byRule = (fn: (v: unknown) => string | null) =>
  z.unknown().check(
    z.superRefine((v, ctx) => {
      const m = fn(v)
      if (m) ctx.issues.push({ code: 'custom', message: m, input: v })
    }),
  )
const textLen = (max: number) =>
  z.string('请输入文字').check(z.refine((v: string) => Array.from(v.trim()).length <= max, `最多输入 ${max} 个字`))
const ID = /^[A-Za-z0-9_-]{1,40}$/

/** The declaration of a filled value of this field. */
export function fieldValueSchema(def: FormFieldDef): z.ZodMiniType {
  switch (def.type) {
    case 'text':
    case 'textarea':
      return textLen(def.maxLength ?? (def.type === 'text' ? DEFAULT_MAX.text : DEFAULT_MAX.textarea))
    case 'uscc':
      return byRule((v) => (typeof v !== 'string' ? '请输入统一社会信用代码' : (diagnoseUscc(v, { kind: def.usccKind })?.message ?? null)))
    // (agreement with the organisation's province needs the form: see usccProvinceRule below)
    case 'phone':
      return byRule((v) => (typeof v !== 'string' ? '请输入手机号' : validatePhone(v)))
    case 'trademarkNo':
      return byRule((v) => (typeof v !== 'string' ? '请输入商标注册号' : validateTrademarkNo(v)))
    case 'classes':
      return z
        .array(byRule(validateNiceClass), '请选择商标注册类别（尼斯分类）')
        .check(z.refine((v: unknown[]) => new Set(v.map(Number)).size === v.length, '类别不能重复'))
    case 'select':
      return z.string('请选择有效的选项').check(z.refine((v: string) => (def.options ?? []).some((o) => o.value === v), '请选择有效的选项'))
    case 'amount':
    case 'percent':
      return byRule((v) =>
        validateAmount(v, { min: def.min ?? 0, max: def.max ?? DEFAULT_MAX.amount, decimals: def.decimals ?? 2, unit: def.unit }),
      )
    case 'integer':
      return byRule((v) => validateAmount(v, { min: def.min ?? 0, max: def.max ?? DEFAULT_MAX.integer, integer: true, unit: def.unit }))
    case 'boolean':
      return z.boolean('请选择“是”或“否”')
    case 'confirm':
      return z.boolean('请勾选确认')
    case 'region':
      return z.string('请选择所在地区（6 位行政区划代码）').check(z.regex(/^\d{6}$/, '请选择所在地区（6 位行政区划代码）'))
    case 'station':
      return z.string('请选择指导站').check(z.regex(ID, '请选择指导站'))
    case 'orgs':
      return z.array(z.string('请从列表中选择').check(z.regex(ID, '请从列表中选择')), '请从列表中选择').check(
        z.refine((v: string[]) => new Set(v).size === v.length, '不能重复选择'),
        z.maxLength(200, '最多选择 200 个'),
      )
  }
}

/** First message of a value against its declaration, or null. */
const firstMessage = (schema: z.ZodMiniType, v: unknown): string | null => {
  const r = z.safeParse(schema, v)
  return r.success ? null : (r.error.issues[0]?.message ?? '格式不正确')
}

/** Characters 3–4 of the code against the organisation's province: the form's region field, else the known one. */
function usccProvinceMessage(def: FormFieldDef, v: unknown, form: Record<string, unknown>, known?: string): string | null {
  const region = def.usccRegionField ? form[def.usccRegionField] : undefined
  const provinceCode = typeof region === 'string' && /^\d{6}$/.test(region) ? region : known
  if (typeof v !== 'string' || !provinceCode) return null
  const p = diagnoseUscc(v, { kind: def.usccKind, provinceCode })
  return p?.code === 'province' ? p.message : null
}

/** One schema for the whole form (flat keys; keys not in the definition are ignored here — sanitizeForm drops them). */
export function buildFormSchema(def: FormDef, mode: FormMode, cross: CrossChecks = {}, opts: FormContext = {}): FormSchema {
  const fields = allFields(def).map((f) => ({ def: f, value: fieldValueSchema(f), cross: cross[f.key] }))
  return z.record(z.string(), z.unknown(), '申报表格式不正确').check(
    z.superRefine((form, ctx) => {
      for (const f of fields) {
        const key = f.def.key
        const v = form[key]
        const issue = (message: string) => ctx.issues.push({ code: 'custom', path: [key], message, input: v })
        // hidden fields (e.g. ordinary-mark extras for a collective mark) are not validated
        if (!isFieldVisible(f.def, form)) continue
        if (isEmpty(v)) {
          if (mode === 'submit' && isFieldRequired(f.def, form)) issue(requiredMessage(f.def))
          continue
        }
        const m =
          firstMessage(f.value, v) ??
          (f.def.type === 'uscc' ? usccProvinceMessage(f.def, v, form, opts.provinceCode) : null) ??
          (mode === 'submit' && f.def.type === 'confirm' && v !== true ? '请勾选确认' : null) ??
          f.cross?.(v, { parent: form, root: form, path: key }) ??
          null
        if (m) issue(m)
      }
    }),
  ) as FormSchema
}

/**
 * Keep only the definition's keys; numeric strings of numeric fields become numbers; `null` clears a key.
 * Values that do not parse are kept as typed so the user sees them with the error (drafts are never lost).
 */
export function sanitizeForm(def: FormDef, input: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const f of allFields(def)) {
    if (!(f.key in input)) continue
    let v = input[f.key]
    if (v === null || v === undefined) {
      out[f.key] = null
      continue
    }
    if ((f.type === 'amount' || f.type === 'integer' || f.type === 'percent') && typeof v === 'string') {
      const t = v.trim()
      if (/^-?(\d+(\.\d*)?|\.\d+)$/.test(t)) v = Number(t)
    }
    if (f.type === 'classes' && Array.isArray(v)) {
      v = v.map((c) => (typeof c === 'string' && /^\d+$/.test(c) ? Number(c) : c))
    }
    if ((f.type === 'uscc' || f.type === 'trademarkNo') && typeof v === 'string') v = v.replace(/\s+/g, '').toUpperCase()
    if (typeof v === 'string' && f.type !== 'textarea') v = v.trim()
    out[f.key] = v
  }
  return out
}

/** Validate a form value against its definition. */
export function validateForm(def: FormDef, form: unknown, mode: FormMode, cross: CrossChecks = {}, opts: FormContext = {}): FieldErrors {
  const r = z.safeParse(buildFormSchema(def, mode, cross, opts), form ?? {})
  return r.success ? {} : fieldErrorsOf(r.error)
}
