// Generates the OpenAPI 3.1 document from the declarations (src/domain/contract) and the operation registry —
// one direction only: the zod declarations are the source, this document is derived. `npm run openapi` writes
// the committed copy (mock/openapi/openapi.json); test/api/openapi.test.ts fails when that copy is stale.
import fs from 'node:fs'
import path from 'node:path'
import * as contract from '../../src/domain/contract'
import { ERROR_RESPONSES, OPERATIONS, errorStatuses, type Operation } from '../../src/domain/contract/operations'
import { z } from '../../src/domain/contract/z'

type Json = Record<string, any>
type Schema = z.core.$ZodType
export const OPENAPI_FILE = path.join(__dirname, 'openapi.json')

const isSchema = (v: unknown): v is Schema => typeof v === 'object' && v !== null && '_zod' in v

/** JSON Schema keys zod adds that do not belong inside an OpenAPI document */
function clean(node: any): any {
  if (Array.isArray(node)) return node.map(clean)
  if (!node || typeof node !== 'object') return node
  const out: Json = {}
  for (const [k, v] of Object.entries(node)) {
    if (k === '$schema' || k === '$id') continue
    out[k] = clean(v)
  }
  return out
}

const TAGS = [
  { name: 'auth', description: '登录与账号' },
  { name: 'home', description: '首页' },
  { name: 'alerts', description: '商标风险监测预警' },
  { name: 'applications', description: '申报（附件1–3 申报表、草稿、提交、状态时间线）' },
  { name: 'bookings', description: '预约咨询、签到、订阅消息' },
  { name: 'review', description: '省级推荐、国家复核、公示、名额（附件4）、推荐表（附件5）' },
  { name: 'stations', description: '指导站目录、预约设置、对接联系' },
  { name: 'notices', description: '站内消息' },
  { name: 'programme', description: '行动年度：时间安排、推荐名额版本、省级申报批次' },
  { name: 'evaluation', description: '年度评价：自评、结果说明、排名、名单发布（千企千标、百城百品、优秀指导站）与公开名单' },
  { name: 'members', description: '用标管理：会员名册、使用证据、撤三答辩证据汇编' },
  { name: 'uploads', description: '照片上传（服务记录、用标证据）' },
  { name: 'visits', description: '服务记录、服务建议书、回访、指导站服务统计' },
  { name: 'reports', description: '年度报送（附件6/7 四个维度）、同比、省级报送进度与提醒' },
]

const DESCRIPTION = `Back-end contract of the 千企百城 (商标品牌价值提升行动) app. GENERATED from the zod declarations in
src/domain/contract (payloads) and src/domain/contract/operations.ts (operations) by mock/openapi/generate.ts;
do not edit by hand.

Conventions
- All paths are under /api. JSON in and out, UTF-8. Sign-in returns a bearer token (Authorization: Bearer <token>).
- x-roles lists who may call an operation: public = no sign-in; otherwise the roles enterprise (企业),
  association (区域品牌主体), staff (指导站工作人员), province (省级知识产权管理部门), national (国家知识产权局).
  Ownership (own organisation / station / province) is enforced on top.
- Every request is validated against its declaration before the handler runs: unknown keys, empty strings,
  unknown enum values, null where not nullable and out-of-range numbers are 400 VALIDATION with fieldErrors.
- Every non-2xx body is Error: code, Chinese message, and for 400 fieldErrors (dotted path → Chinese message).
- Responses are serialised through their declaration: fields not declared are never sent.
- Dates YYYY-MM-DD; local (Asia/Shanghai) slot times YYYY-MM-DDTHH:mm; audit timestamps ISO 8601 with Z.`

/** Parameters (path or query) from an object declaration, as the client writes them (input side). */
function parameters(schema: Schema | undefined, where: 'path' | 'query'): Json[] {
  if (!schema) return []
  const js = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as Json
  const props: Json = js.properties ?? {}
  const required = new Set<string>(js.required ?? [])
  return Object.entries(props).map(([name, s]) => ({ name, in: where, required: where === 'path' || required.has(name), schema: clean(s) }))
}

export function generateOpenApi(): Json {
  // components: every exported *Schema of the contract (except query/param declarations, which become parameters),
  // plus each operation's anonymous bodies and responses, named after the operation
  const reg = z.registry<{ id: string }>()
  const named = new Map<Schema, string>()
  const name = (s: Schema, id: string) => {
    if (!named.has(s)) {
      named.set(s, id)
      reg.add(s, { id })
    }
    return named.get(s)!
  }
  for (const [key, value] of Object.entries(contract).sort(([a], [b]) => a.localeCompare(b))) {
    if (isSchema(value) && key.endsWith('Schema') && !/(Query|Params)Schema$/.test(key)) name(value, key.slice(0, -'Schema'.length))
  }
  const ref = (s: Schema, id: string) => ({ $ref: `#/components/schemas/${name(s, id)}` })
  const paths: Json = {}
  const pending: Array<() => void> = []
  for (const op of OPERATIONS) {
    const item = (paths[op.path] ??= {})
    const responses: Json = {}
    for (const [status, r] of Object.entries(op.ok)) {
      if (!r.schema) {
        // a body without a JSON declaration (text/calendar; image bytes: one entry per type, `a|b`)
        const binary = (ct: string) => (ct.startsWith('text/') ? { type: 'string' } : { type: 'string', contentMediaType: ct })
        responses[status] = {
          description: r.description,
          ...(r.contentType ? { content: Object.fromEntries(r.contentType.split('|').map((ct) => [ct, { schema: binary(ct) }])) } : {}),
        }
        continue
      }
      const schemaRef = ref(r.schema, `${op.id[0].toUpperCase()}${op.id.slice(1)}${status}`)
      const content: Json = { 'application/json': { schema: schemaRef } }
      if (r.contentType?.includes('text/csv')) content['text/csv'] = { schema: { type: 'string', description: 'UTF-8 with BOM' } }
      responses[status] = { description: r.description, content }
    }
    for (const st of errorStatuses(op)) responses[st] = { $ref: `#/components/responses/${ERROR_RESPONSES[st].name}` }
    const entry: Json = {
      tags: [op.tag],
      summary: op.summary,
      ...(op.description ? { description: op.description } : {}),
      operationId: op.id,
      ...(op.roles.includes('public') ? { security: [] } : {}),
      'x-roles': [...op.roles],
    }
    const params = [...parameters(op.params, 'path'), ...parameters(op.query, 'query')]
    if (params.length) entry.parameters = params
    if (op.upload) {
      // one file in a multipart form (the handler checks its bytes: type by content, size)
      const file = { type: 'string', contentMediaType: op.upload.accept.join(', '), maxLength: op.upload.maxBytes }
      entry.requestBody = {
        required: true,
        content: {
          'multipart/form-data': {
            schema: { type: 'object', required: [op.upload.field], properties: { [op.upload.field]: file } },
            encoding: { [op.upload.field]: { contentType: op.upload.accept.join(', ') } },
          },
        },
      }
    } else if (op.body) {
      const optional = z.safeParse(op.body, undefined).success
      const bodyRef = ref(op.body, `${op.id[0].toUpperCase()}${op.id.slice(1)}Body`)
      entry.requestBody = { required: !optional, content: { 'application/json': { schema: bodyRef } } }
    }
    entry.responses = Object.fromEntries(Object.entries(responses).sort(([a], [b]) => a.localeCompare(b)))
    pending.push(() => undefined)
    item[op.method.toLowerCase()] = entry
  }
  const all = z.toJSONSchema(reg, {
    io: 'output',
    unrepresentable: 'any',
    target: 'draft-2020-12',
    uri: (id) => `#/components/schemas/${id}`,
  }) as Json
  const schemas = Object.fromEntries(
    Object.entries<Json>(all.schemas)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => [k, clean(v)]),
  )
  const responses = Object.fromEntries(
    Object.values(ERROR_RESPONSES).map((r) => [
      r.name,
      { description: r.description, content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiErrorBody' } } } },
    ]),
  )
  return {
    openapi: '3.1.0',
    info: { title: '千企百城 商标品牌指导站 API', version: '0.2.0', description: DESCRIPTION },
    servers: [{ url: '/api', description: 'same origin as the H5 app (mock default http://127.0.0.1:3100/api)' }],
    security: [{ bearer: [] }],
    tags: TAGS,
    paths,
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'token from POST /auth/login/phone or /auth/login/wechat' },
      },
      schemas,
      responses,
    },
  }
}

export const serialize = (doc: Json) => `${JSON.stringify(doc, null, 2)}\n`

export type { Operation }

if (require.main === module && process.argv.includes('--write')) {
  fs.writeFileSync(OPENAPI_FILE, serialize(generateOpenApi()))
  console.log(`wrote ${path.relative(process.cwd(), OPENAPI_FILE)}`)
}
