// The yearly brand report (年度报送): the participant's own report per year, its history for the
// year-over-year view, and the province reviewer's progress list with reminders.
//   GET  /reports/mine                   enterprise, association   every year's report of the own organisation
//   GET  /reports/mine/{year}            enterprise, association   one year's report (empty when not started)
//   PUT  /reports/mine/{year}            enterprise, association   save a draft / submit / revise until the deadline
//   GET  /review/reports                 province                  who of the province has submitted the year's report
//   GET  /review/reports/{id}            province, national        one report (province: its own province only)
//   POST /review/reports/remind          province                  in-app reminder to those who have not submitted
//   GET  /review/participants/{id}/reports province, national      one participant's submitted reports by year (province: own only)
// These declarations fix the wire shape only; the figures are checked by src/domain/report (the same
// schema the form uses as the user types), which answers field-level Chinese errors keyed "<dimension>.<key>".
import * as z from 'zod/mini'
import './z' // zod configured (zh-CN, jitless) before any parse
import type { Operation } from './operations'
import { IdParamsSchema } from './common'
import { ProgrammeYearParamsSchema } from './programme'

const DIMENSION_KEYS = ['economic', 'social', 'brand', 'influence'] as const
const REPORT_TRACKS = ['enterprise', 'regional'] as const
const REPORT_STATUSES = ['draft', 'submitted', 'revised'] as const
const REPORT_ACTIONS = ['save', 'submit', 'revise'] as const

export const ReportValueSchema = z.union([z.number(), z.boolean(), z.string()])
/** { economic: { brandSales: 1200, … }, social: {…}, brand: {…}, influence: {…} } — any subset */
export const ReportFiguresSchema = z.partialRecord(z.enum(DIMENSION_KEYS), z.record(z.string(), ReportValueSchema))
export type ReportFiguresWire = z.infer<typeof ReportFiguresSchema>

export const ReportJumpSchema = z.object({
  path: z.string(),
  label: z.string(),
  current: z.number(),
  previous: z.number(),
  message: z.string(),
  /** the reporter has confirmed this figure (sent in `confirmedJumps`) */
  confirmed: z.boolean(),
})
export type ReportJump = z.infer<typeof ReportJumpSchema>

export const ReportViewSchema = z.object({
  /** absent until the first save */
  id: z.optional(z.string()),
  orgId: z.string(),
  orgName: z.string(),
  provinceCode: z.string(),
  year: z.number(),
  track: z.enum(REPORT_TRACKS),
  /** null = not started */
  status: z.nullable(z.enum(REPORT_STATUSES)),
  statusLabel: z.string(),
  revision: z.number(),
  figures: ReportFiguresSchema,
  confirmedJumps: z.array(z.string()),
  submittedAt: z.optional(z.string()),
  revisedAt: z.optional(z.string()),
  updatedAt: z.optional(z.string()),
  /** the year's deadline, Beijing "YYYY-MM-DDTHH:mm" (exclusive); null = the year is not open for reports */
  deadline: z.nullable(z.string()),
  /** may the report still be saved / submitted / revised now */
  open: z.boolean(),
  /** why it cannot (deadline passed, year not open) */
  closedMessage: z.optional(z.string()),
  actions: z.array(z.enum(REPORT_ACTIONS)),
  /** last year's submitted figures, for the year-over-year check */
  previous: z.nullable(z.object({ year: z.number(), figures: ReportFiguresSchema })),
  /** figures more than 10× (or under a tenth of) last year's: asked to confirm, never refused */
  jumps: z.array(ReportJumpSchema),
  /**
   * only for a report not started yet with no report of last year: the figures of the participant's latest
   * application form (annex 1 / 2) where its fields match report items, for the form to prefill
   */
  fromApplication: z.optional(z.object({ applicationId: z.string(), year: z.number(), figures: ReportFiguresSchema })),
})
export type ReportView = z.infer<typeof ReportViewSchema>

export const ReportHistorySchema = z.object({
  orgId: z.string(),
  orgName: z.string(),
  track: z.enum(REPORT_TRACKS),
  /** the year a report is due for now */
  currentYear: z.number(),
  /** oldest first; drafts included (status draft) */
  years: z.array(
    z.object({
      year: z.number(),
      status: z.enum(REPORT_STATUSES),
      statusLabel: z.string(),
      submittedAt: z.optional(z.string()),
      figures: ReportFiguresSchema,
    }),
  ),
})
export type ReportHistory = z.infer<typeof ReportHistorySchema>

export const SaveReportRequestSchema = z.strictObject({
  action: z.enum(REPORT_ACTIONS, { error: '请选择保存草稿、报送或修改后重新报送' }),
  figures: ReportFiguresSchema,
  /** paths of jumps the reporter has confirmed ("economic.brandSales") */
  confirmedJumps: z.optional(z.array(z.string())),
})
export type SaveReportRequest = z.infer<typeof SaveReportRequestSchema>

export const ReportProgressItemSchema = z.object({
  orgId: z.string(),
  orgName: z.string(),
  track: z.enum(REPORT_TRACKS),
  /** the report's id once started */
  reportId: z.optional(z.string()),
  /** null = not started */
  status: z.nullable(z.enum(REPORT_STATUSES)),
  statusLabel: z.string(),
  submittedAt: z.optional(z.string()),
  /** ISO instant of the latest reminder this year */
  remindedAt: z.optional(z.string()),
  /** reminded already on today's Beijing day (a further reminder today sends nothing) */
  remindedToday: z.boolean(),
})
export type ReportProgressItem = z.infer<typeof ReportProgressItemSchema>

export const ReportProgressSchema = z.object({
  year: z.number(),
  provinceCode: z.string(),
  provinceName: z.string(),
  deadline: z.nullable(z.string()),
  open: z.boolean(),
  total: z.number(),
  submitted: z.number(),
  /** not submitted yet and not reminded today */
  remindable: z.number(),
  items: z.array(ReportProgressItemSchema),
})
export type ReportProgress = z.infer<typeof ReportProgressSchema>

export const ReportProgressQuerySchema = z.strictObject({
  year: z.optional(
    z.pipe(
      z.string(),
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

export const RemindReportsRequestSchema = z.strictObject({
  year: z.number({ error: '请指定年度' }).check(z.int('年度应为整数')),
  /** only these participants (default: everyone of the province who has not submitted) */
  orgIds: z.optional(z.array(z.string()).check(z.minLength(1, '请至少选择 1 个单位'))),
})
export type RemindReportsRequest = z.infer<typeof RemindReportsRequestSchema>

export const RemindReportsResponseSchema = z.object({
  /** reminded now */
  sent: z.number(),
  /** already reminded today: nothing sent again */
  alreadyToday: z.number(),
  /** submitted already: nothing to remind */
  notNeeded: z.number(),
})
export type RemindReportsResponse = z.infer<typeof RemindReportsResponseSchema>

const json = (schema: z.core.$ZodType, description: string) => ({ schema, description })
const OWNERS = ['enterprise', 'association'] as const

export const REPORT_OPERATIONS: Operation[] = [
  {
    id: 'getMyReports',
    method: 'GET',
    path: '/reports/mine',
    tag: 'reports',
    summary: '本单位历年年度报送（同比图表）',
    roles: [...OWNERS],
    ok: { 200: json(ReportHistorySchema, 'every year, oldest first') },
  },
  {
    id: 'getMyReport',
    method: 'GET',
    path: '/reports/mine/{year}',
    tag: 'reports',
    summary: '本单位某年度的年度报送（未开始时为空表）',
    roles: [...OWNERS],
    params: ProgrammeYearParamsSchema,
    ok: { 200: json(ReportViewSchema, 'the report') },
  },
  {
    id: 'saveMyReport',
    method: 'PUT',
    path: '/reports/mine/{year}',
    tag: 'reports',
    summary: '保存草稿 / 报送 / 修改后重新报送（截止前）',
    description:
      'Figures are checked by the same schema as the form: draft = well-formed and consistent, submit / revise = complete too (400 with fieldErrors keyed "<dimension>.<key>"). A jump of more than 10× against last year is returned in `jumps`, never refused. After the deadline of the programme year: 409 DEADLINE_PASSED.',
    roles: [...OWNERS],
    params: ProgrammeYearParamsSchema,
    body: SaveReportRequestSchema,
    invalid: '年度报送有误，请按提示修改',
    ok: { 200: json(ReportViewSchema, 'saved') },
    errors: [409],
  },
  {
    id: 'getReportProgress',
    method: 'GET',
    path: '/review/reports',
    tag: 'reports',
    summary: '本省参与单位的年度报送情况',
    roles: ['province'],
    query: ReportProgressQuerySchema,
    ok: { 200: json(ReportProgressSchema, 'the province’s participants') },
  },
  {
    id: 'getReviewReport',
    method: 'GET',
    path: '/review/reports/{id}',
    tag: 'reports',
    summary: '查看一份年度报送（省级：仅本省）',
    roles: ['province', 'national'],
    params: IdParamsSchema,
    ok: { 200: json(ReportViewSchema, 'the report') },
    errors: [404],
  },
  {
    id: 'getParticipantReports',
    method: 'GET',
    path: '/review/participants/{id}/reports',
    tag: 'reports',
    summary: '某参与单位历年已报送的年度数据（同比；省级：仅本省参与单位）',
    description:
      'The organisation’s submitted / revised reports, oldest first (drafts are not handed in and are left out). A province reviewer may read only participants of its own province: another province’s organisation is 403, an unknown one or one that is not a participant 404.',
    roles: ['province', 'national'],
    params: IdParamsSchema,
    ok: { 200: json(ReportHistorySchema, 'submitted years, oldest first') },
    errors: [404],
  },
  {
    id: 'remindReports',
    method: 'POST',
    path: '/review/reports/remind',
    tag: 'reports',
    summary: '提醒尚未报送的单位（站内消息；同一单位每天最多一次）',
    roles: ['province'],
    body: RemindReportsRequestSchema,
    ok: { 200: json(RemindReportsResponseSchema, 'sent') },
  },
]
