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
import type { Role } from './common'
import type { BrandField, MarkType } from './org'

// ── Tracks & statuses ─────────────────────────────────────────────────────────

export type ApplicationTrack = 'enterprise' | 'regional' | 'station'
export const APPLICATION_TRACK_LABELS: Record<ApplicationTrack, string> = {
  enterprise: '企业商标品牌',
  regional: '区域商标品牌',
  station: '商标品牌指导站',
}
/** the applicant role that files each track */
export const TRACK_APPLICANT_ROLE: Record<ApplicationTrack, Role> = {
  enterprise: 'enterprise',
  regional: 'association',
  station: 'staff',
}

export type ApplicationStatus =
  | 'draft'
  | 'submitted'
  | 'returned'
  | 'resubmitted'
  | 'recommended'
  | 'national_review'
  | 'public_notice'
  | 'confirmed'
  | 'not_selected'

export const APPLICATION_STATUSES: ApplicationStatus[] = [
  'draft',
  'submitted',
  'returned',
  'resubmitted',
  'recommended',
  'national_review',
  'public_notice',
  'confirmed',
  'not_selected',
]

export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, string> = {
  draft: '草稿',
  submitted: '已申报',
  returned: '退回修改',
  resubmitted: '已重新申报',
  recommended: '省级已推荐',
  national_review: '国家复核中',
  public_notice: '公示中',
  confirmed: '已确认参加行动',
  not_selected: '未入选',
}

/** Statuses that occupy a province's recommendation quota (附件4). `not_selected` frees its place. */
export const QUOTA_COUNTED_STATUSES: ApplicationStatus[] = ['recommended', 'national_review', 'public_notice', 'confirmed']
/** Statuses waiting for the province reviewer. */
export const PROVINCE_WAITING_STATUSES: ApplicationStatus[] = ['submitted', 'resubmitted']
/** Statuses in which the applicant may still edit the form (PUT /applications/draft). */
export const EDITABLE_STATUSES: ApplicationStatus[] = ['draft', 'returned']

/** Actions of the state machine (see src/domain/application.ts for who may do what). */
export type ApplicationAction =
  | 'submit'
  | 'resubmit'
  | 'return'
  | 'recommend'
  | 'national_review'
  | 'publish'
  | 'confirm'
  | 'reject'

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
export type EnterpriseScale = 'large' | 'medium' | 'small' | 'micro'
export const ENTERPRISE_SCALE_LABELS: Record<EnterpriseScale, string> = {
  large: '大型企业',
  medium: '中型企业',
  small: '小型企业',
  micro: '微型企业',
}

/** 是否为国家知识产权优势示范企业 */
export type IpEnterpriseStatus = 'demonstration' | 'advantage' | 'none'
export const IP_ENTERPRISE_STATUS_LABELS: Record<IpEnterpriseStatus, string> = {
  demonstration: '国家知识产权示范企业',
  advantage: '国家知识产权优势企业',
  none: '否',
}

/** 是否为专精特新/单项冠军企业 */
export type SrdiStatus = 'champion' | 'little_giant' | 'provincial_srdi' | 'none'
export const SRDI_STATUS_LABELS: Record<SrdiStatus, string> = {
  champion: '制造业单项冠军（含单项冠军示范企业和单项冠军产品）',
  little_giant: '专精特新“小巨人”企业',
  provincial_srdi: '省级专精特新中小企业',
  none: '否',
}

/** 是否为老字号企业 */
export type TimeHonoredStatus = 'china' | 'provincial' | 'none'
export const TIME_HONORED_LABELS: Record<TimeHonoredStatus, string> = {
  china: '中华老字号企业',
  provincial: '省级老字号企业',
  none: '否',
}

/** 所在地区是否为知识产权强国建设试点示范市、县、园区 */
export type PilotStatus = 'city' | 'county' | 'park' | 'none'
export const PILOT_STATUS_LABELS: Record<PilotStatus, string> = {
  city: '国家知识产权强市建设示范(或试点)城市',
  county: '国家知识产权强县建设示范(或试点)县',
  park: '国家级知识产权强国建设示范(或试点)园区',
  none: '否',
}

// ── Forms (one per track). Keys are flat; year-relative figures use Y3/Y2/Y1 = programme year −3/−2/−1,
// labelled with the actual years by the form definitions (src/domain/forms/*). Amounts in 万元. ──

/** 附件1 企业商标品牌价值提升专项行动申报表 */
export interface EnterpriseForm {
  orgName: string
  uscc: string
  contactName: string
  contactPhone: string
  /** 代表企业的主商标（文字或图形） */
  markName: string
  /** 注册号 */
  markRegNo: string
  /** Nice classes of the mark (1–45) */
  markClasses: number[]
  /** applicant confirms: this is the enterprise's main mark */
  markIsMain: boolean
  /** applicant confirms: registered classes match the main business */
  markMatchesBusiness: boolean
  field: BrandField
  scale: EnterpriseScale
  ipStatus: IpEnterpriseStatus
  srdiStatus: SrdiStatus
  timeHonored: TimeHonoredStatus
  /** 主营业务收入金额（万元） year−3 / year−2 / year−1 */
  revenueY3: number
  revenueY2: number
  revenueY1: number
  /** year−1 研发投入（万元） */
  rdInvestment: number
  /** year−1 宣传营销投入（万元） */
  marketingInvestment: number
  /** year−1 维权投入（万元） */
  enforcementInvestment: number
  /** 知识产权数量（件）截至目前 */
  ipDomesticMarks: number
  ipMadridMarks: number
  ipPatents: number
  ipCopyrights: number
  ipIcLayouts: number
  ipPlantVarieties: number
  /** year−1 公益/社会责任支出（万元） */
  charitySpending: number
  csrDescription: string
  honours: string
  brandValuation: string
  wellKnownMark: string
  /** 近三年 恶意抢注/囤积/重大不良影响 */
  badFaithRecord: string
  /** 近三年 行政处罚 */
  penaltyRecord: string
  /** 对接服务的商标品牌指导站 (station id); optional */
  stationId?: string
  strategy: string
  overseas: string
  /** 申报主体意见 */
  opinion: string
  /** 承诺属实（盖章页线下报送） */
  declaration: boolean
}

/** 附件2 商标品牌优势区域创建专项行动申报表 */
export interface RegionalForm {
  holderName: string
  uscc: string
  contactName: string
  contactPhone: string
  brandName: string
  markName: string
  markRegNo: string
  markClasses: number[]
  markType: MarkType
  /** 地理标志 */
  isGI: boolean
  /** ordinary mark: approved by county-level (or higher) government / competent department */
  countyApproval?: boolean
  /** ordinary mark: the approving authority */
  approvalAuthority?: string
  /** ordinary mark: number of other lawful users with legal documents (≥ 5) */
  otherLawfulUsers?: number
  field: BrandField
  /** 初级农产品品牌 (原则上不予申报) */
  primaryAgricultural: boolean
  /** GB/T 2260 code of the city or county (not a province code) */
  regionCode: string
  /** "福建省 福州市 连江县" */
  regionName: string
  pilotStatus: PilotStatus
  products: string
  userCount: number
  smeCount: number
  /** 区域品牌产值（万元） */
  outputValue: number
  /** 对当地 GDP 的贡献比重 (%) */
  gdpShare: number
  standards: string
  /** year−1 宣传投入（万元） */
  promotionInvestment: number
  /** 截至 year−1 年底 相关就业人数（人） */
  employees: number
  /** year−1 就业人员年均收入（元） */
  avgIncome: number
  /** year−1 相比上一年度年均收入增长率 (%, may be negative) */
  incomeGrowth: number
  /** year−1 研发投入（万元） */
  rdInvestment: number
  /** 直接相关的专利数量（件） */
  patentCount: number
  /** year−1 环境保护总投入（万元） */
  envInvestment: number
  /** year−1 地方政府投入情况 */
  govInvestment: string
  honours: string
  brandValuation: string
  wellKnownMark: string
  penaltyRecord: string
  stationId?: string
  strategy: string
  development: string
  opinion: string
  /** 所在地县级以上人民政府或行业主管部门意见 */
  governmentOpinion: string
  declaration: boolean
}

/** 附件3 商标品牌建设服务指导专项行动申报表 */
export interface StationForm {
  stationName: string
  host: string
  approvedBy: string
  address: string
  contactName: string
  contactPhone: string
  staffCount: number
  funding: string
  serviceArea: string
  businessScope: string
  /** 近三年服务市场主体数量 year−3 / year−2 / year−1 */
  servedY3: number
  servedY2: number
  servedY1: number
  /** 对接服务参加行动的企业商标品牌 — organisation ids (enterprises) */
  servedEnterpriseOrgIds: string[]
  /** 对接服务参加行动的区域商标品牌 — organisation ids (associations) */
  servedRegionalOrgIds: string[]
  workPlan: string
  opinion: string
  declaration: boolean
}

export interface ApplicationFormByTrack {
  enterprise: EnterpriseForm
  regional: RegionalForm
  station: StationForm
}
export type ApplicationForm = EnterpriseForm | RegionalForm | StationForm
/** drafts: any subset of fields */
export type DraftForm<T extends ApplicationTrack = ApplicationTrack> = Partial<ApplicationFormByTrack[T]>

// ── Form definitions (rendered by the front end, validated by both sides) ─────

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

export type EligibilityRule =
  | 'enterprise_main_mark'
  | 'enterprise_mark_business'
  | 'enterprise_ip_status'
  | 'regional_mark_type'
  | 'regional_ordinary_approval'
  | 'regional_ordinary_users'
  | 'regional_region_level'
  | 'regional_region_province'
  | 'regional_primary_agri'
  | 'regional_agri_share'
  | 'station_served'
  | 'station_link'

export interface EligibilityCheck {
  rule: EligibilityRule
  ok: boolean
  /** 'block': submission is refused while !ok; 'warn': allowed, but explained */
  level: 'block' | 'warn'
  /** Chinese explanation, shown as is */
  message: string
}

export interface EligibilityResult {
  /** false when any 'block' check fails */
  ok: boolean
  checks: EligibilityCheck[]
}

// ── Two-sided station link ────────────────────────────────────────────────────

/**
 * 'confirmed' only when both sides name each other: the enterprise/regional form names the station
 * (stationId) AND the station's application names that organisation. Otherwise 'pending' (waiting for
 * the other side) — shown on both sides.
 */
export interface StationConfirmation {
  stationId: string
  stationName: string
  orgId: string
  orgName: string
  /** the participant's track */
  track: 'enterprise' | 'regional'
  status: 'confirmed' | 'pending'
  /** which side still has to name the other, when pending */
  waitingFor?: 'station' | 'participant'
  /** the other side's application this year, if any */
  otherApplicationId?: string
}

// ── Timeline ─────────────────────────────────────────────────────────────────

export interface TimelineEntry {
  /** ISO timestamp */
  at: string
  /** null for the creation of the draft */
  from: ApplicationStatus | null
  to: ApplicationStatus
  actorRole: Role
  actorName: string
  reason?: string
}

export interface PublicNoticePeriod {
  /** YYYY-MM-DD */
  start: string
  /** YYYY-MM-DD, ≥ start + 5 days */
  end: string
}

// ── Application ──────────────────────────────────────────────────────────────

interface ApplicationBase {
  id: string
  year: number
  /** public-notice batch within the year (assigned when published) */
  batch?: number
  /** enterprise/regional: the applicant organisation */
  orgId?: string
  /** station track: the station */
  stationId?: string
  provinceCode: string
  provinceName: string
  /** org / station name */
  applicantName: string
  /** the brand (企业/区域商标品牌名称) or the station name */
  brandName: string
  status: ApplicationStatus
  eligibility: EligibilityResult
  stationConfirmations: StationConfirmation[]
  timeline: TimelineEntry[]
  publicNotice?: PublicNoticePeriod
  /** latest return reason (退回修改) or rejection reason, for quick display */
  lastReason?: string
  /** ISO */
  submittedAt?: string
  createdAt: string
  updatedAt: string
  /** what the caller may do now (computed per viewer by the server) */
  actions?: ApplicationAction[]
}

export type Application =
  | (ApplicationBase & { track: 'enterprise'; form: DraftForm<'enterprise'> })
  | (ApplicationBase & { track: 'regional'; form: DraftForm<'regional'> })
  | (ApplicationBase & { track: 'station'; form: DraftForm<'station'> })

/** list rows for reviewers */
export interface ApplicationSummary {
  id: string
  track: ApplicationTrack
  year: number
  batch?: number
  provinceCode: string
  provinceName: string
  applicantName: string
  brandName: string
  status: ApplicationStatus
  /** enterprise: counts toward the 30 % cap (not a demonstration/advantage enterprise) */
  nonDemo?: boolean
  /** enterprise/regional: 制造业/服务业/农业 */
  field?: BrandField
  eligibilityOk: boolean
  /** station: number of confirmed two-sided links */
  confirmedLinks?: number
  submittedAt?: string
  updatedAt: string
}

// ── Requests / responses ─────────────────────────────────────────────────────

/**
 * GET /applications/link-candidates — for the two-sided station link.
 * staff: organisations the station may name (accepted 对接 links, and organisations whose application this year
 * names the station); enterprise/association: the linked station and stations whose application names the org.
 */
export interface ApplicationLinkCandidate {
  id: string
  kind: 'enterprise' | 'association' | 'station'
  name: string
  /** enterprise main mark / regional brand (from this year's application or the seeded brand) */
  brandName?: string
  regionName: string
  /** the candidate's application this year, if any */
  applicationId?: string
  applicationStatus?: ApplicationStatus
  /** the candidate's own application names the caller */
  namesMe: boolean
  /** an accepted 对接 link exists between the two */
  linked: boolean
}

/** PUT /applications/draft — autosave; partial forms allowed. Creates the year's application if none. */
export interface DraftSaveRequest {
  /** optional: inferred from the caller's role */
  track?: ApplicationTrack
  /** optional: the current programme year */
  year?: number
  form: Record<string, unknown>
}
export interface DraftSaveResponse {
  application: Application
  /** field errors of what has been filled so far (empty required fields are not reported here) */
  fieldErrors: Record<string, string>
}

/** POST /applications/{id}/submit — the same key returns the same result without a second submission */
export interface SubmitApplicationRequest {
  idempotencyKey: string
}

/** return / reject */
export interface ReasonRequest {
  reason: string
}

export interface PublishRequest {
  /** YYYY-MM-DD */
  start: string
  /** YYYY-MM-DD, at least start + 5 days */
  end: string
}

export interface BatchPublishRequest extends PublishRequest {
  year: number
  applicationIds: string[]
}

// ── Quota (附件4) ─────────────────────────────────────────────────────────────

export interface QuotaRow {
  provinceCode: string
  provinceName: string
  enterprise: number
  regional: number
  station: number
}

export type QuotaRatioRule = 'enterprise_non_demo_max_30' | 'regional_mfg_service_min_70'

export interface QuotaRatioUse {
  rule: QuotaRatioRule
  /** e.g. "非示范优势企业占比" */
  label: string
  /** enterprise: non-demonstration count; regional: manufacturing + service count */
  count: number
  /** recommendations of the track */
  total: number
  /** count/total in %, one decimal; 0 when total = 0 */
  percent: number
  /** regional: agriculture brands counted */
  agriculture?: number
  ok: boolean
  /** the rule in words */
  note: string
}

export interface QuotaUse {
  track: ApplicationTrack
  limit: number
  /** recommended + national_review + public_notice + confirmed */
  used: number
  remaining: number
  /** submitted + resubmitted, waiting for the province */
  waiting: number
  ratio?: QuotaRatioUse
}

export interface QuotaSummary {
  provinceCode: string
  provinceName: string
  year: number
  /** year of the configured table (2023; later years reuse it) */
  tableYear: number
  tracks: QuotaUse[]
}

// ── Recommendation table (附件5) ──────────────────────────────────────────────

export interface EnterpriseRecommendationRow {
  seq: number
  applicationId: string
  /** 企业商标品牌名称 */
  brandName: string
  /** 申报企业名称 */
  applicantName: string
  /** 国家知识产权示范企业/国家知识产权优势企业/否 */
  ipStatusLabel: string
  /** 制造业/服务业/农业 */
  fieldLabel: string
  contactName: string
  contactPhone: string
}

export interface RegionalRecommendationRow {
  seq: number
  applicationId: string
  brandName: string
  /** 申报单位名称（商标权利人） */
  applicantName: string
  pilotStatusLabel: string
  fieldLabel: string
  contactName: string
  contactPhone: string
}

export interface StationRecommendationRow {
  seq: number
  applicationId: string
  stationName: string
  regionName: string
  /** brand names joined with "、" */
  servedEnterpriseBrands: string
  servedRegionalBrands: string
  contactName: string
  contactPhone: string
}

export interface RecommendationTable {
  provinceCode: string
  provinceName: string
  year: number
  /** 单位名称 */
  unitName: string
  enterprise: EnterpriseRecommendationRow[]
  regional: RegionalRecommendationRow[]
  station: StationRecommendationRow[]
}

// ── Public-notice batches ─────────────────────────────────────────────────────

export interface ReviewBatch {
  year: number
  batch: number
  /** YYYY-MM-DD */
  start: string
  end: string
  /** applications published in this batch, by track and current status */
  counts: Record<ApplicationTrack, { total: number; publicNotice: number; confirmed: number; notSelected: number }>
  applicationIds: string[]
}
