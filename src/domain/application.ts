// Programme applications: the state machine (who may move an application where) and the eligibility
// checks of the plan (三(一)1). Pure; the mock enforces exactly these rules.
//
// State machine (every other (status, action, role) combination is refused):
//   applicant (owner only)      draft → submitted (submit), returned → resubmitted (resubmit)
//   province (own province)     submitted | resubmitted → returned (return, reason required)
//                               submitted | resubmitted → recommended (recommend; quota rules in quota.ts)
//   national                    recommended → national_review (national_review)
//                               national_review → public_notice (publish, start/end dates)
//                               public_notice → confirmed (confirm) | not_selected (reject, reason required)
//
// Public notice (公示) period: end ≥ start + 5 calendar days (a design choice: CNIPA notices are typically
// 5 working days; 5 calendar days is the least any notice lasts), start not before today. Confirming waits for
// the notice to end and for every objection raised during it to be resolved (notice.ts: `confirmBlock`).
import { localYear } from './time'
import { confirmBlock, type NoticeSubject } from './notice'
import type { Role, User } from './contract/common'
import type { BrandField } from './contract/org'
import type {
  ApplicationAction,
  ApplicationStatus,
  ApplicationTrack,
  DraftForm,
  EligibilityCheck,
  EligibilityResult,
  EnterpriseForm,
  RegionalForm,
  StationConfirmation,
  StationForm,
} from './contract/application'
import { APPLICATION_STATUS_LABELS, TRACK_APPLICANT_ROLE } from './contract/labels'

// ── State machine ────────────────────────────────────────────────────────────

export interface TransitionDef {
  action: ApplicationAction
  from: ApplicationStatus[]
  to: ApplicationStatus
  role: Role | 'applicant'
  reasonRequired?: boolean
}

export const TRANSITIONS: readonly TransitionDef[] = [
  { action: 'submit', from: ['draft'], to: 'submitted', role: 'applicant' },
  { action: 'resubmit', from: ['returned'], to: 'resubmitted', role: 'applicant' },
  { action: 'return', from: ['submitted', 'resubmitted'], to: 'returned', role: 'province', reasonRequired: true },
  { action: 'recommend', from: ['submitted', 'resubmitted'], to: 'recommended', role: 'province' },
  { action: 'national_review', from: ['recommended'], to: 'national_review', role: 'national' },
  { action: 'publish', from: ['national_review'], to: 'public_notice', role: 'national' },
  { action: 'confirm', from: ['public_notice'], to: 'confirmed', role: 'national' },
  { action: 'reject', from: ['public_notice'], to: 'not_selected', role: 'national', reasonRequired: true },
]

/** What a transition needs to know about the application. */
export interface TransitionSubject {
  track: ApplicationTrack
  status: ApplicationStatus
  provinceCode: string
  orgId?: string
  stationId?: string
  /** confirm: the notice period and its objections */
  publicNotice?: NoticeSubject['publicNotice']
  objections?: NoticeSubject['objections']
}

export type TransitionDecision =
  | { ok: true; to: ApplicationStatus; def: TransitionDef }
  | {
      ok: false
      status: 400 | 403 | 409
      code: 'VALIDATION' | 'FORBIDDEN' | 'INVALID_TRANSITION'
      message: string
      fieldErrors?: Record<string, string>
    }

/** Is `user` the applicant of this application (the organisation's or the station's account)? */
export function isApplicant(user: Pick<User, 'role' | 'orgId' | 'stationId'>, app: TransitionSubject): boolean {
  if (user.role !== TRACK_APPLICANT_ROLE[app.track]) return false
  if (app.track === 'station') return !!user.stationId && user.stationId === app.stationId
  return !!user.orgId && user.orgId === app.orgId
}

/** May `user` see this application at all? */
export function canView(user: Pick<User, 'role' | 'orgId' | 'stationId' | 'provinceCode'>, app: TransitionSubject): boolean {
  if (user.role === 'national') return app.status !== 'draft'
  if (user.role === 'province') return !!user.provinceCode && user.provinceCode === app.provinceCode && app.status !== 'draft'
  return isApplicant(user, app)
}

/** Actions the user may take now (for buttons); `today` (Beijing YYYY-MM-DD) decides whether a notice has ended. */
export function availableActions(
  user: Pick<User, 'role' | 'orgId' | 'stationId' | 'provinceCode'>,
  app: TransitionSubject,
  today?: string,
): ApplicationAction[] {
  return TRANSITIONS.filter((t) => decideTransition(user, app, t.action, { reason: 'x', skipInputs: true, today }).ok).map((t) => t.action)
}

export interface TransitionInput {
  reason?: string
  /** publish: YYYY-MM-DD */
  start?: string
  end?: string
  /** publish, confirm: today (YYYY-MM-DD, Beijing) */
  today?: string
  /** only check role/state, not the inputs */
  skipInputs?: boolean
}

export const REASON_MAX = 500
export const NOTICE_MIN_DAYS = 5

/**
 * Decide whether `user` may apply `action` to `app`. Order: role & scope (403), then the state (409), then
 * the inputs (400). Every combination not in TRANSITIONS is refused, for every role.
 */
export function decideTransition(
  user: Pick<User, 'role' | 'orgId' | 'stationId' | 'provinceCode'>,
  app: TransitionSubject,
  action: ApplicationAction,
  input: TransitionInput = {},
): TransitionDecision {
  const def = TRANSITIONS.find((t) => t.action === action)
  if (!def) return { ok: false, status: 409, code: 'INVALID_TRANSITION', message: '不支持的操作' }
  // role & scope
  const roleOk =
    def.role === 'applicant'
      ? isApplicant(user, app)
      : def.role === 'province'
        ? user.role === 'province' && !!user.provinceCode && user.provinceCode === app.provinceCode
        : user.role === def.role
  if (!roleOk) {
    const message =
      def.role === 'applicant'
        ? '只有申报主体本人可以提交申报'
        : def.role === 'province'
          ? user.role === 'province'
            ? '只能审核本省（区、市）的申报'
            : '只有省级知识产权管理部门可以进行此操作'
          : '只有国家知识产权局可以进行此操作'
    return { ok: false, status: 403, code: 'FORBIDDEN', message }
  }
  if (!def.from.includes(app.status)) {
    return {
      ok: false,
      status: 409,
      code: 'INVALID_TRANSITION',
      message: `当前状态为“${APPLICATION_STATUS_LABELS[app.status]}”，不能${actionVerb(action)}`,
    }
  }
  if (action === 'confirm') {
    const block = confirmBlock(app, input.today)
    if (block) return { ok: false, status: 409, code: 'INVALID_TRANSITION', message: block }
  }
  if (!input.skipInputs) {
    const fieldErrors: Record<string, string> = {}
    if (def.reasonRequired) {
      const r = (input.reason ?? '').trim()
      if (!r) fieldErrors.reason = action === 'return' ? '请填写退回原因' : '请填写不予入选的原因'
      else if (Array.from(r).length > REASON_MAX) fieldErrors.reason = `原因最多 ${REASON_MAX} 个字`
    }
    if (action === 'publish') Object.assign(fieldErrors, validateNoticePeriod(input.start, input.end, input.today))
    if (Object.keys(fieldErrors).length > 0) {
      return { ok: false, status: 400, code: 'VALIDATION', message: '提交的内容有误，请按提示修改', fieldErrors }
    }
  }
  return { ok: true, to: def.to, def }
}

function actionVerb(action: ApplicationAction): string {
  switch (action) {
    case 'submit':
      return '提交'
    case 'resubmit':
      return '重新提交'
    case 'return':
      return '退回'
    case 'recommend':
      return '推荐'
    case 'national_review':
      return '开始复核'
    case 'publish':
      return '发布公示'
    case 'confirm':
      return '确认入选'
    case 'reject':
      return '作不予入选处理'
  }
}

/** The applicant's submit action for the current status: draft → 'submit', returned → 'resubmit'. */
export const submitActionFor = (status: ApplicationStatus): ApplicationAction => (status === 'returned' ? 'resubmit' : 'submit')

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/
const dayNumber = (d: string): number | null => {
  if (!DATE_RE.test(d)) return null
  const t = Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)))
  const back = new Date(t).toISOString().slice(0, 10)
  return back === d ? t / 86_400_000 : null
}

/** 公示期: valid dates, start ≥ today (when given), end ≥ start + 5 days. */
export function validateNoticePeriod(start?: string, end?: string, today?: string): Record<string, string> {
  const out: Record<string, string> = {}
  const s = typeof start === 'string' ? dayNumber(start) : null
  const e = typeof end === 'string' ? dayNumber(end) : null
  if (s === null) out.start = '请选择公示开始日期（YYYY-MM-DD）'
  if (e === null) out.end = '请选择公示结束日期（YYYY-MM-DD）'
  if (s !== null && today) {
    const t = dayNumber(today)
    if (t !== null && s < t) out.start = '公示开始日期不能早于今天'
  }
  if (s !== null && e !== null && e - s < NOTICE_MIN_DAYS)
    out.end = `公示期至少 ${NOTICE_MIN_DAYS} 天：结束日期不能早于开始日期后第 ${NOTICE_MIN_DAYS} 天`
  return out
}

// ── Eligibility (plan 三(一)1) ────────────────────────────────────────────────

export interface EligibilityContext {
  /** the applicant's province (GB/T 2260, e.g. '350000'); regional region must lie inside it */
  provinceCode?: string
  /** two-sided station links as computed by `stationConfirmations` */
  confirmations?: StationConfirmation[]
}

const check = (rule: EligibilityCheck['rule'], ok: boolean, level: 'block' | 'warn', message: string): EligibilityCheck => ({
  rule,
  ok,
  level,
  message,
})

export const summarize = (checks: EligibilityCheck[]): EligibilityResult => ({
  ok: checks.every((c) => c.ok || c.level === 'warn'),
  checks,
})

/** Enterprise is outside the demonstration/advantage list (counts toward the 30 % cap). Unknown = not yet. */
export const isNonDemo = (form: DraftForm<'enterprise'>): boolean => form.ipStatus === 'none'

/**
 * Enterprise:
 *  - main mark (block): the mark must be the enterprise's main mark;
 *  - classes match the main business (block);
 *  - demonstration/advantage status (warn): others may apply, but count toward the province's 30 % cap.
 */
export function enterpriseEligibility(form: DraftForm<'enterprise'>): EligibilityResult {
  const checks: EligibilityCheck[] = [
    check(
      'enterprise_main_mark',
      form.markIsMain === true,
      'block',
      form.markIsMain === true
        ? '申报商标为代表企业的主商标'
        : form.markIsMain === false
          ? '申报商标应为代表企业的主商标：请改为申报企业的主商标'
          : '请确认申报商标是否为代表企业的主商标',
    ),
    check(
      'enterprise_mark_business',
      form.markMatchesBusiness === true,
      'block',
      form.markMatchesBusiness === true
        ? '注册商品或服务类别与企业主营业务相符'
        : form.markMatchesBusiness === false
          ? '申报商标的注册类别应与企业主营业务相符'
          : '请确认注册类别是否与企业主营业务相符',
    ),
    form.ipStatus === 'demonstration' || form.ipStatus === 'advantage'
      ? check('enterprise_ip_status', true, 'warn', '国家知识产权示范/优势企业，符合申报主体要求')
      : check(
          'enterprise_ip_status',
          false,
          'warn',
          form.ipStatus === 'none'
            ? '非国家知识产权示范、优势企业可作为“商标品牌优势特别突出的企业”申报，但计入本省企业推荐名额 30% 的比例上限，推荐机会较少'
            : '请选择是否为国家知识产权示范/优势企业',
        ),
  ]
  return summarize(checks)
}

/** A GB/T 2260 code below province level: 6 digits, not ending in 0000. */
export const isBelowProvince = (code: unknown): boolean => typeof code === 'string' && /^\d{6}$/.test(code) && !code.endsWith('0000')

/**
 * Regional:
 *  - mark type (block only for the ordinary-mark requirements): collective/certification marks qualify directly;
 *    an ordinary mark needs county-level (or higher) government / competent-department approval (block) and
 *    5 or more other lawful users (block);
 *  - region (block): a city/district/county (副省级及以下), i.e. a 6-digit code not ending in 0000, inside the
 *    applicant's province;
 *  - primary agricultural products (block): the plan says 原则上不予申报. The app refuses the submission and says
 *    why; a processed/branded agricultural product (field 'agriculture' but not primary) is accepted. Exceptions
 *    "in principle" are the province's call outside the system, so an automatic warn-and-pass would only move the
 *    refusal later;
 *  - agriculture field (warn): counts toward the province's 30 % agriculture share (quota.ts).
 */
export function regionalEligibility(form: DraftForm<'regional'>, ctx: EligibilityContext = {}): EligibilityResult {
  const checks: EligibilityCheck[] = []
  if (form.markType === 'collective' || form.markType === 'certification') {
    checks.push(
      check('regional_mark_type', true, 'warn', `${form.markType === 'collective' ? '集体商标' : '证明商标'}，符合区域品牌申报要求`),
    )
  } else if (form.markType === 'ordinary') {
    checks.push(check('regional_mark_type', false, 'warn', '申报商标一般应为集体商标或证明商标；普通商标须同时满足以下两项条件'))
    checks.push(
      check(
        'regional_ordinary_approval',
        form.countyApproval === true,
        'block',
        form.countyApproval === true
          ? '已经所在区域县级以上人民政府或行业主管部门批准'
          : '普通商标须经所在区域县级以上人民政府或行业主管部门批准',
      ),
    )
    const users = typeof form.otherLawfulUsers === 'number' ? form.otherLawfulUsers : Number(form.otherLawfulUsers ?? NaN)
    checks.push(
      check(
        'regional_ordinary_users',
        Number.isFinite(users) && users >= 5,
        'block',
        Number.isFinite(users) && users >= 5
          ? `已有 ${users} 家其他市场主体合法使用该商标`
          : `普通商标须提供 5 家以上其他市场主体合法使用该商标的证明${Number.isFinite(users) ? `（当前填写 ${users} 家）` : ''}`,
      ),
    )
  } else {
    checks.push(check('regional_mark_type', false, 'block', '请选择商标类型（集体商标、证明商标或普通商标）'))
  }
  const region = form.regionCode
  checks.push(
    check(
      'regional_region_level',
      isBelowProvince(region),
      'block',
      isBelowProvince(region)
        ? '所在地区为副省级及以下市、区、县'
        : typeof region === 'string' && region.endsWith('0000')
          ? '所属区域须为副省级及以下市、区、县，不能以省（区、市）整体申报'
          : '请选择区域品牌所在的市、区、县',
    ),
  )
  if (ctx.provinceCode && isBelowProvince(region)) {
    const inside = String(region).slice(0, 2) === ctx.provinceCode.slice(0, 2)
    checks.push(
      check(
        'regional_region_province',
        inside,
        'block',
        inside ? '所在地区属于本省（区、市）' : '区域品牌所在地区应在本省（区、市）范围内，由所在省级部门推荐',
      ),
    )
  }
  checks.push(
    check(
      'regional_primary_agri',
      form.primaryAgricultural === false,
      'block',
      form.primaryAgricultural === false
        ? '非初级农产品品牌'
        : form.primaryAgricultural === true
          ? '初级农产品品牌原则上不予申报（方案三(一)1(2)）；经加工的农产品品牌可以申报'
          : '请确认是否为初级农产品品牌',
    ),
  )
  if (form.field === 'agriculture') {
    checks.push(
      check(
        'regional_agri_share',
        false,
        'warn',
        '农业品牌：本省推荐的区域品牌中制造业、服务业须不低于 70%，农业品牌超过 30% 时总数不超过 2 个，推荐机会较少',
      ),
    )
  }
  return summarize(checks)
}

/**
 * Station:
 *  - at least one served participant named (block);
 *  - the participant must confirm the station in its own form (two-sided). Pending links are a warning while
 *    applying (the other side may still be filling in); the province can only recommend a station with at
 *    least one confirmed link (`hasConfirmedLink`).
 */
export function stationEligibility(form: DraftForm<'station'>, ctx: EligibilityContext = {}): EligibilityResult {
  const named = (form.servedEnterpriseOrgIds?.length ?? 0) + (form.servedRegionalOrgIds?.length ?? 0)
  const conf = ctx.confirmations ?? []
  const confirmed = conf.filter((c) => c.status === 'confirmed')
  const pending = conf.filter((c) => c.status === 'pending')
  const checks: EligibilityCheck[] = [
    check(
      'station_served',
      named > 0,
      'block',
      named > 0 ? `已列明 ${named} 个对接服务的企业或区域商标品牌` : '须列明至少一个对接服务参加行动的企业或区域商标品牌',
    ),
  ]
  if (named > 0) {
    checks.push(
      check(
        'station_link',
        confirmed.length > 0 && pending.length === 0,
        'warn',
        confirmed.length > 0 && pending.length === 0
          ? `对接关系已全部由对方在其申报表中确认（${confirmed.length} 个）`
          : `已确认 ${confirmed.length} 个，待对方确认 ${pending.length} 个：${pending.map((p) => p.orgName).join('、') || '—'}。对方须在其申报表中选择本指导站；省级推荐前至少须有 1 个已确认`,
      ),
    )
  }
  return summarize(checks)
}

/** Participant side of the link: a pending link is explained, never blocking (the station field is optional). */
function participantLinkCheck(ctx: EligibilityContext): EligibilityCheck[] {
  const c = ctx.confirmations?.[0]
  if (!c) return []
  return [
    check(
      'station_link',
      c.status === 'confirmed',
      'warn',
      c.status === 'confirmed'
        ? `与指导站“${c.stationName}”的对接已由双方确认`
        : `已选择指导站“${c.stationName}”，待指导站在其申报表中列明本单位后生效`,
    ),
  ]
}

export function evaluateEligibility(track: ApplicationTrack, form: DraftForm, ctx: EligibilityContext = {}): EligibilityResult {
  if (track === 'enterprise') {
    const r = enterpriseEligibility(form as DraftForm<'enterprise'>)
    return summarize([...r.checks, ...participantLinkCheck(ctx)])
  }
  if (track === 'regional') {
    const r = regionalEligibility(form as DraftForm<'regional'>, ctx)
    return summarize([...r.checks, ...participantLinkCheck(ctx)])
  }
  return stationEligibility(form as DraftForm<'station'>, ctx)
}

export const hasConfirmedLink = (confirmations: readonly StationConfirmation[]): boolean =>
  confirmations.some((c) => c.status === 'confirmed')

// ── Two-sided station links ──────────────────────────────────────────────────

/** Minimal view of an application for link computation. */
export interface LinkApp {
  id: string
  track: ApplicationTrack
  year: number
  orgId?: string
  stationId?: string
  status: ApplicationStatus
  form: Record<string, unknown>
}

export interface LinkNames {
  stationName: (id: string) => string
  orgName: (id: string) => string
  /** 'enterprise' | 'association' (undefined when unknown) */
  orgKind: (id: string) => 'enterprise' | 'association' | undefined
}

const listOf = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [])

/**
 * The links this application takes part in, with their two-sided status. `others` = the same year's
 * applications (any status; the application itself is skipped). A link is 'confirmed' only when both the
 * participant's form names the station and the station's form names the participant.
 */
export function stationConfirmations(app: LinkApp, others: readonly LinkApp[], names: LinkNames): StationConfirmation[] {
  const sameYear = others.filter((o) => o.year === app.year && o.id !== app.id)
  if (app.track === 'station') {
    const stationId = app.stationId ?? ''
    const served: Array<{ orgId: string; track: 'enterprise' | 'regional' }> = [
      ...listOf(app.form.servedEnterpriseOrgIds).map((orgId) => ({ orgId, track: 'enterprise' as const })),
      ...listOf(app.form.servedRegionalOrgIds).map((orgId) => ({ orgId, track: 'regional' as const })),
    ]
    return served.map(({ orgId, track }) => {
      const other = sameYear.find((o) => o.track === track && o.orgId === orgId)
      const confirmed = !!other && other.form.stationId === stationId
      return confirmation(names, stationId, orgId, track, confirmed, 'participant', other)
    })
  }
  const stationId = typeof app.form.stationId === 'string' ? app.form.stationId : ''
  if (!stationId || !app.orgId) return []
  const orgId = app.orgId
  const track = app.track
  const key = track === 'enterprise' ? 'servedEnterpriseOrgIds' : 'servedRegionalOrgIds'
  const stationApp = sameYear.find((o) => o.track === 'station' && o.stationId === stationId)
  const confirmed = !!stationApp && listOf(stationApp.form[key]).includes(orgId)
  return [confirmation(names, stationId, orgId, track, confirmed, 'station', stationApp)]
}

/** One side of a station ↔ participant link, as both sides see it. */
function confirmation(
  names: LinkNames,
  stationId: string,
  orgId: string,
  track: 'enterprise' | 'regional',
  confirmed: boolean,
  waitingFor: 'participant' | 'station',
  other: LinkApp | undefined,
): StationConfirmation {
  return {
    stationId,
    stationName: names.stationName(stationId),
    orgId,
    orgName: names.orgName(orgId),
    track,
    status: confirmed ? 'confirmed' : 'pending',
    ...(confirmed ? {} : { waitingFor }),
    ...(other ? { otherApplicationId: other.id } : {}),
  }
}

// ── Small helpers shared by the mock and the app ─────────────────────────────

/** The brand shown in lists and in the annex-5 table. */
export function brandNameOf(track: ApplicationTrack, form: DraftForm, fallback = ''): string {
  if (track === 'enterprise') return (form as DraftForm<'enterprise'>).markName || fallback
  if (track === 'regional') return (form as DraftForm<'regional'>).brandName || fallback
  return (form as DraftForm<'station'>).stationName || fallback
}

export const fieldOf = (track: ApplicationTrack, form: DraftForm): BrandField | undefined =>
  track === 'station' ? undefined : ((form as DraftForm<'enterprise'> | DraftForm<'regional'>).field ?? undefined)

/** the application's programme year for a date: the calendar year (Asia/Shanghai) */
export function programmeYear(now: Date): number {
  return localYear(now)
}

export type { EnterpriseForm, RegionalForm, StationForm }
