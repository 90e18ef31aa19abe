// Turns a FormDef (annex field list) into a validate.ts schema — the ONE schema the app uses as the user
// types and the mock uses on PUT /applications/draft and POST /applications/{id}/submit.
//
// mode 'submit': required fields per annex (+ conditional requirements), confirmations ticked.
// mode 'draft' : nothing is required, but whatever is filled must be well-formed (autosave feedback).
import type { FormDef, FormFieldDef } from '../contract/application'
import { validateAmount, validateNiceClass, validatePhone, validateTrademarkNo, validateUscc } from '../ids'
import { check, field, isEmpty, object, type FieldErrors, type Rule, type Schema, validate } from '../validate'

export type FormMode = 'submit' | 'draft'

/** upper bounds used when a field does not say otherwise */
export const DEFAULT_MAX = {
  /** 1 万亿元 expressed in 万元 */
  amount: 100_000_000,
  integer: 10_000_000,
  text: 100,
  textarea: 2000,
} as const

const conditionHolds = (cond: { field: string; in: Array<string | boolean> } | undefined, form: unknown): boolean => {
  if (!cond) return true
  const v = form && typeof form === 'object' ? (form as Record<string, unknown>)[cond.field] : undefined
  return cond.in.includes(v as string | boolean)
}

/** Is the field shown (and therefore validated) for this form state? */
export const isFieldVisible = (def: FormFieldDef, form: unknown): boolean => conditionHolds(def.visibleWhen, form)

/** Is the field required on submission for this form state? */
export const isFieldRequired = (def: FormFieldDef, form: unknown): boolean =>
  isFieldVisible(def, form) && (def.required || (def.requiredWhen !== undefined && conditionHolds(def.requiredWhen, form)))

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

function formatRule(def: FormFieldDef): Rule {
  switch (def.type) {
    case 'text':
    case 'textarea': {
      const max = def.maxLength ?? (def.type === 'text' ? DEFAULT_MAX.text : DEFAULT_MAX.textarea)
      return check((v: unknown) =>
        typeof v !== 'string' ? '请输入文字' : Array.from(v.trim()).length > max ? `最多输入 ${max} 个字` : null,
      )
    }
    case 'uscc':
      return check((v: unknown) => (typeof v !== 'string' ? '请输入统一社会信用代码' : validateUscc(v, { kind: def.usccKind })))
    case 'phone':
      return check((v: unknown) => (typeof v !== 'string' ? '请输入手机号' : validatePhone(v)))
    case 'trademarkNo':
      return check((v: unknown) => (typeof v !== 'string' ? '请输入商标注册号' : validateTrademarkNo(v)))
    case 'classes':
      return check((v: unknown) => {
        if (!Array.isArray(v)) return '请选择商标注册类别（尼斯分类）'
        for (const c of v) {
          const msg = validateNiceClass(c)
          if (msg) return msg
        }
        if (new Set(v.map(Number)).size !== v.length) return '类别不能重复'
        return null
      })
    case 'select':
      return check((v: unknown) => ((def.options ?? []).some((o) => o.value === v) ? null : '请选择有效的选项'))
    case 'amount':
    case 'percent':
      return check((v: unknown) =>
        validateAmount(v, {
          min: def.min ?? 0,
          max: def.max ?? DEFAULT_MAX.amount,
          decimals: def.decimals ?? 2,
          unit: def.unit,
        }),
      )
    case 'integer':
      return check((v: unknown) =>
        validateAmount(v, { min: def.min ?? 0, max: def.max ?? DEFAULT_MAX.integer, integer: true, unit: def.unit }),
      )
    case 'boolean':
      return check((v: unknown) => (typeof v === 'boolean' ? null : '请选择“是”或“否”'))
    case 'confirm':
      return check((v: unknown) => (typeof v === 'boolean' ? null : '请勾选确认'))
    case 'region':
      return check((v: unknown) =>
        typeof v === 'string' && /^\d{6}$/.test(v) ? null : '请选择所在地区（6 位行政区划代码）',
      )
    case 'station':
      return check((v: unknown) => (typeof v === 'string' && /^[A-Za-z0-9_-]{1,40}$/.test(v) ? null : '请选择指导站'))
    case 'orgs':
      return check((v: unknown) => {
        if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || !/^[A-Za-z0-9_-]{1,40}$/.test(x))) {
          return '请从列表中选择'
        }
        if (new Set(v).size !== v.length) return '不能重复选择'
        if (v.length > 200) return '最多选择 200 个'
        return null
      })
  }
}

function fieldSchema(def: FormFieldDef, mode: FormMode, cross?: Rule): Schema {
  const rules: Rule[] = []
  if (mode === 'submit') {
    const msg = requiredMessage(def)
    // conditional requirement: marked isRequired so validate.ts runs it on empty values
    rules.push(
      Object.assign((v: unknown, ctx: { parent: unknown }) => (isEmpty(v) && isFieldRequired(def, ctx.parent) ? msg : null), {
        isRequired: true as const,
      }),
    )
  }
  const fmt = formatRule(def)
  // hidden fields (e.g. ordinary-mark extras for a collective mark) are not validated
  rules.push(check((v: unknown, ctx) => (isFieldVisible(def, ctx.parent) ? fmt(v, ctx) : null)))
  if (mode === 'submit' && def.type === 'confirm') {
    rules.push(check((v: unknown) => (v === true ? null : '请勾选确认')))
  }
  if (cross) rules.push(check((v: unknown, ctx) => (isFieldVisible(def, ctx.parent) ? cross(v, ctx) : null)))
  return field(...rules)
}

/** Every field of the definition, in step order. */
export const allFields = (def: FormDef): FormFieldDef[] => def.steps.flatMap((s) => s.fields)

/** Cross-field checks per field key (run after the field's own rules, only on filled values). */
export type CrossChecks = Record<string, Rule>

/** One schema for the whole form (flat keys). */
export function buildFormSchema(def: FormDef, mode: FormMode, cross: CrossChecks = {}): Schema {
  const shape: Record<string, Schema> = {}
  for (const f of allFields(def)) shape[f.key] = fieldSchema(f, mode, cross[f.key])
  return object(shape)
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
export function validateForm(def: FormDef, form: unknown, mode: FormMode, cross: CrossChecks = {}): FieldErrors {
  return validate(buildFormSchema(def, mode, cross), form ?? {})
}
