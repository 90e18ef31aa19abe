// The yearly brand report (年度报送): the participant's own report per year (draft / submit / revise until the
// programme year's deadline), its history for the year-over-year chart, and the province reviewer's list of
// who has submitted, with an in-app reminder (at most one per organisation and Beijing day), and each
// participant's submitted figures by year (the reviewer's year-over-year view).
// The figures are checked with src/domain/report, the same schema the form uses as the user types.
import type {
  ReportHistory,
  ReportJump,
  ReportProgress,
  ReportProgressItem,
  ReportView,
  RemindReportsRequest,
  RemindReportsResponse,
  SaveReportRequest,
} from '../../../src/domain/contract/report'
import type { HomeSummary, Organization, User } from '../../../src/domain/contract'
import {
  REPORT_FIELDS,
  REPORT_STATUS_LABELS,
  compareWithLastYear,
  fieldPath,
  newReportState,
  prefillFromApplication,
  transitionReport,
  validateReport,
  type ReportFigures,
  type ReportTrack,
} from '../../../src/domain/report'
import { canFileYearlyReport, currentTimetable } from '../../../src/domain/programme'
import { provinceName } from '../../../src/domain/quota'
import { routeTo } from '../../../src/domain/routes'
import { toLocalDate } from '../../../src/domain/time'
import { formatLocalDateTime } from '../../../src/domain/outcome'
import type { StoredReport } from '../../store'
import { currentUser, type Ctx } from '../context'
import { HttpError, badRequest, forbidden, invalidTransition, notFound } from '../errors'
import type { RouteModule } from './index'
import { notify } from './notices'
import { programmeCurrentYear, programmeYearOf } from './programme'

const SUBMITTED: StoredReport['status'][] = ['submitted', 'revised']
const NOT_STARTED = '未开始'

export const reportTrackOf = (org: Pick<Organization, 'kind'>): ReportTrack => (org.kind === 'association' ? 'regional' : 'enterprise')

/** The year reports are due for now: the current programme year. */
export const currentReportYear = (ctx: Ctx): number => programmeCurrentYear(ctx)

/** The reporting window of a year: its programme year's deadline (exclusive, Beijing minute); no such year = closed. */
export function reportWindow(ctx: Ctx, year: number): { deadline: string | null; open: boolean; closedMessage?: string } {
  const y = programmeYearOf(ctx, year)
  if (!y) return { deadline: null, open: false, closedMessage: `${year} 年度未开放年度报送` }
  const t = currentTimetable(y)
  const ok = canFileYearlyReport(t, ctx.now())
  return ok.ok
    ? { deadline: t.yearlyReportDeadline, open: true }
    : { deadline: t.yearlyReportDeadline, open: false, closedMessage: ok.message }
}

/** The organisation's report of a year, if started. */
export const reportOf = (ctx: Ctx, orgId: string, year: number): StoredReport | undefined => ctx.store.reports.where({ orgId, year })[0]

/** Last year's submitted report (the base of the year-over-year check). */
function previousSubmitted(ctx: Ctx, orgId: string, year: number): StoredReport | undefined {
  const r = reportOf(ctx, orgId, year - 1)
  return r && SUBMITTED.includes(r.status) ? r : undefined
}

function jumpsOf(
  track: ReportTrack,
  figures: ReportFigures,
  previous: StoredReport | undefined,
  confirmed: readonly string[],
): ReportJump[] {
  return compareWithLastYear(track, figures, previous?.figures).map((f) => ({
    path: f.path,
    label: f.label,
    current: f.current,
    previous: f.previous,
    message: f.message,
    confirmed: confirmed.includes(f.path),
  }))
}

/**
 * What a report not started yet may be prefilled with: the organisation's latest application of the report's
 * track that was handed in (not a draft), as report figures; undefined when it has none or nothing matches.
 */
function applicationPrefill(ctx: Ctx, orgId: string, track: ReportTrack): ReportView['fromApplication'] {
  const apps = ctx.store.applications
    .where({ orgId, track })
    .filter((a) => a.status !== 'draft')
    .sort((a, b) => b.year - a.year || b.updatedAt.localeCompare(a.updatedAt))
  const app = apps[0]
  if (!app) return undefined
  const figures = prefillFromApplication(track, app.form)
  if (Object.keys(figures).length === 0) return undefined
  return { applicationId: app.id, year: app.year, figures: figures as ReportView['figures'] }
}

export function reportView(ctx: Ctx, org: Organization, year: number, rec = reportOf(ctx, org.id, year)): ReportView {
  const track = rec?.track ?? reportTrackOf(org)
  const w = reportWindow(ctx, year)
  const prev = previousSubmitted(ctx, org.id, year)
  const figures = rec?.figures ?? {}
  const state = rec?.state ?? newReportState()
  const confirmed = rec?.confirmedJumps ?? []
  // what the state machine allows, once the window is open (the window itself is the programme year's)
  const actions = w.open ? (state.status === 'draft' ? (['save', 'submit'] as const) : (['revise'] as const)) : []
  // a new report with nothing of last year to start from: offer the application's figures
  const from = !rec && !prev ? applicationPrefill(ctx, org.id, track) : undefined
  return {
    ...(rec ? { id: rec.id } : {}),
    orgId: org.id,
    orgName: org.name,
    provinceCode: org.provinceCode,
    year,
    track,
    status: rec ? rec.status : null,
    statusLabel: rec ? REPORT_STATUS_LABELS[rec.status] : NOT_STARTED,
    revision: state.revision,
    figures: figures as ReportView['figures'],
    confirmedJumps: confirmed,
    ...(state.submittedAt ? { submittedAt: state.submittedAt } : {}),
    ...(state.revisedAt ? { revisedAt: state.revisedAt } : {}),
    ...(rec ? { updatedAt: rec.updatedAt } : {}),
    deadline: w.deadline,
    open: w.open,
    ...(w.closedMessage ? { closedMessage: w.closedMessage } : {}),
    actions: [...actions],
    previous: prev ? { year: prev.year, figures: prev.figures as ReportView['figures'] } : null,
    jumps: jumpsOf(track, figures, prev, confirmed),
    ...(from ? { fromApplication: from } : {}),
  }
}

/** Keys of the payload that are not a declared field of the track: refused per field (nothing is dropped silently). */
function unknownFieldErrors(track: ReportTrack, figures: SaveReportRequest['figures']): Record<string, string> {
  const known = new Set(REPORT_FIELDS[track].map(fieldPath))
  const out: Record<string, string> = {}
  for (const [dim, section] of Object.entries(figures))
    for (const key of Object.keys(section ?? {})) if (!known.has(`${dim}.${key}`)) out[`${dim}.${key}`] = '不是本年度报送的填报项'
  return out
}

/** The participants of a province for a year: every organisation with a confirmed application up to that year, plus any that started a report. */
export function reportParticipants(ctx: Ctx, provinceCode: string, year: number): Organization[] {
  const ids = new Set<string>()
  for (const a of ctx.store.applications.where({ provinceCode, status: 'confirmed', track: ['enterprise', 'regional'] }))
    if (a.orgId && a.year <= year) ids.add(a.orgId)
  for (const r of ctx.store.reports.where({ year })) if (r.provinceCode === provinceCode) ids.add(r.orgId)
  const orgs: Organization[] = []
  for (const id of ids) {
    const o = ctx.store.orgs.get(id)
    if (o && o.provinceCode === provinceCode) orgs.push(o)
  }
  return orgs.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))
}

function ownOrg(ctx: Ctx, user: User): Organization {
  const org = user.orgId ? ctx.store.orgs.get(user.orgId) : undefined
  if (!org) throw forbidden('当前账号未关联企业或区域品牌主体')
  return org
}

function progressItem(ctx: Ctx, org: Organization, year: number, today: string): ReportProgressItem {
  const rec = reportOf(ctx, org.id, year)
  const reminders = ctx.store.reportReminders.where({ year, orgId: org.id }).sort((a, b) => a.sentAt.localeCompare(b.sentAt))
  const last = reminders[reminders.length - 1]
  return {
    orgId: org.id,
    orgName: org.name,
    track: reportTrackOf(org),
    ...(rec ? { reportId: rec.id } : {}),
    status: rec ? rec.status : null,
    statusLabel: rec ? REPORT_STATUS_LABELS[rec.status] : NOT_STARTED,
    ...(rec?.state.submittedAt ? { submittedAt: rec.state.submittedAt } : {}),
    ...(last ? { remindedAt: last.sentAt } : {}),
    remindedToday: reminders.some((r) => r.day === today),
  }
}

/** The home page's yearly-report card: the organisation's report of the year due, or the province's tally. */
export function withReportCard<T extends HomeSummary>(ctx: Ctx, user: User, home: T): T {
  const year = currentReportYear(ctx)
  if (user.role === 'enterprise' || user.role === 'association') {
    const org = user.orgId ? ctx.store.orgs.get(user.orgId) : undefined
    if (!org) return home
    const rec = reportOf(ctx, org.id, year)
    const w = reportWindow(ctx, year)
    return {
      ...home,
      report: {
        year,
        status: rec?.status ?? null,
        statusLabel: rec ? REPORT_STATUS_LABELS[rec.status] : NOT_STARTED,
        deadline: w.deadline,
        open: w.open,
      },
    }
  }
  if (user.role === 'province' && user.provinceCode) {
    const orgs = reportParticipants(ctx, user.provinceCode, year)
    const submitted = orgs.filter((o) => SUBMITTED.includes(reportOf(ctx, o.id, year)?.status ?? 'draft')).length
    return { ...home, reports: { year, submitted, total: orgs.length } }
  }
  return home
}

const reports: RouteModule = (api, ctx) => {
  api.get('/reports/mine', async (req): Promise<ReportHistory> => {
    const org = ownOrg(ctx, currentUser(req))
    const years = ctx.store.reports
      .where({ orgId: org.id })
      .sort((a, b) => a.year - b.year)
      .map((r) => ({
        year: r.year,
        status: r.status,
        statusLabel: REPORT_STATUS_LABELS[r.status],
        ...(r.state.submittedAt ? { submittedAt: r.state.submittedAt } : {}),
        figures: r.figures as ReportView['figures'],
      }))
    return { orgId: org.id, orgName: org.name, track: reportTrackOf(org), currentYear: currentReportYear(ctx), years }
  })

  api.get('/reports/mine/:year', async (req): Promise<ReportView> => {
    const { year } = req.params as { year: number }
    return reportView(ctx, ownOrg(ctx, currentUser(req)), year)
  })

  api.put('/reports/mine/:year', async (req): Promise<ReportView> => {
    const { year } = req.params as { year: number }
    const body = req.body as SaveReportRequest
    const org = ownOrg(ctx, currentUser(req))
    const now = ctx.now()
    return ctx.store.tx(() => {
      const rec = reportOf(ctx, org.id, year)
      const track = rec?.track ?? reportTrackOf(org)
      const w = reportWindow(ctx, year)
      // the deadline first: after it nothing is checked or kept, whatever was sent
      if (!w.open) throw new HttpError(409, w.deadline ? 'DEADLINE_PASSED' : 'CONFLICT', w.closedMessage ?? '年度报送已截止')
      const mode = body.action === 'save' ? 'draft' : 'submit'
      const errors = { ...unknownFieldErrors(track, body.figures), ...validateReport(track, body.figures, mode) }
      if (Object.keys(errors).length > 0)
        throw badRequest(mode === 'draft' ? '草稿中有填写有误的项，请按提示修改' : '年度报送有误或未填完，请按提示修改', errors)
      const t = transitionReport(rec?.state ?? newReportState(), body.action, {}, now)
      if (!t.ok) throw invalidTransition(t.error)
      const figures = body.figures as ReportFigures
      const prev = previousSubmitted(ctx, org.id, year)
      const jumpPaths = new Set(compareWithLastYear(track, figures, prev?.figures).map((j) => j.path))
      const at = now.toISOString()
      const next: StoredReport = {
        id: rec?.id ?? ctx.store.nextId('RP'),
        orgId: org.id,
        year,
        track,
        status: t.state.status,
        state: t.state,
        figures,
        // a confirmation stands only for a figure that still jumps
        confirmedJumps: (body.confirmedJumps ?? []).filter((p) => jumpPaths.has(p)),
        provinceCode: rec?.provinceCode ?? org.provinceCode,
        createdAt: rec?.createdAt ?? at,
        updatedAt: at,
      }
      if (rec) ctx.store.reports.save(next)
      else ctx.store.reports.insert(next)
      return reportView(ctx, org, year, next)
    })
  })

  api.get('/review/reports', async (req): Promise<ReportProgress> => {
    const user = currentUser(req)
    const provinceCode = user.provinceCode
    if (!provinceCode) throw forbidden('当前账号未关联省份')
    const { year: y } = req.query as { year?: number }
    const year = y ?? currentReportYear(ctx)
    const today = toLocalDate(ctx.now())
    const items = reportParticipants(ctx, provinceCode, year).map((o) => progressItem(ctx, o, year, today))
    const w = reportWindow(ctx, year)
    const submitted = items.filter((i) => i.status && SUBMITTED.includes(i.status)).length
    return {
      year,
      provinceCode,
      provinceName: provinceName(provinceCode) ?? provinceCode,
      deadline: w.deadline,
      open: w.open,
      total: items.length,
      submitted,
      remindable: items.filter((i) => !(i.status && SUBMITTED.includes(i.status)) && !i.remindedToday).length,
      items,
    }
  })

  api.get('/review/reports/:id', async (req): Promise<ReportView> => {
    const user = currentUser(req)
    const { id } = req.params as { id: string }
    const rec = ctx.store.reports.get(id)
    const org = rec ? ctx.store.orgs.get(rec.orgId) : undefined
    if (!rec || !org) throw notFound('年度报送')
    if (user.role === 'province' && org.provinceCode !== user.provinceCode) throw forbidden('只能查看本省参与单位的年度报送')
    return reportView(ctx, org, rec.year, rec)
  })

  api.get('/review/participants/:id/reports', async (req): Promise<ReportHistory> => {
    const user = currentUser(req)
    const { id } = req.params as { id: string }
    const org = ctx.store.orgs.get(id)
    if (!org || (org.kind !== 'enterprise' && org.kind !== 'association')) throw notFound('参与单位')
    if (user.role === 'province' && org.provinceCode !== user.provinceCode) throw forbidden('只能查看本省参与单位的年度报送')
    const submitted = ctx.store.reports.where({ orgId: org.id, status: SUBMITTED }).sort((a, b) => a.year - b.year)
    const year = currentReportYear(ctx)
    // a participant: on the province's list for the year, or has handed in a report
    if (submitted.length === 0 && !reportParticipants(ctx, org.provinceCode, year).some((o) => o.id === org.id)) throw notFound('参与单位')
    return {
      orgId: org.id,
      orgName: org.name,
      track: reportTrackOf(org),
      currentYear: year,
      years: submitted.map((r) => ({
        year: r.year,
        status: r.status,
        statusLabel: REPORT_STATUS_LABELS[r.status],
        ...(r.state.submittedAt ? { submittedAt: r.state.submittedAt } : {}),
        figures: r.figures as ReportView['figures'],
      })),
    }
  })

  api.post('/review/reports/remind', async (req): Promise<RemindReportsResponse> => {
    const user = currentUser(req)
    const provinceCode = user.provinceCode
    if (!provinceCode) throw forbidden('当前账号未关联省份')
    const body = req.body as RemindReportsRequest
    const now = ctx.now()
    const today = toLocalDate(now)
    return ctx.store.tx(() => {
      const participants = reportParticipants(ctx, provinceCode, body.year)
      const byId = new Map(participants.map((o) => [o.id, o]))
      if (body.orgIds) {
        const strangers = body.orgIds.filter((id) => !byId.has(id))
        if (strangers.length)
          throw badRequest('只能提醒本省的参与单位', { orgIds: `不是本省 ${body.year} 年度的参与单位：${strangers.join('、')}` })
      }
      const targets = body.orgIds ? body.orgIds.map((id) => byId.get(id)!) : participants
      const w = reportWindow(ctx, body.year)
      const out = { sent: 0, alreadyToday: 0, notNeeded: 0 }
      for (const org of new Set(targets)) {
        const rec = reportOf(ctx, org.id, body.year)
        if (rec && SUBMITTED.includes(rec.status)) {
          out.notNeeded++
          continue
        }
        const key = `${body.year}:${org.id}:${today}`
        if (ctx.store.reportReminders.get(key)) {
          out.alreadyToday++
          continue
        }
        const due = w.deadline ? `，截止时间 ${formatLocalDateTime(w.deadline)}（北京时间）` : ''
        for (const u of ctx.store.users.where({ orgId: org.id, role: ['enterprise', 'association'] }))
          notify(ctx, u.id, {
            title: `请报送 ${body.year} 年度商标品牌数据`,
            body: `${provinceName(provinceCode) ?? ''}知识产权管理部门提醒：${org.name}的 ${body.year} 年度报送尚未提交${due}。`,
            link: `${routeTo('reportForm')}?year=${body.year}`,
          })
        ctx.store.reportReminders.insert({ key, year: body.year, orgId: org.id, day: today, sentAt: now.toISOString(), sentBy: user.id })
        out.sent++
      }
      return out
    })
  })
}

export default reports
