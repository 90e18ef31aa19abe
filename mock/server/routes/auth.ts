// Sign-in: SMS code (H5), phone + code, WeChat code (weapp, binds the WeChat identity once), logout,
// and the public demo-account list.
import crypto from 'node:crypto'
import type {
  DemoAccount,
  PhoneLoginRequest,
  Role,
  Session,
  SmsCodeRequest,
  SmsCodeResponse,
  WechatLoginRequest,
} from '../../../src/domain/contract'
import { DEMO_DESCRIPTIONS, DEMO_PHONES, DEMO_SECOND_ENTERPRISE } from '../../seed/demo'
import type { StoredSession, StoredUser } from '../../store'
import { publicUser, type Ctx } from '../context'
import { HttpError, assertValid } from '../errors'
import type { RouteModule } from './index'

export const SMS_COOLDOWN_SECONDS = 60

/** Deterministic openid for a wx.login code (the mock has no WeChat server to ask). */
export const openidFor = (code: string) => `o${crypto.createHash('sha256').update(`wx:${code}`).digest('base64url').slice(0, 27)}`

/** Creates a session (synchronous; call inside the request's transaction). */
export function createSession(ctx: Ctx, user: StoredUser): Session {
  const now = ctx.now().getTime()
  // drop expired sessions so the collection does not grow forever
  ctx.store.sessions.deleteExpired(new Date(now).toISOString())
  const session: StoredSession = {
    token: crypto.randomBytes(24).toString('base64url'),
    userId: user.id,
    expiresAt: new Date(now + ctx.config.sessionHours * 3600_000).toISOString(),
  }
  ctx.store.sessions.insert(session)
  return { token: session.token, user: publicUser(user), expiresAt: session.expiresAt }
}

const auth: RouteModule = (api, ctx) => {
  /** phone → last send time (wall clock: rate limiting follows real time even when MOCK_NOW pins the clock) */
  const lastSent = new Map<string, number>()

  api.post('/auth/sms-code', async (req, reply): Promise<SmsCodeResponse> => {
    const body = req.body as SmsCodeRequest
    const t = Date.now()
    const prev = lastSent.get(body.phone)
    if (prev !== undefined && t - prev < SMS_COOLDOWN_SECONDS * 1000) {
      const wait = Math.ceil((SMS_COOLDOWN_SECONDS * 1000 - (t - prev)) / 1000)
      reply.header('retry-after', String(wait))
      throw new HttpError(429, 'RATE_LIMITED', `验证码发送过于频繁，请 ${wait} 秒后再试`)
    }
    lastSent.set(body.phone, t)
    ctx.log(`[sms] 验证码 ${ctx.config.devSmsCode} → ${body.phone}（开发环境固定验证码）`)
    return { cooldown: SMS_COOLDOWN_SECONDS, devCode: ctx.config.devSmsCode }
  })

  api.post('/auth/login/phone', async (req): Promise<Session> => {
    const body = req.body as PhoneLoginRequest
    if (body.code !== ctx.config.devSmsCode) assertValid({ code: '验证码错误或已失效' })
    const user = ctx.store.users.first({ phone: body.phone })
    if (!user) assertValid({ phone: '该手机号未开通账号' })
    return ctx.store.tx(() => createSession(ctx, user!))
  })

  api.post('/auth/login/wechat', async (req): Promise<Session> => {
    const body = req.body as WechatLoginRequest
    const openid = openidFor(body.code)
    let user = ctx.store.users.first({ openid })
    if (!user) {
      if (!body.phone) assertValid({ phone: '首次登录请绑定手机号' }, '首次使用微信登录，请绑定手机号')
      if (body.smsCode !== ctx.config.devSmsCode) assertValid({ smsCode: '验证码错误或已失效' })
      user = ctx.store.users.first({ phone: body.phone })
      if (!user) assertValid({ phone: '该手机号未开通账号' })
      user!.openid = openid // one WeChat identity per account: binding again replaces the previous one
    }
    const bound = user!
    return ctx.store.tx(() => {
      ctx.store.users.save(bound)
      return createSession(ctx, bound)
    })
  })

  api.post('/auth/logout', async (req, reply) => {
    const header = req.headers.authorization
    if (header?.startsWith('Bearer ')) {
      const token = header.slice(7).trim()
      ctx.store.tx(() => ctx.store.sessions.delete(token))
    }
    return reply.status(204).send()
  })

  api.get('/auth/demo-accounts', async (): Promise<DemoAccount[]> => {
    const out: DemoAccount[] = []
    for (const role of Object.keys(DEMO_PHONES) as Role[]) {
      const u = ctx.store.users.first({ phone: DEMO_PHONES[role] })
      if (u) out.push({ role, phone: u.phone, name: u.name, description: DEMO_DESCRIPTIONS[role] })
    }
    const second = ctx.store.users.first({ phone: DEMO_SECOND_ENTERPRISE.phone })
    if (second) out.push({ role: second.role, phone: second.phone, name: second.name, description: DEMO_SECOND_ENTERPRISE.description })
    return out
  })
}
export default auth
