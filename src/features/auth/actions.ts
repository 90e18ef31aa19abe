import Taro from '@tarojs/taro'
import { loginWithPhone, loginWithWechat, logout, type Result } from '@/api'
import type { Session } from '@/domain/contract'
import { ROUTES, useSession } from '@/shared'

function keep(res: Result<Session>): Result<Session> {
  if (res.ok) useSession.getState().setSession(res.data)
  return res
}

export const signInWithPhone = async (phone: string, code: string) => keep(await loginWithPhone({ phone, code }))

/** weapp: exchange Taro.login's code; the first time the server asks for a phone to bind. */
export async function signInWithWechat(bind?: { phone: string; smsCode: string }): Promise<Result<Session>> {
  let code: string
  try {
    code = (await Taro.login()).code
  } catch {
    return { ok: false, error: { status: 0, code: 'WECHAT', message: '微信登录失败，请稍后重试' } }
  }
  return keep(await loginWithWechat({ code, ...(bind ? { phone: bind.phone, smsCode: bind.smsCode } : {}) }))
}

export async function signOut() {
  await logout()
  useSession.getState().clear()
  await Taro.reLaunch({ url: ROUTES.login })
}

export { installAuthRedirect } from './launch'
