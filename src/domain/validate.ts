// Field-level checks for forms, on the zod declarations (the home-made rule DSL that lived here is gone):
// validate(schema, value) → { 'dotted.path': '中文 message' } (first error per path; {} when valid), and
// validateField for as-you-type feedback of one field.
import * as z from 'zod/mini'
import { isEmpty } from './contract/values'
import { FORM_ERROR_KEY, fieldErrorsOf, validate, type FieldErrors } from './contract/z'

export { FORM_ERROR_KEY, fieldErrorsOf, isEmpty, validate, type FieldErrors }
export type Schema = z.core.$ZodType

export const isValid = (schema: Schema, value: unknown): boolean => z.safeParse(schema, value).success

/** `root` with `value` put at the dotted `path` (copies along the way; the caller's object is not changed). */
function putAt(root: unknown, path: string[], value: unknown): unknown {
  if (path.length === 0) return value
  const [head, ...rest] = path
  const base: any = Array.isArray(root)
    ? [...root]
    : root && typeof root === 'object'
      ? { ...(root as object) }
      : /^\d+$/.test(head)
        ? []
        : {}
  base[head] = putAt(base[head], rest, value)
  return base
}

/**
 * As-you-type check of one value at `path`; pass the whole form as `root` for cross-field rules.
 * Returns the first message for that path (or inside it), or null.
 */
export function validateField(schema: Schema, path: string, value: unknown, root?: unknown): string | null {
  const errors = validate(schema, putAt(root ?? {}, path.split('.'), value))
  if (errors[path]) return errors[path]
  const inside = Object.keys(errors).find((k) => k.startsWith(`${path}.`))
  return inside ? errors[inside] : null
}
