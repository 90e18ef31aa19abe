// A province's call for applications (申报通知): batch N of a programme year for one province.
//
// Rules (design choices where the plan only says "分批组织"):
//   - Only the province reviewer opens a call, for its own province. Batch numbers are given by the rules,
//     not typed: 1 for the first batch of the year, then previous + 1; numbers are never reused.
//   - A batch lies inside the national application window, closes in the future when it is opened, and
//     opens at or after the previous batch's close (batches of a province never overlap, so at most one is
//     open at any instant).
//   - Open instant inclusive, close instant EXCLUSIVE (Beijing minutes): closing "2026-12-15T17:00"
//     accepts 16:59:59.999 and refuses 17:00:00.000.
//   - The close may be extended (later, still inside the national window, before the next batch opens),
//     with a reason; each extension is recorded (from, to, who, when, why). Once closed, a batch is never
//     reopened — extending a closed batch is refused; the province opens the next batch instead, which
//     everyone sees as a new call.
//   - The application takes its programme year and batch from the call it was submitted in, not from the
//     calendar (a 2027 call may open in December 2026).
import * as z from 'zod/mini'
import { diffDays } from '../calendar'
import { localToEpoch, toLocalDate, toLocalDateTime } from '../time'
import { type Actor, type Outcome, fieldErrorsOf, formatLocalDateTime, invalid, localDateTime, refuse, text } from '../outcome'
import type { YearTimetable } from './timetable'

export const CALL_NOTICE_MAX = 2000
export const EXTENSION_REASON_MAX = 500

export interface CallExtension {
  from: string
  to: string
  by: string
  byName?: string
  /** ISO instant */
  at: string
  reason: string
}

export interface ProvinceCall {
  id: string
  year: number
  provinceCode: string
  batch: number
  /** Beijing "YYYY-MM-DDTHH:mm", inclusive */
  opensAt: string
  /** Beijing "YYYY-MM-DDTHH:mm", exclusive; the close in force after extensions */
  closesAt: string
  /** 申报通知 text shown to applicants */
  notice: string
  createdBy: string
  /** ISO instant */
  createdAt: string
  extensions: CallExtension[]
}

export type CallPhase = 'scheduled' | 'open' | 'closed'
export const CALL_PHASE_LABELS: Record<CallPhase, string> = { scheduled: '未开始', open: '申报中', closed: '已截止' }

export function callPhase(call: Pick<ProvinceCall, 'opensAt' | 'closesAt'>, now: Date): CallPhase {
  const t = now.getTime()
  if (t < localToEpoch(call.opensAt)) return 'scheduled'
  return t < localToEpoch(call.closesAt) ? 'open' : 'closed'
}

export const callInputSchema = z.object({
  provinceCode: z.optional(z.string()),
  opensAt: localDateTime('请选择开始时间（北京时间，精确到分钟）'),
  closesAt: localDateTime('请选择截止时间（北京时间，精确到分钟）'),
  notice: text('申报通知', CALL_NOTICE_MAX),
})

export const extensionInputSchema = z.object({
  closesAt: localDateTime('请选择新的截止时间（北京时间，精确到分钟）'),
  reason: text('延期原因', EXTENSION_REASON_MAX),
})

const ownProvince = (actor: Actor, provinceCode: string) => {
  if (actor.role !== 'province') return refuse(403, 'FORBIDDEN', '只有省级知识产权管理部门可以开通申报批次')
  if (!actor.provinceCode || actor.provinceCode !== provinceCode) return refuse(403, 'FORBIDDEN', '只能管理本省（区、市）的申报批次')
  return null
}

const sameProvinceYear = (calls: readonly ProvinceCall[], provinceCode: string, year: number) =>
  calls.filter((c) => c.provinceCode === provinceCode && c.year === year).sort((a, b) => a.batch - b.batch)

/** The number the next batch gets: 1, or the highest so far + 1. */
export const nextBatchNumber = (calls: readonly ProvinceCall[], provinceCode: string, year: number): number =>
  sameProvinceYear(calls, provinceCode, year).reduce((m, c) => Math.max(m, c.batch), 0) + 1

/** Window checks shared by opening and extending; returns field errors. */
function windowErrors(opensAt: string, closesAt: string, t: YearTimetable, now: Date): Record<string, string> {
  const e: Record<string, string> = {}
  const [open, close] = [localToEpoch(opensAt), localToEpoch(closesAt)]
  if (open < localToEpoch(t.applicationOpensAt)) e.opensAt = `不能早于全国申报开始时间 ${formatLocalDateTime(t.applicationOpensAt)}`
  if (close > localToEpoch(t.applicationClosesAt)) e.closesAt = `不能晚于全国申报截止时间 ${formatLocalDateTime(t.applicationClosesAt)}`
  else if (close <= open) e.closesAt = '截止时间应晚于开始时间'
  else if (close <= now.getTime()) e.closesAt = '截止时间已过，请选择以后的时间'
  return e
}

export interface OpenCallContext {
  now: Date
  /** the year's timetable (national window) */
  timetable: YearTimetable
  /** every call stored so far (any province, any year) */
  calls: readonly ProvinceCall[]
  /** id for the new call, from storage */
  id: string
}

/** The province a request is about: the one named in the input, else the actor's own. */
function requestedProvince(input: unknown, actor: Actor): string {
  const named = input && typeof input === 'object' ? (input as { provinceCode?: unknown }).provinceCode : undefined
  return typeof named === 'string' ? named : (actor.provinceCode ?? '')
}

/** Open the next batch for the actor's province. Order: role & scope (403), then the input (400). */
export function openCall(actor: Actor, input: unknown, ctx: OpenCallContext): Outcome<ProvinceCall> {
  const provinceCode = requestedProvince(input, actor)
  const denied = ownProvince(actor, provinceCode)
  if (denied) return denied
  const r = callInputSchema.safeParse(input)
  if (!r.success) return invalid(fieldErrorsOf(r.error))
  const { opensAt, closesAt, notice } = r.data
  const year = ctx.timetable.year
  const errors = windowErrors(opensAt, closesAt, ctx.timetable, ctx.now)
  const previous = sameProvinceYear(ctx.calls, provinceCode, year).pop()
  if (previous && !errors.opensAt && localToEpoch(opensAt) < localToEpoch(previous.closesAt)) {
    errors.opensAt = `第 ${previous.batch} 批截止（${formatLocalDateTime(previous.closesAt)}）后才能开始下一批`
  }
  if (Object.keys(errors).length > 0) return invalid(errors)
  return {
    ok: true,
    value: {
      id: ctx.id,
      year,
      provinceCode,
      batch: (previous?.batch ?? 0) + 1,
      opensAt,
      closesAt,
      notice: notice.trim(),
      createdBy: actor.id,
      createdAt: ctx.now.toISOString(),
      extensions: [],
    },
  }
}

/** Extend the close of a batch that has not closed yet; recorded. */
export function extendCall(
  call: ProvinceCall,
  actor: Actor,
  input: unknown,
  ctx: { now: Date; timetable: YearTimetable; calls: readonly ProvinceCall[] },
): Outcome<ProvinceCall> {
  const denied = ownProvince(actor, call.provinceCode)
  if (denied) return denied
  if (callPhase(call, ctx.now) === 'closed') {
    return refuse(
      409,
      'CALL_CLOSED',
      `第 ${call.batch} 批已于 ${formatLocalDateTime(call.closesAt)} 截止，截止后不能重新开放或延期；如需继续受理，请开通第 ${call.batch + 1} 批`,
    )
  }
  const r = extensionInputSchema.safeParse(input)
  if (!r.success) return invalid(fieldErrorsOf(r.error))
  const { closesAt, reason } = r.data
  const errors: Record<string, string> = {}
  const w = windowErrors(call.opensAt, closesAt, ctx.timetable, ctx.now)
  if (w.closesAt) errors.closesAt = w.closesAt
  else if (localToEpoch(closesAt) <= localToEpoch(call.closesAt)) {
    errors.closesAt = `延期后的截止时间应晚于当前截止时间 ${formatLocalDateTime(call.closesAt)}`
  }
  const later = sameProvinceYear(ctx.calls, call.provinceCode, call.year).find((c) => c.batch > call.batch)
  if (!errors.closesAt && later && localToEpoch(closesAt) > localToEpoch(later.opensAt)) {
    errors.closesAt = `不能晚于第 ${later.batch} 批的开始时间 ${formatLocalDateTime(later.opensAt)}`
  }
  if (Object.keys(errors).length > 0) return invalid(errors)
  const ext: CallExtension = {
    from: call.closesAt,
    to: closesAt,
    by: actor.id,
    ...(actor.name ? { byName: actor.name } : {}),
    at: ctx.now.toISOString(),
    reason: reason.trim(),
  }
  return { ok: true, value: { ...call, closesAt, extensions: [...call.extensions, ext] } }
}

/** The batch open at `now` for a province, if any (batches never overlap). */
export function openCallFor(calls: readonly ProvinceCall[], provinceCode: string, now: Date): ProvinceCall | undefined {
  return calls.find((c) => c.provinceCode === provinceCode && callPhase(c, now) === 'open')
}

/** The earliest batch of the province that has not opened yet. */
export function nextCallFor(calls: readonly ProvinceCall[], provinceCode: string, now: Date): ProvinceCall | undefined {
  return calls
    .filter((c) => c.provinceCode === provinceCode && callPhase(c, now) === 'scheduled')
    .sort((a, b) => localToEpoch(a.opensAt) - localToEpoch(b.opensAt))[0]
}

/** What a submitted application records from its call. */
export interface CallStamp {
  callId: string
  year: number
  batch: number
}

const nextText = (next?: ProvinceCall) =>
  next
    ? `下一批（第 ${next.batch} 批）将于 ${formatLocalDateTime(next.opensAt)}（北京时间）开始申报。`
    : '下一批的开始时间尚未公布，请留意省级知识产权管理部门的申报通知。'

/**
 * May an applicant submit now? `call` = the province's most relevant batch (open, else the last closed or
 * the next scheduled one), `next` = the next scheduled batch if known. Drafts are never touched by this.
 */
export function canSubmit(call: ProvinceCall | undefined, now: Date, next?: ProvinceCall): Outcome<CallStamp> {
  if (!call) return refuse(409, 'CALL_CLOSED', `本省（区、市）目前没有开放的申报批次，草稿已为您保存。${nextText(next)}`)
  const phase = callPhase(call, now)
  if (phase === 'open') return { ok: true, value: { callId: call.id, year: call.year, batch: call.batch } }
  if (phase === 'scheduled') {
    return refuse(
      409,
      'CALL_CLOSED',
      `第 ${call.batch} 批申报将于 ${formatLocalDateTime(call.opensAt)}（北京时间）开始，届时才能提交，草稿已为您保存。`,
    )
  }
  const upcoming = next && next.id !== call.id && callPhase(next, now) === 'scheduled' ? next : undefined
  return refuse(
    409,
    'CALL_CLOSED',
    `第 ${call.batch} 批申报已于 ${formatLocalDateTime(call.closesAt)}（北京时间）截止，现在不能提交，草稿已为您保存。${nextText(upcoming)}`,
  )
}

/** canSubmit over all calls of a province: the open batch, else the next one, else the last one that closed. */
export function decideSubmit(calls: readonly ProvinceCall[], provinceCode: string, now: Date): Outcome<CallStamp> {
  const open = openCallFor(calls, provinceCode, now)
  if (open) return canSubmit(open, now)
  const next = nextCallFor(calls, provinceCode, now)
  const last = calls
    .filter((c) => c.provinceCode === provinceCode && callPhase(c, now) === 'closed')
    .sort((a, b) => localToEpoch(b.closesAt) - localToEpoch(a.closesAt))[0]
  if (last) return canSubmit(last, now, next)
  return next ? canSubmit(next, now) : canSubmit(undefined, now)
}

/** The last Beijing minute a call accepts, and the calendar days from today to it ("剩余 N 天"). */
export function callCountdown(call: Pick<ProvinceCall, 'closesAt'>, now: Date): { daysLeft: number; label: string; lastMinute: string } {
  const last = new Date(localToEpoch(call.closesAt) - 1)
  const lastMinute = toLocalDateTime(last)
  if (now.getTime() >= localToEpoch(call.closesAt)) return { daysLeft: 0, label: '已截止', lastMinute }
  const daysLeft = Math.max(0, diffDays(toLocalDate(now), toLocalDate(last)))
  return { daysLeft, label: daysLeft === 0 ? `今天 ${call.closesAt.slice(11)} 截止` : `剩余 ${daysLeft} 天`, lastMinute }
}

/** Drafts and submissions of a call, for the province reviewer. */
export function callTally(
  call: ProvinceCall,
  applications: readonly { provinceCode: string; status: string; callId?: string }[],
  now: Date,
): { drafts: number; submitted: number } {
  const mine = applications.filter((a) => a.provinceCode === call.provinceCode)
  return {
    // a draft has no call yet; it counts towards the batch that is open (the one it would be submitted in)
    drafts: callPhase(call, now) === 'open' ? mine.filter((a) => a.status === 'draft').length : 0,
    submitted: mine.filter((a) => a.callId === call.id && a.status !== 'draft').length,
  }
}

export interface CallSummary {
  callId: string
  year: number
  batch: number
  phase: CallPhase
  phaseLabel: string
  opensAt: string
  closesAt: string
  /** "剩余 N 天" / "今天 17:00 截止" / "已截止" / "将于 … 开始" */
  label: string
  daysLeft: number
  notice: string
  extended: boolean
}

/** What the applicant's home card and the province's call list show. */
export function callSummary(call: ProvinceCall, now: Date): CallSummary {
  const phase = callPhase(call, now)
  const countdown = callCountdown(call, now)
  return {
    callId: call.id,
    year: call.year,
    batch: call.batch,
    phase,
    phaseLabel: CALL_PHASE_LABELS[phase],
    opensAt: call.opensAt,
    closesAt: call.closesAt,
    label: phase === 'scheduled' ? `将于 ${formatLocalDateTime(call.opensAt)} 开始` : countdown.label,
    daysLeft: phase === 'open' ? countdown.daysLeft : 0,
    notice: call.notice,
    extended: call.extensions.length > 0,
  }
}
