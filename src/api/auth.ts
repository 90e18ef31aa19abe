import type { DemoAccount, PhoneLoginRequest, Session, SmsCodeRequest, SmsCodeResponse, User, WechatLoginRequest } from '@/domain/contract'
import { request } from './http'

export const requestSmsCode = (body: SmsCodeRequest) => request<SmsCodeResponse>({ method: 'POST', url: '/auth/sms-code', data: body })
export const loginWithPhone = (body: PhoneLoginRequest) => request<Session>({ method: 'POST', url: '/auth/login/phone', data: body })
export const loginWithWechat = (body: WechatLoginRequest) => request<Session>({ method: 'POST', url: '/auth/login/wechat', data: body })
export const logout = () => request<{ ok: true }>({ method: 'POST', url: '/auth/logout' })
export const getMe = () => request<User>({ method: 'GET', url: '/me' })
export const listDemoAccounts = () => request<DemoAccount[]>({ method: 'GET', url: '/auth/demo-accounts' })
