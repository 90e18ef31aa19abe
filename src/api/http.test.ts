// The weapp request path: axios → taroAdapter → Taro.request, with the retry, 401 and error interceptors.
// jest runs with TARO_ENV=h5 (XHR adapter), so the adapter is installed here exactly as the weapp build does.
import Taro from '@tarojs/taro'
import { http, request, taroAdapter, toApiError } from './http'
import { useSession } from '@/shared/session'
import { goAfterSignIn } from '@/shared/nav'
import { installAuthRedirect } from '@/features/auth/actions'
import type { Session } from '@/domain/contract'

type Opts = Parameters<typeof Taro.request>[0]
/** what the fake network answers to one call: an HTTP answer, or a `fail` with WeChat's errMsg */
type Answer = { statusCode: number; data?: unknown; header?: Record<string, string> } | { fail: string }

const calls: Opts[] = []
let answers: Answer[] = []

function fakeRequest(opts: Opts) {
  calls.push(opts)
  const a = answers.length > 1 ? answers.shift()! : answers[0]
  const errMsg = 'fail' in a ? a.fail : 'request:ok'
  setTimeout(() => {
    if ('fail' in a) opts.fail?.({ errMsg } as any)
    else opts.success?.({ data: a.data, statusCode: a.statusCode, header: a.header ?? {}, errMsg } as any)
  }, 0)
  // Taro.request also returns a promise; it rejects on failure and must not become an unhandled rejection
  return Promise.reject(new Error(errMsg)) as any
}

const session = (token: string): Session =>
  ({ token, user: { id: 'u1', role: 'enterprise', name: '陈志远', phone: '13800000001' } }) as unknown as Session

beforeAll(() => {
  http.defaults.adapter = taroAdapter
})
beforeEach(() => {
  calls.length = 0
  answers = []
  jest.spyOn(Taro, 'request').mockImplementation(fakeRequest as any)
  useSession.getState().clear()
})
afterEach(() => jest.restoreAllMocks())

describe('taroAdapter', () => {
  it('sends method, full URL with query, JSON body, headers (with the bearer token) and timeout', async () => {
    useSession.getState().setSession(session('tok-1'))
    answers = [{ statusCode: 201, data: { id: 'b1' } }]
    const res = await request<{ id: string }>({ method: 'post', url: '/bookings', params: { draft: 1 }, data: { slotId: 's1' } })
    expect(res).toEqual({ ok: true, data: { id: 'b1' }, status: 201 })
    expect(calls).toHaveLength(1)
    const sent = calls[0]
    expect(sent.method).toBe('POST')
    expect(sent.url).toMatch(/\/api\/bookings\?draft=1$/)
    expect(JSON.parse(sent.data as string)).toEqual({ slotId: 's1' })
    expect(sent.header).toMatchObject({ Authorization: 'Bearer tok-1', 'Content-Type': 'application/json' })
    expect(sent.timeout).toBe(10000)
  })

  it('a 4xx body becomes a typed error with the server’s Chinese message and field errors', async () => {
    answers = [
      { statusCode: 400, data: { code: 'VALIDATION', message: '提交的内容有误', fieldErrors: { uscc: '统一社会信用代码校验位不正确' } } },
    ]
    const res = await request({ method: 'post', url: '/applications', data: {} })
    expect(res).toEqual({
      ok: false,
      error: { status: 400, code: 'VALIDATION', message: '提交的内容有误', fieldErrors: { uscc: '统一社会信用代码校验位不正确' } },
    })
  })

  it('a 4xx without a body gets the Chinese message of its status', async () => {
    answers = [{ statusCode: 409, data: '' }]
    const res = await request({ method: 'put', url: '/bookings/b1' })
    expect(res.ok).toBe(false)
    if (!res.ok) expect(res.error).toEqual({ status: 409, code: 'HTTP_409', message: '操作与当前状态冲突，请刷新后重试' })
  })

  it('a timeout reported by WeChat is a TIMEOUT error (POST: sent once)', async () => {
    answers = [{ fail: 'request:fail timeout' }]
    const res = await request({ method: 'post', url: '/bookings', data: {} })
    expect(res).toEqual({ ok: false, error: { status: 0, code: 'TIMEOUT', message: '网络较慢，请求超时，请稍后重试' } })
    expect(calls).toHaveLength(1)
  })

  it('a network failure is a NETWORK error with a Chinese message', async () => {
    answers = [{ fail: 'request:fail net::ERR_INTERNET_DISCONNECTED' }]
    const res = await request({ method: 'delete', url: '/bookings/b1' })
    expect(res).toEqual({ ok: false, error: { status: 0, code: 'NETWORK', message: '网络连接失败，请检查网络后重试' } })
  })
})

describe('retry', () => {
  it('retries a GET after a network failure and a 5xx, then succeeds', async () => {
    answers = [{ fail: 'request:fail' }, { statusCode: 503, data: {} }, { statusCode: 200, data: [1, 2] }]
    const res = await request<number[]>({ method: 'get', url: '/stations' })
    expect(res).toEqual({ ok: true, data: [1, 2], status: 200 })
    expect(calls.map((c) => c.method)).toEqual(['GET', 'GET', 'GET'])
  })

  it('gives up after two retries of a GET', async () => {
    answers = [{ fail: 'request:fail timeout' }]
    const res = await request({ url: '/stations' })
    expect(calls).toHaveLength(3)
    expect(!res.ok && res.error.code).toBe('TIMEOUT')
  })

  it('never retries a POST, even on 5xx or network failure', async () => {
    answers = [{ statusCode: 500, data: { code: 'INTERNAL', message: '服务器开小差了' } }]
    const r1 = await request({ method: 'post', url: '/applications/a1/submit', data: {} })
    expect(calls).toHaveLength(1)
    expect(!r1.ok && r1.error).toEqual({ status: 500, code: 'INTERNAL', message: '服务器开小差了' })
    answers = [{ fail: 'request:fail' }]
    await request({ method: 'post', url: '/applications/a1/submit', data: {} })
    expect(calls).toHaveLength(2)
  })

  it('does not retry a GET answered with a 4xx', async () => {
    answers = [{ statusCode: 404, data: {} }]
    const res = await request({ url: '/stations/nope' })
    expect(calls).toHaveLength(1)
    expect(!res.ok && res.error.message).toBe('要找的内容不存在或已删除')
  })
})

describe('401 → sign-in and back', () => {
  it('clears the session, opens sign-in with the current page as redirect, and returns there after sign-in', async () => {
    useSession.getState().setSession(session('expired'))
    jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([
      { route: 'pages/home/index', options: {} },
      { route: 'pkg-station/pages/voucher/index', options: { id: 'bk 1' } },
    ] as any)
    const redirectTo = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' } as any)
    const reLaunch = jest.spyOn(Taro, 'reLaunch').mockResolvedValue({ errMsg: 'reLaunch:ok' } as any)
    installAuthRedirect()
    answers = [{ statusCode: 401, data: { code: 'UNAUTHENTICATED', message: '登录已过期，请重新登录' } }]

    const res = await request({ url: '/bookings/bk%201' })
    expect(!res.ok && res.error).toMatchObject({ status: 401, message: '登录已过期，请重新登录' })
    expect(calls).toHaveLength(1) // a 401 is not retried
    expect(useSession.getState().session).toBeNull()
    expect(redirectTo).toHaveBeenCalledTimes(1)
    const url = redirectTo.mock.calls[0][0].url
    expect(url.startsWith('/pages/login/index?redirect=')).toBe(true)
    const back = decodeURIComponent(url.split('redirect=')[1])
    expect(back).toBe('/pkg-station/pages/voucher/index?id=bk%201')

    goAfterSignIn(back)
    expect(reLaunch).toHaveBeenCalledWith({ url: '/pkg-station/pages/voucher/index?id=bk%201' })
  })

  it('a 401 from the sign-in endpoints themselves does not redirect (wrong SMS code)', async () => {
    const redirectTo = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' } as any)
    jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([{ route: 'pages/home/index', options: {} }] as any)
    installAuthRedirect()
    answers = [{ statusCode: 401, data: { code: 'BAD_CODE', message: '验证码错误' } }]
    const res = await request({ method: 'post', url: '/auth/login', data: {} })
    expect(!res.ok && res.error.message).toBe('验证码错误')
    expect(redirectTo).not.toHaveBeenCalled()
  })

  it('already on the sign-in page: stays there', async () => {
    const redirectTo = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' } as any)
    jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([{ route: 'pages/login/index', options: {} }] as any)
    installAuthRedirect()
    answers = [{ statusCode: 401, data: {} }]
    const res = await request({ url: '/home' })
    expect(!res.ok && res.error.message).toBe('请先登录')
    expect(redirectTo).not.toHaveBeenCalled()
  })
})

describe('toApiError', () => {
  it('an unknown 5xx without a body says the service is unavailable', () => {
    expect(toApiError({ response: { status: 502, data: undefined } })).toEqual({
      status: 502,
      code: 'INTERNAL',
      message: '服务暂时不可用，请稍后重试',
    })
  })
})
