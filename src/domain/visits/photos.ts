// Photos of service visits and use evidence: the limits, what the bytes say a file is, the server's check of
// one upload and the phone's compression plan. Pure and zod-free (the upload helper of the app imports it).
// - At most 9 photos per record (WeChat chooseMedia picks at most 9 at once); JPEG / PNG / WebP; at most 3 MiB
//   each after the phone compresses them; the server enforces the same constants on upload.

export const PHOTO_MAX_COUNT = 9
export const PHOTO_MAX_BYTES = 3 * 1024 * 1024
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const
export type PhotoType = (typeof PHOTO_TYPES)[number]

// ── Uploads (the server's checks; the same constants drive the phone's compression) ──

/** What the first bytes say the file is (never trust the declared type alone). */
export function sniffImageType(bytes: Uint8Array): PhotoType | null {
  const b = (i: number) => bytes[i] ?? -1
  if (b(0) === 0xff && b(1) === 0xd8 && b(2) === 0xff) return 'image/jpeg'
  if (b(0) === 0x89 && b(1) === 0x50 && b(2) === 0x4e && b(3) === 0x47) return 'image/png'
  const ascii = (from: number, s: string) => Array.from(s).every((c, i) => b(from + i) === c.charCodeAt(0))
  if (ascii(0, 'RIFF') && ascii(8, 'WEBP')) return 'image/webp'
  return null
}

export interface UploadRefusal {
  /** 400 empty file, 413 too large, 415 wrong type, 409 too many on this visit */
  status: 400 | 409 | 413 | 415
  message: string
}

/** Server-side check of one photo upload; null = accept. */
export function checkPhotoUpload(file: { size: number; head: Uint8Array }, photosAlready: number): UploadRefusal | null {
  if (photosAlready >= PHOTO_MAX_COUNT) return { status: 409, message: `每条服务记录最多 ${PHOTO_MAX_COUNT} 张照片，已满` }
  if (file.size === 0) return { status: 400, message: '照片是空文件，请重新选择' }
  if (file.size > PHOTO_MAX_BYTES) {
    const mb = (file.size / 1024 / 1024).toFixed(1)
    return { status: 413, message: `照片为 ${mb} MB，超过 ${PHOTO_MAX_BYTES / 1024 / 1024} MB 上限，请压缩后再上传` }
  }
  if (!sniffImageType(file.head)) return { status: 415, message: '只能上传 JPG、PNG 或 WebP 格式的照片' }
  return null
}

// ── Phone-side compression (the same limit the server enforces) ────────────────

/** Long side of a compressed photo: enough to read a label or an invoice on a phone screen. */
export const PHOTO_MAX_SIDE = 1600

export interface CompressionStep {
  /** target width and height in px (aspect kept, never enlarged) */
  width: number
  height: number
  /** JPEG quality 0–1 */
  quality: number
}

/**
 * What to try, in order, to bring a photo under the limit: null = send it as it is (small enough and not
 * oversized); otherwise JPEG re-encodings, each smaller than the one before, to try until one fits.
 */
export function compressionSteps(photo: { size: number; width: number; height: number }): CompressionStep[] | null {
  const long = Math.max(photo.width, photo.height)
  // below 1 MiB and at most the target size: already what a phone would send
  if (photo.size <= 1024 * 1024 && long <= PHOTO_MAX_SIDE) return null
  const steps: CompressionStep[] = []
  for (const [side, quality] of [
    [PHOTO_MAX_SIDE, 0.82],
    [PHOTO_MAX_SIDE, 0.65],
    [1280, 0.6],
    [1024, 0.5],
  ] as const) {
    const scale = Math.min(1, side / long)
    steps.push({ width: Math.max(1, Math.round(photo.width * scale)), height: Math.max(1, Math.round(photo.height * scale)), quality })
  }
  return steps
}
