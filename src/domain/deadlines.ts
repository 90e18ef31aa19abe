// Trademark risk windows (Trademark Law 2019, Implementing Regulations 2014)
// Regulations art. 12: the first day is not counted; a period in months/years ends on the same-numbered day
// of the last month (or that month's last day); a last day that is not a working day moves to the next
// working day. `provisional: true` when that roll-forward used a year the official calendar does not cover.
import {
  type Ymd,
  addCalendarDays,
  addCalendarMonths,
  addCalendarYears,
  compareYmd,
  daysInMonth,
  diffDays,
  formatYmd,
  parseYmd,
  workingDayOnOrAfter,
} from './calendar'
import type { AlertLevel } from './contract/alert'

export interface DeadlineResult {
  /** the last day, after moving off a non-working day */
  date: Ymd
  /** the arithmetic last day before any roll-forward */
  nominal: Ymd
  /** date !== nominal */
  shifted: boolean
  /** the working-day calendar for the year involved is not official yet: show as 暂定 */
  provisional: boolean
}

export interface Period {
  days?: number
  months?: number
  years?: number
}

const fixed = (date: Ymd): DeadlineResult => ({ date, nominal: date, shifted: false, provisional: false })

/** Roll a nominal last day forward to a working day. */
export function rollToWorkingDay(nominal: Ymd): DeadlineResult {
  const { date, provisional } = workingDayOnOrAfter(nominal)
  return { date, nominal, shifted: date !== nominal, provisional }
}

/** Art. 12 period: counted from the day after `start`; ends on the same-numbered day; rolled to a working day. */
export function legalDeadline(start: Ymd, period: Period): DeadlineResult {
  let end = addCalendarMonths(start, (period.years ?? 0) * 12 + (period.months ?? 0))
  if (period.days) end = addCalendarDays(end, period.days)
  return rollToWorkingDay(end)
}

/**
 * Last day of the 10-year term: the day before the anniversary (2015-08-31 → 2025-08-30;
 * 2016-02-29 → 2026-02-28, as the anniversary of a 29 February in a common year is 1 March).
 * A term end is not moved to a working day.
 */
export function registrationValidUntil(registeredOn: Ymd, years = 10): DeadlineResult {
  const { y, m, d } = parseYmd(registeredOn)
  const ay = y + years
  const anniversary = d <= daysInMonth(ay, m) ? formatYmd(ay, m, d) : addCalendarDays(formatYmd(ay, m, daysInMonth(ay, m)), 1)
  return fixed(addCalendarDays(anniversary, -1))
}

/**
 * Last day of the term after a renewal. Law 40: each renewed term is 10 years counted from the day after the
 * previous term ended, so it is the registration-term rule applied to that day (2026-02-28 → term from
 * 2026-03-01 → ends 2036-02-29). Not `previousEnd + 120 months` (→ 2036-02-28), and not
 * `registrationValidUntil(registeredOn, 20)`, which differ from it for a 29 February registration.
 */
export const renewedValidUntil = (previousEnd: Ymd): DeadlineResult => registrationValidUntil(addCalendarDays(previousEnd, 1))

/** Current term end of a mark renewed on time whenever due: chains `renewedValidUntil` until the term covers `today`. */
export function currentTermEnd(registeredOn: Ymd, today: Ymd): Ymd {
  let end = registrationValidUntil(registeredOn).date
  while (compareYmd(end, today) < 0) end = renewedValidUntil(end).date
  return end
}

export interface RenewalWindow {
  /** first day a renewal may be filed (12 months before expiry) */
  opens: Ymd
  /** last day of the term = validUntil */
  closes: Ymd
  /** last day of the 6-month grace period (宽展期), rolled to a working day */
  graceEnds: Ymd
  graceEndsNominal: Ymd
  provisional: boolean
}
/** Law 40: renew in the 12 months before expiry, then a 6-month grace period. */
export function renewalWindow(validUntil: Ymd): RenewalWindow {
  const grace = legalDeadline(validUntil, { months: 6 })
  return {
    opens: addCalendarDays(addCalendarYears(validUntil, -1), 1),
    closes: validUntil,
    graceEnds: grace.date,
    graceEndsNominal: grace.nominal,
    provisional: grace.provisional,
  }
}

/** Law 33: opposition within 3 months of the preliminary-approval publication (2024-11-27 → 2025-02-27). */
export const oppositionDeadline = (publishedOn: Ymd): DeadlineResult => legalDeadline(publishedOn, { months: 3 })

/** Law 45: invalidation on relative grounds within 5 years of registration (no limit for bad faith vs a well-known mark). */
export const invalidationDeadline = (registeredOn: Ymd): DeadlineResult => legalDeadline(registeredOn, { years: 5 })

/** Reg. 45: Madrid designation — within 3 months from the 1st day of the month after the WIPO Gazette issue. */
export function madridOppositionDeadline(gazetteDate: Ymd): DeadlineResult {
  const { y, m } = parseYmd(gazetteDate)
  const firstOfNext = addCalendarMonths(formatYmd(y, m, 1), 1)
  return rollToWorkingDay(addCalendarDays(addCalendarMonths(firstOfNext, 3), -1))
}

export interface NonUseExposure {
  /** first day anyone may apply to cancel for 3 years' non-use (撤三) */
  exposedFrom: Ymd
  /** counted from registration, or from the last recorded use */
  basis: 'registration' | 'last_use'
  /** when `today` is given: is the mark exposed now */
  exposed?: boolean
  /** owner's time to file use evidence after being notified (Reg. 67) */
  answerMonths: 2
  provisional: false
}
/** Law 49: exposure once 3 full years have passed since registration (or since the last use) without use. */
export function nonUseExposure(registeredOn: Ymd, lastUseOn?: Ymd | null, today?: Ymd): NonUseExposure {
  const useCounts = !!lastUseOn && compareYmd(lastUseOn, registeredOn) > 0
  const start = useCounts ? (lastUseOn as Ymd) : registeredOn
  const exposedFrom = addCalendarDays(addCalendarYears(start, 3), 1)
  return {
    exposedFrom,
    basis: useCounts ? 'last_use' : 'registration',
    ...(today ? { exposed: compareYmd(today, exposedFrom) >= 0 } : {}),
    answerMonths: 2,
    provisional: false,
  }
}

/** Own-case time limits, counted from the day the notice/decision was served. */
export const OWN_CASE_LIMITS = {
  refusal_review: { label: '驳回复审', period: { days: 15 }, basis: '商标法第三十四条' },
  division: { label: '分割申请', period: { days: 15 }, basis: '实施条例第二十二条' },
  correction: { label: '补正', period: { days: 30 }, basis: '实施条例第十八条' },
  opposition_answer: { label: '异议答辩', period: { days: 30 }, basis: '实施条例第二十七条' },
  court: { label: '起诉', period: { days: 30 }, basis: '商标法第三十四、三十五、五十四条' },
  non_use_evidence: { label: '撤三答辩（提交使用证据）', period: { months: 2 }, basis: '实施条例第六十七条' },
} as const satisfies Record<string, { label: string; period: Period; basis: string }>
export type OwnCaseKind = keyof typeof OWN_CASE_LIMITS

export const ownCaseDeadline = (kind: OwnCaseKind, servedOn: Ymd): DeadlineResult => legalDeadline(servedOn, OWN_CASE_LIMITS[kind].period)

/** Opposition answer: 30 days, then supplementary evidence within 3 months of the answer (Reg. 27). */
export const oppositionEvidenceDeadline = (answeredOn: Ymd): DeadlineResult => legalDeadline(answeredOn, { months: 3 })

// ---- alerts ----
// AlertLevel ('overdue' | 'urgent' | 'soon' | 'info') is the contract's type (contract/alert.ts).
export const URGENT_DAYS = 15
export const SOON_DAYS = 60

const dateOf = (d: Ymd | { date: Ymd }): Ymd => (typeof d === 'string' ? d : d.date)

/** Calendar days from today to the deadline: 0 = today is the last day, negative = overdue. */
export const daysLeft = (deadline: Ymd | { date: Ymd }, today: Ymd): number => diffDays(today, dateOf(deadline))

export function alertLevel(deadline: Ymd | { date: Ymd }, today: Ymd): AlertLevel {
  const n = daysLeft(deadline, today)
  if (n < 0) return 'overdue'
  if (n <= URGENT_DAYS) return 'urgent'
  if (n <= SOON_DAYS) return 'soon'
  return 'info'
}
