// Request and response checks through the declarations (src/domain/contract): app.ts's onRoute hook attaches
// `checkRequest` (preValidation) and `checkResponse` (preSerialization) to every /api route after looking the
// route up in the operation registry. Handlers therefore receive parsed, typed params / query / body.
import type { FastifyReply, FastifyRequest } from 'fastify'
import { ApiErrorBodySchema, CreateBookingRequestSchema, surelyValidCreateBooking } from '../../src/domain/contract'
import type { Operation } from '../../src/domain/contract/operations'
import { fieldErrorsOf, z, type FieldErrors } from '../../src/domain/contract/z'
import { HttpError, badRequest, forbidden, unauthenticated } from './errors'

type Schema = z.core.$ZodType
const NONE = z.strictObject({})
const NO_BODY = z.optional(z.strictObject({}))

type Part = 'params' | 'query' | 'body'

/**
 * Plain tests that accept a body its declaration surely accepts unchanged, for the hot routes (POST /bookings:
 * 500 at once in the race): such a body skips the zod parse; any other body is parsed as before, so every
 * refusal keeps its wording. Each test is held to its declaration by a unit test.
 */
const SURELY_VALID_BODY = new Map<Schema, (v: unknown) => boolean>([[CreateBookingRequestSchema, surelyValidCreateBooking]])

/**
 * 401 / 403 per the operation's roles, then params → query → body through their declarations. A callback
 * hook (Fastify awaits an async hook's promise: a microtask per request), and an operation without params or
 * query skips the parse of an empty object (the strict empty schema would accept it unchanged).
 */
export function checkRequest(op: Operation) {
  const isPublic = op.roles.includes('public')
  const parts: Array<[Part, Schema | undefined, Schema, string]> = [
    ['params', op.params, NONE, '请求地址有误'],
    ['query', op.query, NONE, '查询条件有误'],
    ['body', op.body, NO_BODY, op.invalid ?? '提交的内容有误，请按提示修改'],
  ]
  const surelyValidBody = op.body ? SURELY_VALID_BODY.get(op.body) : undefined
  const check = (req: FastifyRequest) => {
    if (!isPublic) {
      if (!req.user) throw unauthenticated()
      if (!op.roles.includes(req.user.role)) throw forbidden()
    }
    // an upload operation takes multipart/form-data only (its handler reads and checks the file); every other
    // body of this API is JSON, and text/plain is the only non-JSON body Fastify parses besides multipart
    if (op.upload && !(typeof req.isMultipart === 'function' && req.isMultipart()))
      throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', `请以 multipart/form-data 上传文件（字段 ${op.upload.field}）`)
    if (typeof req.body === 'string')
      throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', '请求体须为 JSON（Content-Type: application/json）')
    const target = req as unknown as Record<Part, unknown>
    let errors: FieldErrors = {}
    let message = ''
    for (const [part, declared, none, text] of parts) {
      const raw = target[part]
      if (!declared) {
        if (part === 'body' ? raw === undefined : raw == null || Object.keys(raw).length === 0) {
          target[part] = part === 'body' ? undefined : {}
          continue
        }
      }
      if (part === 'body' && surelyValidBody?.(raw)) continue // as the parse would return it
      const r = z.safeParse(declared ?? none, part === 'body' ? raw : { ...(raw as object) })
      if (r.success) target[part] = r.data
      else {
        errors = { ...fieldErrorsOf(r.error), ...errors }
        message ||= text
      }
    }
    if (message) throw badRequest(message, errors)
  }
  return (req: FastifyRequest, _reply: FastifyReply, done: (err?: Error) => void) => {
    try {
      check(req)
    } catch (err) {
      return done(err as Error)
    }
    done()
  }
}

/** Keys present in `sent` but not in `kept` (what the declaration would strip), as dotted paths. */
export function strippedKeys(sent: unknown, kept: unknown, path = ''): string[] {
  if (Array.isArray(sent) && Array.isArray(kept)) return sent.flatMap((v, i) => strippedKeys(v, kept[i], `${path}${i}.`))
  if (!sent || typeof sent !== 'object' || !kept || typeof kept !== 'object') return []
  const out: string[] = []
  for (const [k, v] of Object.entries(sent)) {
    if (v === undefined) continue
    if (!(k in (kept as object))) out.push(`${path}${k}`)
    else out.push(...strippedKeys(v, (kept as Record<string, unknown>)[k], `${path}${k}.`))
  }
  return out
}

/**
 * Serialises the payload through the declaration of its status: undeclared fields are dropped, so a handler
 * cannot leak one. A payload that does not match (or, with `strict`, that had fields to drop) is a server bug:
 * answered as 500 INTERNAL and logged.
 */
export function checkResponse(op: Operation, opts: { strict: boolean; log: (line: string) => void }) {
  const check = (req: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    const status = reply.statusCode
    const schema = status >= 400 ? ApiErrorBodySchema : op.ok[status]?.schema
    if (!schema) {
      if (opts.strict) throw new Error(`${op.method} ${op.path}: status ${status} is not declared`)
      return payload
    }
    const r = z.safeParse(schema, payload)
    if (!r.success) {
      const where = `${req.method} ${req.url} → ${status}`
      opts.log(`[contract] ${where}: response does not match its declaration: ${JSON.stringify(fieldErrorsOf(r.error)).slice(0, 400)}`)
      if (status >= 500) return { code: 'INTERNAL', message: '服务暂时不可用，请稍后重试' }
      throw new Error(`response of ${where} does not match its declaration`)
    }
    if (opts.strict) {
      const extra = strippedKeys(payload, r.data)
      if (extra.length)
        throw new Error(`response of ${req.method} ${req.url} → ${status} has undeclared fields: ${extra.slice(0, 5).join(', ')}`)
    }
    return r.data
  }
  // a callback hook, like checkRequest
  return (req: FastifyRequest, reply: FastifyReply, payload: unknown, done: (err: Error | null, payload?: unknown) => void) => {
    let out: unknown
    try {
      out = check(req, reply, payload)
    } catch (err) {
      return done(err as Error)
    }
    done(null, out)
  }
}

// Serialised bodies of field-less HttpErrors (401, 403, 404, 409 SLOT_FULL …), each checked once against the
// error declaration: the error handler sends the string, which Fastify neither re-checks (preSerialization
// hooks skip string payloads) nor re-serialises. Keyed by code + message; bounded.
const errorBodies = new Map<string, string>()

/** The checked JSON body of an HttpError without field errors, or null (the caller sends the object instead). */
export function errorBodyJson(e: HttpError): string | null {
  if (e.fieldErrors) return null
  const key = `${e.code}\u0001${e.message}`
  let json = errorBodies.get(key)
  if (json === undefined) {
    const body = e.toBody()
    if (!z.safeParse(ApiErrorBodySchema, body).success) return null
    json = JSON.stringify(body)
    if (errorBodies.size >= 1000) errorBodies.clear()
    errorBodies.set(key, json)
  }
  return json
}

/**
 * Sends an HttpError in the one error shape: the error handler (app.ts) does this for every thrown HttpError,
 * and a hot route may call it directly for an expected refusal (no throw, no trip through Fastify's error path).
 */
export function sendHttpError(reply: FastifyReply, e: HttpError): FastifyReply {
  const json = errorBodyJson(e)
  if (json !== null) return reply.status(e.status).type('application/json; charset=utf-8').send(json)
  return reply.status(e.status).send(e.toBody())
}
