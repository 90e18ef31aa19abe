// Shared shapes for the programme-year, visit-log and member-register rules: a refusal the mock maps to an
// HTTP status, zod-mini helpers for Beijing date/time fields, and the issue → field-error mapping.
// Pure: no Taro, no Node APIs.
import * as z from 'zod/mini'
import type { Role } from './contract/common'
import { isValidYmd } from './calendar'

// jitless: the WeChat mini-program runtime forbids eval/new Function. zod/mini's object parser does not
// compile code anyway; classic zod's does unless jitless is set (zod reads the flag when a schema is built,
// so it is set here, before the schemas of the modules importing this one). z.config merges.
z.config({ jitless: true })

export type RefusalCode = 'VALIDATION' | 'FORBIDDEN' | 'INVALID_TRANSITION' | 'CONFLICT' | 'CALL_CLOSED' | 'DEADLINE_PASSED'

export interface Refusal {
  ok: false
  /** 400 bad input, 403 wrong role/scope, 409 the state does not allow it */
  status: 400 | 403 | 409
  code: RefusalCode
  message: string
  fieldErrors?: Record<string, string>
}
export type Outcome<T> = { ok: true; value: T } | Refusal

export const refuse = (status: Refusal['status'], code: RefusalCode, message: string, fieldErrors?: Record<string, string>): Refusal =>
  fieldErrors ? { ok: false, status, code, message, fieldErrors } : { ok: false, status, code, message }

export const invalid = (fieldErrors: Record<string, string>): Refusal =>
  refuse(400, 'VALIDATION', '提交的内容有误，请按提示修改', fieldErrors)

/** Who does something: enough of the signed-in user for scope checks and for the record. */
export interface Actor {
  id: string
  role: Role
  name?: string
  provinceCode?: string
  orgId?: string
  stationId?: string
}

/** Key for issues about the whole payload rather than one field. */
export const FORM_ERROR_KEY = '_form'

/** First message per dotted path ('window.closesAt', 'photos.2.size'); issues about the whole payload → '_form'. */
export function fieldErrorsOf(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const i of issues) {
    const key = i.path.map(String).join('.') || FORM_ERROR_KEY
    if (!(key in out)) out[key] = i.message
  }
  return out
}

/** Parse with a zod-mini schema into an Outcome with field-level Chinese errors. */
export function parseWith<T>(schema: z.ZodMiniType<T>, input: unknown): Outcome<T> {
  const r = schema.safeParse(input)
  return r.success ? { ok: true, value: r.data } : invalid(fieldErrorsOf(r.error.issues))
}

// ── Beijing date / time fields ───────────────────────────────────────────────
// Instants the reviewers set are written as Beijing wall-clock minutes "YYYY-MM-DDTHH:mm" (time.ts
// localToEpoch turns them into epoch ms); calendar days as "YYYY-MM-DD".

const LOCAL_DT = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d$/

export const isLocalDateTime = (v: unknown): v is string => typeof v === 'string' && LOCAL_DT.test(v) && isValidYmd(v.slice(0, 10))

/** "YYYY-MM-DDTHH:mm", Beijing time. */
export const localDateTime = (message: string) => z.string(message).check(z.refine((v) => isLocalDateTime(v), { message }))

/** "YYYY-MM-DD", a real calendar day. */
export const ymd = (message: string) => z.string(message).check(z.refine((v) => isValidYmd(v), { message }))

/** Trimmed text with a Chinese length message (length counted in characters, not UTF-16 units). */
export const text = (label: string, max: number, min = 1) =>
  z.string(`请填写${label}`).check(
    z.refine((v) => v.trim().length >= min, { message: `请填写${label}` }),
    z.refine((v) => Array.from(v.trim()).length <= max, { message: `${label}最多 ${max} 个字` }),
  )

/** "2026-12-15T17:00" → "2026年12月15日 17:00" for messages. */
export function formatLocalDateTime(local: string): string {
  const [d, t] = local.split('T')
  return `${formatYmdCn(d)}${t ? ` ${t}` : ''}`
}
export function formatYmdCn(d: string): string {
  const [y, m, day] = d.split('-').map(Number)
  return `${y}年${m}月${day}日`
}
