// The association's member register (用标管理) over the wire: the register, a member with its history and
// use evidence, the changes (suspend / reinstate / withdraw / renew), the holder's own use evidence, the
// member figures over time, and the non-use defence bundle. The rules are in src/domain/members; the request
// declarations reuse its field declarations, so the contract check and the rules give the same Chinese messages.
//   GET  /members?q&status&trademarkId&cursor&limit   the register (summaries + counts per status)
//   POST /members                                      add a member
//   GET  /members/{id}                                 one member, history and evidence
//   POST /members/{id}/changes                         suspend / reinstate / withdraw / renew
//   POST /members/{id}/evidence                        add dated use evidence
//   GET  /members/figures?from&to                      month-end counts and the yearly member-usage figures
//   GET  /members/usage/{year}                         the yearly member-usage figures of one year (yearly report)
//   GET  /association/marks                            the association's marks with the holder's own evidence
//   POST /association/marks/{id}/evidence              the holder's own use evidence
//   GET  /association/marks/{id}/bundle?from&to        the bundle as data (preview)
//   GET  /association/marks/{id}/bundle.html?from&to   the bundle as one HTML document (download)
import * as z from 'zod/mini'
import './z' // zod configured (zh-CN, jitless) before any parse
import { evidenceInputSchema, memberChangeSchema, memberInputSchema } from '../members/member'
import { IdParamsSchema, pageOf } from './common'
import { CursorSchema, limitSchema } from './station'
import { id, oneOf, text } from './z'
import { ProgrammeYearParamsSchema } from './programme'
import type { Operation } from './operations'

export const MEMBER_STATUSES = ['active', 'suspended', 'withdrawn'] as const
export const MEMBER_CHANGE_ACTIONS = ['suspend', 'reinstate', 'withdraw', 'renew'] as const
export const EVIDENCE_KINDS = ['product_photo', 'invoice', 'contract', 'advert', 'other'] as const

const MemberStatusSchema = z.enum(MEMBER_STATUSES)
const LicenceSchema = z.object({ start: z.string(), end: z.string() })

export const MemberEventSchema = z.object({
  action: z.enum(['add', ...MEMBER_CHANGE_ACTIONS]),
  on: z.string(),
  reason: z.string(),
  by: z.string(),
  at: z.string(),
  from: z.nullable(MemberStatusSchema),
  to: MemberStatusSchema,
  licence: z.optional(LicenceSchema),
})

export const UseEvidenceSchema = z.object({
  id: z.string(),
  on: z.string(),
  kind: z.enum(EVIDENCE_KINDS),
  description: z.string(),
  fileIds: z.array(z.string()),
  products: z.optional(z.array(z.string())),
})
export type UseEvidenceView = z.infer<typeof UseEvidenceSchema>

const memberShape = {
  id: z.string(),
  associationId: z.string(),
  trademarkId: z.string(),
  uscc: z.string(),
  name: z.string(),
  sme: z.boolean(),
  products: z.array(z.string()),
  licence: LicenceSchema,
  status: MemberStatusSchema,
}

/** A register row. */
export const MemberSummarySchema = z.object({
  ...memberShape,
  /** last change (add / suspend / …) and its date */
  lastAction: MemberEventSchema.shape.action,
  lastChangeOn: z.string(),
  evidenceCount: z.number(),
  lastEvidenceOn: z.optional(z.string()),
})
export type MemberSummary = z.infer<typeof MemberSummarySchema>

export const MemberDetailSchema = z.object({
  ...memberShape,
  history: z.array(MemberEventSchema),
  evidence: z.array(UseEvidenceSchema),
  /** changes allowed now (buttons) */
  actions: z.array(z.enum(MEMBER_CHANGE_ACTIONS)),
  /** the mark's name, for the confirmation texts */
  markName: z.string(),
})
export type MemberDetail = z.infer<typeof MemberDetailSchema>

export const MemberQuerySchema = z.strictObject({
  /** name, USCC or product */
  q: z.optional(text({ min: 1, max: 50, label: '搜索词', missing: '请输入搜索词' })),
  status: z.optional(oneOf(MEMBER_STATUSES, '状态应为 active、suspended 或 withdrawn')),
  trademarkId: z.optional(id('商标编号')),
  cursor: z.optional(CursorSchema),
  limit: z.optional(limitSchema()),
})
export type MemberQuery = z.infer<typeof MemberQuerySchema>

export const MemberPageSchema = z.object({
  ...pageOf(MemberSummarySchema).shape,
  /** whole register (before the filter), per status */
  counts: z.object({ all: z.number(), active: z.number(), suspended: z.number(), withdrawn: z.number(), sme: z.number() }),
})
export type MemberPage = z.infer<typeof MemberPageSchema>

export const CreateMemberRequestSchema = z.strictObject({
  ...memberInputSchema.shape,
  /** the association's mark; default: its regional brand's mark */
  trademarkId: z.optional(id('商标编号')),
})
export type CreateMemberRequest = z.infer<typeof CreateMemberRequestSchema>

export const MemberChangeRequestSchema = z.strictObject({
  action: oneOf(MEMBER_CHANGE_ACTIONS, '请选择操作'),
  ...memberChangeSchema.shape,
})
export type MemberChangeRequest = z.infer<typeof MemberChangeRequestSchema>

export const EvidenceRequestSchema = z.strictObject({ ...evidenceInputSchema.shape })
export type EvidenceRequest = z.infer<typeof EvidenceRequestSchema>

const CountsSchema = z.object({
  on: z.string(),
  members: z.number(),
  active: z.number(),
  suspended: z.number(),
  sme: z.number(),
  activeSme: z.number(),
})
export type MemberCountsView = z.infer<typeof CountsSchema>

export const YearlyMemberUsageSchema = z.object({
  year: z.number(),
  activeAtYearEnd: z.number(),
  smeActiveAtYearEnd: z.number(),
  membersAtYearEnd: z.number(),
  granted: z.number(),
  renewed: z.number(),
  suspended: z.number(),
  withdrawn: z.number(),
  withEvidence: z.number(),
})
export type YearlyMemberUsageView = z.infer<typeof YearlyMemberUsageSchema>

const yearQuery = (label: string) =>
  z.pipe(
    z.string({ error: `${label}应为 4 位年份` }).check(z.regex(/^\d{4}$/, `${label}应为 4 位年份`)),
    z.pipe(
      z.transform((s: string) => Number(s)),
      z.number().check(z.minimum(2000, `${label}应在 2000 年以后`), z.maximum(2100, `${label}应在 2100 年以前`)),
    ),
  )
export const MemberFiguresQuerySchema = z
  .strictObject({ from: z.optional(yearQuery('开始年份')), to: z.optional(yearQuery('结束年份')) })
  .check(
    z.refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, { path: ['to'], error: '结束年份不能早于开始年份' }),
    z.refine((q) => q.from === undefined || q.to === undefined || q.to - q.from <= 9, { path: ['from'], error: '最多查看 10 年' }),
  )
export type MemberFiguresQuery = z.input<typeof MemberFiguresQuerySchema>

export const MemberFiguresSchema = z.object({
  associationId: z.string(),
  brandName: z.string(),
  /** Beijing day the figures were computed for */
  today: z.string(),
  current: CountsSchema,
  /** month-end counts from January of `from` to the current month (the last point is today) */
  series: z.array(CountsSchema),
  /** one row per year, `from`..`to` */
  yearly: z.array(YearlyMemberUsageSchema),
})
export type MemberFigures = z.infer<typeof MemberFiguresSchema>

export const AssociationMarkSchema = z.object({
  id: z.string(),
  regNo: z.string(),
  name: z.string(),
  markTypeLabel: z.string(),
  registeredOn: z.string(),
  /** members (any status) on this mark's register */
  members: z.number(),
  holderEvidence: z.array(UseEvidenceSchema),
})
export type AssociationMark = z.infer<typeof AssociationMarkSchema>
export const AssociationMarksSchema = z.object({
  holder: z.object({ id: z.string(), name: z.string(), uscc: z.string() }),
  marks: z.array(AssociationMarkSchema),
  /** suggested window: the three years before today */
  defaultWindow: z.object({ from: z.string(), to: z.string() }),
})
export type AssociationMarks = z.infer<typeof AssociationMarksSchema>

/** Window of the bundle; the rules (windowErrors) give the field messages (real dates, from ≤ to, ≤ 3 years). */
export const BundleQuerySchema = z.strictObject({
  from: z.string({ error: '请选择开始日期（YYYY-MM-DD）' }),
  to: z.string({ error: '请选择结束日期（YYYY-MM-DD）' }),
})
export type BundleQuery = z.infer<typeof BundleQuerySchema>

const PartySchema = z.object({
  role: z.enum(['holder', 'licensee']),
  memberId: z.optional(z.string()),
  name: z.string(),
  uscc: z.string(),
})
export const UseEvidenceBundleSchema = z.object({
  mark: z.object({ id: z.string(), regNo: z.string(), name: z.string() }),
  window: z.object({ from: z.string(), to: z.string() }),
  holder: PartySchema,
  entries: z.array(
    z.object({
      no: z.number(),
      on: z.string(),
      who: PartySchema,
      what: z.string(),
      description: z.string(),
      products: z.array(z.string()),
      evidenceId: z.string(),
      fileIds: z.array(z.string()),
      licence: z.optional(LicenceSchema),
    }),
  ),
  excluded: z.array(z.object({ evidenceId: z.string(), on: z.string(), who: PartySchema, reason: z.string() })),
  coverage: z.array(z.object({ from: z.string(), to: z.string(), count: z.number() })),
  licensees: z.array(z.object({ name: z.string(), uscc: z.string(), entries: z.number() })),
  warnings: z.array(z.string()),
  /** the download name of the HTML document */
  fileName: z.string(),
})
export type UseEvidenceBundleView = z.infer<typeof UseEvidenceBundleSchema>

const ASSOC = ['association'] as const
const json = (schema: z.core.$ZodType, description: string) => ({ schema, description })

export const MEMBER_OPERATIONS: Operation[] = [
  {
    id: 'listMembers',
    method: 'GET',
    path: '/members',
    tag: 'members',
    summary: '用标会员名册（本协会；搜索、按状态筛选）',
    roles: ASSOC,
    query: MemberQuerySchema,
    ok: { 200: json(MemberPageSchema, 'a page of the register, with counts per status') },
  },
  {
    id: 'addMember',
    method: 'POST',
    path: '/members',
    tag: 'members',
    summary: '添加用标会员（统一社会信用代码校验位、许可期、授权依据）',
    roles: ASSOC,
    body: CreateMemberRequestSchema,
    ok: { 201: json(MemberDetailSchema, 'the new member') },
    errors: [404, 409],
  },
  {
    id: 'getMemberFigures',
    method: 'GET',
    path: '/members/figures',
    tag: 'members',
    summary: '会员与中小企业数量变化（月末）及年度用标数据',
    roles: ASSOC,
    query: MemberFiguresQuerySchema,
    ok: { 200: json(MemberFiguresSchema, 'counts over time and yearly figures') },
  },
  {
    id: 'getMemberUsage',
    method: 'GET',
    path: '/members/usage/{year}',
    tag: 'members',
    summary: '某年度的会员用标数据（供年度报送使用）',
    roles: ASSOC,
    params: ProgrammeYearParamsSchema,
    ok: { 200: json(YearlyMemberUsageSchema, 'the yearly member-usage figures') },
  },
  {
    id: 'getMember',
    method: 'GET',
    path: '/members/{id}',
    tag: 'members',
    summary: '用标会员详情（变更记录、使用证据）',
    roles: ASSOC,
    params: IdParamsSchema,
    ok: { 200: json(MemberDetailSchema, 'the member') },
    errors: [404],
  },
  {
    id: 'changeMember',
    method: 'POST',
    path: '/members/{id}/changes',
    tag: 'members',
    summary: '暂停、恢复、撤销或续期（须填写日期与原因）',
    roles: ASSOC,
    params: IdParamsSchema,
    body: MemberChangeRequestSchema,
    ok: { 200: json(MemberDetailSchema, 'the member after the change') },
    errors: [404, 409],
  },
  {
    id: 'addMemberEvidence',
    method: 'POST',
    path: '/members/{id}/evidence',
    tag: 'members',
    summary: '添加会员的使用证据（日期、类型、说明、文件）',
    roles: ASSOC,
    params: IdParamsSchema,
    body: EvidenceRequestSchema,
    ok: { 201: json(MemberDetailSchema, 'the member with the new evidence') },
    errors: [404],
  },
  {
    id: 'listAssociationMarks',
    method: 'GET',
    path: '/association/marks',
    tag: 'members',
    summary: '本协会的商标及注册人自身的使用证据',
    roles: ASSOC,
    ok: { 200: json(AssociationMarksSchema, 'the marks') },
  },
  {
    id: 'addHolderEvidence',
    method: 'POST',
    path: '/association/marks/{id}/evidence',
    tag: 'members',
    summary: '添加商标注册人自身的使用证据',
    roles: ASSOC,
    params: IdParamsSchema,
    body: EvidenceRequestSchema,
    ok: { 201: json(AssociationMarkSchema, 'the mark with the new evidence') },
    errors: [404],
  },
  {
    id: 'getUseEvidenceBundle',
    method: 'GET',
    path: '/association/marks/{id}/bundle',
    tag: 'members',
    summary: '撤三答辩使用证据汇编（预览：所选期间内注册人及被许可人的使用证据）',
    roles: ASSOC,
    params: IdParamsSchema,
    query: BundleQuerySchema,
    ok: { 200: json(UseEvidenceBundleSchema, 'the bundle') },
    errors: [404],
  },
  {
    id: 'downloadUseEvidenceBundle',
    method: 'GET',
    path: '/association/marks/{id}/bundle.html',
    tag: 'members',
    summary: '撤三答辩使用证据汇编（一个含目录的 HTML 文件，图片内嵌）',
    roles: ASSOC,
    params: IdParamsSchema,
    query: BundleQuerySchema,
    ok: { 200: { description: 'text/html; attachment with a download file name', contentType: 'text/html' } },
    errors: [404],
  },
]
