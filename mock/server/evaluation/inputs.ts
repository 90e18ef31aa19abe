// The one loader of the evaluation's inputs: assembles EvaluationSubject / SubjectYear (src/domain/evaluation)
// from the store — applications (participants, track, field, province, application facts and the figures the
// forms ask for), yearly reports, station visit logs, member registers, risk alerts (handled on time, negative
// opinion), the trademark register (IP counts) and bookings (no-show / cancellation rates of stations).
//
// Missing data stays missing (`undefined` → the engine lowers confidence), never zero: a source counts as known
// for a year only when the system holds records of that kind for that year (e.g. no visit logged anywhere in a
// year → every participant's visit figures of that year are missing, not 0).
import type { ApplicationTrack, BrandField } from '../../../src/domain/contract'
import { brandNameOf, fieldOf } from '../../../src/domain/application'
import {
  DEFAULT_EVALUATION_CONFIG,
  summariseAlerts,
  summariseStationYear,
  summariseVisitsFor,
  type ApplicationFacts,
  type EvaluationConfig,
  type EvaluationSubject,
  type EvaluationTrack,
  type SubjectYear,
  type VisitRecord as EvalVisit,
} from '../../../src/domain/evaluation'
import { yearlyMemberUsage } from '../../../src/domain/members'
import { prefillFromApplication, type ReportFigures } from '../../../src/domain/report'
import { clientKey } from '../../../src/domain/visits/figures'
import { toLocalDate } from '../../../src/domain/time'
import type { StoredAlert, StoredApplication, StoredMember, StoredReport, StoredVisit } from '../../store'
import type { Ctx } from '../context'

/** an applicant's track → the evaluation track */
export const TRACK_OF: Record<ApplicationTrack, EvaluationTrack> = { enterprise: 'enterprise', regional: 'regional', station: 'station' }

/** public facts of a participant kept beside its subject (names for lists and cards) */
export interface SubjectMeta {
  brandName: string
  holderName: string
  regionName: string
  trademarkId?: string
}

export interface LoadedSubject {
  subject: EvaluationSubject
  meta: SubjectMeta
  /** where the newest year's report figures came from */
  basis: 'draft_report' | 'submitted_report' | 'application' | 'none'
}

/** applications that make an organisation / station a participant of the programme */
const IN_PROGRAMME = new Set(['confirmed'])
/** statuses whose application figures count as declared (drafts only for the applicant's own self-assessment) */
const DECLARED = (a: StoredApplication) => a.status !== 'draft'

/** how many years back the configuration's growth rules look */
export function historyYears(config: EvaluationConfig = DEFAULT_EVALUATION_CONFIG): number {
  let n = 0
  for (const t of Object.values(config.tracks)) for (const i of t.indicators) if (i.rule.kind === 'growth') n = Math.max(n, i.rule.years)
  return n
}

const yearOf = (isoOrDay: string | undefined) => (isoOrDay ? Number(isoOrDay.slice(0, 4)) : NaN)

/** Everything read once per load: the store's records grouped by owner, and which years each source covers. */
class Inputs {
  readonly today: string
  readonly applicationsByOwner = new Map<string, StoredApplication[]>()
  readonly reportsByOrg = new Map<string, StoredReport[]>()
  readonly visitsByClient = new Map<string, EvalVisit[]>()
  readonly visitsByStation = new Map<string, EvalVisit[]>()
  readonly visitYears = new Set<number>()
  readonly membersByAssociation = new Map<string, StoredMember[]>()
  readonly alertsByOrg = new Map<string, StoredAlert[]>()
  /** monitoring ran from this year on (earliest alert); earlier years have no monitoring data */
  readonly monitoredSince: number

  constructor(readonly ctx: Ctx) {
    const s = ctx.store
    this.today = toLocalDate(ctx.now())
    const push = <T>(m: Map<string, T[]>, k: string | undefined, v: T) => {
      if (!k) return
      const a = m.get(k)
      if (a) a.push(v)
      else m.set(k, [v])
    }
    for (const a of s.applications.all()) push(this.applicationsByOwner, a.track === 'station' ? a.stationId : a.orgId, a)
    for (const r of s.reports.all()) push(this.reportsByOrg, r.orgId, r)
    for (const v of s.visits.all() as StoredVisit[]) {
      const ev: EvalVisit = {
        clientId: clientKey(v.client),
        date: v.date,
        mode: v.mode,
        topics: v.topics,
        followUpDue: v.followUpOn,
        followUpDoneAt: v.followUpDoneAt,
      }
      this.visitYears.add(yearOf(v.date))
      push(this.visitsByStation, v.stationId, ev)
      if (v.client.kind === 'org') push(this.visitsByClient, v.client.orgId, ev)
    }
    for (const m of s.members.all()) push(this.membersByAssociation, m.associationId, m)
    let since = Infinity
    for (const a of s.alerts.all()) {
      push(this.alertsByOrg, a.orgId, a)
      since = Math.min(since, yearOf(a.createdAt))
    }
    this.monitoredSince = since
  }

  applications(owner: string): StoredApplication[] {
    return this.applicationsByOwner.get(owner) ?? []
  }
}

/** Organisations and stations in the programme in `year`: a confirmed application of that year or before. */
function participantIds(inp: Inputs, year: number): Array<{ id: string; track: EvaluationTrack }> {
  const out = new Map<string, EvaluationTrack>()
  for (const [owner, apps] of inp.applicationsByOwner)
    for (const a of apps) if (a.year <= year && IN_PROGRAMME.has(a.status)) out.set(owner, TRACK_OF[a.track])
  // a submitted yearly report also makes its organisation a participant of that year
  for (const [orgId, reports] of inp.reportsByOrg)
    for (const r of reports)
      if (r.year === year && r.status !== 'draft' && !out.has(orgId)) out.set(orgId, r.track === 'regional' ? 'regional' : 'enterprise')
  return [...out].map(([id, track]) => ({ id, track })).sort((a, b) => a.id.localeCompare(b.id))
}

function applicationFacts(track: EvaluationTrack, form: Record<string, unknown> | undefined): ApplicationFacts | undefined {
  if (!form) return undefined
  const str = (k: string) => (typeof form[k] === 'string' && form[k] !== '' ? (form[k] as string) : undefined)
  if (track === 'enterprise') return { ipStatus: str('ipStatus'), srdiStatus: str('srdiStatus'), timeHonored: str('timeHonored') }
  if (track === 'regional')
    return { pilotStatus: str('pilotStatus'), markType: str('markType'), isGI: typeof form.isGI === 'boolean' ? form.isGI : undefined }
  return undefined
}

const newest = (apps: StoredApplication[], ok: (a: StoredApplication) => boolean) =>
  apps.filter(ok).sort((a, b) => b.year - a.year || b.updatedAt.localeCompare(a.updatedAt))[0]

/** valid marks at the end of `year` (registered by then, term not ended) from the register */
function ipOf(marks: ReturnType<Ctx['store']['trademarks']['where']>, year: number, report: ReportFigures | undefined): SubjectYear['ip'] {
  const end = `${year}-12-31`
  const valid = marks.filter((t) => t.registeredOn <= end && t.validUntil >= end)
  // the mock holds no patent, copyright, layout-design or plant-variety register: the report's declared counts
  // of the same items (valid at year end) stand in; without a report they stay missing
  const declared = (k: string) => {
    const v = report?.brand?.[k]
    return typeof v === 'number' ? v : undefined
  }
  return {
    marks: valid.length,
    madrid: valid.filter((t) => t.regNo.startsWith('G')).length,
    patents: declared('ipPatents'),
    inventionPatents: declared('ipInventionPatents'),
    copyrights: declared('ipCopyrights'),
    icLayouts: declared('ipIcLayouts'),
    plantVarieties: declared('ipPlantVarieties'),
  }
}

function memberFigures(register: StoredMember[] | undefined, year: number): SubjectYear['members'] {
  if (!register?.length) return undefined
  const end = `${year}-12-31`
  // a register that starts after the year says nothing about that year
  if (!register.some((m) => m.history.some((e) => e.on <= end))) return undefined
  const u = yearlyMemberUsage(register, year)
  const withEvidence = register.filter((m) => m.status === 'active' && m.evidence.some((e) => e.on.startsWith(`${year}-`))).length
  return { active: u.activeAtYearEnd, sme: u.smeActiveAtYearEnd, joined: u.granted, withdrawn: u.withdrawn, withEvidence }
}

interface BuildOptions {
  /** the applicant's own view: draft reports and draft applications count (self-assessment) */
  drafts?: boolean
  /** participants of the programme per year (stations count linked participants) */
  participants?: (year: number) => Set<string>
}

function buildSubject(inp: Inputs, id: string, track: EvaluationTrack, year: number, opts: BuildOptions): LoadedSubject | undefined {
  const s = inp.ctx.store
  const apps = inp.applications(id)
  const usable = (a: StoredApplication) => (opts.drafts ? true : DECLARED(a))
  const app = newest(apps, (a) => a.year <= year + 1 && usable(a))
  const first = year - historyYears()
  const years: EvaluationSubject['years'] = {}
  let basis: LoadedSubject['basis'] = 'none'

  if (track === 'station') {
    const st = s.stations.get(id)
    if (!st) return undefined
    const linked = s.links.where({ stationId: id, status: 'accepted' }).map((l) => l.orgId)
    const bookings = s.bookings.where({ stationId: id })
    const clientAlerts = linked.flatMap((o) => inp.alertsByOrg.get(o) ?? [])
    const visits = inp.visitsByStation.get(id) ?? []
    for (let y = first; y <= year; y++) {
      const f = summariseStationYear({
        year: y,
        today: inp.today,
        visits,
        bookings: bookings.map((b) => ({ date: b.startsAt.slice(0, 10), status: b.status })),
        clientAlerts: y >= inp.monitoredSince ? clientAlerts : [],
        linkedParticipants: opts.participants ? linked.filter((o) => opts.participants!(y).has(o)).length : 0,
      })
      const station: SubjectYear['station'] = { ...f }
      if (!inp.visitYears.has(y)) {
        // nothing logged anywhere that year: the visit-log figures are unknown, not zero
        for (const k of ['clientsServed', 'visits', 'modesUsed', 'topicsCovered', 'followUpOnTimeRate'] as const) station[k] = undefined
      }
      if (y < inp.monitoredSince) {
        station.clientAlertsHandled = undefined
        station.clientAlertsHandledOnTimeRate = undefined
      }
      years[y] = { station }
    }
    return {
      subject: { id, name: app?.brandName || st.name, track, provinceCode: st.provinceCode, years },
      meta: { brandName: st.name, holderName: app?.applicantName || st.name, regionName: st.regionName },
      basis: 'none',
    }
  }

  const org = s.orgs.get(id)
  if (!org) return undefined
  const marks = s.trademarks.where({ ownerOrgId: id })
  const reports = inp.reportsByOrg.get(id) ?? []
  const alerts = inp.alertsByOrg.get(id) ?? []
  const reportTrack = track === 'regional' ? 'regional' : 'enterprise'
  for (let y = first; y <= year; y++) {
    const stored = reports.find((r) => r.year === y && (opts.drafts || r.status !== 'draft'))
    let report: ReportFigures | undefined = stored?.figures
    let yBasis: LoadedSubject['basis'] = stored ? (stored.status === 'draft' ? 'draft_report' : 'submitted_report') : 'none'
    if (!report) {
      // an application of year y+1 declares the figures of year y (same meaning and unit as the report)
      const declaring = apps.find((a) => a.year === y + 1 && a.track !== 'station' && usable(a))
      if (declaring) {
        report = prefillFromApplication(reportTrack, declaring.form)
        yBasis = 'application'
      }
    }
    if (y === year) basis = yBasis
    const monitored = marks.length > 0 && y >= inp.monitoredSince
    const yd: SubjectYear = { ip: ipOf(marks, y, report) }
    if (report) yd.report = report
    if (inp.visitYears.has(y)) yd.visits = summariseVisitsFor(`org:${id}`, inp.visitsByClient.get(id) ?? [], y)
    if (track === 'regional') yd.members = memberFigures(inp.membersByAssociation.get(id), y)
    if (monitored) {
      yd.alerts = summariseAlerts(alerts, y, inp.today)
      const negative = alerts.filter((a) => a.kind === 'negative_opinion' && yearOf(a.createdAt) === y)
      yd.opinion = {
        negativeEvents: negative.length,
        severeEvents: negative.filter((a) => a.level === 'overdue' || a.level === 'urgent').length,
      }
    }
    years[y] = yd
  }
  const brand = track === 'regional' ? s.regionalBrands.first({ associationId: id }) : undefined
  const form = app?.form as Record<string, unknown> | undefined
  const field: BrandField | undefined = (app && fieldOf(app.track, app.form)) || brand?.field || org.field
  const brandName = (app && brandNameOf(app.track, app.form)) || brand?.name || marks[0]?.name || org.name
  const trademarkId = brand?.trademarkId ?? marks.find((t) => t.name === brandName)?.id ?? marks[0]?.id
  return {
    subject: { id, name: brandName, track, field, provinceCode: org.provinceCode, application: applicationFacts(track, form), years },
    meta: { brandName, holderName: org.name, regionName: org.regionName, trademarkId },
    basis,
  }
}

/** The participants of `year` with their data (final figures: submitted reports, declared applications). */
export function loadYear(ctx: Ctx, year: number): LoadedSubject[] {
  const inp = new Inputs(ctx)
  const cache = new Map<number, Set<string>>()
  const participants = (y: number) => {
    let set = cache.get(y)
    if (!set) cache.set(y, (set = new Set(participantIds(inp, y).map((p) => p.id))))
    return set
  }
  return participantIds(inp, year).flatMap(({ id, track }) => buildSubject(inp, id, track, year, { participants }) ?? [])
}

/**
 * One applicant's own subject as it stands now — draft report and draft application included — for the
 * self-assessment, plus the year's participants (final data) it is compared with.
 */
export function loadOwn(ctx: Ctx, id: string, track: EvaluationTrack, year: number): { own?: LoadedSubject; peers: LoadedSubject[] } {
  const peers = loadYear(ctx, year).filter((p) => p.subject.id !== id)
  const inp = new Inputs(ctx)
  const participants = (y: number) => new Set(participantIds(inp, y).map((p) => p.id))
  return { own: buildSubject(inp, id, track, year, { drafts: true, participants }), peers }
}
