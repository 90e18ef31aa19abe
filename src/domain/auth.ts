// Sign-in payload schemas: ONE schema per payload, used by the sign-in page and by the mock (mock/server/routes/auth.ts).
import { validatePhone, validateSmsCode } from './ids'
import { check, field, isEmpty, object, optional, required, string, type Rule } from './validate'

const phone = field(required('请输入手机号'), check((v: string) => validatePhone(v)))
const smsCode = field(required('请输入验证码'), check((v: string) => validateSmsCode(v)))

/** POST /auth/sms-code */
export const smsCodeSchema = object({ phone })

/** POST /auth/login/phone */
export const phoneLoginSchema = object({ phone, code: smsCode })

/** POST /auth/login/wechat — phone + smsCode only when binding the WeChat identity the first time */
/** required only when a phone number is given (binding) */
const requiredWithPhone: Rule = Object.assign(
  (v: unknown, ctx: { parent?: unknown }) =>
    isEmpty(v) && !isEmpty((ctx.parent as { phone?: unknown } | undefined)?.phone) ? '请输入短信验证码' : null,
  { isRequired: true as const },
)
export const wechatLoginSchema = object({
  code: field(required('缺少微信登录凭证'), string({ max: 128 })),
  phone: optional(phone),
  smsCode: field(requiredWithPhone, check((v: string) => validateSmsCode(v))),
})
