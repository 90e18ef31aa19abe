// Photos: choose → compress → upload (POST /uploads, multipart) with progress and retry, and read one back
// (GET /uploads/{id}) as a local path an <Image> can show.
// - weapp: Taro.chooseMedia (sizeType compressed), then Taro.compressImage while the file is still over the limit;
// - H5: a file input, then a canvas JPEG re-encoding per the domain's compression plan;
// - both: Taro.uploadFile sends multipart/form-data (field `file`) with the bearer token; an <Image> cannot send
//   that header, so a photo is fetched with Taro.downloadFile (header allowed) and shown from the local copy.
import Taro from '@tarojs/taro'
import type { Upload } from '@/domain/contract/upload'
import { PHOTO_MAX_BYTES, PHOTO_TYPES, compressionSteps } from '@/domain/visits/photos'
import { useSession } from '@/shared/session'
import { API_BASE, type ApiError, type Result } from './http'
import { notifyUnauthenticated } from './unauthenticated'

const IS_H5 = process.env.TARO_ENV === 'h5'
const UPLOAD_FIELD = 'file'

/** A photo on the phone, ready to send: a local path (weapp temp file, or an H5 blob: URL) and its size. */
export interface LocalPhoto {
  path: string
  size: number
  /** file name to send (H5 keeps the chosen file's name) */
  name?: string
}

const fail = (message: string, code = 'PHOTO'): { ok: false; error: ApiError } => ({ ok: false, error: { status: 0, code, message } })
const cancelled = (errMsg?: string) => /cancel/i.test(errMsg ?? '')
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`

// ── choose ────────────────────────────────────────────────────────────────────

/** Lets the person pick up to `max` photos (camera or album). Cancelling is ok with no photos. */
export async function choosePhotos(max: number): Promise<Result<LocalPhoto[]>> {
  if (max <= 0) return { ok: true, data: [], status: 0 }
  if (IS_H5) return { ok: true, data: await pickFilesH5(max), status: 0 }
  try {
    const res = await Taro.chooseMedia({ count: max, mediaType: ['image'], sourceType: ['album', 'camera'], sizeType: ['compressed'] })
    return { ok: true, data: res.tempFiles.map((f) => ({ path: f.tempFilePath, size: f.size })), status: 0 }
  } catch (err: any) {
    if (cancelled(err?.errMsg)) return { ok: true, data: [], status: 0 }
    return fail('无法打开相册或相机，请在设置中允许访问后重试')
  }
}

/** H5: a hidden file input (accept = the types the server takes). Resolves [] when the person closes the picker. */
function pickFilesH5(max: number): Promise<LocalPhoto[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = PHOTO_TYPES.join(',')
    input.multiple = max > 1
    input.style.display = 'none'
    input.setAttribute('data-testid', 'photo-input')
    let done = false
    const finish = (files: File[]) => {
      if (done) return
      done = true
      input.remove()
      resolve(files.slice(0, max).map((f) => ({ path: URL.createObjectURL(f), size: f.size, name: f.name })))
    }
    input.addEventListener('change', () => finish(Array.from(input.files ?? [])))
    input.addEventListener('cancel', () => finish([]))
    document.body.appendChild(input)
    input.click()
  })
}

// ── compress ──────────────────────────────────────────────────────────────────

/** Brings a photo under the server's limit (never refuses here: the server has the last word on type). */
export async function compressPhoto(photo: LocalPhoto): Promise<Result<LocalPhoto>> {
  try {
    const out = IS_H5 ? await compressH5(photo) : await compressWeapp(photo)
    if (out.size > PHOTO_MAX_BYTES) return fail(`照片压缩后仍有 ${mb(out.size)}，超过 ${PHOTO_MAX_BYTES / 1024 / 1024} MB 上限，请换一张`)
    return { ok: true, data: out, status: 0 }
  } catch {
    return fail('照片无法读取，请换一张')
  }
}

async function compressWeapp(photo: LocalPhoto): Promise<LocalPhoto> {
  const info = await Taro.getImageInfo({ src: photo.path })
  const steps = compressionSteps({ size: photo.size, width: info.width, height: info.height })
  if (!steps) return photo
  const fs = Taro.getFileSystemManager()
  let best = photo
  for (const step of steps) {
    const r = await Taro.compressImage({
      src: photo.path,
      quality: Math.round(step.quality * 100),
      compressedWidth: step.width,
      compressedHeight: step.height,
    })
    const size = await new Promise<number>((resolve, reject) =>
      fs.getFileInfo({ filePath: r.tempFilePath, success: (x) => resolve(x.size), fail: reject }),
    )
    best = { path: r.tempFilePath, size }
    if (size <= PHOTO_MAX_BYTES) break
  }
  return best
}

async function compressH5(photo: LocalPhoto): Promise<LocalPhoto> {
  const img = await new Promise<HTMLImageElement>((resolve, reject) => {
    const el = new Image()
    el.onload = () => resolve(el)
    el.onerror = reject
    el.src = photo.path
  })
  const steps = compressionSteps({ size: photo.size, width: img.naturalWidth, height: img.naturalHeight })
  if (!steps) return photo
  let best = photo
  for (const step of steps) {
    const canvas = document.createElement('canvas')
    canvas.width = step.width
    canvas.height = step.height
    const g = canvas.getContext('2d')
    if (!g) return photo
    g.fillStyle = '#fff' // transparent PNG areas become white, not black, in a JPEG
    g.fillRect(0, 0, step.width, step.height)
    g.drawImage(img, 0, 0, step.width, step.height)
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', step.quality))
    if (!blob) return photo
    best = { path: URL.createObjectURL(blob), size: blob.size, name: (photo.name ?? 'photo').replace(/\.\w+$/, '') + '.jpg' }
    if (blob.size <= PHOTO_MAX_BYTES) break
  }
  return best
}

// ── upload ────────────────────────────────────────────────────────────────────

export interface UploadOptions {
  /** 0–100 while sending */
  onProgress?: (percent: number) => void
  /** extra attempts after a network failure, a timeout or a 5xx (4xx answers are final); default 2 */
  retries?: number
}

const RETRY_DELAYS = [600, 1800]
const authHeader = (): Record<string, string> => {
  const token = useSession.getState().session?.token
  return token ? { Authorization: `Bearer ${token}` } : {}
}

function parseBody(data: unknown): any {
  if (typeof data !== 'string') return data
  try {
    return JSON.parse(data)
  } catch {
    return undefined
  }
}

/** One attempt: the answer as a Result; `retry` says whether another attempt may help. */
function uploadOnce(photo: LocalPhoto, onProgress?: (p: number) => void): Promise<{ result: Result<Upload>; retry: boolean }> {
  return new Promise((resolve) => {
    const task = Taro.uploadFile({
      url: `${API_BASE}/uploads`,
      filePath: photo.path,
      name: UPLOAD_FIELD,
      header: authHeader(),
      timeout: 60_000,
      ...(IS_H5 && photo.name ? { fileName: photo.name } : {}),
      success: (res) => {
        const body = parseBody(res.data)
        if (res.statusCode === 201 && body?.fileId)
          return resolve({ result: { ok: true, data: body as Upload, status: 201 }, retry: false })
        if (res.statusCode === 401) {
          useSession.getState().clear()
          notifyUnauthenticated()
        }
        const error: ApiError = {
          status: res.statusCode,
          code: body?.code || `HTTP_${res.statusCode}`,
          message: body?.message || (res.statusCode >= 500 ? '服务暂时不可用，请稍后重试' : '照片上传失败，请重试'),
          ...(body?.fieldErrors ? { fieldErrors: body.fieldErrors } : {}),
        }
        resolve({ result: { ok: false, error }, retry: res.statusCode >= 500 })
      },
      fail: (err) => {
        const timeout = /timeout/i.test(err?.errMsg ?? '')
        const message = timeout ? '网络较慢，照片上传超时' : '网络连接失败，照片没有传上去'
        resolve({ result: { ok: false, error: { status: 0, code: timeout ? 'TIMEOUT' : 'NETWORK', message } }, retry: true })
      },
    } as Parameters<typeof Taro.uploadFile>[0])
    // Taro.uploadFile also returns a promise that rejects on failure; `fail` above already handled it
    ;(task as unknown as Promise<unknown>)?.catch?.(() => undefined)
    ;(task as unknown as { onProgressUpdate?: (cb: (r: { progress: number }) => void) => void })?.onProgressUpdate?.((r) =>
      onProgress?.(Math.max(0, Math.min(100, r.progress))),
    )
  })
}

/** POST /uploads: sends one photo, retrying network failures and 5xx answers; 4xx answers (type, size) are final. */
export async function uploadPhoto(photo: LocalPhoto, opts: UploadOptions = {}): Promise<Result<Upload>> {
  const retries = opts.retries ?? RETRY_DELAYS.length
  for (let attempt = 0; ; attempt++) {
    opts.onProgress?.(0)
    const { result, retry } = await uploadOnce(photo, opts.onProgress)
    if (result.ok || !retry || attempt >= retries) return result
    await new Promise((r) => setTimeout(r, RETRY_DELAYS[Math.min(attempt, RETRY_DELAYS.length - 1)]))
  }
}

/** Compress, then upload: what a form calls for each chosen photo. */
export async function compressAndUpload(photo: LocalPhoto, opts: UploadOptions = {}): Promise<Result<Upload>> {
  const small = await compressPhoto(photo)
  if (!small.ok) return small
  return uploadPhoto(small.data, opts)
}

// ── read back ─────────────────────────────────────────────────────────────────

const localCopies = new Map<string, string>()

/** GET /uploads/{id} → a local path for <Image src> (cached for the session; the bytes of an id never change). */
export async function photoSrc(fileId: string): Promise<Result<string>> {
  const cached = localCopies.get(fileId)
  if (cached) return { ok: true, data: cached, status: 200 }
  try {
    const res = await Taro.downloadFile({ url: `${API_BASE}/uploads/${encodeURIComponent(fileId)}`, header: authHeader() })
    if (res.statusCode !== 200) {
      const message = res.statusCode === 403 ? '无权查看这张照片' : res.statusCode === 404 ? '照片不存在或已删除' : '照片加载失败'
      return { ok: false, error: { status: res.statusCode, code: `HTTP_${res.statusCode}`, message } }
    }
    localCopies.set(fileId, res.tempFilePath)
    return { ok: true, data: res.tempFilePath, status: 200 }
  } catch {
    return fail('网络连接失败，照片加载不出来', 'NETWORK')
  }
}
