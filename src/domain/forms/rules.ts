// The zod-free half of the form rules: which fields show and are required for a form state, the default
// limits, the cross-check type. Screens that only show a form (the summary, the reviewer's detail) import
// these without the schema library; schema.ts builds the zod schema on top of them.
import type { FormDef, FormFieldDef } from '../contract/application'

/** A rule over one filled value; `parent` is the whole (flat) form. Returns a Chinese message or null. */
export type Rule = (value: any, ctx: { parent: unknown; root: unknown; path: string }) => string | null | undefined
/** Custom rule (cross-field checks of the annexes). */
export const check = (fn: Rule): Rule => fn

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

/** Every field of the definition, in step order. */
export const allFields = (def: FormDef): FormFieldDef[] => def.steps.flatMap((s) => s.fields)

/** Cross-field checks per field key (run after the field's own rules, only on filled values). */
export type CrossChecks = Record<string, Rule>

/** What the form check knows beyond the form: the applicant organisation's province (server side). */
export interface FormContext {
  provinceCode?: string
}
