// Shared API contract: the app (src/api) and the mock backend (mock/) both import these declarations.
// One zod declaration per payload; the TypeScript type is `z.infer` of it, the OpenAPI document is generated
// from it (mock/openapi/generate.ts) and the mock validates requests/responses with it. No Taro/React imports.
import * as z from 'zod/mini'
import { id, msg } from './z'
import { validatePhone, validateSmsCode } from '../phone'
import { ROLES, API_ERROR_CODES } from './values'
export { ROLE_LABELS } from './labels'
export { ROLES, API_ERROR_CODES } from './values'

export const RoleSchema = z.enum(ROLES)
export type Role = z.infer<typeof RoleSchema>

export type ApiErrorCode = (typeof API_ERROR_CODES)[number]

/** Error body of every non-2xx response. `message` and `fieldErrors` are Chinese, shown to people. */
export const ApiErrorBodySchema = z.strictObject({
  /** machine-readable, one of API_ERROR_CODES on the server (the client adds TIMEOUT / NETWORK of its own) */
  code: z.string().check(z.minLength(1)),
  message: z.string().check(z.minLength(1)),
  /** field path (e.g. "uscc", "figures.2022.revenue"; "_form" for the whole payload) → message */
  fieldErrors: z.optional(z.record(z.string(), z.string())),
})
export type ApiErrorBody = z.infer<typeof ApiErrorBodySchema>

/** A page of a list: `next` is the opaque cursor of the next page (null at the end). */
export const pageOf = <T extends z.core.$ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().check(z.int(), z.minimum(0)), next: z.nullable(z.string()) })
export interface Page<T> {
  items: T[]
  total: number
  /** opaque cursor for the next page, null at the end */
  next: string | null
}

export const PhoneSchema = z.string(msg('请输入手机号', '请输入正确的 11 位手机号')).check(
  z.refine((v: string) => validatePhone(v) === null, { error: (iss) => validatePhone(String(iss.input)) ?? '' }),
  z.regex(/^1[3-9]\d{9}$/),
)
const SmsCodeSchema = (missing: string) =>
  z.string(msg(missing, '验证码为 6 位数字')).check(
    z.refine((v: string) => validateSmsCode(v) === null, { error: (iss) => validateSmsCode(String(iss.input)) ?? '' }),
    z.regex(/^\d{6}$/),
  )

export const UserSchema = z.object({
  id: z.string(),
  phone: z.string().check(z.regex(/^1[3-9]\d{9}$/)),
  name: z.string(),
  role: RoleSchema,
  /** enterprise / association: its organisation */
  orgId: z.optional(z.string()),
  /** staff: its station */
  stationId: z.optional(z.string()),
  /** province reviewer: GB/T 2260 province code, 2 digits + "0000" */
  provinceCode: z.optional(z.string().check(z.regex(/^\d{2}0000$/))),
})
export type User = z.infer<typeof UserSchema>

export const SessionSchema = z.object({
  token: z.string(),
  user: UserSchema,
  /** ISO timestamp */
  expiresAt: z.string(),
})
export type Session = z.infer<typeof SessionSchema>

/** POST /auth/sms-code */
export const SmsCodeRequestSchema = z.strictObject({ phone: PhoneSchema })
export type SmsCodeRequest = z.infer<typeof SmsCodeRequestSchema>
export const SmsCodeResponseSchema = z.object({
  /** seconds until another code may be requested */
  cooldown: z.number().check(z.int(), z.minimum(0)),
  /** only in development: the fixed code, so the dev sign-in page can show it */
  devCode: z.optional(z.string()),
})
export type SmsCodeResponse = z.infer<typeof SmsCodeResponseSchema>

/** POST /auth/login/phone */
export const PhoneLoginRequestSchema = z.strictObject({ phone: PhoneSchema, code: SmsCodeSchema('请输入验证码') })
export type PhoneLoginRequest = z.infer<typeof PhoneLoginRequestSchema>

/** weapp: Taro.login code; the first time also phone + sms code to bind the WeChat identity */
export const WechatLoginRequestSchema = z
  .strictObject({
    code: z
      .string(msg('缺少微信登录凭证', '微信登录凭证格式不正确'))
      .check(z.minLength(1, '缺少微信登录凭证'), z.maxLength(128, '微信登录凭证格式不正确')),
    phone: z.optional(PhoneSchema),
    smsCode: z.optional(SmsCodeSchema('请输入短信验证码')),
  })
  .check(
    z.superRefine((v, ctx) => {
      // binding needs both: a phone number without the code sent to it proves nothing
      if (v.phone !== undefined && v.smsCode === undefined)
        ctx.issues.push({ code: 'custom', path: ['smsCode'], message: '请输入短信验证码', input: v })
    }),
  )
export type WechatLoginRequest = z.infer<typeof WechatLoginRequestSchema>

export const DemoAccountSchema = z.object({ role: RoleSchema, phone: z.string(), name: z.string(), description: z.string() })
export type DemoAccount = z.infer<typeof DemoAccountSchema>

/** Path parameter `{id}` of every endpoint that has one. */
export const IdParamsSchema = z.strictObject({ id: id() })

export const HealthSchema = z.object({ ok: z.boolean(), time: z.string() })
