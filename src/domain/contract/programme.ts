// The programme year (行动年度): the national timetable and quota table, and the provinces' calls for
// applications (申报通知). Payload declarations and the operations of the capability (spread into
// OPERATIONS). The rules themselves are in src/domain/programme; these declarations only fix the wire shape,
// so a well-typed but rule-breaking payload reaches the rules and gets their field-level Chinese errors.
import * as z from 'zod/mini'
import './z' // zod configured (zh-CN, jitless) before any parse
import type { Operation } from './operations'
import { IdParamsSchema } from './common'

const yearParams = z.strictObject({
  year: z.pipe(
    z.string(),
    z.transform((v, ctx) => {
      const n = Number(v)
      if (!/^\d{4}$/.test(v) || !Number.isInteger(n)) {
        ctx.issues.push({ code: 'custom', message: '年度应为 4 位数字', input: v })
        return z.NEVER
      }
      return n
    }),
  ),
})
export { yearParams as ProgrammeYearParamsSchema }

export const YearTimetableSchema = z.object({
  year: z.number(),
  /** Beijing "YYYY-MM-DDTHH:mm", inclusive */
  applicationOpensAt: z.string(),
  /** Beijing "YYYY-MM-DDTHH:mm", exclusive */
  applicationClosesAt: z.string(),
  /** Beijing "YYYY-MM-DDTHH:mm", exclusive */
  recommendationDeadline: z.string(),
  noticeDays: z.number(),
  /** Beijing "YYYY-MM-DDTHH:mm", exclusive */
  yearlyReportDeadline: z.string(),
})

export const ChangeRecordSchema = z.object({
  version: z.number(),
  /** ISO instant */
  at: z.string(),
  by: z.string(),
  byName: z.optional(z.string()),
  reason: z.optional(z.string()),
  afterRecommendationsStarted: z.boolean(),
  changes: z.array(z.string()),
})

export const YearQuotaRowSchema = z.object({
  provinceCode: z.string(),
  provinceName: z.string(),
  enterprise: z.number(),
  regional: z.number(),
  station: z.number(),
})

/** GET/PUT /programme/years/{year}…: the year as in force, with the change records (oldest first). */
export const ProgrammeYearViewSchema = z.object({
  year: z.number(),
  timetable: YearTimetableSchema,
  timetableHistory: z.array(ChangeRecordSchema),
  quotaBasis: z.enum(['annex4', 'edited']),
  quotaRows: z.array(YearQuotaRowSchema),
  quotaHistory: z.array(ChangeRecordSchema),
  /** any application of the year recommended: a further change needs a reason */
  recommendationsStarted: z.boolean(),
  /** annex 4 note 3 (station ≈ 50 % of enterprise + regional): warnings, never refusals */
  quotaWarnings: z.array(z.object({ provinceCode: z.string(), message: z.string() })),
})
export type ProgrammeYearView = z.infer<typeof ProgrammeYearViewSchema>

/** PUT /programme/years/{year}/timetable (the year comes from the path). */
export const PutTimetableRequestSchema = z.object({
  applicationOpensAt: z.string(),
  applicationClosesAt: z.string(),
  recommendationDeadline: z.string(),
  noticeDays: z.number(),
  yearlyReportDeadline: z.string(),
  /** required once the year's recommendations started */
  reason: z.optional(z.string()),
})
export type PutTimetableRequest = z.infer<typeof PutTimetableRequestSchema>

/** PUT /programme/years/{year}/quotas */
export const PutQuotasRequestSchema = z.object({
  edits: z.array(z.object({ provinceCode: z.string(), track: z.string(), limit: z.number() })),
  reason: z.optional(z.string()),
})
export type PutQuotasRequest = z.infer<typeof PutQuotasRequestSchema>

export const CallExtensionSchema = z.object({
  from: z.string(),
  to: z.string(),
  by: z.string(),
  byName: z.optional(z.string()),
  at: z.string(),
  reason: z.string(),
})

export const CallPhaseSchema = z.enum(['scheduled', 'open', 'closed'])

/** A province call as the reviewers and applicants see it. */
export const ProvinceCallViewSchema = z.object({
  id: z.string(),
  year: z.number(),
  provinceCode: z.string(),
  provinceName: z.string(),
  batch: z.number(),
  opensAt: z.string(),
  closesAt: z.string(),
  notice: z.string(),
  phase: CallPhaseSchema,
  phaseLabel: z.string(),
  /** "剩余 N 天" / "今天 17:00 截止" / "已截止" / "将于 … 开始" */
  label: z.string(),
  daysLeft: z.number(),
  extensions: z.array(CallExtensionSchema),
  /** province reviewers only: drafts waiting and submissions of this batch */
  tally: z.optional(z.object({ drafts: z.number(), submitted: z.number() })),
})
export type ProvinceCallView = z.infer<typeof ProvinceCallViewSchema>

/** GET /programme/calls/current: the caller's province — the open batch, else the next one. */
export const CurrentCallSchema = z.object({
  provinceCode: z.nullable(z.string()),
  open: z.nullable(ProvinceCallViewSchema),
  next: z.nullable(ProvinceCallViewSchema),
  /** shown when nothing is open: when the next batch opens, if known */
  message: z.string(),
})
export type CurrentCall = z.infer<typeof CurrentCallSchema>

export const CallListQuerySchema = z.strictObject({
  year: z.optional(
    z.pipe(
      z.string(),
      z.transform((v) => Number(v)),
    ),
  ),
  provinceCode: z.optional(z.string().check(z.regex(/^\d{2}0000$/, '省份代码应为 6 位数字，后 4 位为 0'))),
})

export const OpenCallRequestSchema = z.object({
  /** defaults to the reviewer's own province; another province is refused (403) */
  provinceCode: z.optional(z.string()),
  opensAt: z.string(),
  closesAt: z.string(),
  notice: z.string(),
})
export type OpenCallRequest = z.infer<typeof OpenCallRequestSchema>

export const ExtendCallRequestSchema = z.object({ closesAt: z.string(), reason: z.string() })
export type ExtendCallRequest = z.infer<typeof ExtendCallRequestSchema>

export const NotRecommendedSchema = z.object({
  year: z.number(),
  recommendationDeadline: z.string(),
  provinces: z.array(z.object({ provinceCode: z.string(), provinceName: z.string(), waiting: z.number() })),
})
export type NotRecommended = z.infer<typeof NotRecommendedSchema>

/** GET /programme/current: the programme year the screens default to (not the calendar year). */
export const ProgrammeCurrentSchema = z.object({
  /** the latest year whose application window opened; the Beijing calendar year when none is configured */
  year: z.number(),
  configured: z.boolean(),
  /** every configured year, ascending */
  years: z.array(z.number()),
})
export type ProgrammeCurrent = z.infer<typeof ProgrammeCurrentSchema>

const json = (schema: z.core.$ZodType, description: string) => ({ schema, description })

export const PROGRAMME_OPERATIONS: Operation[] = [
  {
    id: 'getProgrammeCurrent',
    method: 'GET',
    path: '/programme/current',
    tag: 'programme',
    summary: '当前行动年度（各页面默认的年度，不按日历年）',
    roles: ['enterprise', 'association', 'staff', 'province', 'national'],
    ok: { 200: json(ProgrammeCurrentSchema, 'the current programme year') },
  },
  {
    id: 'getProgrammeYear',
    method: 'GET',
    path: '/programme/years/{year}',
    tag: 'programme',
    summary: '年度时间安排与推荐名额（含修改记录）',
    roles: ['province', 'national'],
    params: yearParams,
    ok: { 200: json(ProgrammeYearViewSchema, 'the year') },
    errors: [404],
  },
  {
    id: 'putProgrammeTimetable',
    method: 'PUT',
    path: '/programme/years/{year}/timetable',
    tag: 'programme',
    summary: '设置年度时间安排（国家知识产权局；首次设置即开通该年度，名额默认采用附件4）',
    description: "After the year's first recommendation a change needs `reason`; every change is a new version with who, when and what.",
    roles: ['national'],
    params: yearParams,
    body: PutTimetableRequestSchema,
    ok: { 200: json(ProgrammeYearViewSchema, 'saved') },
    errors: [409],
  },
  {
    id: 'putProgrammeQuotas',
    method: 'PUT',
    path: '/programme/years/{year}/quotas',
    tag: 'programme',
    summary: '修改年度推荐名额（国家知识产权局）',
    roles: ['national'],
    params: yearParams,
    body: PutQuotasRequestSchema,
    ok: { 200: json(ProgrammeYearViewSchema, 'saved') },
    errors: [404, 409],
  },
  {
    id: 'getNotRecommended',
    method: 'GET',
    path: '/programme/years/{year}/not-recommended',
    tag: 'programme',
    summary: '尚未推荐的省份',
    roles: ['national'],
    params: yearParams,
    ok: { 200: json(NotRecommendedSchema, 'provinces without a recommendation') },
    errors: [404],
  },
  {
    id: 'listCalls',
    method: 'GET',
    path: '/programme/calls',
    tag: 'programme',
    summary: '申报批次列表（省级：本省；国家：全部）',
    roles: ['province', 'national'],
    query: CallListQuerySchema,
    ok: { 200: json(z.array(ProvinceCallViewSchema), 'calls, latest first') },
  },
  {
    id: 'getCurrentCall',
    method: 'GET',
    path: '/programme/calls/current',
    tag: 'programme',
    summary: '本省当前的申报批次（申报单位首页）',
    roles: ['enterprise', 'association', 'staff', 'province'],
    ok: { 200: json(CurrentCallSchema, 'open / next call') },
  },
  {
    id: 'openCall',
    method: 'POST',
    path: '/programme/calls',
    tag: 'programme',
    summary: '开通申报批次（省级，仅本省）',
    roles: ['province'],
    body: OpenCallRequestSchema,
    ok: { 201: json(ProvinceCallViewSchema, 'opened') },
    errors: [404, 409],
  },
  {
    id: 'extendCall',
    method: 'POST',
    path: '/programme/calls/{id}/extend',
    tag: 'programme',
    summary: '延长申报截止时间（省级，仅本省；已截止的批次不能延期）',
    roles: ['province'],
    params: IdParamsSchema,
    body: ExtendCallRequestSchema,
    ok: { 200: json(ProvinceCallViewSchema, 'extended') },
    errors: [404, 409],
  },
]
