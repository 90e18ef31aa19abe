// Contract fuzzer: walks every operation of the GENERATED OpenAPI document and sends invalid variants of its
// path parameters, query and body (wrong types, unknown keys, null, empty strings, unknown enum values, bad
// limits, long ids, bad percent-encoding, malformed / non-JSON bodies) as a role allowed to call it, plus each
// operation once per role for the role matrix. Whether a variant is invalid is decided by the document itself
// (ajv over the declared schema), so the server and the document are checked against each other.
// Asserts: 0 invalid requests accepted, 0 undeclared statuses / off-schema bodies (harness checkResponse),
// 0 × 5xx, a Chinese message on every error, and the role matrix matching x-roles.
import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import type { Role } from '../../src/domain/contract'
import { loadOpenApi } from '../../mock/openapi/load'
import { OPERATIONS } from '../../src/domain/contract/operations'
import { checkResponse, startMock, type Mock } from './harness'

type Json = Record<string, any>
const ROLES: Role[] = ['enterprise', 'association', 'staff', 'province', 'national']
const CJK = /[\u4e00-\u9fa5]/
const doc = loadOpenApi()
const ajv = new Ajv2020({ strict: false, allErrors: false, validateSchema: false })
addFormats(ajv)
ajv.addSchema(doc, 'openapi')

interface Op {
  method: string
  path: string
  id: string
  roles: string[]
  params: Json[]
  bodyPtr?: string
  bodySchema?: Json
  bodyRequired: boolean
}
const esc = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1')
const deref = (s: Json | undefined): Json | undefined => {
  for (let i = 0; s?.$ref && i < 5; i++)
    s = s.$ref
      .replace(/^#\//, '')
      .split('/')
      .reduce((o: Json, k: string) => o?.[k.replace(/~1/g, '/').replace(/~0/g, '~')], doc)
  return s
}
const ops: Op[] = []
for (const [path, item] of Object.entries<Json>(doc.paths)) {
  for (const [method, op] of Object.entries<Json>(item)) {
    const content = op.requestBody?.content?.['application/json']
    ops.push({
      method: method.toUpperCase(),
      path,
      id: op.operationId,
      roles: op['x-roles'],
      params: op.parameters ?? [],
      bodyPtr: content ? `openapi#/paths/${esc(path)}/${method}/requestBody/content/application~1json/schema` : undefined,
      bodySchema: content ? deref(content.schema) : undefined,
      bodyRequired: !!op.requestBody?.required,
    })
  }
}
const validBody = (op: Op) => (op.bodyPtr ? ajv.compile({ $ref: op.bodyPtr }) : () => true)
const validParam = (schema: Json) => ajv.compile(schema)

/** Values that break a parameter of this schema (only those the schema itself refuses are kept). */
function badValues(schema: Json): string[] {
  const cands = ['', 'bogus', 'abc', '0', '-1', '1e308', '1.5', 'x'.repeat(300), ' ', '%E4']
  const ok = validParam(schema)
  return cands.filter((v) => !ok(v))
}
/** Invalid body variants; each is checked against the document before it is sent. */
function badBodies(op: Op): unknown[] {
  const out: unknown[] = [null, [], 'text', 42, true, { zzUnknownKey: 1 }]
  const s = op.bodySchema
  if (op.bodyRequired) out.push(undefined)
  const props: Json = s?.properties ?? {}
  const base: Json = {}
  for (const [k, p] of Object.entries<Json>(props)) {
    const ps = deref(p) ?? {}
    base[k] =
      ps.enum?.[0] ??
      (ps.type === 'number' || ps.type === 'integer'
        ? 1
        : ps.type === 'boolean'
          ? true
          : ps.type === 'array'
            ? []
            : ps.type === 'object'
              ? {}
              : 'x')
  }
  for (const k of Object.keys(props)) {
    for (const v of [null, '', [], 123, 'bogus', { a: 1 }, -1, 1e308, 'x'.repeat(600)]) out.push({ ...base, [k]: v })
    const { [k]: _drop, ...missing } = base
    out.push(missing)
  }
  return out
}

let mock: Mock
const tokens: Partial<Record<Role, string>> = {}
const stats = {
  sent: 0,
  acceptedInvalid: [] as string[],
  offContract: [] as string[],
  fiveXX: [] as string[],
  noChinese: [] as string[],
  matrix: [] as string[],
  cells: 0,
}

async function send(method: string, url: string, who: Role | null, body?: unknown, opts: { raw?: string; contentType?: string } = {}) {
  const headers: Record<string, string> = {}
  if (who) headers.authorization = `Bearer ${tokens[who]}`
  let payload: string | undefined
  if (opts.raw !== undefined) payload = opts.raw
  else if (body !== undefined) payload = JSON.stringify(body)
  if (payload !== undefined) headers['content-type'] = opts.contentType ?? 'application/json'
  const res = await fetch(`${mock.baseUrl}/api${url}`, { method, headers, body: payload })
  const text = await res.text()
  const ct = res.headers.get('content-type') ?? ''
  let parsed: any = text === '' ? undefined : text
  if (/json/.test(ct) && text) parsed = JSON.parse(text)
  stats.sent++
  const where = `${method} ${url} as ${who ?? 'anonymous'} → ${res.status}`
  try {
    checkResponse(method, `/api${url.split('?')[0]}`, res.status, ct, parsed)
  } catch (e) {
    stats.offContract.push(`${where}: ${(e as Error).message.split('\n')[0]}`)
  }
  if (res.status >= 500) stats.fiveXX.push(where)
  if (res.status >= 400) {
    const msgs = [parsed?.message, ...Object.values(parsed?.fieldErrors ?? {})]
    if (!msgs.every((m) => typeof m === 'string' && CJK.test(m))) stats.noChinese.push(`${where}: ${JSON.stringify(parsed).slice(0, 160)}`)
  }
  return { status: res.status, body: parsed, where }
}

const concrete = (path: string, id = 'ZZNOPE404') => path.replace(/\{id\}/g, id)
/** a query that passes the declaration (required parameters get their first enum value) */
const baseQuery = (op: Op) =>
  op.params
    .filter((p) => p.in === 'query' && p.required)
    .map((p) => `${p.name}=${encodeURIComponent(p.schema.enum?.[0] ?? 'x')}`)
    .join('&')
const withQuery = (path: string, q: string) => (q ? `${path}?${q}` : path)
const caller = (op: Op): Role | null => (op.roles.includes('public') ? null : (op.roles[0] as Role))

beforeAll(async () => {
  mock = await startMock()
  for (const r of ROLES) tokens[r] = (await mock.as(r)).token!
})
afterAll(async () => {
  await mock?.close()
})

test('the document declares every operation with roles and error responses', () => {
  expect(ops.length).toBe(OPERATIONS.length)
  for (const op of ops) {
    expect(op.roles.length).toBeGreaterThan(0)
    expect(Object.keys(doc.paths[op.path][op.method.toLowerCase()].responses)).toContain('400')
  }
})

test('role matrix: every operation × role answers 401/403 exactly as x-roles says', async () => {
  for (const op of ops) {
    for (const who of [null, ...ROLES] as const) {
      if (op.id === 'logout' && who) continue // would end the session the other cells use
      const res = await send(op.method, withQuery(concrete(op.path), baseQuery(op)), who, op.method === 'GET' ? undefined : {})
      stats.cells++
      const isPublic = op.roles.includes('public')
      const allowed = isPublic || (who !== null && op.roles.includes(who))
      const expected = allowed ? 'allowed' : who === null ? 401 : 403
      const got = res.status === 401 || res.status === 403 ? res.status : 'allowed'
      if (expected !== got) stats.matrix.push(`${res.where}: expected ${expected}`)
    }
  }
  expect(stats.matrix).toEqual([])
  expect(stats.cells).toBeGreaterThan(300)
})

test('invalid parameters, queries and bodies are refused with 400 and Chinese field errors', async () => {
  for (const op of ops) {
    const who = caller(op)
    const q0 = baseQuery(op)
    const refused = async (url: string, body: unknown, what: string, raw?: { raw?: string; contentType?: string }) => {
      const res = await send(op.method, url, who, body, raw)
      if (res.status < 400) stats.acceptedInvalid.push(`${res.where} (${what})`)
      else if (
        res.status === 400 &&
        !(res.body?.code === 'VALIDATION' && res.body.fieldErrors && Object.keys(res.body.fieldErrors).length > 0)
      ) {
        stats.acceptedInvalid.push(`${res.where} (${what}): 400 without fieldErrors ${JSON.stringify(res.body).slice(0, 120)}`)
      }
    }
    const validBodyFor = op.method === 'GET' ? undefined : op.bodySchema ? undefined : {}
    // path parameters
    if (op.path.includes('{id}')) {
      for (const id of ['x'.repeat(300), 'a%20b', '%E4%B8', '..%2F..%2Fetc']) {
        await refused(withQuery(concrete(op.path, id), q0), validBodyFor, `id ${id.slice(0, 12)}`)
      }
    }
    // query parameters: unknown key, repeated key, each declared parameter with values its schema refuses
    await refused(withQuery(concrete(op.path), [q0, 'zzUnknown=1'].filter(Boolean).join('&')), validBodyFor, 'unknown query key')
    for (const p of op.params.filter((x) => x.in === 'query')) {
      const rest = op.params
        .filter((x) => x.in === 'query' && x.required && x.name !== p.name)
        .map((x) => `${x.name}=${encodeURIComponent(x.schema.enum?.[0] ?? 'x')}`)
      await refused(withQuery(concrete(op.path), [...rest, `${p.name}=a`, `${p.name}=b`].join('&')), validBodyFor, `${p.name} repeated`)
      for (const v of badValues(p.schema)) {
        await refused(
          withQuery(concrete(op.path), [...rest, `${p.name}=${encodeURIComponent(v)}`].join('&')),
          validBodyFor,
          `${p.name}=${v.slice(0, 12)}`,
        )
      }
    }
    // bodies
    if (op.method !== 'GET') {
      const isValid = validBody(op)
      for (const b of op.bodySchema ? badBodies(op) : [null, [], { zzUnknownKey: 1 }, 'text']) {
        if (b !== undefined && isValid(b)) continue // the document accepts it: not an invalid variant
        if (b === undefined && !op.bodyRequired) continue
        await refused(withQuery(concrete(op.path), q0), b, `body ${JSON.stringify(b)?.slice(0, 40)}`)
      }
    }
  }
  expect(stats.acceptedInvalid).toEqual([])
})

test('framework errors come back in the one error shape, declared, in Chinese', async () => {
  const post = ops.find((o) => o.id === 'handleAlert')!
  const url = concrete(post.path)
  const cases: Array<[string, Promise<{ status: number; body: any }>, number]> = [
    ['bad percent-encoding', send('GET', '/alerts/%ZZ', 'enterprise'), 400],
    ['malformed JSON', send('POST', url, 'enterprise', undefined, { raw: '{"note":' }), 400],
    ['empty JSON body', send('POST', url, 'enterprise', undefined, { raw: '' }), 400],
    ['text/plain body', send('POST', url, 'enterprise', undefined, { raw: 'hello', contentType: 'text/plain' }), 415],
    ['xml body', send('POST', url, 'enterprise', undefined, { raw: '<a/>', contentType: 'application/xml' }), 415],
    ['body over 1 MB', send('POST', url, 'enterprise', undefined, { raw: JSON.stringify({ note: 'x'.repeat(1_100_000) }) }), 413],
    ['id over the router limit', send('GET', `/alerts/${'x'.repeat(700)}`, 'enterprise'), 400],
  ]
  for (const [what, p, status] of cases) {
    const res = await p
    expect({ what, status: res.status }).toEqual({ what, status })
    expect(CJK.test(res.body.message)).toBe(true)
  }
})

afterAll(() => {
  // figures for the report (printed, not asserted beyond the tests above)
  console.log(
    `[fuzz] ${stats.sent} requests over ${ops.length} operations; role matrix ${stats.cells} cells; accepted-invalid ${stats.acceptedInvalid.length}, ` +
      `off-contract ${stats.offContract.length}, 5xx ${stats.fiveXX.length}, errors without Chinese ${stats.noChinese.length}`,
  )
})

test('no response off the contract, no 5xx, every error in Chinese (over all requests above)', () => {
  expect(stats.sent).toBeGreaterThan(1000)
  expect(stats.offContract).toEqual([])
  expect(stats.fiveXX).toEqual([])
  expect(stats.noChinese).toEqual([])
})
