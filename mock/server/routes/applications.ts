// Programme applications — the applicant side (附件1–3 forms, drafts, submission, status timeline).
//   GET  /applications/mine                enterprise | association | staff   own applications (newest first)
//   PUT  /applications/draft               enterprise | association | staff   autosave (partial form), returns eligibility
//   POST /applications/{id}/submit         owner          {idempotencyKey}   draft → submitted, returned → resubmitted
//   GET  /applications/{id}                owner | province (own province) | national
//   GET  /applications/link-candidates     enterprise | association | staff   two-sided station link helpers
// Rules live in src/domain/application.ts (state machine, eligibility) and src/domain/forms (the same schemas
// the app validates with). Each transition writes a timeline entry and an in-app notice to the applicant's users.
import type {
  Application,
  ApplicationAction,
  ApplicationLinkCandidate,
  ApplicationStatus,
  ApplicationTrack,
  DraftSaveRequest,
  DraftSaveResponse,
  Organization,
  Station,
  SubmitApplicationRequest,
  TimelineEntry,
  User,
} from '../../../src/domain/contract'
import { APPLICATION_STATUS_LABELS, APPLICATION_TRACK_LABELS, EDITABLE_STATUSES, SUBSCRIBE_TEMPLATES } from '../../../src/domain/contract'
import {
  availableActions,
  brandNameOf,
  canView,
  decideTransition,
  evaluateEligibility,
  stationConfirmations,
  submitActionFor,
  type LinkApp,
  type TransitionInput,
} from '../../../src/domain/application'
import { confirmableFrom } from '../../../src/domain/notice'
import { toLocalDate } from '../../../src/domain/time'
import { formDef, sanitizeForm, validateApplicationForm } from '../../../src/domain/forms'
import { provinceName } from '../../../src/domain/quota'
import { currentUser, requireRole, type Ctx } from '../context'
import { HttpError, assertValid, forbidden, invalidTransition, notFound } from '../errors'
import { notify, sendSubscribeMessage } from './notices'
import type { RouteModule } from './index'
import { routeTo } from '../../../src/domain/routes'
import { submitKey, type StoredApplication } from '../../store'
import { programmeCurrentYear, submitGate } from './programme'

export const TRACK_OF_ROLE: Partial<Record<User['role'], ApplicationTrack>> = {
  enterprise: 'enterprise',
  association: 'regional',
  staff: 'station',
}

export const statusLink = (id: string) => routeTo('applyStatus', id)
export const reviewLink = (id: string) => `/pkg-review/pages/detail/index?id=${id}`

/** Current programme year: the latest configured year whose window opened (else the Beijing calendar year). */
export const currentYear = (ctx: Ctx) => programmeCurrentYear(ctx)

// ── Lookups ──────────────────────────────────────────────────────────────────

/** Records read by id at most once per request. */
function memo<T>(load: (id: string) => T | undefined) {
  const seen = new Map<string, T | undefined>()
  const get = (id: string): T | undefined => {
    if (!seen.has(id)) seen.set(id, load(id))
    return seen.get(id)
  }
  return { get, has: (id: string) => get(id) !== undefined }
}

export function lookups(ctx: Ctx) {
  const orgs = memo<Organization>((id) => ctx.store.orgs.get(id))
  const stations = memo<Station>((id) => ctx.store.stations.get(id))
  return {
    orgs,
    stations,
    names: {
      stationName: (id: string) => stations.get(id)?.name ?? '未知指导站',
      orgName: (id: string) => orgs.get(id)?.name ?? '未知单位',
      orgKind: (id: string) => orgs.get(id)?.kind,
    },
  }
}
export type Lookups = ReturnType<typeof lookups>

const asLink = (a: StoredApplication): LinkApp => ({
  id: a.id,
  track: a.track,
  year: a.year,
  orgId: a.orgId,
  stationId: a.stationId,
  status: a.status,
  form: a.form as Record<string, unknown>,
})

/** The same-year applications the two-sided station links of `a` depend on (see stationConfirmations). */
function linkPartners(ctx: Ctx, a: StoredApplication): StoredApplication[] {
  const f = a.form as Record<string, unknown>
  if (a.track === 'station') {
    const ids = [f.servedEnterpriseOrgIds, f.servedRegionalOrgIds].flatMap((v) =>
      Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [],
    )
    return ids.length ? ctx.store.applications.where({ year: a.year, orgId: ids }) : []
  }
  return typeof f.stationId === 'string' && f.stationId
    ? ctx.store.applications.where({ year: a.year, stationId: f.stationId, track: 'station' })
    : []
}

/** Recompute the derived parts (links are two-sided, so they change when the other side edits). */
export function refreshDerived(ctx: Ctx, a: StoredApplication, lk: Lookups = lookups(ctx)): StoredApplication {
  const sameYear = linkPartners(ctx, a)
    .filter((o) => o.id !== a.id)
    .map(asLink)
  a.stationConfirmations = stationConfirmations(asLink(a), sameYear, lk.names)
  a.eligibility = evaluateEligibility(a.track, a.form, { provinceCode: a.provinceCode, confirmations: a.stationConfirmations })
  a.brandName = brandNameOf(a.track, a.form, a.brandName || a.applicantName)
  return a
}

/** The application as the caller sees it (derived parts fresh, `actions` for this caller). */
export function view(ctx: Ctx, a: StoredApplication, user: User, lk?: Lookups): Application {
  refreshDerived(ctx, a, lk)
  const out = { ...(JSON.parse(JSON.stringify(a)) as StoredApplication), actions: availableActions(user, a, toLocalDate(ctx.now())) }
  const from = a.status === 'public_notice' ? confirmableFrom(a) : undefined
  if (from) out.confirmableFrom = from
  return out as Application
}

// ── Transitions ──────────────────────────────────────────────────────────────

/** In-app notices go to every user of the applicant (organisation accounts / station staff). */
export function applicantUsers(ctx: Ctx, a: StoredApplication): User[] {
  if (a.track === 'station') return a.stationId ? ctx.store.users.where({ stationId: a.stationId, role: 'staff' }) : []
  return a.orgId ? ctx.store.users.where({ orgId: a.orgId, role: ['enterprise', 'association'] }) : []
}

const NOTICE_TEXT: Record<ApplicationStatus, string> = {
  draft: '草稿已保存',
  submitted: '已提交，等待省级知识产权管理部门审核',
  returned: '被退回修改，请按意见修改后重新提交',
  resubmitted: '已重新提交，等待省级知识产权管理部门审核',
  recommended: '已由省级知识产权管理部门推荐上报国家知识产权局',
  national_review: '进入国家知识产权局复核',
  public_notice: '进入公示',
  confirmed: '已确认参加“千企百城”商标品牌价值提升行动',
  not_selected: '经复核未入选',
}

/**
 * Apply a transition decided by the domain state machine: throws the domain's refusal as an HttpError,
 * otherwise updates status, timeline, notices and writes the application. Synchronous: call it inside the
 * request's transaction.
 */
export function transition(
  ctx: Ctx,
  a: StoredApplication,
  user: User,
  action: ApplicationAction,
  input: TransitionInput = {},
  extra?: (a: StoredApplication) => void,
): StoredApplication {
  // the Beijing day decides publish dates and whether a notice has ended (confirm)
  const d = decideTransition(user, a, action, { today: toLocalDate(ctx.now()), ...input })
  if (!d.ok) throw new HttpError(d.status, d.code, d.message, d.fieldErrors)
  const at = ctx.now().toISOString()
  const reason = input.reason?.trim()
  const entry: TimelineEntry = {
    at,
    from: a.status,
    to: d.to,
    actorRole: user.role,
    actorName: actorName(user),
    ...(reason ? { reason } : {}),
  }
  a.status = d.to
  a.timeline.push(entry)
  a.updatedAt = at
  if (reason) a.lastReason = reason
  if (d.to === 'submitted' || d.to === 'resubmitted') a.submittedAt = at
  extra?.(a)
  ctx.store.applications.save(a)
  const label = APPLICATION_STATUS_LABELS[d.to]
  const what = `${a.year} 年度${APPLICATION_TRACK_LABELS[a.track]}申报「${a.brandName || a.applicantName}」`
  const period = a.publicNotice && d.to === 'public_notice' ? `（公示期 ${a.publicNotice.start} 至 ${a.publicNotice.end}）` : ''
  const body = `${what}${NOTICE_TEXT[d.to]}${period}${reason ? `。原因：${reason}` : ''}`
  for (const u of applicantUsers(ctx, a)) {
    notify(ctx, u.id, { title: `申报状态更新：${label}`, body, link: statusLink(a.id) })
    // weapp: one subscribe message per consent (quota tracked per user and template)
    sendSubscribeMessage(ctx, u.id, SUBSCRIBE_TEMPLATES.applicationStatus, `申报状态：${label}。${body}`)
  }
  return a
}

export function actorName(user: User): string {
  if (user.role === 'province') return `${provinceName(user.provinceCode ?? '') || '省级'}知识产权局 ${user.name}`
  if (user.role === 'national') return `国家知识产权局 ${user.name}`
  return user.name
}

// ── Applicant identity ──────────────────────────────────────────────────────

export interface Applicant {
  track: ApplicationTrack
  orgId?: string
  stationId?: string
  provinceCode: string
  name: string
  /** seeded brand, used until the form names one */
  brandName: string
}

export function applicantOf(ctx: Ctx, user: User, lk: Lookups): Applicant {
  const track = TRACK_OF_ROLE[user.role]
  if (!track) throw forbidden('只有企业、区域品牌主体和指导站可以申报')
  if (track === 'station') {
    const st = user.stationId ? lk.stations.get(user.stationId) : undefined
    if (!st) throw forbidden('账号未关联指导站，无法申报')
    return { track, stationId: st.id, provinceCode: st.provinceCode, name: st.name, brandName: st.name }
  }
  const org = user.orgId ? lk.orgs.get(user.orgId) : undefined
  if (!org || (track === 'enterprise' ? org.kind !== 'enterprise' : org.kind !== 'association')) {
    throw forbidden('账号未关联申报单位，无法申报')
  }
  const brand = track === 'regional' ? (ctx.store.regionalBrands.first({ associationId: org.id })?.name ?? '') : ''
  return { track, orgId: org.id, provinceCode: org.provinceCode, name: org.name, brandName: brand }
}

/** The applicant's applications (all years), by the indexed owner column. */
const ownApplications = (ctx: Ctx, who: Applicant): StoredApplication[] =>
  who.track === 'station' ? ctx.store.applications.where({ stationId: who.stationId }) : ctx.store.applications.where({ orgId: who.orgId })

const ownedBy = (a: StoredApplication, who: Applicant) =>
  a.track === who.track && (who.track === 'station' ? a.stationId === who.stationId : a.orgId === who.orgId)

/** Existence checks the pure schema cannot do (station / organisation ids). */
function referenceErrors(a: Pick<StoredApplication, 'track' | 'form'>, lk: Lookups): Record<string, string> {
  const out: Record<string, string> = {}
  const f = a.form as Record<string, unknown>
  if (a.track !== 'station' && typeof f.stationId === 'string' && f.stationId && !lk.stations.has(f.stationId)) {
    out.stationId = '所选指导站不存在，请重新选择'
  }
  if (a.track === 'station') {
    for (const [key, kind] of [
      ['servedEnterpriseOrgIds', 'enterprise'],
      ['servedRegionalOrgIds', 'association'],
    ] as const) {
      const ids = Array.isArray(f[key]) ? (f[key] as unknown[]) : []
      const bad = ids.find((id) => typeof id !== 'string' || lk.orgs.get(id)?.kind !== kind)
      if (bad !== undefined) out[key] = kind === 'enterprise' ? '所选企业不存在或不是企业' : '所选区域品牌主体不存在'
    }
  }
  return out
}

/** Eligibility 'block' failures as field errors (the field the user can change). */
const RULE_FIELD: Record<string, string> = {
  enterprise_main_mark: 'markIsMain',
  enterprise_mark_business: 'markMatchesBusiness',
  regional_mark_type: 'markType',
  regional_ordinary_approval: 'countyApproval',
  regional_ordinary_users: 'otherLawfulUsers',
  regional_region_level: 'regionCode',
  regional_region_province: 'regionCode',
  regional_primary_agri: 'primaryAgricultural',
  station_served: 'servedEnterpriseOrgIds',
}

// ── Request schemas ──────────────────────────────────────────────────────────

// ── Routes ───────────────────────────────────────────────────────────────────

const applications: RouteModule = (api, ctx) => {
  api.get('/applications/mine', { preHandler: requireRole('enterprise', 'association', 'staff') }, async (req): Promise<Application[]> => {
    const user = currentUser(req)
    const lk = lookups(ctx)
    const who = applicantOf(ctx, user, lk)
    return ownApplications(ctx, who)
      .filter((a) => ownedBy(a, who))
      .sort((x, y) => y.year - x.year || (x.updatedAt < y.updatedAt ? 1 : -1))
      .map((a) => view(ctx, a, user, lk))
  })

  api.put(
    '/applications/draft',
    { preHandler: requireRole('enterprise', 'association', 'staff') },
    async (req): Promise<DraftSaveResponse> => {
      const user = currentUser(req)
      const body = req.body as DraftSaveRequest
      const lk = lookups(ctx)
      const who = applicantOf(ctx, user, lk)
      if (body.track && body.track !== who.track) {
        throw new HttpError(400, 'VALIDATION', '申报类别与账号不符', { track: `当前账号只能申报${APPLICATION_TRACK_LABELS[who.track]}` })
      }
      const year = currentYear(ctx)
      if (body.year !== undefined && body.year !== year) {
        throw new HttpError(400, 'VALIDATION', `当前开放申报的是 ${year} 年度`, { year: `当前开放申报的是 ${year} 年度` })
      }
      const def = formDef(who.track, year)
      const patch = sanitizeForm(def, body.form as Record<string, unknown>)
      const now = ctx.now().toISOString()
      return ctx.store.tx(() => {
        let a = ownApplications(ctx, who).find((x) => x.year === year && ownedBy(x, who))
        if (a && !EDITABLE_STATUSES.includes(a.status)) {
          throw invalidTransition(`申报当前状态为“${APPLICATION_STATUS_LABELS[a.status]}”，不能修改；如需修改请等待退回`)
        }
        if (!a) {
          a = {
            id: ctx.store.nextId('AP'),
            track: who.track,
            year,
            ...(who.orgId ? { orgId: who.orgId } : {}),
            ...(who.stationId ? { stationId: who.stationId } : {}),
            provinceCode: who.provinceCode,
            provinceName: provinceName(who.provinceCode),
            applicantName: who.name,
            brandName: who.brandName,
            status: 'draft',
            form: {},
            eligibility: { ok: false, checks: [] },
            stationConfirmations: [],
            timeline: [{ at: now, from: null, to: 'draft', actorRole: user.role, actorName: user.name }],
            createdAt: now,
            updatedAt: now,
          } as StoredApplication
        }
        const form = { ...(a.form as Record<string, unknown>) }
        for (const [k, v] of Object.entries(patch)) {
          if (v === null) delete form[k]
          else form[k] = v
        }
        a.form = form as StoredApplication['form']
        a.updatedAt = now
        refreshDerived(ctx, a, lk)
        ctx.store.applications.save(a)
        const fieldErrors = {
          ...validateApplicationForm(a.track, a.year, a.form, 'draft', { provinceCode: a.provinceCode }),
          ...referenceErrors(a, lk),
        }
        return { application: view(ctx, a, user, lk), fieldErrors }
      })
    },
  )

  api.post(
    '/applications/:id/submit',
    { preHandler: requireRole('enterprise', 'association', 'staff') },
    async (req): Promise<Application> => {
      const user = currentUser(req)
      const { idempotencyKey } = req.body as SubmitApplicationRequest
      const { id } = req.params as { id: string }
      const lk = lookups(ctx)
      return ctx.store.tx(() => {
        const a = ctx.store.applications.get(id)
        if (!a || !canView(user, a)) throw notFound('申报')
        const seen = ctx.store.applicationSubmits.get(submitKey(user.id, idempotencyKey))
        if (seen) {
          if (seen.applicationId !== id) throw new HttpError(409, 'CONFLICT', '该提交标识已用于其他申报，请刷新后重试')
          return view(ctx, a, user, lk)
        }
        const action = submitActionFor(a.status)
        // role/state first (409 for an application already submitted), then the form
        const pre = decideTransition(user, a, action)
        if (!pre.ok) throw new HttpError(pre.status, pre.code, pre.message, pre.fieldErrors)
        // then the call: outside an open batch the submit is refused (409 CALL_CLOSED) and nothing is written
        const stamp = submitGate(ctx, a, action === 'resubmit' ? 'resubmit' : 'submit')
        refreshDerived(ctx, a, lk)
        const fieldErrors: Record<string, string> = {
          ...validateApplicationForm(a.track, a.year, a.form, 'submit', { provinceCode: a.provinceCode }),
          ...referenceErrors(a, lk),
        }
        for (const c of a.eligibility.checks) {
          const key = RULE_FIELD[c.rule]
          if (!c.ok && c.level === 'block' && key && !(key in fieldErrors)) fieldErrors[key] = c.message
        }
        assertValid(fieldErrors, '申报表还有需要修改的内容，请按提示修改后再提交')
        if (stamp) {
          // the programme year and batch come from the call, not the calendar
          a.year = stamp.year
          a.callId = stamp.callId
          a.callBatch = stamp.batch
        }
        transition(ctx, a, user, action)
        ctx.store.applicationSubmits.insert({
          key: idempotencyKey,
          userId: user.id,
          applicationId: a.id,
          status: a.status,
          at: a.updatedAt,
        })
        return view(ctx, a, user, lk)
      })
    },
  )

  api.get(
    '/applications/link-candidates',
    { preHandler: requireRole('enterprise', 'association', 'staff') },
    async (req): Promise<ApplicationLinkCandidate[]> => {
      const user = currentUser(req)
      const lk = lookups(ctx)
      const who = applicantOf(ctx, user, lk)
      const year = currentYear(ctx)
      const thisYear = ctx.store.applications.where({ year })
      const accepted =
        who.track === 'station'
          ? ctx.store.links.where({ stationId: who.stationId, status: 'accepted' })
          : ctx.store.links.where({ orgId: who.orgId, status: 'accepted' })
      const brandName = (orgId: string) => ctx.store.regionalBrands.first({ associationId: orgId })?.name
      if (who.track === 'station') {
        const stationId = who.stationId!
        const ids = new Set<string>(accepted.filter((l) => l.stationId === stationId).map((l) => l.orgId))
        for (const a of thisYear)
          if (a.track !== 'station' && a.orgId && (a.form as Record<string, unknown>).stationId === stationId) ids.add(a.orgId)
        return [...ids]
          .map((orgId) => lk.orgs.get(orgId))
          .filter((o): o is Organization => !!o)
          .map((o) => {
            const app = thisYear.find((a) => a.track !== 'station' && a.orgId === o.id)
            return {
              id: o.id,
              kind: o.kind,
              name: o.name,
              brandName: app?.brandName || brandName(o.id) || undefined,
              regionName: o.regionName,
              ...(app ? { applicationId: app.id, applicationStatus: app.status } : {}),
              namesMe: !!app && (app.form as Record<string, unknown>).stationId === stationId,
              linked: accepted.some((l) => l.stationId === stationId && l.orgId === o.id),
            }
          })
          .sort((x, y) => Number(y.namesMe) - Number(x.namesMe) || x.name.localeCompare(y.name, 'zh'))
      }
      const orgId = who.orgId!
      const key = who.track === 'enterprise' ? 'servedEnterpriseOrgIds' : 'servedRegionalOrgIds'
      const ids = new Set<string>(accepted.filter((l) => l.orgId === orgId).map((l) => l.stationId))
      for (const a of thisYear) {
        const served = (a.form as Record<string, unknown>)[key]
        if (a.track === 'station' && a.stationId && Array.isArray(served) && served.includes(orgId)) ids.add(a.stationId)
      }
      return [...ids]
        .map((sid) => lk.stations.get(sid))
        .filter((s): s is Station => !!s)
        .map((s) => {
          const app = thisYear.find((a) => a.track === 'station' && a.stationId === s.id)
          const served = app ? (app.form as Record<string, unknown>)[key] : undefined
          return {
            id: s.id,
            kind: 'station' as const,
            name: s.name,
            regionName: s.regionName,
            ...(app ? { applicationId: app.id, applicationStatus: app.status } : {}),
            namesMe: Array.isArray(served) && served.includes(orgId),
            linked: accepted.some((l) => l.stationId === s.id && l.orgId === orgId),
          }
        })
    },
  )

  api.get('/applications/:id', { preHandler: requireRole() }, async (req): Promise<Application> => {
    const user = currentUser(req)
    const { id } = req.params as { id: string }
    const a = ctx.store.applications.get(id)
    if (!a || !canView(user, a)) throw notFound('申报')
    return view(ctx, a, user)
  })
}

export default applications
