// The mini-program build's stand-in for axios (webpack alias in config/index.ts, weapp only; H5 and
// the tests use axios itself). The mini-program has no XHR or fetch, so axios's adapters are dead
// weight there: ~60 KB of the main package for what http.ts uses — create(), getUri(), request
// interceptors, response error interceptors, request(), AxiosError and headers.set(). Requests go
// through the adapter http.ts passes (Taro.request).
type Config = Record<string, any>
type Fulfilled = ((v: any) => any) | undefined
type Rejected = ((e: any) => any) | undefined

class Headers {
  constructor(init: Record<string, unknown> = {}) {
    for (const [k, v] of Object.entries(init)) if (typeof v !== 'function') (this as any)[k] = v
  }
  set(name: string, value: unknown) {
    ;(this as any)[name] = value
    return this
  }
  get(name: string) {
    return (this as any)[name]
  }
  toJSON() {
    const out: Record<string, unknown> = {}
    for (const k of Object.keys(this)) out[k] = (this as any)[k]
    return out
  }
}

export class AxiosError extends Error {
  static ERR_BAD_RESPONSE = 'ERR_BAD_RESPONSE'
  static ERR_NETWORK = 'ERR_NETWORK'
  static ECONNABORTED = 'ECONNABORTED'
  static ETIMEDOUT = 'ETIMEDOUT'
  isAxiosError = true
  constructor(
    message: string,
    public code?: string,
    public config?: Config,
    public request?: unknown,
    public response?: { status: number; data: unknown },
  ) {
    super(message)
  }
}

const enc = (s: unknown) => encodeURIComponent(String(s))
/** axios's default query serialisation for the values we send (strings, numbers, booleans, arrays as k[]). */
function query(params: Record<string, unknown> | undefined): string {
  const parts: string[] = []
  for (const [k, v] of Object.entries(params || {})) {
    if (v === undefined || v === null) continue
    if (Array.isArray(v)) for (const x of v) parts.push(`${enc(k)}[]=${enc(x)}`)
    else parts.push(`${enc(k)}=${enc(v instanceof Date ? v.toISOString() : v)}`)
  }
  return parts.join('&')
}

function getUri(config: Config): string {
  const url = String(config.url || '')
  const full =
    /^[a-z][a-z\d+.-]*:\/\//i.test(url) || !config.baseURL
      ? url
      : `${String(config.baseURL).replace(/\/+$/, '')}/${url.replace(/^\/+/, '')}`
  const q = query(config.params)
  return q ? `${full}${full.includes('?') ? '&' : '?'}${q}` : full
}

function create(defaults: Config = {}) {
  const requestHandlers: [Fulfilled, Rejected][] = []
  const responseHandlers: [Fulfilled, Rejected][] = []
  const instance: any = {
    defaults,
    interceptors: {
      request: { use: (f?: Fulfilled, r?: Rejected) => requestHandlers.push([f, r]) - 1 },
      response: { use: (f?: Fulfilled, r?: Rejected) => responseHandlers.push([f, r]) - 1 },
    },
    getUri: (config: Config) => getUri({ ...defaults, ...config }),
    async request(input: Config) {
      let config: Config = {
        validateStatus: (s: number) => s >= 200 && s < 300,
        ...defaults,
        ...input,
        headers: new Headers({
          ...(defaults.headers || {}),
          ...(input.headers && typeof input.headers.toJSON === 'function' ? input.headers.toJSON() : input.headers || {}),
        }),
      }
      // axios runs request interceptors last-added first
      for (const [f] of [...requestHandlers].reverse()) if (f) config = await f(config)
      let chain: Promise<any> = Promise.resolve().then(() => {
        if (typeof config.adapter !== 'function') throw new AxiosError('no adapter', AxiosError.ERR_NETWORK, config)
        return config.adapter(config)
      })
      for (const [f, r] of responseHandlers) chain = chain.then(f, r)
      return chain
    },
  }
  for (const m of ['get', 'delete', 'head']) instance[m] = (url: string, c: Config = {}) => instance.request({ ...c, method: m, url })
  for (const m of ['post', 'put', 'patch'])
    instance[m] = (url: string, data?: unknown, c: Config = {}) => instance.request({ ...c, method: m, url, data })
  return instance
}

const axios = { create, getUri, AxiosError, isAxiosError: (e: unknown) => !!(e as any)?.isAxiosError }
export default axios
