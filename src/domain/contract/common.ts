// Shared API contract: the app (src/api) and the mock backend (mock/) both import these types.
// Keep this folder free of Taro/React imports.

export type Role = 'enterprise' | 'association' | 'staff' | 'province' | 'national'

export const ROLE_LABELS: Record<Role, string> = {
  enterprise: '企业',
  association: '区域品牌主体',
  staff: '指导站工作人员',
  province: '省级知识产权管理部门',
  national: '国家知识产权局',
}

/** Error body of every non-2xx response. `message` and `fieldErrors` are Chinese, shown to people. */
export interface ApiErrorBody {
  code: string
  message: string
  /** field path (e.g. "uscc", "figures.2022.revenue") → message */
  fieldErrors?: Record<string, string>
}

/** Well-known error codes. */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'VALIDATION'
  | 'CONFLICT'
  | 'INVALID_TRANSITION'
  | 'QUOTA_EXCEEDED'
  | 'SLOT_FULL'
  | 'RATE_LIMITED'
  | 'BOOKING_RESTRICTED'
  | 'INTERNAL'

export interface Page<T> {
  items: T[]
  total: number
  /** opaque cursor for the next page, null at the end */
  next: string | null
}

export interface User {
  id: string
  phone: string
  name: string
  role: Role
  /** enterprise / association: its organisation */
  orgId?: string
  /** staff: its station */
  stationId?: string
  /** province reviewer: GB/T 2260 province code, 2 digits + "0000" */
  provinceCode?: string
}

export interface Session {
  token: string
  user: User
  /** ISO timestamp */
  expiresAt: string
}

export interface SmsCodeRequest {
  phone: string
}
export interface SmsCodeResponse {
  /** seconds until another code may be requested */
  cooldown: number
  /** only in development: the fixed code, so the dev sign-in page can show it */
  devCode?: string
}
export interface PhoneLoginRequest {
  phone: string
  code: string
}
/** weapp: Taro.login code; the first time also phone + sms code to bind the WeChat identity */
export interface WechatLoginRequest {
  code: string
  phone?: string
  smsCode?: string
}

export interface DemoAccount {
  role: Role
  phone: string
  name: string
  description: string
}
