// Consultation booking rules — PURE (no I/O, no Taro/React). Shared by the app and the mock backend.
//
// Rules chosen (documented in mock/openapi/bookings.yaml too):
// - Times are China local time (UTC+8). Slots are derived from the station's AvailabilityRules, never stored.
// - A day is bookable when it is a working day (chinese-days, incl. 调休 make-up days), not in closedDates,
//   on or after the FIRST WORKING DAY AFTER TODAY, and at most `horizonDays` calendar days after today.
// - Mode: onsite (到站咨询) bookings are confirmed at once; visit (上门走访) bookings are pending until a staff
//   member confirms (or declines) them, and are only possible when the station allows visits.
// - Cancel / reschedule by the owner: until `cancelCutoffHours` before the slot start. Staff may cancel any
//   pending / confirmed booking with a reason.
// - Check-in: confirmed bookings, until the end of the slot's day (early arrival is fine).
//   No-show: confirmed bookings, once the slot has started.
// - No-show restriction: 3 no-shows by the same organisation within 90 days → no new bookings for 30 days
//   after the latest of them (the message says until which day).
import type {
  AvailabilityRules,
  BookingAction,
  BookingMode,
  BookingStatus,
  OfficeWindow,
  Slot,
  SlotDay,
  SlotList,
  UpdateAvailabilityRequest,
} from './contract/booking'
import type { ServiceTopic } from './contract/org'
import { BOOKING_STATUS_LABELS, SERVICE_TOPIC_LABELS } from './contract/labels'
import { addCalendarDays, diffDays, isWorkingDay as calendarIsWorkingDay, weekday } from './calendar'
import { localToEpoch, toLocalDate, toLocalDateTime } from './time'
import {
  AVAILABILITY_LIMITS,
  CancelBookingRequestSchema,
  CheckInRequestSchema,
  CreateBookingRequestSchema,
  DeclineBookingRequestSchema,
  RescheduleBookingRequestSchema,
  UpdateAvailabilityRequestSchema,
  parseSlotId,
} from './contract/booking'
import { validate, type FieldErrors } from './contract/z'
export { VOUCHER_ALPHABET, VOUCHER_CODE_RULE, isVoucherCode, normalizeVoucher } from './contract/values'

// ── local time helpers: Beijing time, from ./time ─────────────────────────────

const pad = (n: number) => String(n).padStart(2, '0')

export { localToEpoch, toLocalDate, toLocalDateTime }
const addDays = addCalendarDays
const daysBetween = diffDays
/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const w = weekday(date)
  return w === 0 ? 7 : w
}
const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))
const fromMinutes = (m: number) => `${pad(Math.floor(m / 60))}:${pad(m % 60)}`

/** "YYYY-MM-DDTHH:mm" → "YYYY-MM-DD HH:mm" for messages. */
export const formatLocal = (local: string) => local.replace('T', ' ')

// ── availability ───────────────────────────────────────────────────────────────

export const DEFAULT_AVAILABILITY: UpdateAvailabilityRequest = {
  slotMinutes: 30,
  capacity: 2,
  windows: [
    { start: '09:00', end: '12:00' },
    { start: '14:00', end: '17:30' },
  ],
  closedDates: [],
  horizonDays: 14,
  cancelCutoffHours: 24,
  visitAllowed: true,
}

export { AVAILABILITY_LIMITS }

export type IsWorkingDay = (date: string) => boolean
/** Working days per the Chinese holiday calendar (src/domain/calendar.ts). */
export const defaultIsWorkingDay: IsWorkingDay = calendarIsWorkingDay

export function slotId(stationId: string, date: string, hhmm: string): string {
  return `${stationId}_${date}_${hhmm.replace(':', '')}`
}

export { parseSlotId }

/** Slot start/end times ("HH:mm") of one day under the rules (ignores whether the day is bookable). */
export function daySlotTimes(rules: Pick<AvailabilityRules, 'slotMinutes' | 'windows'>, date: string): { start: string; end: string }[] {
  const wd = isoWeekday(date)
  const out: { start: string; end: string }[] = []
  const seen = new Set<string>()
  for (const w of rules.windows) {
    if (w.weekdays && w.weekdays.length > 0 && !w.weekdays.includes(wd)) continue
    const end = toMinutes(w.end)
    for (let s = toMinutes(w.start); s + rules.slotMinutes <= end; s += rules.slotMinutes) {
      const start = fromMinutes(s)
      if (seen.has(start)) continue
      seen.add(start)
      out.push({ start, end: fromMinutes(s + rules.slotMinutes) })
    }
  }
  return out.sort((a, b) => (a.start < b.start ? -1 : 1))
}

/** First bookable day: the first working day strictly after today. */
export function firstBookableDate(now: Date, isWorkingDay: IsWorkingDay): string {
  let d = addDays(toLocalDate(now), 1)
  for (let i = 0; i < 60 && !isWorkingDay(d); i++) d = addDays(d, 1)
  return d
}
export function lastBookableDate(rules: Pick<AvailabilityRules, 'horizonDays'>, now: Date): string {
  return addDays(toLocalDate(now), rules.horizonDays)
}

/** Why a day cannot be booked, or null when it can. */
export function dayUnavailableReason(
  rules: Pick<AvailabilityRules, 'horizonDays' | 'closedDates'>,
  date: string,
  now: Date,
  isWorkingDay: IsWorkingDay,
): string | null {
  if (date < firstBookableDate(now, isWorkingDay)) return '最早可预约下一个工作日的时段'
  if (date > lastBookableDate(rules, now)) return `仅开放 ${rules.horizonDays} 天内的预约`
  if (!isWorkingDay(date)) return '该日为非工作日'
  if (rules.closedDates.includes(date)) return '指导站当日不办公'
  return null
}

/**
 * Resolves a slot id against the station's rules: its times when it is a real, bookable slot now,
 * otherwise a Chinese reason.
 */
export function resolveSlot(
  rules: AvailabilityRules,
  id: string,
  now: Date,
  isWorkingDay: IsWorkingDay,
): { ok: true; stationId: string; date: string; startsAt: string; endsAt: string } | { ok: false; message: string } {
  const p = parseSlotId(id)
  if (!p || p.stationId !== rules.stationId) return { ok: false, message: '预约时段不存在，请重新选择' }
  const t = daySlotTimes(rules, p.date).find((s) => s.start === p.time)
  if (!t) return { ok: false, message: '预约时段不存在，请重新选择' }
  const why = dayUnavailableReason(rules, p.date, now, isWorkingDay)
  if (why) return { ok: false, message: `该时段不可预约：${why}` }
  return { ok: true, stationId: p.stationId, date: p.date, startsAt: `${p.date}T${t.start}`, endsAt: `${p.date}T${t.end}` }
}

/**
 * Slots of a station from `from` for `days` calendar days, clamped to the bookable range.
 * `taken(slotId)` returns the seats already held.
 */
export function generateSlots(
  rules: AvailabilityRules,
  opts: { now: Date; from?: string; days?: number; isWorkingDay: IsWorkingDay; taken: (slotId: string) => number },
): SlotList {
  const first = firstBookableDate(opts.now, opts.isWorkingDay)
  const last = lastBookableDate(rules, opts.now)
  const start = opts.from && opts.from > first ? opts.from : first
  const span = Math.max(1, Math.min(60, opts.days ?? 14))
  const end = addDays(start, span - 1) < last ? addDays(start, span - 1) : last
  const days: SlotDay[] = []
  const closed = new Set(rules.closedDates)
  for (let d = start; d <= end; d = addDays(d, 1)) {
    if (!opts.isWorkingDay(d) || closed.has(d)) continue
    const slots: Slot[] = daySlotTimes(rules, d).map((t) => {
      const id = slotId(rules.stationId, d, t.start)
      const taken = opts.taken(id)
      return {
        id,
        startsAt: `${d}T${t.start}`,
        endsAt: `${d}T${t.end}`,
        capacity: rules.capacity,
        taken,
        available: Math.max(0, rules.capacity - taken),
      }
    })
    if (slots.length > 0) days.push({ date: d, slots })
  }
  return {
    stationId: rules.stationId,
    days,
    firstBookableDate: first,
    lastBookableDate: last,
    visitAllowed: rules.visitAllowed,
    cancelCutoffHours: rules.cancelCutoffHours,
  }
}

/** Statuses that hold a seat of the slot (cancelled / declined release it). */
export const SEAT_HOLDING: readonly BookingStatus[] = ['pending', 'confirmed', 'checked_in', 'completed', 'no_show']
export const holdsSeat = (s: BookingStatus) => SEAT_HOLDING.includes(s)
/** Statuses still "active" (upcoming, changeable). */
export const ACTIVE_STATUSES: readonly BookingStatus[] = ['pending', 'confirmed', 'checked_in']

/** Initial status of a new booking. */
export function initialStatus(mode: BookingMode): BookingStatus {
  return mode === 'visit' ? 'pending' : 'confirmed'
}

// ── state machine ──────────────────────────────────────────────────────────────

export type BookingActor = 'owner' | 'staff'

export interface BookingTransitionRule {
  from: readonly BookingStatus[]
  /** target status; reschedule keeps / recomputes the status */
  to: BookingStatus | 'same'
  actors: readonly BookingActor[]
  label: string
}

export const BOOKING_TRANSITIONS: Record<BookingAction, BookingTransitionRule> = {
  cancel: { from: ['pending', 'confirmed'], to: 'cancelled', actors: ['owner', 'staff'], label: '取消' },
  reschedule: { from: ['pending', 'confirmed'], to: 'same', actors: ['owner'], label: '改期' },
  confirm: { from: ['pending'], to: 'confirmed', actors: ['staff'], label: '确认' },
  decline: { from: ['pending'], to: 'declined', actors: ['staff'], label: '婉拒' },
  check_in: { from: ['confirmed'], to: 'checked_in', actors: ['staff'], label: '签到' },
  complete: { from: ['checked_in'], to: 'completed', actors: ['staff'], label: '完成' },
  no_show: { from: ['confirmed'], to: 'no_show', actors: ['staff'], label: '标记未到场' },
}

/** "YYYY-MM-DDTHH:mm" until which the owner may cancel / reschedule. */
export function cancelDeadline(startsAt: string, cancelCutoffHours: number): string {
  return toLocalDateTime(new Date(localToEpoch(startsAt) - cancelCutoffHours * 3600 * 1000))
}

export interface BookingTransitionInput {
  status: BookingStatus
  startsAt: string
  /** from the station's rules at the time of the request */
  cancelCutoffHours: number
}

export type BookingTransitionCheck =
  | { ok: true; to: BookingStatus | 'same' }
  | { ok: false; kind: 'forbidden' | 'transition'; message: string }

/** Whether `actor` may perform `action` on a booking now. Role first (403), then state and time (409). */
export function checkBookingTransition(
  b: BookingTransitionInput,
  action: BookingAction,
  actor: BookingActor,
  now: Date,
): BookingTransitionCheck {
  const rule = BOOKING_TRANSITIONS[action]
  if (!rule.actors.includes(actor)) {
    return {
      ok: false,
      kind: 'forbidden',
      message:
        rule.actors.includes('staff') && !rule.actors.includes('owner')
          ? `仅指导站工作人员可${rule.label}预约`
          : `仅预约人可${rule.label}预约`,
    }
  }
  if (!rule.from.includes(b.status)) {
    return { ok: false, kind: 'transition', message: `预约${BOOKING_STATUS_LABELS[b.status]}，不能${rule.label}` }
  }
  const nowMs = now.getTime()
  const startMs = localToEpoch(b.startsAt)
  if ((action === 'cancel' || action === 'reschedule') && actor === 'owner') {
    const deadline = cancelDeadline(b.startsAt, b.cancelCutoffHours)
    if (nowMs >= localToEpoch(deadline)) {
      return {
        ok: false,
        kind: 'transition',
        message: `已过${rule.label}截止时间（${formatLocal(deadline)}，开始前 ${b.cancelCutoffHours} 小时），如需${rule.label}请致电指导站`,
      }
    }
  }
  if (action === 'cancel' && actor === 'staff' && nowMs >= startMs) {
    return { ok: false, kind: 'transition', message: '预约时段已开始，不能取消，请标记签到或未到场' }
  }
  if (action === 'check_in' && toLocalDate(now) > b.startsAt.slice(0, 10)) {
    return { ok: false, kind: 'transition', message: '预约日期已过，不能签到' }
  }
  if (action === 'no_show' && nowMs < startMs) {
    return { ok: false, kind: 'transition', message: `预约时段（${formatLocal(b.startsAt)}）尚未开始，不能标记未到场` }
  }
  return { ok: true, to: rule.to }
}

/** Actions the viewer may perform now (for buttons). */
export function bookingActions(b: BookingTransitionInput, actor: BookingActor, now: Date): BookingAction[] {
  return (Object.keys(BOOKING_TRANSITIONS) as BookingAction[]).filter((a) => checkBookingTransition(b, a, actor, now).ok)
}

// ── no-show restriction ────────────────────────────────────────────────────────

export const NO_SHOW_RULE = { limit: 3, windowDays: 90, restrictDays: 30 } as const

/**
 * `noShowDates`: slot dates (YYYY-MM-DD) of the organisation's no-show bookings.
 * Restricted when `limit` no-shows fall within `windowDays`; restriction lasts `restrictDays` days after the
 * latest no-show of such a run (until = that date + restrictDays, inclusive).
 */
export function bookingRestriction(noShowDates: string[], now: Date): { restricted: boolean; until?: string; noShows: number } {
  const today = toLocalDate(now)
  const dates = noShowDates.filter((d) => d <= today).sort()
  const { limit, windowDays, restrictDays } = NO_SHOW_RULE
  let until: string | undefined
  for (let i = limit - 1; i < dates.length; i++) {
    if (daysBetween(dates[i - limit + 1], dates[i]) < windowDays) {
      const u = addDays(dates[i], restrictDays)
      if (!until || u > until) until = u
    }
  }
  const recent = dates.filter((d) => daysBetween(d, today) < windowDays).length
  if (until && until >= today) return { restricted: true, until, noShows: recent }
  return { restricted: false, noShows: recent }
}

export function restrictionMessage(until: string): string {
  const { limit, windowDays } = NO_SHOW_RULE
  return `因 ${windowDays} 天内累计 ${limit} 次预约未到场，${until}（含）前暂停预约，如有疑问请联系指导站`
}

// ── voucher ────────────────────────────────────────────────────────────────────

/** The QR payload of a voucher. */
export const voucherQrPayload = (code: string) => `QQBC:${code}`

// ── payload checks: the declarations live in ./contract/booking (one per payload) ─────

export const validateCreateBooking = (body: unknown): FieldErrors => validate(CreateBookingRequestSchema, body)
export const validateCancelBooking = (body: unknown): FieldErrors => validate(CancelBookingRequestSchema, body)
export const validateDeclineBooking = (body: unknown): FieldErrors => validate(DeclineBookingRequestSchema, body)
export const validateReschedule = (body: unknown): FieldErrors => validate(RescheduleBookingRequestSchema, body)
export const validateCheckIn = (body: unknown): FieldErrors => validate(CheckInRequestSchema, body)
export const validateAvailability = (body: unknown): FieldErrors => validate(UpdateAvailabilityRequestSchema, body)

/** Normalises a validated availability body (dedupes and sorts closed dates, trims unknown keys). */
export function normalizeAvailability(b: UpdateAvailabilityRequest): UpdateAvailabilityRequest {
  return {
    slotMinutes: b.slotMinutes,
    capacity: b.capacity,
    windows: b.windows.map((w) => ({
      start: w.start,
      end: w.end,
      ...(w.weekdays && w.weekdays.length > 0 ? { weekdays: Array.from(new Set(w.weekdays)).sort() } : {}),
    })),
    closedDates: Array.from(new Set(b.closedDates)).sort(),
    horizonDays: b.horizonDays,
    cancelCutoffHours: b.cancelCutoffHours,
    visitAllowed: b.visitAllowed,
  }
}

const WEEKDAY_NAMES = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日']

/** Human text of the office hours, e.g. "工作日 09:00-12:00, 14:00-17:30" or "周二、周四 09:00-11:30". */
export function officeHoursText(windows: OfficeWindow[]): string {
  const groups = new Map<string, string[]>()
  for (const w of windows) {
    const days =
      w.weekdays && w.weekdays.length > 0
        ? [...w.weekdays]
            .sort()
            .map((d) => WEEKDAY_NAMES[d])
            .join('、')
        : '工作日'
    groups.set(days, [...(groups.get(days) ?? []), `${w.start}-${w.end}`])
  }
  return Array.from(groups, ([days, spans]) => `${days} ${spans.join(', ')}`).join('；')
}

export const topicLabel = (t: ServiceTopic) => SERVICE_TOPIC_LABELS[t] ?? t
