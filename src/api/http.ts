import Taro from '@tarojs/taro'
import axios, { AxiosError, type AxiosAdapter, type AxiosRequestConfig, type AxiosResponse, type InternalAxiosRequestConfig } from 'axios'
import type { ApiErrorBody } from '@/domain/contract'
import { useSession } from '@/shared/session'
import { notifyUnauthenticated } from './unauthenticated'

/** Every endpoint resolves to a Result; nothing in the request layer throws at the caller. */
export interface ApiError extends ApiErrorBody {
  /** HTTP status, 0 when the request never got an answer */
  status: number
}
export type Result<T> = { ok: true; data: T; status: number } | { ok: false; error: ApiError }

export const API_BASE = process.env.TARO_ENV === 'h5' ? '/api' : process.env.TARO_APP_WEAPP_API_BASE || 'http://127.0.0.1:3100/api'

/** The mini-program has no XHR/fetch: send axios requests through Taro.request (axios finds no adapter there otherwise). */
export const taroAdapter: AxiosAdapter = (config) =>
  new Promise((resolve, reject) => {
    const url = axios.getUri(config)
    const headers: Record<string, string> = {}
    const raw = config.headers as unknown as { toJSON?: () => Record<string, string> } | Record<string, string>
    const plain = typeof (raw as any)?.toJSON === 'function' ? (raw as any).toJSON() : raw
    for (const [k, v] of Object.entries(plain || {})) if (v !== undefined && v !== null) headers[k] = String(v)
    const task = Taro.request({
      url,
      method: (config.method || 'get').toUpperCase() as any,
      data: config.data,
      header: headers,
      timeout: config.timeout,
      dataType: 'json',
      success: (res) => {
        const response: AxiosResponse = {
          data: res.data,
          status: res.statusCode,
          statusText: String(res.statusCode),
          headers: res.header || {},
          config: config as InternalAxiosRequestConfig,
          request: null,
        }
        const validate = config.validateStatus
        if (!validate || validate(res.statusCode)) resolve(response)
        else
          reject(
            new AxiosError(`HTTP ${res.statusCode}`, AxiosError.ERR_BAD_RESPONSE, config as InternalAxiosRequestConfig, null, response),
          )
      },
      fail: (err) => {
        const timeout = /timeout/i.test(err?.errMsg || '')
        reject(
          new AxiosError(
            err?.errMsg || 'request:fail',
            timeout ? AxiosError.ECONNABORTED : AxiosError.ERR_NETWORK,
            config as InternalAxiosRequestConfig,
          ),
        )
      },
    })
    // Taro.request also returns a promise that rejects on failure; `fail` above already handled it.
    ;(task as unknown as Promise<unknown>)?.catch?.(() => undefined)
  })

export const http = axios.create({
  baseURL: API_BASE,
  timeout: 10000,
  headers: { 'Content-Type': 'application/json' },
  ...(process.env.TARO_ENV === 'h5' ? {} : { adapter: taroAdapter }),
})

// --- interceptor: auth -------------------------------------------------------------------------
http.interceptors.request.use((config) => {
  const token = useSession.getState().session?.token
  if (token) config.headers.set('Authorization', `Bearer ${token}`)
  return config
})

// --- interceptor: retry idempotent reads on network failure / 5xx ---------------------------------
const RETRY_DELAYS = [300, 900]
http.interceptors.response.use(undefined, async (error: AxiosError) => {
  const config = error.config as (InternalAxiosRequestConfig & { __retry?: number }) | undefined
  const status = error.response?.status ?? 0
  const retriable = !error.response || status >= 500
  if (!config || (config.method || 'get').toLowerCase() !== 'get' || !retriable) throw error
  const attempt = config.__retry ?? 0
  if (attempt >= RETRY_DELAYS.length) throw error
  config.__retry = attempt + 1
  await new Promise((r) => setTimeout(r, RETRY_DELAYS[attempt]))
  return http.request(config)
})

// --- interceptor: 401 → sign-in, then back to the same page --------------------------------------
export { setUnauthenticatedHandler } from './unauthenticated'
http.interceptors.response.use(undefined, (error: AxiosError) => {
  if (error.response?.status === 401 && !String(error.config?.url || '').startsWith('/auth/')) {
    useSession.getState().clear()
    notifyUnauthenticated()
  }
  throw error
})

// --- errors → typed result with a Chinese message ----------------------------------------------
const STATUS_MESSAGES: Record<number, string> = {
  400: '提交的内容有误，请检查后重试',
  401: '请先登录',
  403: '当前账号无权进行此操作',
  404: '要找的内容不存在或已删除',
  409: '操作与当前状态冲突，请刷新后重试',
  429: '操作太频繁，请稍后再试',
}

export function toApiError(error: unknown): ApiError {
  const err = error as AxiosError<ApiErrorBody>
  const res = err?.response
  if (res) {
    const body = res.data && typeof res.data === 'object' ? res.data : undefined
    return {
      status: res.status,
      code: body?.code || (res.status >= 500 ? 'INTERNAL' : 'HTTP_' + res.status),
      message: body?.message || STATUS_MESSAGES[res.status] || '服务暂时不可用，请稍后重试',
      ...(body?.fieldErrors ? { fieldErrors: body.fieldErrors } : {}),
    }
  }
  if (err?.code === AxiosError.ECONNABORTED || err?.code === AxiosError.ETIMEDOUT) {
    return { status: 0, code: 'TIMEOUT', message: '网络较慢，请求超时，请稍后重试' }
  }
  return { status: 0, code: 'NETWORK', message: '网络连接失败，请检查网络后重试' }
}

export async function request<T>(config: AxiosRequestConfig): Promise<Result<T>> {
  try {
    const res = await http.request<T>(config)
    return { ok: true, data: res.data, status: res.status }
  } catch (error) {
    return { ok: false, error: toApiError(error) }
  }
}
