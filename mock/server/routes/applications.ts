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
  RegionalBrand,
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
  programmeYear,
  stationConfirmations,
  submitActionFor,
  type LinkApp,
  type TransitionInput,
} from '../../../src/domain/application'
import { formDef, sanitizeForm, validateApplicationForm } from '../../../src/domain/forms'
import { provinceName } from '../../../src/domain/quota'
import { currentUser, requireRole, type Ctx } from '../context'
import { HttpError, assertValid, forbidden, invalidTransition, notFound } from '../errors'
import { notify, sendSubscribeMessage } from './notices'
import type { RouteModule } from './index'
import { routeTo } from '../../../src/domain/routes'

// ── Stored shapes ────────────────────────────────────────────────────────────

/**
 * `applications` collection: the contract Application without the per-viewer/derived parts (`actions`;
 * `eligibility` and `stationConfirmations` are stored as of the last write and recomputed on every read).
 */
export type StoredApplication = Omit<Application, 'actions'>

/** `applicationSubmits` collection: idempotency records of POST /applications/{id}/submit */
export interface StoredSubmit {
  key: string
  userId: string
  applicationId: string
  /** status right after that submission */
  status: ApplicationStatus
  at: string
}

/** `batches` collection: public-notice batches (公示批次) */
export interface StoredBatch {
  year: number
  batch: number
  start: string
  end: string
  applicationIds: string[]
  createdAt: string
}

export const apps = (ctx: Ctx) => ctx.db.coll<StoredApplication>('applications')

export const TRACK_OF_ROLE: Partial<Record<User['role'], ApplicationTrack>> = {
  enterprise: 'enterprise',
  association: 'regional',
  staff: 'station',
}

export const statusLink = (id: string) => routeTo('applyStatus', id)
export const reviewLink = (id: string) => `/pkg-review/pages/detail/index?id=${id}`

/** Current programme year (calendar year in Asia/Shanghai). */
export const currentYear = (ctx: Ctx) => programmeYear(ctx.now())

// ── Lookups ──────────────────────────────────────────────────────────────────

export function lookups(ctx: Ctx) {
  const orgs = new Map(ctx.db.coll<Organization>('orgs').map((o) => [o.id, o]))
  const stations = new Map(ctx.db.coll<Station>('stations').map((s) => [s.id, s]))
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

/** Recompute the derived parts (links are two-sided, so they change when the other side edits). */
export function refreshDerived(ctx: Ctx, a: StoredApplication, lk: Lookups = lookups(ctx)): StoredApplication {
  const sameYear = apps(ctx).filter((o) => o.year === a.year && o.id !== a.id).map(asLink)
  a.stationConfirmations = stationConfirmations(asLink(a), sameYear, lk.names)
  a.eligibility = evaluateEligibility(a.track, a.form, { provinceCode: a.provinceCode, confirmations: a.stationConfirmations })
  a.brandName = brandNameOf(a.track, a.form, a.brandName || a.applicantName)
  return a
}

/** The application as the caller sees it (derived parts fresh, `actions` for this caller). */
export function view(ctx: Ctx, a: StoredApplication, user: User, lk?: Lookups): Application {
  refreshDerived(ctx, a, lk)
  return { ...(JSON.parse(JSON.stringify(a)) as StoredApplication), actions: availableActions(user, a) } as Application
}

// ── Transitions ──────────────────────────────────────────────────────────────

/** In-app notices go to every user of the applicant (organisation accounts / station staff). */
export function applicantUsers(ctx: Ctx, a: StoredApplication): User[] {
  return ctx.db
    .coll<User>('users')
    .filter((u) =>
      a.track === 'station' ? u.role === 'staff' && u.stationId === a.stationId : (u.role === 'enterprise' || u.role === 'association') && u.orgId === a.orgId,
    )
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
 * otherwise updates status, timeline, notices. Synchronous; the caller commits.
 */
export function transition(
  ctx: Ctx,
  a: StoredApplication,
  user: User,
  action: ApplicationAction,
  input: TransitionInput = {},
  extra?: (a: StoredApplication) => void,
): StoredApplication {
  const d = decideTransition(user, a, action, input)
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

function actorName(user: User): string {
  if (user.role === 'province') return `${provinceName(user.provinceCode ?? '') || '省级'}知识产权局 ${user.name}`
  if (user.role === 'national') return `国家知识产权局 ${user.name}`
  return user.name
}

// ── Applicant identity ──────────────────────────────────────────────────────

interface Applicant {
  track: ApplicationTrack
  orgId?: string
  stationId?: string
  provinceCode: string
  name: string
  /** seeded brand, used until the form names one */
  brandName: string
}

function applicantOf(ctx: Ctx, user: User, lk: Lookups): Applicant {
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
  const brand =
    track === 'regional' ? ctx.db.coll<RegionalBrand>('regionalBrands').find((b) => b.associationId === org.id)?.name ?? '' : ''
  return { track, orgId: org.id, provinceCode: org.provinceCode, name: org.name, brandName: brand }
}

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
    return apps(ctx)
      .filter((a) => ownedBy(a, who))
      .sort((x, y) => y.year - x.year || (x.updatedAt < y.updatedAt ? 1 : -1))
      .map((a) => view(ctx, a, user, lk))
  })

  api.put('/applications/draft', { preHandler: requireRole('enterprise', 'association', 'staff') }, async (req): Promise<DraftSaveResponse> => {
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
    let a = apps(ctx).find((x) => x.year === year && ownedBy(x, who))
    if (a && !EDITABLE_STATUSES.includes(a.status)) {
      throw invalidTransition(`申报当前状态为“${APPLICATION_STATUS_LABELS[a.status]}”，不能修改；如需修改请等待退回`)
    }
    if (!a) {
      a = {
        id: ctx.db.nextId('AP'),
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
      apps(ctx).push(a)
    }
    const form = { ...(a.form as Record<string, unknown>) }
    for (const [k, v] of Object.entries(patch)) {
      if (v === null) delete form[k]
      else form[k] = v
    }
    a.form = form as StoredApplication['form']
    a.updatedAt = now
    refreshDerived(ctx, a, lk)
    const fieldErrors = { ...validateApplicationForm(a.track, a.year, a.form, 'draft', { provinceCode: a.provinceCode }), ...referenceErrors(a, lk) }
    await ctx.db.commit()
    return { application: view(ctx, a, user, lk), fieldErrors }
  })

  api.post('/applications/:id/submit', { preHandler: requireRole('enterprise', 'association', 'staff') }, async (req): Promise<Application> => {
    const user = currentUser(req)
    const { idempotencyKey } = req.body as SubmitApplicationRequest
    const { id } = req.params as { id: string }
    const lk = lookups(ctx)
    const a = apps(ctx).find((x) => x.id === id)
    if (!a || !canView(user, a)) throw notFound('申报')
    const submits = ctx.db.coll<StoredSubmit>('applicationSubmits')
    const seen = submits.find((s) => s.userId === user.id && s.key === idempotencyKey)
    if (seen) {
      if (seen.applicationId !== id) throw new HttpError(409, 'CONFLICT', '该提交标识已用于其他申报，请刷新后重试')
      return view(ctx, a, user, lk)
    }
    const action = submitActionFor(a.status)
    // role/state first (409 for an application already submitted), then the form
    const pre = decideTransition(user, a, action)
    if (!pre.ok) throw new HttpError(pre.status, pre.code, pre.message, pre.fieldErrors)
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
    transition(ctx, a, user, action)
    submits.push({ key: idempotencyKey, userId: user.id, applicationId: a.id, status: a.status, at: a.updatedAt })
    await ctx.db.commit()
    return view(ctx, a, user, lk)
  })

  api.get('/applications/link-candidates', { preHandler: requireRole('enterprise', 'association', 'staff') }, async (req): Promise<ApplicationLinkCandidate[]> => {
    const user = currentUser(req)
    const lk = lookups(ctx)
    const who = applicantOf(ctx, user, lk)
    const year = currentYear(ctx)
    const thisYear = apps(ctx).filter((a) => a.year === year)
    const accepted = ctx.db.coll<{ stationId: string; orgId: string; status: string }>('links').filter((l) => l.status === 'accepted')
    const brands = ctx.db.coll<RegionalBrand>('regionalBrands')
    if (who.track === 'station') {
      const stationId = who.stationId!
      const ids = new Set<string>(accepted.filter((l) => l.stationId === stationId).map((l) => l.orgId))
      for (const a of thisYear) if (a.track !== 'station' && a.orgId && (a.form as Record<string, unknown>).stationId === stationId) ids.add(a.orgId)
      return [...ids]
        .map((orgId) => lk.orgs.get(orgId))
        .filter((o): o is Organization => !!o)
        .map((o) => {
          const app = thisYear.find((a) => a.track !== 'station' && a.orgId === o.id)
          return {
            id: o.id,
            kind: o.kind,
            name: o.name,
            brandName: app?.brandName || brands.find((b) => b.associationId === o.id)?.name || undefined,
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
  })

  api.get('/applications/:id', { preHandler: requireRole() }, async (req): Promise<Application> => {
    const user = currentUser(req)
    const { id } = req.params as { id: string }
    const a = apps(ctx).find((x) => x.id === id)
    if (!a || !canView(user, a)) throw notFound('申报')
    return view(ctx, a, user)
  })
}

export default applications
