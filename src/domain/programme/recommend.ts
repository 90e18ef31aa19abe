// Province recommendations against the year's timetable, and who has not recommended yet.
// The recommendation deadline is exclusive (Beijing minute), like every deadline of the year.
import type { ApplicationStatus, QuotaRow } from '../contract/application'
import { isCounted } from '../quota'
import { localToEpoch } from '../time'
import { type Outcome, formatLocalDateTime, refuse } from '../outcome'
import type { YearTimetable } from './timetable'

/** Statuses that show the province did recommend (counted ones, and 'not_selected', which was recommended). */
export const wasRecommended = (s: ApplicationStatus): boolean => isCounted(s) || s === 'not_selected'

export function canRecommend(t: YearTimetable, now: Date): Outcome<true> {
  if (now.getTime() < localToEpoch(t.recommendationDeadline)) return { ok: true, value: true }
  return refuse(
    409,
    'DEADLINE_PASSED',
    `${t.year} 年度省级推荐已于 ${formatLocalDateTime(t.recommendationDeadline)}（北京时间）截止，不能再推荐本年度的申报；如确需补报，请联系国家知识产权局`,
  )
}

/**
 * A returned application may be resubmitted after its call closed (the province asked for the change),
 * but only while the province can still recommend it.
 */
export function canResubmit(t: YearTimetable, now: Date): Outcome<true> {
  if (now.getTime() < localToEpoch(t.recommendationDeadline)) return { ok: true, value: true }
  return refuse(
    409,
    'DEADLINE_PASSED',
    `${t.year} 年度省级推荐已于 ${formatLocalDateTime(t.recommendationDeadline)}（北京时间）截止，退回的申报不能再提交`,
  )
}

export interface YearApplicationRef {
  provinceCode: string
  year: number
  status: ApplicationStatus
}

/** Has any application of the year been recommended? (switches the versioning rule to "reason required") */
export const recommendationsStarted = (apps: readonly YearApplicationRef[], year: number): boolean =>
  apps.some((a) => a.year === year && wasRecommended(a.status))

export interface ProvinceRecommendationState {
  provinceCode: string
  provinceName: string
  /** applications waiting for the province (submitted / resubmitted) */
  waiting: number
}

/** Provinces of the year's table with no recommendation yet, in table order, with what they have waiting. */
export function provincesNotRecommended(
  rows: readonly QuotaRow[],
  apps: readonly YearApplicationRef[],
  year: number,
): ProvinceRecommendationState[] {
  const ofYear = apps.filter((a) => a.year === year)
  const done = new Set(ofYear.filter((a) => wasRecommended(a.status)).map((a) => a.provinceCode))
  return rows
    .filter((r) => !done.has(r.provinceCode))
    .map((r) => ({
      provinceCode: r.provinceCode,
      provinceName: r.provinceName,
      waiting: ofYear.filter((a) => a.provinceCode === r.provinceCode && (a.status === 'submitted' || a.status === 'resubmitted')).length,
    }))
}
