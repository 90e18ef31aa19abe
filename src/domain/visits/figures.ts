// A station's figures from its visit log (annex 3 asks for clients served in each of the last three years).
// Counting rules:
//   - a client is counted once per year however often served: a linked organisation by its id, a walk-in by
//     its mobile number;
//   - a visit with several topics counts once under each of its topics (so the topic series can add up to
//     more than the number of visits; `visits` per month is the true count);
//   - follow-ups are counted in the year of their follow-up day.
import type { ServiceTopic } from '../contract/org'
import { localYear } from '../time'
import { type FollowUpState, followUpState } from './followup'
import { type VisitClient, type VisitMode, type VisitRecord, VISIT_MODES } from './visit'

export const clientKey = (c: VisitClient): string => (c.kind === 'org' ? `org:${c.orgId}` : `walk_in:${c.phone}`)

type VisitFacts = Pick<VisitRecord, 'date' | 'client'>

export interface YearClients {
  year: number
  clients: number
  visits: number
}

/** Clients served in each of the `years` years up to `lastYear`, oldest first. */
export function clientsServedPerYear(visits: readonly VisitFacts[], lastYear: number, years = 3): YearClients[] {
  return Array.from({ length: years }, (_, i) => lastYear - years + 1 + i).map((year) => {
    const ofYear = visits.filter((v) => Number(v.date.slice(0, 4)) === year)
    return { year, clients: new Set(ofYear.map((v) => clientKey(v.client))).size, visits: ofYear.length }
  })
}

export interface MonthSeries<K extends string> {
  /** "YYYY-MM" */
  month: string
  visits: number
  counts: Record<K, number>
}

const months = (year: number) => Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`)
const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>

/** Visits per month of `year` by topic (`topics` = the series to show, e.g. the station's topics). */
export function visitsByTopicPerMonth(
  visits: readonly Pick<VisitRecord, 'date' | 'topics'>[],
  year: number,
  topics: readonly ServiceTopic[],
): MonthSeries<ServiceTopic>[] {
  return months(year).map((month) => {
    const ofMonth = visits.filter((v) => v.date.startsWith(month))
    const counts = zeros(topics)
    for (const v of ofMonth) for (const t of v.topics) if (t in counts) counts[t]++
    return { month, visits: ofMonth.length, counts }
  })
}

/** Visits per month of `year` by mode (到站 / 上门走访 / 线上). */
export function visitsByModePerMonth(visits: readonly Pick<VisitRecord, 'date' | 'mode'>[], year: number): MonthSeries<VisitMode>[] {
  return months(year).map((month) => {
    const ofMonth = visits.filter((v) => v.date.startsWith(month))
    const counts = zeros(VISIT_MODES)
    for (const v of ofMonth) counts[v.mode]++
    return { month, visits: ofMonth.length, counts }
  })
}

export interface FollowUpFigures {
  year: number
  planned: number
  doneOnTime: number
  doneLate: number
  pending: number
  overdue: number
  /** done on time / (planned − still pending), in % with one decimal; null when nothing was due yet */
  onTimePercent: number | null
}

export function followUpFigures(
  visits: readonly Pick<VisitRecord, 'followUpOn' | 'followUpDoneAt'>[],
  year: number,
  now: Date,
): FollowUpFigures {
  const planned = visits.filter((v) => v.followUpOn && Number(v.followUpOn.slice(0, 4)) === year)
  const by = (s: FollowUpState) => planned.filter((v) => followUpState(v, now) === s).length
  const f = { doneOnTime: by('done_on_time'), doneLate: by('done_late'), pending: by('pending'), overdue: by('overdue') }
  const due = planned.length - f.pending
  return { year, planned: planned.length, ...f, onTimePercent: due === 0 ? null : Math.round((f.doneOnTime / due) * 1000) / 10 }
}

/** The three years annex 3 asks for, ending with the Beijing year of `now`. */
export const lastThreeYears = (now: Date): number[] => {
  const y = localYear(now)
  return [y - 2, y - 1, y]
}
