import type { ApiErrorBody, ApiErrorCode } from '../../src/domain/contract'

/** Thrown inside handlers; the error handler turns it into `{code, message, fieldErrors}`. */
export class HttpError extends Error {
  constructor(
    public status: number,
    public code: ApiErrorCode,
    message: string,
    public fieldErrors?: Record<string, string>,
  ) {
    super(message)
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

/** 400 with field errors, from a domain validator's result. Throws when there are errors. */
export function assertValid(fieldErrors: Record<string, string>, message = '提交的内容有误，请按提示修改'): void {
  if (Object.keys(fieldErrors).length > 0) throw new HttpError(400, 'VALIDATION', message, fieldErrors)
}
