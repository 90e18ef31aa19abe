// API test harness: builds the real mock app (buildApp) on an ephemeral 127.0.0.1 port with a temp data file
// (a copy of the seeded template, see mock/server/db.ts),
// signs demo roles in through the real endpoints, and checks EVERY response body against the OpenAPI document
// (path + method + status → schema; ajv 2020). An undocumented endpoint / status or a body that does not match
// its schema throws a descriptive error, so any test that calls the API also tests the contract.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import type { FastifyInstance } from 'fastify'
import type { Role, Session } from '../../src/domain/contract'
import { loadOpenApi } from '../../mock/openapi/load'
import { DEMO_PHONES } from '../../mock/seed/demo'
import { buildApp } from '../../mock/server/app'
import { createCtx, type Ctx } from '../../mock/server/context'
import { openData } from '../../mock/server/db'

export const DEV_CODE = '246810'

/**
 * A multipart body with one file part, as Taro.uploadFile and an H5 FormData send it: the part named `field`
 * ('file'), the file `name` ('photo.jpg') and its declared `type` ('image/jpeg'; '' declares none).
 */
export function fileForm(bytes: Buffer, opts: { name?: string; type?: string; field?: string } = {}): FormData {
  const type = opts.type ?? 'image/jpeg'
  const form = new FormData()
  form.append(opts.field ?? 'file', new Blob([new Uint8Array(bytes)], type ? { type } : {}), opts.name ?? 'photo.jpg')
  return form
}
export const DEFAULT_NOW = '2026-11-24T02:00:00.000Z' // 10:00 in Beijing, a Tuesday (working day)

export interface ApiResponse<T = any> {
  status: number
  body: T
  headers: Headers
}
export interface Client {
  /** bearer token used (null = anonymous) */
  token: string | null
  call<T = any>(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<ApiResponse<T>>
}
export interface Mock {
  baseUrl: string
  dataFile: string
  ctx: Ctx
  app: FastifyInstance
  /** anonymous client */
  call: Client['call']
  /** a client signed in as a demo role (signed in once through the real endpoints, token cached), a token, or anonymous */
  as(who: Role | string | null): Promise<Client>
  /** stop the server and close the database (the data file is removed if the harness created it, unless keepData) */
  close(opts?: { keepData?: boolean }): Promise<void>
}

// ── OpenAPI response validation ────────────────────────────────────────────────

const METHODS = ['get', 'put', 'post', 'delete', 'patch']
let ajv: InstanceType<typeof Ajv2020> | null = null
const compiled = new Map<string, ReturnType<InstanceType<typeof Ajv2020>['compile']>>()
const esc = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1')
const pointerGet = (doc: any, pointer: string) =>
  pointer
    .replace(/^#\//, '')
    .split('/')
    .reduce((o, k) => (o == null ? undefined : o[k.replace(/~1/g, '/').replace(/~0/g, '~')]), doc)

function getAjv() {
  if (!ajv) {
    ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false })
    addFormats(ajv)
    ajv.addSchema(loadOpenApi(), 'openapi')
  }
  return ajv
}

/** The documented path template for a concrete path (literal segments beat `{param}` ones). */
export function matchPath(paths: Record<string, unknown>, concrete: string): string | null {
  const segs = concrete.split('/')
  let best: { tpl: string; score: number } | null = null
  for (const tpl of Object.keys(paths)) {
    const t = tpl.split('/')
    if (t.length !== segs.length) continue
    let score = 0
    let ok = true
    for (let i = 0; i < t.length; i++) {
      if (/^\{[^}]+\}$/.test(t[i])) {
        if (segs[i] === '') ok = false
      } else if (t[i] === segs[i]) score++
      else ok = false
      if (!ok) break
    }
    if (ok && (!best || score > best.score)) best = { tpl, score }
  }
  return best?.tpl ?? null
}

/** Throws unless `body` matches the documented response of method + path + status. */
export function checkResponse(method: string, urlPath: string, status: number, contentType: string, body: unknown): void {
  const doc = loadOpenApi()
  const apiPath = urlPath.split('?')[0].replace(/^\/api(?=\/)/, '')
  const where = `${method.toUpperCase()} ${urlPath} → ${status}`
  const tpl = matchPath(doc.paths, apiPath)
  if (!tpl) throw new Error(`OpenAPI: ${where}: path is not documented`)
  const m = method.toLowerCase()
  if (!METHODS.includes(m) || !doc.paths[tpl][m]) throw new Error(`OpenAPI: ${where}: ${m.toUpperCase()} ${tpl} is not documented`)
  const responses = doc.paths[tpl][m].responses ?? {}
  const key = [String(status), `${String(status)[0]}XX`, 'default'].find((k) => k in responses)
  if (!key)
    throw new Error(
      `OpenAPI: ${where}: status ${status} is not documented for ${m.toUpperCase()} ${tpl} (documented: ${Object.keys(responses).join(', ')})`,
    )
  let pointer = `#/paths/${esc(tpl)}/${m}/responses/${key}`
  let response = pointerGet(doc, pointer)
  for (let hops = 0; response?.$ref && hops < 5; hops++) {
    pointer = response.$ref
    response = pointerGet(doc, pointer)
  }
  const content = response?.content ?? {}
  const isJson = /application\/json/.test(contentType)
  if (!Object.keys(content).length) {
    if (body !== undefined && body !== '' && body !== null)
      throw new Error(`OpenAPI: ${where}: documented without a body, got ${JSON.stringify(body).slice(0, 200)}`)
    return
  }
  if (!isJson) {
    if (!Object.keys(content).some((ct) => contentType.startsWith(ct)))
      throw new Error(`OpenAPI: ${where}: content type ${contentType} not documented (${Object.keys(content).join(', ')})`)
    return
  }
  if (!content['application/json']) throw new Error(`OpenAPI: ${where}: JSON body, but documented as ${Object.keys(content).join(', ')}`)
  const schemaPtr = `${pointer}/content/application~1json/schema`
  let validate = compiled.get(schemaPtr)
  if (!validate) {
    validate = getAjv().compile({ $ref: `openapi${schemaPtr}` })
    compiled.set(schemaPtr, validate)
  }
  if (!validate(body)) {
    const errors = (validate.errors ?? [])
      .slice(0, 8)
      .map((e) => `  ${e.instancePath || '(root)'} ${e.message}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`)
      .join('\n')
    throw new Error(`OpenAPI: ${where}: body does not match ${schemaPtr}\n${errors}\nbody: ${JSON.stringify(body).slice(0, 600)}`)
  }
}

// ── Server ─────────────────────────────────────────────────────────────────────

export async function startMock(opts: { now?: string; dataFile?: string; log?: (line: string) => void } = {}): Promise<Mock> {
  const ownsFile = !opts.dataFile
  const dataFile = opts.dataFile ?? path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'qqbc-api-')), 'db.sqlite')
  const now = opts.now ?? DEFAULT_NOW
  const { store } = openData(dataFile, { now: new Date(now), pinned: true })
  const ctx = createCtx(store, { now, log: opts.log ?? (() => undefined) })
  const app = await buildApp({ ctx, strictResponses: true })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const addr = app.server.address()
  const port = typeof addr === 'object' && addr ? addr.port : 0
  const baseUrl = `http://127.0.0.1:${port}`

  const client = (token: string | null): Client => ({
    token,
    async call(method, p, body, headers = {}) {
      const res = await fetch(`${baseUrl}${p.startsWith('/api') ? p : `/api${p}`}`, {
        method,
        headers: {
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...headers,
        },
        body: body !== undefined ? JSON.stringify(body) : undefined,
      })
      const ct = res.headers.get('content-type') ?? ''
      const text = await res.text()
      let parsed: any = text
      if (/application\/json/.test(ct) && text !== '') {
        try {
          parsed = JSON.parse(text)
        } catch {
          throw new Error(`${method} ${p} → ${res.status}: invalid JSON: ${text.slice(0, 200)}`)
        }
      }
      if (text === '') parsed = undefined
      checkResponse(method, p.startsWith('/api') ? p : `/api${p}`, res.status, ct, parsed)
      return { status: res.status, body: parsed, headers: res.headers }
    },
  })
  const anon = client(null)
  const tokens = new Map<Role, string>()

  return {
    baseUrl,
    dataFile,
    ctx,
    app,
    call: anon.call,
    async as(who) {
      if (who === null) return anon
      if (!(who in DEMO_PHONES)) return client(who) // a raw token
      const role = who as Role
      let token = tokens.get(role)
      if (!token) {
        const res = await anon.call<Session>('POST', '/auth/login/phone', { phone: DEMO_PHONES[role], code: DEV_CODE })
        if (res.status !== 200) throw new Error(`sign-in as ${role} failed: ${res.status} ${JSON.stringify(res.body)}`)
        token = res.body.token
        tokens.set(role, token)
      }
      return client(token)
    },
    async close({ keepData = false } = {}) {
      await app.close()
      store.close()
      if (ownsFile && !keepData) fs.rmSync(path.dirname(dataFile), { recursive: true, force: true })
    },
  }
}
