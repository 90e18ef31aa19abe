// Service visits (服务记录) of a guidance station, with photos, the optional advice note (商标指导服务建议书),
// follow-ups and the station's figures. Wire shapes and the operations of the capability (spread into
// OPERATIONS). The rules (station topics, dates, lengths, the walk-in's phone) are src/domain/visits's
// `visitInputSchema`: these declarations only fix the wire shape, so a well-typed but rule-breaking payload
// reaches the rules and gets their field-level Chinese errors.
//   POST /visits                          staff        log a visit of their station (201; 200 = same user + key again)
//   GET  /visits                          staff · org  staff: their station's; enterprise/association: about itself
//   GET  /visits/form                     staff        what the form offers: the station's topics, its linked clients
//   GET  /visits/follow-ups               staff        follow-ups not done, due within 7 days (overdue first)
//   GET  /visits/figures?year=            staff        the station's figures (3 years; months of `year`)
//   GET  /visits/{id}                     staff · org  one visit (with its advice note)
//   POST /visits/{id}/follow-up-done      staff        mark the follow-up done now
import * as z from 'zod/mini'
import './z' // zod configured (zh-CN, jitless) before any parse
import type { Operation } from './operations'
import { IdParamsSchema, pageOf } from './common'
import { ServiceTopicSchema } from './org'
import { CursorSchema, limitSchema } from './station'
import { id, msg, oneOf } from './z'
import { PHOTO_TYPES } from '../visits/photos'

const VISIT_MODE_VALUES = ['onsite', 'visit', 'online'] as const
export const VisitModeSchema = z.enum(VISIT_MODE_VALUES)
const FOLLOW_UP_STATES = ['none', 'pending', 'overdue', 'done_on_time', 'done_late'] as const
export const FollowUpStateSchema = z.enum(FOLLOW_UP_STATES)

const str = (missing: string) => z.string({ error: missing })

export const VisitClientInputSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('org'), orgId: id('服务对象') }),
    z.strictObject({ kind: z.literal('walk_in'), name: str('请填写来访人姓名或单位'), phone: str('请输入手机号') }),
  ],
  { error: '请选择服务对象（已对接的企业/区域品牌主体，或临时来访）' },
)

export const VisitPhotoSchema = z.strictObject({
  fileId: id('照片'),
  mime: z.enum(PHOTO_TYPES, { error: '照片只能是 JPG、PNG 或 WebP 格式' }),
  size: z.number({ error: '照片大小未知' }),
})

export const AdviceNoteSchema = z.strictObject({ title: str('请填写建议书标题'), body: str('请填写建议书内容') })

export const CreateVisitRequestSchema = z.strictObject({
  /** the completed booking this visit came from */
  bookingId: z.optional(id('预约编号')),
  /** YYYY-MM-DD, Beijing */
  date: str('请选择服务日期'),
  client: VisitClientInputSchema,
  mode: z.enum(VISIT_MODE_VALUES, { error: '请选择服务方式（到站 / 上门走访 / 线上）' }),
  topics: z.array(ServiceTopicSchema, { error: '请选择服务事项' }),
  asked: str('请填写咨询的问题'),
  advised: str('请填写给出的建议'),
  outcome: str('请填写服务结果'),
  followUpOn: z.optional(str('请选择回访日期')),
  photos: z.array(VisitPhotoSchema, { error: '照片格式有误' }),
  adviceNote: z.optional(AdviceNoteSchema),
  /** client-generated once per draft, 8..64 chars [A-Za-z0-9_-]; a resend with the same key returns the first visit */
  idempotencyKey: z
    .string(msg('请求标识缺失，请刷新页面后重试', '请求标识无效，请刷新页面后重试'))
    .check(z.regex(/^[A-Za-z0-9_-]{8,64}$/, '请求标识无效，请刷新页面后重试')),
})
export type CreateVisitRequest = z.infer<typeof CreateVisitRequestSchema>

export const VisitSchema = z.object({
  id: z.string(),
  stationId: z.string(),
  stationName: z.string(),
  staffName: z.string(),
  bookingId: z.optional(z.string()),
  date: z.string(),
  client: z.object({
    kind: z.enum(['org', 'walk_in']),
    orgId: z.optional(z.string()),
    /** the organisation's name, or the walk-in's */
    name: z.string(),
    /** walk-ins only (staff see it) */
    phone: z.optional(z.string()),
  }),
  mode: VisitModeSchema,
  modeLabel: z.string(),
  topics: z.array(ServiceTopicSchema),
  topicLabels: z.array(z.string()),
  asked: z.string(),
  advised: z.string(),
  outcome: z.string(),
  followUpOn: z.optional(z.string()),
  followUpDoneAt: z.optional(z.string()),
  followUpState: FollowUpStateSchema,
  followUpStateLabel: z.string(),
  photos: z.array(z.object({ fileId: z.string(), mime: z.enum(PHOTO_TYPES), size: z.number() })),
  adviceNote: z.optional(z.object({ title: z.string(), body: z.string() })),
  /** ISO instant */
  createdAt: z.string(),
})
export type Visit = z.infer<typeof VisitSchema>
export const VisitPageSchema = pageOf(VisitSchema)

export const VisitQuerySchema = z.strictObject({
  /** with-note = only visits with an advice note; follow-up = only visits with a follow-up planned */
  filter: z.optional(oneOf(['all', 'with-note', 'follow-up'], '筛选条件应为 all、with-note 或 follow-up')),
  cursor: z.optional(CursorSchema),
  limit: z.optional(limitSchema()),
})
export type VisitQuery = z.infer<typeof VisitQuerySchema>

export const VisitFormContextSchema = z.object({
  stationId: z.string(),
  stationName: z.string(),
  /** Beijing today */
  today: z.string(),
  topics: z.array(z.object({ value: ServiceTopicSchema, label: z.string() })),
  /** organisations linked to the station (accepted links) */
  clients: z.array(z.object({ orgId: z.string(), name: z.string(), kind: z.enum(['enterprise', 'association']) })),
})
export type VisitFormContext = z.infer<typeof VisitFormContextSchema>

export const FollowUpListSchema = z.object({ today: z.string(), items: z.array(VisitSchema) })
export type FollowUpList = z.infer<typeof FollowUpListSchema>

export const StationFiguresSchema = z.object({
  stationId: z.string(),
  stationName: z.string(),
  /** the year of the monthly series */
  year: z.number(),
  /** the years of clientsPerYear / followUps (the last three, oldest first) */
  years: z.array(z.number()),
  clientsPerYear: z.array(z.object({ year: z.number(), clients: z.number(), visits: z.number() })),
  /** the station's topics, in order, with labels (the series of byTopic) */
  topics: z.array(z.object({ value: ServiceTopicSchema, label: z.string() })),
  byTopic: z.array(z.object({ month: z.string(), visits: z.number(), counts: z.partialRecord(ServiceTopicSchema, z.number()) })),
  modes: z.array(z.object({ value: VisitModeSchema, label: z.string() })),
  byMode: z.array(z.object({ month: z.string(), visits: z.number(), counts: z.record(VisitModeSchema, z.number()) })),
  followUps: z.array(
    z.object({
      year: z.number(),
      planned: z.number(),
      doneOnTime: z.number(),
      doneLate: z.number(),
      pending: z.number(),
      overdue: z.number(),
      onTimePercent: z.nullable(z.number()),
    }),
  ),
})
export type StationFigures = z.infer<typeof StationFiguresSchema>

export const FiguresQuerySchema = z.strictObject({
  year: z.optional(
    z.pipe(
      z.string({ error: '年度应为 4 位数字' }),
      z.transform((v, ctx) => {
        if (!/^\d{4}$/.test(v)) {
          ctx.issues.push({ code: 'custom', message: '年度应为 4 位数字', input: v })
          return z.NEVER
        }
        return Number(v)
      }),
    ),
  ),
})

const STAFF = ['staff'] as const
const STAFF_AND_CLIENTS = ['staff', 'enterprise', 'association'] as const
const json = (schema: z.core.$ZodType, description: string) => ({ schema, description })

export const VISIT_OPERATIONS: Operation[] = [
  {
    id: 'createVisit',
    method: 'POST',
    path: '/visits',
    tag: 'visits',
    summary: '登记一次服务（指导站工作人员；照片须先上传）',
    description:
      'Rules: the station’s own topics, a date not in the future, a follow-up not before the visit, at most 9 photos, each an upload of the caller not used by another record; a linked organisation or a walk-in with a valid mobile number. `bookingId` must be a completed booking of the station, logged once. Idempotent per user + `idempotencyKey`: a resend returns the visit first logged (200) and writes nothing.',
    roles: STAFF,
    body: CreateVisitRequestSchema,
    invalid: '服务记录有误，请按提示修改',
    ok: { 201: json(VisitSchema, 'logged'), 200: json(VisitSchema, 'same idempotencyKey again (same user): the visit first logged') },
    errors: [404, 409],
  },
  {
    id: 'listVisits',
    method: 'GET',
    path: '/visits',
    tag: 'visits',
    summary: '服务记录（工作人员：本站；企业/区域品牌主体：与本单位有关的）',
    roles: STAFF_AND_CLIENTS,
    query: VisitQuerySchema,
    ok: { 200: json(VisitPageSchema, 'newest first') },
  },
  {
    id: 'getVisitForm',
    method: 'GET',
    path: '/visits/form',
    tag: 'visits',
    summary: '服务登记表的选项：本站服务事项、已对接的服务对象',
    roles: STAFF,
    ok: { 200: json(VisitFormContextSchema, 'the options') },
  },
  {
    id: 'listFollowUps',
    method: 'GET',
    path: '/visits/follow-ups',
    tag: 'visits',
    summary: '待回访（7 天内到期及已逾期，逾期在前）',
    roles: STAFF,
    ok: { 200: json(FollowUpListSchema, 'due follow-ups') },
  },
  {
    id: 'getStationFigures',
    method: 'GET',
    path: '/visits/figures',
    tag: 'visits',
    summary: '本站服务统计：近三年服务对象数、按月的服务事项与服务方式、按时回访',
    roles: STAFF,
    query: FiguresQuerySchema,
    ok: { 200: json(StationFiguresSchema, 'the figures') },
  },
  {
    id: 'getVisit',
    method: 'GET',
    path: '/visits/{id}',
    tag: 'visits',
    summary: '一条服务记录（含服务建议书）',
    roles: STAFF_AND_CLIENTS,
    params: IdParamsSchema,
    ok: { 200: json(VisitSchema, 'the visit') },
    errors: [404],
  },
  {
    id: 'markFollowUpDone',
    method: 'POST',
    path: '/visits/{id}/follow-up-done',
    tag: 'visits',
    summary: '标记已回访（记录回访时间）',
    roles: STAFF,
    params: IdParamsSchema,
    ok: { 200: json(VisitSchema, 'marked') },
    errors: [404, 409],
  },
]
