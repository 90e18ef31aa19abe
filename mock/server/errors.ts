import type { ApiErrorBody, ApiErrorCode } from '../../src/domain/contract'

/**
 * Thrown inside handlers; the error handler turns it into `{code, message, fieldErrors}`. An expected outcome
 * (401, 409 SLOT_FULL …), never logged, so it carries no stack trace: capturing one costs more than the rest of
 * a refused request (V8 captures `Error.stackTraceLimit` frames when an Error is constructed).
 */
export class HttpError extends Error {
  status: number
  code: ApiErrorCode
  fieldErrors?: Record<string, string>
  constructor(status: number, code: ApiErrorCode, message: string, fieldErrors?: Record<string, string>) {
    const limit = Error.stackTraceLimit
    Error.stackTraceLimit = 0
    try {
      super(message)
    } finally {
      Error.stackTraceLimit = limit
    }
    this.status = status
    this.code = code
    if (fieldErrors) this.fieldErrors = fieldErrors
  }
  toBody(): ApiErrorBody {
    return { code: this.code, message: this.message, ...(this.fieldErrors ? { fieldErrors: this.fieldErrors } : {}) }
  }
}

export const unauthenticated = () => new HttpError(401, 'UNAUTHENTICATED', '登录已过期，请重新登录')
export const forbidden = (msg = '当前账号无权进行此操作') => new HttpError(403, 'FORBIDDEN', msg)
export const notFound = (what = '记录') => new HttpError(404, 'NOT_FOUND', `${what}不存在或已删除`)
export const conflict = (msg: string) => new HttpError(409, 'CONFLICT', msg)
export const invalidTransition = (msg: string) => new HttpError(409, 'INVALID_TRANSITION', msg)
export const badRequest = (message: string, fieldErrors?: Record<string, string>) => new HttpError(400, 'VALIDATION', message, fieldErrors)

/** 400 with field errors, from a domain validator's result. Throws when there are errors. */
export function assertValid(fieldErrors: Record<string, string>, message = '提交的内容有误，请按提示修改'): void {
  if (Object.keys(fieldErrors).length > 0) throw new HttpError(400, 'VALIDATION', message, fieldErrors)
}

/**
 * Fastify's own errors (body parser, URL decoding, route lookup) in the one error shape with a Chinese message.
 * null when the error is not one of them (a bug: answered as 500).
 */
export function frameworkError(err: { code?: string; statusCode?: number }): HttpError | null {
  switch (err.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', '请求体须为 JSON（Content-Type: application/json）')
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new HttpError(413, 'PAYLOAD_TOO_LARGE', '提交的内容过大（不超过 1 MB）')
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return badRequest('请求体为空：请提交 JSON 内容', { _form: '请求体不能为空' })
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return badRequest('请求体不是有效的 JSON', { _form: 'JSON 格式有误' })
    case 'FST_ERR_BAD_URL':
      return badRequest('请求地址编码有误', { _form: '请求地址含有无效的百分号编码' })
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return badRequest('请求地址中的编号过长', { id: '编号格式不正确' })
  }
  if (err.statusCode === 413) return new HttpError(413, 'PAYLOAD_TOO_LARGE', '提交的内容过大（不超过 1 MB）')
  if (err.statusCode === 415) return new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', '请求体须为 JSON（Content-Type: application/json）')
  if (
    (err as { name?: string }).name === 'SyntaxError' ||
    (err.statusCode !== undefined && err.statusCode >= 400 && err.statusCode < 500)
  ) {
    return badRequest('请求格式有误', { _form: '请求格式有误' })
  }
  return null
}
