// Tiny schema library: ONE schema per API payload, shared by app forms (as-you-type) and the mock (assertValid).
// validate(schema, value) → { 'dotted.path': '中文 message' } (first error per path; {} when valid).
//
// Semantics: a `field` is optional unless it has a `required()` rule — empty values ('' / whitespace /
// null / undefined / []) skip its other rules. `object`, `arrayOf`, `recordOf` are required unless wrapped
// in `optional()`. Object-level rules (cross-field checks) report at the object's path ('_form' at the root).

export interface RuleContext {
  /** dotted path of the value being checked ('' for the root) */
  path: string
  /** the object holding this value (undefined at the root) */
  parent: unknown
  /** the whole payload */
  root: unknown
}
export type Rule = ((value: any, ctx: RuleContext) => string | null | undefined) & { isRequired?: true }

interface Base {
  readonly optional: boolean
  readonly rules: readonly Rule[]
}
export interface FieldSchema extends Base { readonly type: 'field' }
export interface ObjectSchema<S extends Shape = Shape> extends Base {
  readonly type: 'object'
  readonly shape: S
}
export interface ArraySchema<I extends Schema = Schema> extends Base {
  readonly type: 'array'
  readonly item: I
}
export interface RecordSchema<V extends Schema = Schema> extends Base {
  readonly type: 'record'
  readonly value: V
  /** keys that must be present (e.g. the years of a figures table) */
  readonly keys?: readonly string[]
}
export type Schema = FieldSchema | ObjectSchema<any> | ArraySchema<any> | RecordSchema<any>
export type Shape = { readonly [key: string]: Schema }
export type FieldErrors = Record<string, string>

export const FORM_ERROR_KEY = '_form'
const DEFAULT_REQUIRED = '此项为必填项'

export const isEmpty = (v: unknown): boolean =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0)

const toNum = (v: unknown): number | null =>
  typeof v === 'number'
    ? Number.isFinite(v) ? v : null
    : typeof v === 'string' && /^\s*-?(\d+(\.\d*)?|\.\d+)\s*$/.test(v) ? Number(v) : null

// ---- schema builders ----
export const field = (...rules: Rule[]): FieldSchema => ({ type: 'field', rules, optional: !rules.some((r) => r.isRequired) })
/** `rules` are object-level (cross-field) checks on the whole object. */
export const object = <S extends Shape>(shape: S, ...rules: Rule[]): ObjectSchema<S> => ({ type: 'object', shape, rules, optional: false })
export const arrayOf = <I extends Schema>(
  item: I,
  opts: { min?: number; max?: number; message?: string } = {},
  ...rules: Rule[]
): ArraySchema<I> => {
  const count: Rule = (v: unknown[]) =>
    opts.min !== undefined && v.length < opts.min
      ? opts.message ?? `至少需要 ${opts.min} 项`
      : opts.max !== undefined && v.length > opts.max
        ? opts.message ?? `最多 ${opts.max} 项`
        : null
  return { type: 'array', item, rules: [count, ...rules], optional: false }
}
/** An object with arbitrary keys (e.g. years) all holding the same shape. */
export const recordOf = <V extends Schema>(value: V, opts: { keys?: readonly string[] } = {}): RecordSchema<V> =>
  ({ type: 'record', value, keys: opts.keys, rules: [], optional: false })
/** Value may be absent; a field loses its required-ness. */
export const optional = <T extends Schema>(schema: T): T =>
  ({ ...schema, optional: true, rules: schema.rules.filter((r) => !r.isRequired) }) as T

// ---- rules ----
export const required = (message = DEFAULT_REQUIRED): Rule =>
  Object.assign((v: unknown) => (isEmpty(v) ? message : null), { isRequired: true as const })

/** Length in characters (code points). `message` replaces the pattern-mismatch message. */
export const string =
  (opts: { min?: number; max?: number; pattern?: RegExp; message?: string } = {}): Rule =>
  (v: unknown) => {
    if (typeof v !== 'string') return '请输入文字'
    const len = Array.from(v.trim()).length
    if (opts.min !== undefined && len < opts.min) return `至少输入 ${opts.min} 个字`
    if (opts.max !== undefined && len > opts.max) return `最多输入 ${opts.max} 个字`
    if (opts.pattern && !opts.pattern.test(v)) return opts.message ?? '格式不正确'
    return null
  }

export interface NumberOptions { min?: number; max?: number; unit?: string; integer?: boolean; message?: string }
/** Accepts numbers and numeric strings (form inputs). `message` replaces the not-a-number message. */
export const number =
  (opts: NumberOptions = {}): Rule =>
  (v: unknown) => {
    const n = toNum(v)
    const unit = opts.unit ?? ''
    if (n === null) return opts.message ?? '请输入数字'
    if (opts.integer && !Number.isInteger(n)) return '请输入整数'
    if (opts.min !== undefined && n < opts.min) return opts.min === 0 ? '不能为负数' : `不能小于 ${opts.min}${unit}`
    if (opts.max !== undefined && n > opts.max) return `不能超过 ${opts.max}${unit}`
    return null
  }
export const integer = (opts: Omit<NumberOptions, 'integer'> = {}): Rule => number({ ...opts, integer: true })

export const oneOf = <T>(values: readonly T[], message = '请选择有效的选项'): Rule => (v: unknown) =>
  values.includes(v as T) ? null : message

/** Custom rule: a validator from ids.ts (`check(validatePhone)`) or a cross-field check using ctx. */
export const check = <V = any>(fn: (value: V, ctx: RuleContext) => string | null | undefined): Rule => fn

// ---- running ----
const join = (path: string, key: string | number) => (path === '' ? String(key) : `${path}.${key}`)
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

function run(schema: Schema, value: unknown, path: string, parent: unknown, root: unknown, out: FieldErrors): void {
  const ctx: RuleContext = { path, parent, root }
  const put = (p: string, msg: string) => {
    const key = p === '' ? FORM_ERROR_KEY : p
    if (!(key in out)) out[key] = msg
  }
  if (schema.type === 'field') {
    if (isEmpty(value)) {
      const req = schema.rules.find((r) => r.isRequired)
      const msg = req?.(value, ctx)
      if (msg) put(path, msg)
      return
    }
    for (const rule of schema.rules) {
      const msg = rule(value, ctx)
      if (msg) return put(path, msg)
    }
    return
  }
  if (value === undefined || value === null) {
    if (!schema.optional) put(path, DEFAULT_REQUIRED)
    return
  }
  const before = Object.keys(out).length
  if (schema.type === 'object' || schema.type === 'record') {
    if (!isPlainObject(value)) return put(path, '格式不正确')
    if (schema.type === 'object') {
      for (const key of Object.keys(schema.shape)) run(schema.shape[key], value[key], join(path, key), value, root, out)
    } else {
      const keys = schema.keys ?? Object.keys(value)
      for (const key of keys) run(schema.value, value[key], join(path, key), value, root, out)
    }
  } else {
    if (!Array.isArray(value)) return put(path, '格式不正确')
    value.forEach((item, i) => run(schema.item, item, join(path, i), value, root, out))
  }
  // object/array-level rules only when the parts are valid (cross-field checks assume well-formed input)
  if (Object.keys(out).length > before) return
  for (const rule of schema.rules) {
    const msg = rule(value, ctx)
    if (msg) return put(path, msg)
  }
}

/** All errors, keyed by dotted path (e.g. `figures.2022.revenue`, `members.0.name`); {} when valid. */
export function validate(schema: Schema, value: unknown): FieldErrors {
  const out: FieldErrors = {}
  run(schema, value, '', undefined, value, out)
  return out
}

export const isValid = (schema: Schema, value: unknown): boolean => Object.keys(validate(schema, value)).length === 0

/** The sub-schema at a dotted path (undefined when the path is not in the schema). */
export function schemaAt(schema: Schema, path: string): Schema | undefined {
  let s: Schema | undefined = schema
  for (const seg of path === '' ? [] : path.split('.')) {
    if (!s) return undefined
    s = s.type === 'object' ? s.shape[seg] : s.type === 'array' ? (/^\d+$/.test(seg) ? s.item : undefined) : s.type === 'record' ? s.value : undefined
  }
  return s
}

/**
 * As-you-type check of one value at `path`; pass the whole form as `root` for cross-field rules.
 * Returns the first message for that path (or inside it), or null.
 */
export function validateField(schema: Schema, path: string, value: unknown, root?: unknown): string | null {
  const sub = schemaAt(schema, path)
  if (!sub) return null
  const segs = path.split('.')
  let parent: unknown = root
  for (const seg of segs.slice(0, -1)) parent = isPlainObject(parent) || Array.isArray(parent) ? (parent as any)[seg] : undefined
  const out: FieldErrors = {}
  run(sub, value, path, parent, root, out)
  return out[path] ?? Object.values(out)[0] ?? null
}
