// Programme applications (申报), province/national review (推荐 / 复核 / 公示 / 名单), quotas (附件4),
// the recommendation table (附件5).
//
// Endpoints (all under /api):
//   applicant (enterprise → track 'enterprise', association → 'regional', staff → 'station'):
//     GET  /applications/mine                       → Application[]
//     PUT  /applications/draft                      DraftSaveRequest → DraftSaveResponse (partial form allowed)
//     POST /applications/{id}/submit                SubmitApplicationRequest → Application (400 fieldErrors)
//     GET  /applications/{id}                       → Application (owner, reviewers in scope)
//   province (own province only):
//     GET  /review/applications?status&track&year   → Page<ApplicationSummary>
//     GET  /review/applications/{id}                → Application
//     POST /review/applications/{id}/return         ReasonRequest → Application
//     POST /review/applications/{id}/recommend      → Application (409 QUOTA_EXCEEDED)
//     GET  /review/quota?year                       → QuotaSummary
//     GET  /review/recommendation-table?format=csv|json&year → RecommendationTable | text/csv (UTF-8 BOM)
//   national:
//     GET  /review/applications?status&track&year&provinceCode&batch → Page<ApplicationSummary>
//     POST /review/applications/{id}/national-review → Application
//     POST /review/applications/{id}/publish        PublishRequest → Application
//     POST /review/batches                          BatchPublishRequest → ReviewBatch (publish several at once)
//     POST /review/applications/{id}/confirm        → Application
//     POST /review/applications/{id}/reject         ReasonRequest → Application
//     GET  /review/batches?year                     → ReviewBatch[]
//     GET  /review/quota?year&provinceCode          → QuotaSummary (national may name any province)
//
// Dates: YYYY-MM-DD for public-notice dates; ISO timestamps (with Z) for audit fields.

import { RoleSchema } from './common'
import { BrandFieldSchema, MarkTypeSchema } from './org'
import { CursorSchema, limitSchema } from './station'
import { ObjectionSchema } from './objection'
import * as z from 'zod/mini'
import { id, msg, oneOf, queryInt, text, ymd } from './z'
import { APPLICATION_STATUSES } from './labels'
import {
  APPLICATION_STATUS_VALUES,
  APPLICATION_TRACKS,
  ENTERPRISE_SCALES,
  IP_ENTERPRISE_STATUSES,
  PILOT_STATUSES,
  SRDI_STATUSES,
  TIME_HONORED_STATUSES,
} from './values'
export {
  APPLICATION_TRACK_LABELS,
  TRACK_APPLICANT_ROLE,
  APPLICATION_STATUS_LABELS,
  QUOTA_COUNTED_STATUSES,
  PROVINCE_WAITING_STATUSES,
  NATIONAL_WAITING_STATUSES,
  EDITABLE_STATUSES,
  ENTERPRISE_SCALE_LABELS,
  IP_ENTERPRISE_STATUS_LABELS,
  SRDI_STATUS_LABELS,
  TIME_HONORED_LABELS,
  PILOT_STATUS_LABELS,
  APPLICATION_STATUSES,
} from './labels'
export { APPLICATION_TRACKS } from './values'

// ── Tracks & statuses ─────────────────────────────────────────────────────────

export const ApplicationTrackSchema = z.enum(APPLICATION_TRACKS)
export type ApplicationTrack = z.infer<typeof ApplicationTrackSchema>

export const ApplicationStatusSchema = z.enum(APPLICATION_STATUS_VALUES)
export type ApplicationStatus = z.infer<typeof ApplicationStatusSchema>

/** Actions of the state machine (see src/domain/application.ts for who may do what). */
export const APPLICATION_ACTIONS = ['submit', 'resubmit', 'return', 'recommend', 'national_review', 'publish', 'confirm', 'reject'] as const
export const ApplicationActionSchema = z.enum(APPLICATION_ACTIONS)
export type ApplicationAction = z.infer<typeof ApplicationActionSchema>
export const APPLICATION_ACTION_LABELS: Record<ApplicationAction, string> = {
  submit: '提交申报',
  resubmit: '重新提交',
  return: '退回修改',
  recommend: '推荐上报',
  national_review: '开始复核',
  publish: '发布公示',
  confirm: '确认入选',
  reject: '不予入选',
}

// ── Field enums (annexes 1–3) ─────────────────────────────────────────────────

/** 企业规模 */
export const EnterpriseScaleSchema = z.enum(ENTERPRISE_SCALES)
export type EnterpriseScale = z.infer<typeof EnterpriseScaleSchema>

/** 是否为国家知识产权优势示范企业 */
export const IpEnterpriseStatusSchema = z.enum(IP_ENTERPRISE_STATUSES)
export type IpEnterpriseStatus = z.infer<typeof IpEnterpriseStatusSchema>

/** 是否为专精特新/单项冠军企业 */
export const SrdiStatusSchema = z.enum(SRDI_STATUSES)
export type SrdiStatus = z.infer<typeof SrdiStatusSchema>

/** 是否为老字号企业 */
export const TimeHonoredStatusSchema = z.enum(TIME_HONORED_STATUSES)
export type TimeHonoredStatus = z.infer<typeof TimeHonoredStatusSchema>

/** 所在地区是否为知识产权强国建设试点示范市、县、园区 */
export const PilotStatusSchema = z.enum(PILOT_STATUSES)
export type PilotStatus = z.infer<typeof PilotStatusSchema>

// ── Forms (one per track). Keys are flat; year-relative figures use Y3/Y2/Y1 = programme year −3/−2/−1,
// labelled with the actual years by the form definitions (src/domain/forms/*). Amounts in 万元.
// These declare the SHAPE (the TypeScript types); the per-field rules with Chinese messages come from the
// annex definitions (src/domain/forms), which drive both the form UI and the server check. ──

const s = () => z.string()
const n = () => z.number()
const b = () => z.boolean()

/** 附件1 企业商标品牌价值提升专项行动申报表 */
export const EnterpriseFormSchema = z.object({
  orgName: s(),
  uscc: s(),
  contactName: s(),
  contactPhone: s(),
  /** 代表企业的主商标（文字或图形） */
  markName: s(),
  /** 注册号 */
  markRegNo: s(),
  /** Nice classes of the mark (1–45) */
  markClasses: z.array(n()),
  /** applicant confirms: this is the enterprise's main mark */
  markIsMain: b(),
  /** applicant confirms: registered classes match the main business */
  markMatchesBusiness: b(),
  field: BrandFieldSchema,
  scale: EnterpriseScaleSchema,
  ipStatus: IpEnterpriseStatusSchema,
  srdiStatus: SrdiStatusSchema,
  timeHonored: TimeHonoredStatusSchema,
  /** 主营业务收入金额（万元） year−3 / year−2 / year−1 */
  revenueY3: n(),
  revenueY2: n(),
  revenueY1: n(),
  /** year−1 研发投入（万元） */
  rdInvestment: n(),
  /** year−1 宣传营销投入（万元） */
  marketingInvestment: n(),
  /** year−1 维权投入（万元） */
  enforcementInvestment: n(),
  /** 知识产权数量（件）截至目前 */
  ipDomesticMarks: n(),
  ipMadridMarks: n(),
  ipPatents: n(),
  ipCopyrights: n(),
  ipIcLayouts: n(),
  ipPlantVarieties: n(),
  /** year−1 公益/社会责任支出（万元） */
  charitySpending: n(),
  csrDescription: s(),
  honours: s(),
  brandValuation: s(),
  wellKnownMark: s(),
  /** 近三年 恶意抢注/囤积/重大不良影响 */
  badFaithRecord: s(),
  /** 近三年 行政处罚 */
  penaltyRecord: s(),
  /** 对接服务的商标品牌指导站 (station id); optional */
  stationId: z.optional(s()),
  strategy: s(),
  overseas: s(),
  /** 申报主体意见 */
  opinion: s(),
  /** 承诺属实（盖章页线下报送） */
  declaration: b(),
})
export type EnterpriseForm = z.infer<typeof EnterpriseFormSchema>

/** 附件2 商标品牌优势区域创建专项行动申报表 */
export const RegionalFormSchema = z.object({
  holderName: s(),
  uscc: s(),
  contactName: s(),
  contactPhone: s(),
  brandName: s(),
  markName: s(),
  markRegNo: s(),
  markClasses: z.array(n()),
  markType: MarkTypeSchema,
  /** 地理标志 */
  isGI: b(),
  /** ordinary mark: approved by county-level (or higher) government / competent department */
  countyApproval: z.optional(b()),
  /** ordinary mark: the approving authority */
  approvalAuthority: z.optional(s()),
  /** ordinary mark: number of other lawful users with legal documents (≥ 5) */
  otherLawfulUsers: z.optional(n()),
  field: BrandFieldSchema,
  /** 初级农产品品牌 (原则上不予申报) */
  primaryAgricultural: b(),
  /** GB/T 2260 code of the city or county (not a province code) */
  regionCode: s(),
  /** "福建省 福州市 连江县" */
  regionName: s(),
  pilotStatus: PilotStatusSchema,
  products: s(),
  userCount: n(),
  smeCount: n(),
  /** 区域品牌产值（万元） */
  outputValue: n(),
  /** 对当地 GDP 的贡献比重 (%) */
  gdpShare: n(),
  standards: s(),
  /** year−1 宣传投入（万元） */
  promotionInvestment: n(),
  /** 截至 year−1 年底 相关就业人数（人） */
  employees: n(),
  /** year−1 就业人员年均收入（元） */
  avgIncome: n(),
  /** year−1 相比上一年度年均收入增长率 (%, may be negative) */
  incomeGrowth: n(),
  /** year−1 研发投入（万元） */
  rdInvestment: n(),
  /** 直接相关的专利数量（件） */
  patentCount: n(),
  /** year−1 环境保护总投入（万元） */
  envInvestment: n(),
  /** year−1 地方政府投入情况 */
  govInvestment: s(),
  honours: s(),
  brandValuation: s(),
  wellKnownMark: s(),
  penaltyRecord: s(),
  stationId: z.optional(s()),
  strategy: s(),
  development: s(),
  opinion: s(),
  /** 所在地县级以上人民政府或行业主管部门意见 */
  governmentOpinion: s(),
  declaration: b(),
})
export type RegionalForm = z.infer<typeof RegionalFormSchema>

/** 附件3 商标品牌建设服务指导专项行动申报表 */
export const StationFormSchema = z.object({
  stationName: s(),
  host: s(),
  approvedBy: s(),
  address: s(),
  contactName: s(),
  contactPhone: s(),
  staffCount: n(),
  funding: s(),
  serviceArea: s(),
  businessScope: s(),
  /** 近三年服务市场主体数量 year−3 / year−2 / year−1 */
  servedY3: n(),
  servedY2: n(),
  servedY1: n(),
  /** 对接服务参加行动的企业商标品牌 — organisation ids (enterprises) */
  servedEnterpriseOrgIds: z.array(s()),
  /** 对接服务参加行动的区域商标品牌 — organisation ids (associations) */
  servedRegionalOrgIds: z.array(s()),
  workPlan: s(),
  opinion: s(),
  declaration: b(),
})
export type StationForm = z.infer<typeof StationFormSchema>

export interface ApplicationFormByTrack {
  enterprise: EnterpriseForm
  regional: RegionalForm
  station: StationForm
}
export type ApplicationForm = EnterpriseForm | RegionalForm | StationForm
/** drafts: any subset of fields */
export type DraftForm<T extends ApplicationTrack = ApplicationTrack> = Partial<ApplicationFormByTrack[T]>

// ── Form definitions (rendered by the front end, validated by both sides; not an API payload) ─────

export type FormFieldType =
  | 'text'
  | 'textarea'
  | 'uscc'
  | 'phone'
  | 'trademarkNo'
  | 'classes' // multi-select Nice classes 1–45
  | 'select' // one of options
  | 'amount' // number, 万元 (or 元 per unit), non-negative, bounded
  | 'integer' // non-negative integer count
  | 'percent' // number, %
  | 'boolean' // yes / no switch
  | 'confirm' // checkbox that must be ticked
  | 'region' // GB/T 2260 city/county code (+ regionName)
  | 'station' // pick one station (GET /stations)
  | 'orgs' // pick organisations (station form: served participants)

export interface FormFieldOption {
  value: string
  label: string
}

export interface FormFieldDef {
  key: string
  label: string
  type: FormFieldType
  /** shown beside numeric inputs: 万元, 元, 件, 人, 家, % */
  unit?: string
  required: boolean
  /** required only when another field has one of these values (e.g. ordinary mark extras) */
  requiredWhen?: { field: string; in: Array<string | boolean> }
  /** shown only when … (same shape); hidden fields are not validated */
  visibleWhen?: { field: string; in: Array<string | boolean> }
  options?: FormFieldOption[]
  min?: number
  max?: number
  maxLength?: number
  /** decimals allowed for numbers (0 = integer) */
  decimals?: number
  /** row heading for grouped figures, e.g. "主营业务收入金额（万元）" */
  group?: string
  placeholder?: string
  hint?: string
  /** which organisations an 'orgs' field picks */
  orgKind?: 'enterprise' | 'association'
  /** 'uscc' fields: which registration types are accepted (ids.ts USCC_PREFIXES) */
  usccKind?: 'enterprise' | 'association'
  /** 'uscc' fields: the form key holding the GB/T 2260 region whose province the code's characters 3–4 must match */
  usccRegionField?: string
}

export interface FormStepDef {
  key: string
  title: string
  fields: FormFieldDef[]
}

export interface FormDef {
  track: ApplicationTrack
  /** programme year the labels were computed for */
  year: number
  annex: 1 | 2 | 3
  title: string
  steps: FormStepDef[]
}

// ── Eligibility ──────────────────────────────────────────────────────────────

export const EligibilityRuleSchema = z.enum([
  'enterprise_main_mark',
  'enterprise_mark_business',
  'enterprise_ip_status',
  'regional_mark_type',
  'regional_ordinary_approval',
  'regional_ordinary_users',
  'regional_region_level',
  'regional_region_province',
  'regional_primary_agri',
  'regional_agri_share',
  'station_served',
  'station_link',
])
export type EligibilityRule = z.infer<typeof EligibilityRuleSchema>

export const EligibilityCheckSchema = z.object({
  rule: EligibilityRuleSchema,
  ok: z.boolean(),
  /** 'block': submission is refused while !ok; 'warn': allowed, but explained */
  level: z.enum(['block', 'warn']),
  /** Chinese explanation, shown as is */
  message: z.string(),
})
export type EligibilityCheck = z.infer<typeof EligibilityCheckSchema>

export const EligibilityResultSchema = z.object({
  /** false when any 'block' check fails */
  ok: z.boolean(),
  checks: z.array(EligibilityCheckSchema),
})
export type EligibilityResult = z.infer<typeof EligibilityResultSchema>

// ── Two-sided station link ────────────────────────────────────────────────────

/**
 * 'confirmed' only when both sides name each other: the enterprise/regional form names the station
 * (stationId) AND the station's application names that organisation. Otherwise 'pending' (waiting for
 * the other side) — shown on both sides.
 */
export const StationConfirmationSchema = z.object({
  stationId: z.string(),
  stationName: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  /** the participant's track */
  track: z.enum(['enterprise', 'regional']),
  status: z.enum(['confirmed', 'pending']),
  /** which side still has to name the other, when pending */
  waitingFor: z.optional(z.enum(['station', 'participant'])),
  /** the other side's application this year, if any */
  otherApplicationId: z.optional(z.string()),
})
export type StationConfirmation = z.infer<typeof StationConfirmationSchema>

// ── Timeline ─────────────────────────────────────────────────────────────────

export const TimelineEntrySchema = z.object({
  /** ISO timestamp */
  at: z.string(),
  /** null for the creation of the draft */
  from: z.nullable(ApplicationStatusSchema),
  to: ApplicationStatusSchema,
  actorRole: RoleSchema,
  actorName: z.string(),
  reason: z.optional(z.string()),
})
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>

export const PublicNoticePeriodSchema = z.object({
  /** YYYY-MM-DD */
  start: z.string(),
  /** YYYY-MM-DD, ≥ start + 5 days */
  end: z.string(),
})
export type PublicNoticePeriod = z.infer<typeof PublicNoticePeriodSchema>

// ── Application ──────────────────────────────────────────────────────────────

const applicationBase = {
  id: z.string(),
  year: z.number(),
  /** public-notice batch within the year (assigned when published) */
  batch: z.optional(z.number()),
  /** the province call (申报批次) it was submitted in, and that call's batch number */
  callId: z.optional(z.string()),
  callBatch: z.optional(z.number()),
  /** enterprise/regional: the applicant organisation */
  orgId: z.optional(z.string()),
  /** station track: the station */
  stationId: z.optional(z.string()),
  provinceCode: z.string().check(z.regex(/^\d{2}0000$/)),
  provinceName: z.string(),
  /** org / station name */
  applicantName: z.string(),
  /** the brand (企业/区域商标品牌名称) or the station name */
  brandName: z.string(),
  status: ApplicationStatusSchema,
  eligibility: EligibilityResultSchema,
  stationConfirmations: z.array(StationConfirmationSchema),
  timeline: z.array(TimelineEntrySchema),
  publicNotice: z.optional(PublicNoticePeriodSchema),
  /** public notice: the first Beijing day confirmation is possible (the day after the notice ends) */
  confirmableFrom: z.optional(z.string()),
  /** objections raised during the public notice (recorded by the national reviewer) */
  objections: z.optional(z.array(ObjectionSchema)),
  /** latest return reason (退回修改) or rejection reason, for quick display */
  lastReason: z.optional(z.string()),
  /** ISO */
  submittedAt: z.optional(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** what the caller may do now (computed per viewer by the server) */
  actions: z.optional(z.array(ApplicationActionSchema)),
  /**
   * The track's form, flat keys (EnterpriseForm / RegionalForm / StationForm). Drafts may be partial and keep
   * malformed values as typed (drafts are never lost), so the wire shape is an object of any values; the
   * TypeScript type below narrows it per track.
   */
  form: z.record(z.string(), z.unknown()),
}
export const ApplicationSchema = z.object({ ...applicationBase, track: ApplicationTrackSchema })
type ApplicationBase = Omit<z.infer<typeof ApplicationSchema>, 'track' | 'form'>
export type Application =
  | (ApplicationBase & { track: 'enterprise'; form: DraftForm<'enterprise'> })
  | (ApplicationBase & { track: 'regional'; form: DraftForm<'regional'> })
  | (ApplicationBase & { track: 'station'; form: DraftForm<'station'> })

/** list rows for reviewers */
export const ApplicationSummarySchema = z.object({
  id: z.string(),
  track: ApplicationTrackSchema,
  year: z.number(),
  batch: z.optional(z.number()),
  provinceCode: z.string(),
  provinceName: z.string(),
  applicantName: z.string(),
  brandName: z.string(),
  status: ApplicationStatusSchema,
  /** enterprise: counts toward the 30 % cap (not a demonstration/advantage enterprise) */
  nonDemo: z.optional(z.boolean()),
  /** enterprise/regional: 制造业/服务业/农业 */
  field: z.optional(BrandFieldSchema),
  eligibilityOk: z.boolean(),
  /** station: number of confirmed two-sided links */
  confirmedLinks: z.optional(z.number()),
  submittedAt: z.optional(z.string()),
  updatedAt: z.string(),
})
export type ApplicationSummary = z.infer<typeof ApplicationSummarySchema>
export const ApplicationSummaryPageSchema = z.object({
  items: z.array(ApplicationSummarySchema),
  total: z.number(),
  next: z.nullable(z.string()),
})

// ── Requests / responses ─────────────────────────────────────────────────────

/**
 * GET /applications/link-candidates — for the two-sided station link.
 * staff: organisations the station may name (accepted 对接 links, and organisations whose application this year
 * names the station); enterprise/association: the linked station and stations whose application names the org.
 */
export const ApplicationLinkCandidateSchema = z.object({
  id: z.string(),
  kind: z.enum(['enterprise', 'association', 'station']),
  name: z.string(),
  /** enterprise main mark / regional brand (from this year's application or the seeded brand) */
  brandName: z.optional(z.string()),
  regionName: z.string(),
  /** the candidate's application this year, if any */
  applicationId: z.optional(z.string()),
  applicationStatus: z.optional(ApplicationStatusSchema),
  /** the candidate's own application names the caller */
  namesMe: z.boolean(),
  /** an accepted 对接 link exists between the two */
  linked: z.boolean(),
})
export type ApplicationLinkCandidate = z.infer<typeof ApplicationLinkCandidateSchema>

const yearSchema = z
  .number(msg('请选择年度', '年度格式不正确'))
  .check(z.int('年度格式不正确'), z.minimum(2023, '年度应为 2023 年及以后'), z.maximum(2100, '年度格式不正确'))

/**
 * PUT /applications/draft — autosave; partial forms allowed. Creates the year's application if none.
 * `form` holds the track's flat keys; their values are checked against the annex definition after saving
 * (the response's `fieldErrors`), so a half-typed value is kept, not refused.
 */
export const DraftSaveRequestSchema = z.strictObject({
  /** optional: inferred from the caller's role */
  track: z.optional(oneOf(APPLICATION_TRACKS, '申报类别不正确')),
  /** optional: the current programme year */
  year: z.optional(yearSchema),
  form: z.record(z.string().check(z.maxLength(64)), z.unknown(), msg('缺少申报表内容', '申报表格式不正确')),
})
export type DraftSaveRequest = z.infer<typeof DraftSaveRequestSchema>
export const DraftSaveResponseSchema = z.object({
  application: ApplicationSchema,
  /** field errors of what has been filled so far (empty required fields are not reported here) */
  fieldErrors: z.record(z.string(), z.string()),
})
export interface DraftSaveResponse {
  application: Application
  fieldErrors: Record<string, string>
}

/** POST /applications/{id}/submit — the same key returns the same result without a second submission */
export const SubmitApplicationRequestSchema = z.strictObject({
  idempotencyKey: z
    .string(msg('缺少幂等键', '幂等键格式不正确'))
    .check(z.minLength(8, '幂等键格式不正确'), z.maxLength(100, '幂等键格式不正确'), z.regex(/^[A-Za-z0-9_.:-]+$/, '幂等键格式不正确')),
})
export type SubmitApplicationRequest = z.infer<typeof SubmitApplicationRequestSchema>

/** return / reject */
export const ReasonRequestSchema = z.strictObject({ reason: text({ min: 1, max: 500, label: '原因', missing: '请填写原因' }) })
export type ReasonRequest = z.infer<typeof ReasonRequestSchema>

export const PublishRequestSchema = z.strictObject({
  /** YYYY-MM-DD */
  start: ymd('公示开始日期'),
  /** YYYY-MM-DD, at least start + 5 days */
  end: ymd('公示结束日期'),
})
export type PublishRequest = z.infer<typeof PublishRequestSchema>

export const BatchPublishRequestSchema = z.strictObject({
  year: yearSchema,
  start: ymd('公示开始日期'),
  end: ymd('公示结束日期'),
  applicationIds: z
    .array(id('申报编号'), msg('请选择要公示的申报', '申报列表格式不正确'))
    .check(z.minLength(1, '请选择要公示的申报'), z.maxLength(500, '一次最多公示 500 项')),
})
export type BatchPublishRequest = z.infer<typeof BatchPublishRequestSchema>

// ── Review queries ────────────────────────────────────────────────────────────

const provinceCodeQuery = z
  .string({ error: '省份代码应为 6 位（如 350000）' })
  .check(z.regex(/^\d{2}0000$/, '省份代码应为 6 位（如 350000）'))
const yearQuery = z.union([z.literal('all'), queryInt(2023, 2100, '年度应为 2023 年及以后')], { error: '年度应为 2023 年及以后' })
const yearOnlyQuery = queryInt(2023, 2100, '年度应为 2023 年及以后')
const REVIEW_STATUSES = APPLICATION_STATUSES.filter((st) => st !== 'draft')

/** GET /review/applications */
export const ReviewListQuerySchema = z.strictObject({
  /** comma-separated statuses (not draft) */
  status: z.optional(
    z.string({ error: '状态筛选不正确' }).check(
      z.regex(/^[a-z_]+(,[a-z_]+)*$/, '状态筛选不正确'),
      z.refine((v: string) => v.split(',').every((x) => (REVIEW_STATUSES as string[]).includes(x)), '状态筛选不正确'),
    ),
  ),
  track: z.optional(oneOf(APPLICATION_TRACKS, '申报类别不正确')),
  /** programme year, or `all`; default the current year */
  year: z.optional(yearQuery),
  /** national only; a province reviewer may only name its own */
  provinceCode: z.optional(provinceCodeQuery),
  batch: z.optional(queryInt(1, 1000, '批次不正确')),
  /** search: applicant or brand name (part of it), or the applicant's USCC (统一社会信用代码) */
  q: z.optional(text({ min: 1, max: 40, label: '搜索内容', missing: '请输入名称或统一社会信用代码' })),
  cursor: z.optional(CursorSchema),
  limit: z.optional(limitSchema()),
})
export type ReviewListQuery = z.infer<typeof ReviewListQuerySchema>

/** GET /review/quota */
export const QuotaQuerySchema = z.strictObject({ year: z.optional(yearOnlyQuery), provinceCode: z.optional(provinceCodeQuery) })
/** GET /review/recommendation-table */
export const RecommendationTableQuerySchema = z.strictObject({
  format: z.optional(oneOf(['csv', 'json'], '导出格式应为 csv 或 json')),
  year: z.optional(yearOnlyQuery),
  provinceCode: z.optional(provinceCodeQuery),
})
/** GET /review/batches */
export const BatchQuerySchema = z.strictObject({ year: z.optional(yearQuery) })

// ── Quota (附件4) ─────────────────────────────────────────────────────────────

export interface QuotaRow {
  provinceCode: string
  provinceName: string
  enterprise: number
  regional: number
  station: number
}

export const QuotaRatioRuleSchema = z.enum(['enterprise_non_demo_max_30', 'regional_mfg_service_min_70'])
export type QuotaRatioRule = z.infer<typeof QuotaRatioRuleSchema>

export const QuotaRatioUseSchema = z.object({
  rule: QuotaRatioRuleSchema,
  /** e.g. "非示范优势企业占比" */
  label: z.string(),
  /** enterprise: non-demonstration count; regional: manufacturing + service count */
  count: z.number(),
  /** recommendations of the track */
  total: z.number(),
  /** count/total in %, one decimal; 0 when total = 0 */
  percent: z.number(),
  /** regional: agriculture brands counted */
  agriculture: z.optional(z.number()),
  ok: z.boolean(),
  /** the rule in words */
  note: z.string(),
})
export type QuotaRatioUse = z.infer<typeof QuotaRatioUseSchema>

export const QuotaUseSchema = z.object({
  track: ApplicationTrackSchema,
  limit: z.number(),
  /** recommended + national_review + public_notice + confirmed */
  used: z.number(),
  remaining: z.number(),
  /** submitted + resubmitted, waiting for the province */
  waiting: z.number(),
  ratio: z.optional(QuotaRatioUseSchema),
})
export type QuotaUse = z.infer<typeof QuotaUseSchema>

export const QuotaSummarySchema = z.object({
  provinceCode: z.string(),
  provinceName: z.string(),
  year: z.number(),
  /** year of the configured table (2023; later years reuse it) */
  tableYear: z.number(),
  tracks: z.array(QuotaUseSchema),
})
export type QuotaSummary = z.infer<typeof QuotaSummarySchema>

// ── Recommendation table (附件5) ──────────────────────────────────────────────

export const EnterpriseRecommendationRowSchema = z.object({
  seq: z.number(),
  applicationId: z.string(),
  /** 企业商标品牌名称 */
  brandName: z.string(),
  /** 申报企业名称 */
  applicantName: z.string(),
  /** 国家知识产权示范企业/国家知识产权优势企业/否 */
  ipStatusLabel: z.string(),
  /** 制造业/服务业/农业 */
  fieldLabel: z.string(),
  contactName: z.string(),
  contactPhone: z.string(),
})
export type EnterpriseRecommendationRow = z.infer<typeof EnterpriseRecommendationRowSchema>

export const RegionalRecommendationRowSchema = z.object({
  seq: z.number(),
  applicationId: z.string(),
  brandName: z.string(),
  /** 申报单位名称（商标权利人） */
  applicantName: z.string(),
  pilotStatusLabel: z.string(),
  fieldLabel: z.string(),
  contactName: z.string(),
  contactPhone: z.string(),
})
export type RegionalRecommendationRow = z.infer<typeof RegionalRecommendationRowSchema>

export const StationRecommendationRowSchema = z.object({
  seq: z.number(),
  applicationId: z.string(),
  stationName: z.string(),
  regionName: z.string(),
  /** brand names joined with "、" */
  servedEnterpriseBrands: z.string(),
  servedRegionalBrands: z.string(),
  contactName: z.string(),
  contactPhone: z.string(),
})
export type StationRecommendationRow = z.infer<typeof StationRecommendationRowSchema>

export const RecommendationTableSchema = z.object({
  provinceCode: z.string(),
  provinceName: z.string(),
  year: z.number(),
  /** 单位名称 */
  unitName: z.string(),
  enterprise: z.array(EnterpriseRecommendationRowSchema),
  regional: z.array(RegionalRecommendationRowSchema),
  station: z.array(StationRecommendationRowSchema),
})
export type RecommendationTable = z.infer<typeof RecommendationTableSchema>

// ── Public-notice batches ─────────────────────────────────────────────────────

const BatchTrackCountsSchema = z.object({ total: z.number(), publicNotice: z.number(), confirmed: z.number(), notSelected: z.number() })
export const ReviewBatchSchema = z.object({
  year: z.number(),
  batch: z.number(),
  /** YYYY-MM-DD */
  start: z.string(),
  end: z.string(),
  /** applications published in this batch, by track and current status */
  counts: z.object({ enterprise: BatchTrackCountsSchema, regional: BatchTrackCountsSchema, station: BatchTrackCountsSchema }),
  applicationIds: z.array(z.string()),
})
export type ReviewBatch = z.infer<typeof ReviewBatchSchema>
