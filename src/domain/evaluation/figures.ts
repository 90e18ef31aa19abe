// Yearly figures from the records (visit log, bookings, alerts), as the evaluation reads them. Rates with
// nothing to count are null ("not applicable"), so a station without any follow-up due is not penalised.
// Dates are Beijing calendar days "YYYY-MM-DD"; instants (handledAt, doneAt) are ISO strings.
import { toLocalDate } from '../time'
import type { AlertFigures, StationFigures, VisitFigures } from './types'

export interface VisitRecord {
  clientId: string
  date: string
  /** 'onsite' 到站 | 'visit' 上门走访 | 'online' 线上 */
  mode: string
  topics: readonly string[]
  followUpDue?: string
  /** ISO instant the follow-up was marked done */
  followUpDoneAt?: string
}

export interface BookingRecord {
  /** the booked day */
  date: string
  /** booking status: completed / no_show / checked_in / cancelled / declined / pending / confirmed */
  status: string
}

export interface AlertRecord {
  /** last day to act, if the alert has one */
  deadline?: string
  /** ISO instant */
  handledAt?: string
}

const inYear = (day: string | undefined, year: number) => !!day && day.startsWith(`${year}-`)
const dayOf = (iso: string | undefined) => (iso ? toLocalDate(new Date(iso)) : undefined)
const rate = (num: number, den: number): number | null => (den > 0 ? num / den : null)

/** alerts whose last day fell in the year (and has passed by `today`), and how many were handled by then */
export function summariseAlerts(alerts: readonly AlertRecord[], year: number, today: string): AlertFigures {
  let total = 0
  let onTime = 0
  for (const a of alerts) {
    if (!inYear(a.deadline, year) || (a.deadline as string) > today) continue
    total++
    const done = dayOf(a.handledAt)
    if (done && done <= (a.deadline as string)) onTime++
  }
  return { total, handledOnTime: onTime, handledOnTimeRate: rate(onTime, total) }
}

/** services a participant received in the year */
export function summariseVisitsFor(clientId: string, visits: readonly VisitRecord[], year: number): VisitFigures {
  const mine = visits.filter((v) => v.clientId === clientId && inYear(v.date, year))
  return { count: mine.length, topics: new Set(mine.flatMap((v) => v.topics)).size }
}

export interface StationYearInput {
  year: number
  /** Beijing day the figures are computed on (follow-ups and alerts due later are not counted yet) */
  today: string
  visits: readonly VisitRecord[]
  bookings: readonly BookingRecord[]
  /** the alerts of the station's clients */
  clientAlerts: readonly AlertRecord[]
  linkedParticipants: number
}

export function summariseStationYear(input: StationYearInput): StationFigures {
  const { year, today } = input
  const visits = input.visits.filter((v) => inYear(v.date, year))
  const visitsByMode: Record<string, number> = {}
  const visitsByTopic: Record<string, number> = {}
  for (const v of visits) {
    visitsByMode[v.mode] = (visitsByMode[v.mode] ?? 0) + 1
    for (const t of v.topics) visitsByTopic[t] = (visitsByTopic[t] ?? 0) + 1
  }
  const due = visits.filter((v) => v.followUpDue && v.followUpDue <= today)
  const followedOnTime = due.filter((v) => {
    const done = dayOf(v.followUpDoneAt)
    return !!done && done <= (v.followUpDue as string)
  }).length
  const bookings = input.bookings.filter((b) => inYear(b.date, year))
  const held = bookings.filter((b) => b.status === 'completed' || b.status === 'checked_in' || b.status === 'no_show')
  const alerts = summariseAlerts(input.clientAlerts, year, today)
  return {
    clientsServed: new Set(visits.map((v) => v.clientId)).size,
    visits: visits.length,
    visitsByMode,
    visitsByTopic,
    modesUsed: Object.keys(visitsByMode).length,
    topicsCovered: Object.keys(visitsByTopic).length,
    followUpOnTimeRate: rate(followedOnTime, due.length),
    noShowRate: rate(held.filter((b) => b.status === 'no_show').length, held.length),
    cancellationRate: rate(bookings.filter((b) => b.status === 'cancelled').length, bookings.length),
    clientAlertsHandled: alerts.handledOnTime,
    clientAlertsHandledOnTimeRate: alerts.handledOnTimeRate,
    linkedParticipants: input.linkedParticipants,
  }
}
