// The one configured zod for every payload declaration (zod 4 mini: functional checks, tree-shakes).
// - zh-CN messages for every issue a declaration does not word itself;
// - jitless: zod never tries `new Function` (the WeChat mini-program runtime forbids eval/new Function).
// Every contract file imports `z` from here so the configuration runs before any schema is used.
import * as z from 'zod/mini'
// the one locale file, not 'zod/locales' (that index carries every language into the mini-program bundles)
import zhCN from 'zod/v4/locales/zh-CN.js'

z.config({ ...zhCN(), jitless: true })

export { z }

/** field path (dotted, e.g. "windows.0.end"; "_form" for the whole payload) → Chinese message */
export type FieldErrors = Record<string, string>
export const FORM_ERROR_KEY = '_form'

/**
 * A zod error → field errors (first message per path). Unknown keys get one entry each, at their own path,
 * so a person sees which field is not expected.
 */
export function fieldErrorsOf(error: { issues: readonly z.core.$ZodIssue[] }, prefix = ''): FieldErrors {
  const out: FieldErrors = {}
  const put = (path: PropertyKey[], msg: string) => {
    const key = [prefix, ...path.map(String)].filter((s) => s !== '').join('.') || FORM_ERROR_KEY
    if (!(key in out)) out[key] = msg
  }
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') for (const k of issue.keys) put([...issue.path, k], '不支持该字段，请删除')
    else put(issue.path, issue.message)
  }
  return out
}

/** Validate a value: {} when valid, otherwise field errors. */
export function validate(schema: z.core.$ZodType, value: unknown): FieldErrors {
  const r = z.safeParse(schema, value)
  return r.success ? {} : fieldErrorsOf(r.error)
}

// ── building blocks with Chinese messages ─────────────────────────────────────

/** Message for a missing value vs a value of the wrong type. */
export const msg = (missing: string, wrong = missing) => ({
  error: (iss: { input?: unknown }) => (iss.input === undefined || iss.input === null ? missing : wrong),
})

/** A string of `min..max` characters (code points, after trimming for the length check). */
export function text(opts: { min?: number; max: number; label?: string; missing?: string }) {
  const { min = 0, max, label = '' } = opts
  const missing = opts.missing ?? (label ? `请填写${label}` : '此项为必填项')
  const len = (v: string) => Array.from(v.trim()).length
  const checks: z.core.$ZodCheck<string>[] = []
  if (min > 0) checks.push(z.refine((v: string) => len(v) >= min, min === 1 ? missing : `${label}至少输入 ${min} 个字`))
  checks.push(z.refine((v: string) => len(v) <= max, `${label}最多输入 ${max} 个字`))
  // JSON Schema keeps the limits (minLength/maxLength count UTF-16 units there; close enough for documentation)
  if (min > 0) checks.push(z.minLength(min, min === 1 ? missing : `${label}至少输入 ${min} 个字`))
  return z.string(msg(missing, `${label || '此项'}应为文字`)).check(...checks)
}

/** An identifier (path id, foreign key): 1..64 characters of [A-Za-z0-9_-]. */
export const id = (label = '编号') =>
  z
    .string(msg(`缺少${label}`, `${label}格式不正确`))
    .check(z.minLength(1, `缺少${label}`), z.maxLength(64, `${label}格式不正确`), z.regex(/^[A-Za-z0-9_-]+$/, `${label}格式不正确`))

/** Real calendar day YYYY-MM-DD (2026-02-30 is refused). */
export const isYmd = (v: unknown): v is string => {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false
  const [y, m, d] = v.split('-').map(Number)
  const t = new Date(Date.UTC(y, m - 1, d))
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d
}
export const ymd = (label = '日期') =>
  z
    .string(msg(`请选择${label}`, `${label}格式应为 YYYY-MM-DD`))
    .check(z.regex(/^\d{4}-\d{2}-\d{2}$/, `${label}格式应为 YYYY-MM-DD`), z.refine(isYmd, `${label}不是有效日期`))

/** ISO timestamp (responses). */
export const isoTime = () => z.string().check(z.iso.datetime({ offset: true }))
/** local (Asia/Shanghai) "YYYY-MM-DDTHH:mm" */
export const localDateTime = () => z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/))

/** An enum of string literals with one Chinese message for missing / unknown values. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.enum(values as unknown as { [K in T[number]]: K }, { error: message })

/**
 * Query-string integer: the text must be a whole number within min..max (`abc`, `0`, `-1`, `1e308`, `1.5` fail).
 * Parses to a number; the JSON Schema says `integer`.
 */
export const queryInt = (min: number, max: number, message: string) =>
  z.pipe(
    z.string({ error: message }).check(z.regex(/^-?\d{1,12}$/, message)),
    z.pipe(
      z.transform((s: string) => Number(s)),
      z.number().check(z.int(message), z.minimum(min, message), z.maximum(max, message)),
    ),
  )

/** Query-string number (decimal) within min..max. */
export const queryNumber = (min: number, max: number, message: string) =>
  z.pipe(
    z.string({ error: message }).check(z.regex(/^-?(\d{1,12}(\.\d{1,12})?|\.\d{1,12})$/, message)),
    z.pipe(
      z.transform((s: string) => Number(s)),
      z.number().check(z.minimum(min, message), z.maximum(max, message)),
    ),
  )
