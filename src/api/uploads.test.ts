// The upload helper's sending path: Taro.uploadFile (multipart, field `file`, bearer token), progress, retries
// on network failures and 5xx only, the server's Chinese message on a refusal.
import Taro from '@tarojs/taro'
import { useSession } from '@/shared/session'
import type { Session } from '@/domain/contract'
import { uploadPhoto } from './uploads'

type Opts = Parameters<typeof Taro.uploadFile>[0]
type Answer = { statusCode: number; data: string } | { fail: string }
const calls: Opts[] = []
let answers: Answer[] = []

beforeEach(() => {
  calls.length = 0
  jest.useFakeTimers()
  jest.spyOn(Taro, 'uploadFile').mockImplementation(((opts: Opts) => {
    calls.push(opts)
    const a = answers.shift()!
    let progress: ((r: { progress: number }) => void) | undefined
    setTimeout(() => {
      progress?.({ progress: 40 })
      progress?.({ progress: 100 })
      if ('fail' in a) opts.fail?.({ errMsg: a.fail } as any)
      else opts.success?.({ ...a, errMsg: 'uploadFile:ok' } as any)
    }, 0)
    return { onProgressUpdate: (cb: typeof progress) => (progress = cb), abort: () => undefined } as any
  }) as any)
  useSession.getState().setSession({ token: 'tok-1', user: { id: 'u3', role: 'staff', name: '林', phone: '13800000003' } } as Session)
})
afterEach(() => {
  jest.useRealTimers()
  jest.restoreAllMocks()
})

const photo = { path: 'blob:http://localhost/1', size: 1234, name: 'a.jpg' }
const ok = {
  statusCode: 201,
  data: JSON.stringify({ fileId: 'UP000001', mime: 'image/jpeg', size: 1234, createdAt: '2026-11-24T02:00:00.000Z' }),
}

test('sends the file as `file` with the bearer token and reports progress', async () => {
  answers = [ok]
  const progress: number[] = []
  const p = uploadPhoto(photo, { onProgress: (n) => progress.push(n) })
  await jest.runAllTimersAsync()
  const r = await p
  expect(r).toMatchObject({ ok: true, data: { fileId: 'UP000001' } })
  expect(calls[0]).toMatchObject({ url: '/api/uploads', filePath: photo.path, name: 'file', header: { Authorization: 'Bearer tok-1' } })
  expect(progress).toEqual([0, 40, 100])
})

test('a network failure and a 503 are retried, then the upload goes through', async () => {
  answers = [{ fail: 'uploadFile:fail timeout' }, { statusCode: 503, data: '{"code":"INTERNAL","message":"服务暂时不可用"}' }, ok]
  const p = uploadPhoto(photo)
  await jest.runAllTimersAsync()
  expect((await p).ok).toBe(true)
  expect(calls).toHaveLength(3)
})

test('a refusal (415 / 413) is final and carries the server’s message', async () => {
  answers = [{ statusCode: 415, data: JSON.stringify({ code: 'UNSUPPORTED_MEDIA_TYPE', message: '只能上传 JPG、PNG 或 WebP 格式的照片' }) }]
  const p = uploadPhoto(photo)
  await jest.runAllTimersAsync()
  expect(await p).toEqual({
    ok: false,
    error: { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: '只能上传 JPG、PNG 或 WebP 格式的照片' },
  })
  expect(calls).toHaveLength(1)
})

test('after the last retry the network error is returned in Chinese', async () => {
  answers = [{ fail: 'uploadFile:fail' }, { fail: 'uploadFile:fail' }, { fail: 'uploadFile:fail' }]
  const p = uploadPhoto(photo)
  await jest.runAllTimersAsync()
  expect(await p).toMatchObject({ ok: false, error: { code: 'NETWORK', message: '网络连接失败，照片没有传上去' } })
  expect(calls).toHaveLength(3)
})
