// The programme year (issue 13), wired to the pure rules in src/domain/programme:
//   GET  /programme/current                       signed in       the year screens default to (not the calendar year)
//   GET  /programme/years/{year}                  reviewers       timetable + quota table in force, change records
//   PUT  /programme/years/{year}/timetable        national        first PUT opens the year (quota = annex 4); later ones are versions
//   PUT  /programme/years/{year}/quotas           national        edits per province/track, versioned
//   GET  /programme/years/{year}/not-recommended  national        provinces with no recommendation yet
//   GET  /programme/calls?year&provinceCode       reviewers       province: own calls with drafts/submissions; national: all
//   GET  /programme/calls/current                 applicants      the caller's province: open batch, else the next
//   POST /programme/calls                         province (own)  open the next batch
//   POST /programme/calls/{id}/extend             province (own)  extend the close (recorded; a closed batch never reopens)
// Plus the helpers the other modules use instead of the calendar year: the current programme year, the
// year's quota row, the submit gate and the recommendation deadline; and the 7-day / 1-day call reminders.
import { programmeYear } from '../../../src/domain/application'
import type { User } from '../../../src/domain/contract'
import type {
  CurrentCall,
  ExtendCallRequest,
  NotRecommended,
  OpenCallRequest,
  ProgrammeCurrent,
  ProgrammeYearView,
  ProvinceCallView,
  PutQuotasRequest,
  PutTimetableRequest,
} from '../../../src/domain/contract/programme'
import type { Actor, Refusal } from '../../../src/domain/outcome'
import {
  callSummary,
  callTally,
  canRecommend,
  canResubmit,
  createProgrammeYear,
  currentProgrammeYear,
  currentQuotaTable,
  currentTimetable,
  decideSubmit,
  dueReminders,
  editQuotas,
  extendCall,
  nextCallFor,
  openCall,
  openCallFor,
  provincesNotRecommended,
  quotaRowOf,
  recommendationsStarted,
  stationQuotaWarnings,
  updateTimetable,
  wasRecommended,
  type CallStamp,
  type ProgrammeYear,
  type ProvinceCall,
} from '../../../src/domain/programme'
import { provinceName, quotaRow } from '../../../src/domain/quota'
import type { QuotaRow } from '../../../src/domain/contract'
import { routeTo } from '../../../src/domain/routes'
import { currentUser, type Ctx } from '../context'
import { HttpError, notFound } from '../errors'
import { applicantOf, applicantUsers, lookups } from './applications'
import { notify, sendSubscribeMessage } from './notices'
import { SUBSCRIBE_TEMPLATES } from '../../../src/domain/contract'
import type { RouteModule } from './index'
import type { StoredApplication } from '../../store'
import { seedProgrammeYear } from '../../seed/programme'

// ── Helpers for the other modules ────────────────────────────────────────────

export const refusal = (r: Refusal) => new HttpError(r.status, r.code, r.message, r.fieldErrors)

export const actorOf = (u: User): Actor => ({
  id: u.id,
  role: u.role,
  name: u.name,
  ...(u.provinceCode ? { provinceCode: u.provinceCode } : {}),
  ...(u.orgId ? { orgId: u.orgId } : {}),
  ...(u.stationId ? { stationId: u.stationId } : {}),
})

export const programmeYearOf = (ctx: Ctx, year: number): ProgrammeYear | undefined => ctx.store.programmeYears.get(String(year))

/** The programme year screens default to: the latest year whose window opened; no year configured → the Beijing calendar year. */
export function programmeCurrentYear(ctx: Ctx): number {
  const now = ctx.now()
  return currentProgrammeYear(ctx.store.programmeYears.all().map(currentTimetable), now) ?? programmeYear(now)
}

/** The year's quota row in force; a year the national office has not configured falls back to annex 4. */
export function yearQuotaRow(ctx: Ctx, provinceCode: string, year: number): QuotaRow | undefined {
  const y = programmeYearOf(ctx, year)
  return y ? quotaRowOf(y, provinceCode) : quotaRow(provinceCode, year)
}

/**
 * The submit gate: a first submission needs an open call of the applicant's province (→ the call's year and
 * batch to stamp); a resubmission after a return only needs the year's recommendation deadline not passed.
 * Throws 409 CALL_CLOSED / DEADLINE_PASSED; the caller has not written anything yet, so the draft stays as is.
 */
export function submitGate(ctx: Ctx, a: StoredApplication, action: 'submit' | 'resubmit'): CallStamp | null {
  const now = ctx.now()
  if (action === 'resubmit') {
    const y = programmeYearOf(ctx, a.year)
    if (y) {
      const ok = canResubmit(currentTimetable(y), now)
      if (!ok.ok) throw refusal(ok)
    }
    return null
  }
  const decision = decideSubmit(ctx.store.calls.where({ provinceCode: a.provinceCode }), a.provinceCode, now)
  if (!decision.ok) throw refusal(decision)
  return decision.value
}

/** The recommendation deadline of the application's year (none configured: no deadline). Throws 409 DEADLINE_PASSED. */
export function recommendationGate(ctx: Ctx, year: number): void {
  const y = programmeYearOf(ctx, year)
  if (!y) return
  const ok = canRecommend(currentTimetable(y), ctx.now())
  if (!ok.ok) throw refusal(ok)
}

// ── Views ────────────────────────────────────────────────────────────────────

function yearView(ctx: Ctx, y: ProgrammeYear): ProgrammeYearView {
  const last = y.quotaVersions[y.quotaVersions.length - 1]
  const rows = currentQuotaTable(y)
  return {
    year: y.year,
    timetable: currentTimetable(y),
    timetableHistory: y.timetableVersions.map((v) => v.record),
    quotaBasis: last.basis,
    quotaRows: rows,
    quotaHistory: y.quotaVersions.map((v) => v.record),
    recommendationsStarted: started(ctx, y.year),
    quotaWarnings: stationQuotaWarnings(rows),
  }
}

const started = (ctx: Ctx, year: number) => recommendationsStarted(ctx.store.applications.where({ year }), year)

function callView(ctx: Ctx, c: ProvinceCall, now: Date, withTally: boolean): ProvinceCallView {
  const s = callSummary(c, now)
  return {
    id: c.id,
    year: c.year,
    provinceCode: c.provinceCode,
    provinceName: provinceName(c.provinceCode) ?? c.provinceCode,
    batch: c.batch,
    opensAt: c.opensAt,
    closesAt: c.closesAt,
    notice: c.notice,
    phase: s.phase,
    phaseLabel: s.phaseLabel,
    label: s.label,
    daysLeft: s.daysLeft,
    extensions: c.extensions,
    ...(withTally ? { tally: callTally(c, ctx.store.applications.where({ provinceCode: c.provinceCode, year: c.year }), now) } : {}),
  }
}

// ── Reminders ────────────────────────────────────────────────────────────────

/**
 * 7-day / 1-day reminders to applicants whose application of the province is still a draft while a batch is
 * open: one in-app notice per applicant user, each (call, application, kind) once (keys in `callReminders`),
 * and a subscribe message to each who consented on weapp (one message per consent given, so also once).
 * Called by the interval below and directly by tests. Returns the keys sent.
 */
export function sendCallReminders(ctx: Ctx, now: Date = ctx.now()): string[] {
  return ctx.store.tx(() => {
    const open = ctx.store.calls.all().filter((c) => openCallFor([c], c.provinceCode, now))
    if (open.length === 0) return []
    const drafts = ctx.store.applications
      .where({ status: 'draft', provinceCode: [...new Set(open.map((c) => c.provinceCode))] })
      .map((a) => ({ applicationId: a.id, applicantId: a.orgId ?? a.stationId ?? a.id, provinceCode: a.provinceCode }))
    const sent = new Set(ctx.store.callReminders.all().map((r) => r.key))
    const due = dueReminders(open, drafts, sent, now)
    for (const r of due) {
      const a = ctx.store.applications.get(r.applicationId)
      if (!a) continue
      for (const u of applicantUsers(ctx, a)) {
        notify(ctx, u.id, { title: r.title, body: r.body, link: routeTo('applyStatus', a.id) })
        sendSubscribeMessage(ctx, u.id, SUBSCRIBE_TEMPLATES.callReminder, `${r.title}：${r.body}`)
      }
      ctx.store.callReminders.insert({ key: r.key, callId: r.callId, applicationId: r.applicationId, sentAt: now.toISOString() })
    }
    return due.map((r) => r.key)
  })
}

// ── Routes ───────────────────────────────────────────────────────────────────

const programme: RouteModule = (api, ctx) => {
  // a data file seeded before the programme year existed gets the current year and open calls, so its
  // applicants can still submit
  if (ctx.store.programmeYears.count() === 0 && ctx.store.users.count() > 0) {
    ctx.store.tx(() => seedProgrammeYear(ctx.store, ctx.now(), (prefix) => ctx.store.nextId(prefix)))
  }
  const every = Number(process.env.MOCK_REMINDER_INTERVAL_MS ?? 60_000)
  if (every > 0) {
    const timer = setInterval(() => {
      try {
        sendCallReminders(ctx)
      } catch (err) {
        ctx.log(`[error] call reminders: ${String(err)}`)
      }
    }, every)
    timer.unref()
    api.addHook('onClose', async () => clearInterval(timer))
  }

  api.get('/programme/current', async (): Promise<ProgrammeCurrent> => {
    const years = ctx.store.programmeYears
      .all()
      .map((y) => y.year)
      .sort((a, b) => a - b)
    return { year: programmeCurrentYear(ctx), configured: years.length > 0, years }
  })

  api.get('/programme/years/:year', async (req): Promise<ProgrammeYearView> => {
    const { year } = req.params as { year: number }
    const y = programmeYearOf(ctx, year)
    if (!y) throw notFound(`${year} 年度的时间安排`)
    return yearView(ctx, y)
  })

  api.put('/programme/years/:year/timetable', async (req): Promise<ProgrammeYearView> => {
    const user = currentUser(req)
    const { year } = req.params as { year: number }
    const { reason, ...fields } = req.body as PutTimetableRequest
    const input = { year, ...fields }
    return ctx.store.tx(() => {
      const now = ctx.now()
      const y = programmeYearOf(ctx, year)
      const out = y
        ? updateTimetable(y, actorOf(user), input, {
            now,
            ...(reason !== undefined ? { reason } : {}),
            recommendationsStarted: started(ctx, year),
            calls: ctx.store.calls.where({ year }),
          })
        : createProgrammeYear(actorOf(user), input, now)
      if (!out.ok) throw refusal(out)
      ctx.store.programmeYears.save(out.value)
      return yearView(ctx, out.value)
    })
  })

  api.put('/programme/years/:year/quotas', async (req): Promise<ProgrammeYearView> => {
    const user = currentUser(req)
    const { year } = req.params as { year: number }
    const { edits, reason } = req.body as PutQuotasRequest
    return ctx.store.tx(() => {
      const y = programmeYearOf(ctx, year)
      if (!y) throw notFound(`${year} 年度的时间安排（请先设置年度时间安排）`)
      const apps = ctx.store.applications.where({ year })
      const out = editQuotas(y, actorOf(user), edits, {
        now: ctx.now(),
        ...(reason !== undefined ? { reason } : {}),
        recommendationsStarted: recommendationsStarted(apps, year),
        recommended: (prov, track) => apps.filter((a) => a.provinceCode === prov && a.track === track && wasRecommended(a.status)).length,
      })
      if (!out.ok) throw refusal(out)
      ctx.store.programmeYears.save(out.value)
      return yearView(ctx, out.value)
    })
  })

  api.get('/programme/years/:year/not-recommended', async (req): Promise<NotRecommended> => {
    const { year } = req.params as { year: number }
    const y = programmeYearOf(ctx, year)
    if (!y) throw notFound(`${year} 年度的时间安排`)
    return {
      year,
      recommendationDeadline: currentTimetable(y).recommendationDeadline,
      provinces: provincesNotRecommended(currentQuotaTable(y), ctx.store.applications.where({ year }), year),
    }
  })

  api.get('/programme/calls', async (req): Promise<ProvinceCallView[]> => {
    const user = currentUser(req)
    const q = req.query as { year?: number; provinceCode?: string }
    const year = q.year ?? programmeCurrentYear(ctx)
    // a province reviewer sees its own province only, whatever it asks for
    const prov = user.role === 'province' ? user.provinceCode : q.provinceCode
    const calls = ctx.store.calls.where(prov ? { year, provinceCode: prov } : { year })
    const now = ctx.now()
    return calls
      .sort((a, b) => a.provinceCode.localeCompare(b.provinceCode) || b.batch - a.batch)
      .map((c) => callView(ctx, c, now, user.role === 'province'))
  })

  api.get('/programme/calls/current', async (req): Promise<CurrentCall> => {
    const user = currentUser(req)
    const prov = user.role === 'province' ? (user.provinceCode ?? null) : applicantOf(ctx, user, lookups(ctx)).provinceCode
    const now = ctx.now()
    if (!prov) return { provinceCode: null, open: null, next: null, message: '账号未关联省份' }
    const calls = ctx.store.calls.where({ provinceCode: prov })
    const open = openCallFor(calls, prov, now)
    const next = nextCallFor(calls, prov, now)
    const gate = decideSubmit(calls, prov, now)
    return {
      provinceCode: prov,
      open: open ? callView(ctx, open, now, false) : null,
      next: next ? callView(ctx, next, now, false) : null,
      message: gate.ok
        ? ''
        : gate.message.replace('草稿已为您保存。', '可以先填写并保存草稿。').replace('，草稿已为您保存', '，可以先填写并保存草稿'),
    }
  })

  api.post('/programme/calls', async (req, reply): Promise<ProvinceCallView> => {
    const user = currentUser(req)
    const body = req.body as OpenCallRequest
    return ctx.store.tx(() => {
      const now = ctx.now()
      const year = programmeCurrentYear(ctx)
      const y = programmeYearOf(ctx, year)
      if (!y) throw notFound(`${year} 年度的时间安排（国家知识产权局尚未设置）`)
      const out = openCall(actorOf(user), body, {
        now,
        timetable: currentTimetable(y),
        calls: ctx.store.calls.all(),
        id: ctx.store.nextId('CL'),
      })
      if (!out.ok) throw refusal(out)
      ctx.store.calls.insert(out.value)
      reply.code(201)
      return callView(ctx, out.value, now, true)
    })
  })

  api.post('/programme/calls/:id/extend', async (req): Promise<ProvinceCallView> => {
    const user = currentUser(req)
    const { id } = req.params as { id: string }
    const body = req.body as ExtendCallRequest
    return ctx.store.tx(() => {
      const now = ctx.now()
      const call = ctx.store.calls.get(id)
      // another province's call: extendCall answers 403 (only the own province's batches)
      if (!call) throw notFound('申报批次')
      const y = programmeYearOf(ctx, call.year)
      if (!y) throw notFound(`${call.year} 年度的时间安排`)
      const out = extendCall(call, actorOf(user), body, {
        now,
        timetable: currentTimetable(y),
        calls: ctx.store.calls.where({ provinceCode: call.provinceCode, year: call.year }),
      })
      if (!out.ok) throw refusal(out)
      ctx.store.calls.save(out.value)
      return callView(ctx, out.value, now, true)
    })
  })
}

export default programme
