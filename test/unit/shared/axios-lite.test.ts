// The weapp build's axios stand-in must behave like axios for what src/api/http.ts uses.
import axios, { AxiosError } from '@/api/axios-lite'

const ok = (config: any, status = 200, data: unknown = { ok: 1 }) => ({ data, status, statusText: '', headers: {}, config, request: null })

describe('axios-lite (weapp)', () => {
  it('builds the URL like axios: baseURL + url + params, skipping empty values', () => {
    expect(
      axios.getUri({ baseURL: 'http://h/api/', url: '/stations', params: { q: '福州 鼓楼', page: 2, none: undefined, tags: ['a', 'b'] } }),
    ).toBe('http://h/api/stations?q=%E7%A6%8F%E5%B7%9E%20%E9%BC%93%E6%A5%BC&page=2&tags[]=a&tags[]=b')
    expect(axios.getUri({ baseURL: 'http://h/api', url: 'http://other/x' })).toBe('http://other/x')
  })
  it('runs request interceptors, the adapter, and response error interceptors (retry)', async () => {
    const seen: any[] = []
    let calls = 0
    const http = axios.create({
      baseURL: '/api',
      headers: { 'Content-Type': 'application/json' },
      adapter: async (config: any) => {
        calls++
        seen.push(config.headers.toJSON())
        if (calls === 1) throw new AxiosError('down', AxiosError.ERR_NETWORK, config)
        return ok(config)
      },
    })
    http.interceptors.request.use((c: any) => {
      c.headers.set('Authorization', 'Bearer t')
      return c
    })
    http.interceptors.response.use(undefined, (e: any) => {
      if (e.config.__retry) throw e
      e.config.__retry = 1
      return http.request(e.config)
    })
    const res = await http.request({ method: 'get', url: '/home' })
    expect(res.status).toBe(200)
    expect(calls).toBe(2)
    expect(seen[1]).toEqual({ 'Content-Type': 'application/json', Authorization: 'Bearer t' })
  })
  it('rejects with the AxiosError the adapter gave, response attached', async () => {
    const http = axios.create({
      adapter: async (c: any) => {
        throw new AxiosError('HTTP 404', AxiosError.ERR_BAD_RESPONSE, c, null, { status: 404, data: { code: 'NOT_FOUND' } })
      },
    })
    await expect(http.request({ url: '/x' })).rejects.toMatchObject({ code: 'ERR_BAD_RESPONSE', response: { status: 404 } })
  })
})
