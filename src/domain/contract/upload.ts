// Photo uploads (服务记录照片, 用标证据照片): one file per multipart/form-data request, kept by the server and
// referenced by id from the record it belongs to (a service visit's photos, a member's use evidence).
//   POST /uploads           multipart/form-data, field `file` → 201 Upload
//   GET  /uploads/{id}      the bytes (image/jpeg | image/png | image/webp)
// The type is decided by the file's first bytes, never by its name or declared type; the size limit and the
// accepted types are the visit domain's constants (src/domain/visits), so the phone compresses to the same limit.
import * as z from 'zod/mini'
import './z' // zod configured (zh-CN, jitless) before any parse
import type { Operation } from './operations'
import { IdParamsSchema } from './common'
import { PHOTO_MAX_BYTES, PHOTO_TYPES } from '../visits/photos'

/** The multipart form field that carries the file. */
export const UPLOAD_FIELD = 'file'

/** A stored upload; `fileId` is what a record keeps (VisitPhoto.fileId). */
export const UploadSchema = z.object({
  fileId: z.string(),
  mime: z.enum(PHOTO_TYPES),
  size: z.number(),
  /** ISO instant */
  createdAt: z.string(),
})
export type Upload = z.infer<typeof UploadSchema>

export const UPLOAD_OPERATIONS: Operation[] = [
  {
    id: 'createUpload',
    method: 'POST',
    path: '/uploads',
    tag: 'uploads',
    summary: '上传一张照片（multipart/form-data，字段 file；JPG / PNG / WebP，不超过 3 MB）',
    description:
      'The type is sniffed from the first bytes (415 otherwise), the size is checked against the limit (413), an empty or missing file is 400. ' +
      'The upload belongs to the uploader until a record (a service visit, a member’s use evidence) takes it; from then on whoever may see that record may read it.',
    roles: ['enterprise', 'association', 'staff'],
    upload: { field: UPLOAD_FIELD, accept: PHOTO_TYPES, maxBytes: PHOTO_MAX_BYTES },
    ok: { 201: { schema: UploadSchema, description: 'stored' } },
  },
  {
    id: 'getUpload',
    method: 'GET',
    path: '/uploads/{id}',
    tag: 'uploads',
    summary: '读取照片（上传者本人，或有权查看其所属记录的人）',
    roles: ['enterprise', 'association', 'staff', 'province', 'national'],
    params: IdParamsSchema,
    ok: {
      200: { description: 'the image bytes', contentType: PHOTO_TYPES.join('|') },
      304: { description: 'not modified (If-None-Match matched the ETag)' },
    },
    errors: [404],
  },
]
