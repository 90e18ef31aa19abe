// Shared shapes for the programme-year, visit-log and member-register rules: a refusal the mock maps to an
// HTTP status, zod-mini helpers for Beijing date/time fields, and the issue → field-error mapping.
// Pure: no Taro, no Node APIs.
import * as z from 'zod/mini'
import type { Role } from './contract/common'
import { isValidYmd } from './calendar'
import { fieldErrorsOf } from './contract/z'

// zod configured once in contract/z (zh-CN messages, jitless: WeChat forbids eval/new Function) before any schema here.

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

// Field errors come from the contract's one converter (first message per dotted path; '_form' for the whole payload).
export { FORM_ERROR_KEY, fieldErrorsOf } from './contract/z'

/** Parse with a zod-mini schema into an Outcome with field-level Chinese errors. */
export function parseWith<T>(schema: z.ZodMiniType<T>, input: unknown): Outcome<T> {
  const r = schema.safeParse(input)
  return r.success ? { ok: true, value: r.data } : invalid(fieldErrorsOf(r.error))
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
