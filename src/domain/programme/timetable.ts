// A programme year's timetable, set by the national reviewer (国家知识产权局): the application window, the
// date by which provinces must recommend, the public-notice (公示) length and the yearly-report deadline.
//
// All instants are Beijing wall-clock minutes "YYYY-MM-DDTHH:mm" (China has one time zone, UTC+8).
// A deadline instant is EXCLUSIVE: a window closing at 17:00 accepts 16:59:59 and refuses 17:00:00; an
// opening instant is inclusive. The same convention holds for calls, recommendations and yearly reports.
//
// Cross-field rules (design choices where the plan is silent):
//   - the window closes after it opens, and opens in the programme year or the year before it
//     (the plan runs the programme "以年度为周期": a 2027 window may open in late 2026);
//   - provinces recommend after applicants have submitted: the recommendation deadline is after the close;
//   - the notice lasts 5–30 days (5: the least a notice lasts in the application state machine; 30: longer
//     notices delay the list by a whole month, which no CNIPA list notice has done);
//   - the yearly-report deadline falls after the window opens and no later than the end of the next year.
import * as z from 'zod/mini'
import { NOTICE_MIN_DAYS } from '../application'
import { addCalendarDays, diffDays, isValidYmd } from '../calendar'
import { localToEpoch } from '../time'
import { formatLocalDateTime, isLocalDateTime, localDateTime } from '../outcome'

export const NOTICE_MAX_DAYS = 30
export const FIRST_PROGRAMME_YEAR = 2023
export const LAST_PROGRAMME_YEAR = 2100

export interface YearTimetable {
  year: number
  /** 申报开始 (inclusive) */
  applicationOpensAt: string
  /** 申报截止 (exclusive): province calls must close at or before it */
  applicationClosesAt: string
  /** 省级推荐截止 (exclusive) */
  recommendationDeadline: string
  /** 公示期天数 */
  noticeDays: number
  /** 年度报送截止 (exclusive) */
  yearlyReportDeadline: string
}

export const TIMETABLE_FIELD_LABELS: Record<keyof YearTimetable, string> = {
  year: '年度',
  applicationOpensAt: '申报开始时间',
  applicationClosesAt: '申报截止时间',
  recommendationDeadline: '省级推荐截止时间',
  noticeDays: '公示期天数',
  yearlyReportDeadline: '年度报送截止时间',
}

const at = (label: string) => localDateTime(`请选择${label}（北京时间，精确到分钟）`)

type Issue = { path: string; message: string }

/** The cross-field rules above, on a timetable whose fields are individually valid (others are skipped). */
export function timetableCrossFieldIssues(t: Partial<YearTimetable>): Issue[] {
  const out: Issue[] = []
  const ms = (v: unknown) => (isLocalDateTime(v) ? localToEpoch(v) : null)
  const open = ms(t.applicationOpensAt)
  const close = ms(t.applicationClosesAt)
  const rec = ms(t.recommendationDeadline)
  const report = ms(t.yearlyReportDeadline)
  const year = typeof t.year === 'number' && Number.isInteger(t.year) ? t.year : null
  if (open !== null && year !== null) {
    const y = Number(t.applicationOpensAt!.slice(0, 4))
    if (y !== year && y !== year - 1) {
      out.push({ path: 'applicationOpensAt', message: `${year} 年度的申报应在 ${year - 1} 年或 ${year} 年开始` })
    }
  }
  if (open !== null && close !== null && close <= open) {
    out.push({ path: 'applicationClosesAt', message: '申报截止时间应晚于申报开始时间' })
  }
  if (close !== null && rec !== null && rec <= close) {
    out.push({
      path: 'recommendationDeadline',
      message: `省级推荐截止时间应晚于申报截止时间（${formatLocalDateTime(t.applicationClosesAt!)}）`,
    })
  }
  if (open !== null && report !== null && report <= open) {
    out.push({ path: 'yearlyReportDeadline', message: '年度报送截止时间应晚于申报开始时间' })
  }
  if (report !== null && year !== null && Number(t.yearlyReportDeadline!.slice(0, 4)) > year + 1) {
    out.push({ path: 'yearlyReportDeadline', message: `年度报送截止时间不应晚于 ${year + 1} 年底` })
  }
  return out
}

export const timetableSchema = z
  .object({
    year: z
      .number('请选择年度')
      .check(
        z.int('年度应为整数'),
        z.gte(FIRST_PROGRAMME_YEAR, `年度不能早于 ${FIRST_PROGRAMME_YEAR} 年（行动自 2023 年开始）`),
        z.lte(LAST_PROGRAMME_YEAR, `年度不能晚于 ${LAST_PROGRAMME_YEAR} 年`),
      ),
    applicationOpensAt: at('申报开始时间'),
    applicationClosesAt: at('申报截止时间'),
    recommendationDeadline: at('省级推荐截止时间'),
    noticeDays: z
      .number('请填写公示期天数')
      .check(
        z.int('公示期天数应为整数'),
        z.gte(NOTICE_MIN_DAYS, `公示期至少 ${NOTICE_MIN_DAYS} 天`),
        z.lte(NOTICE_MAX_DAYS, `公示期最多 ${NOTICE_MAX_DAYS} 天`),
      ),
    yearlyReportDeadline: at('年度报送截止时间'),
  })
  .check(
    z.superRefine((t, ctx) => {
      for (const i of timetableCrossFieldIssues(t)) ctx.issues.push({ code: 'custom', message: i.message, path: [i.path], input: t })
    }),
  )

/** Human-readable lines of what changed, for the change record ("申报截止时间：… → …"). */
export function timetableDiff(before: YearTimetable, after: YearTimetable): string[] {
  const keys = Object.keys(TIMETABLE_FIELD_LABELS) as (keyof YearTimetable)[]
  const show = (k: keyof YearTimetable, v: string | number) =>
    k === 'noticeDays' ? `${v} 天` : typeof v === 'string' ? formatLocalDateTime(v) : String(v)
  return keys.filter((k) => before[k] !== after[k]).map((k) => `${TIMETABLE_FIELD_LABELS[k]}：${show(k, before[k])} → ${show(k, after[k])}`)
}

// ── Using the timetable ──────────────────────────────────────────────────────

/** The public notice (公示) for a start day under this year's length: end = start + noticeDays. */
export const noticePeriodFor = (t: Pick<YearTimetable, 'noticeDays'>, start: string): { start: string; end: string } => ({
  start,
  end: addCalendarDays(start, t.noticeDays),
})

/** Field errors for a publish action: the notice lasts at least this year's noticeDays. */
export function noticeLengthErrors(t: Pick<YearTimetable, 'noticeDays' | 'year'>, start: string, end: string): Record<string, string> {
  if (!isValidYmd(start) || !isValidYmd(end)) return {}
  return diffDays(start, end) < t.noticeDays
    ? { end: `${t.year} 年度公示期为 ${t.noticeDays} 天：结束日期不能早于 ${addCalendarDays(start, t.noticeDays)}` }
    : {}
}

/** May a yearly report (年度报送) still be submitted or revised? Exclusive deadline, Beijing minute. */
export function canFileYearlyReport(t: YearTimetable, now: Date): { ok: true } | { ok: false; message: string } {
  if (now.getTime() < localToEpoch(t.yearlyReportDeadline)) return { ok: true }
  return { ok: false, message: `${t.year} 年度报送已于 ${formatLocalDateTime(t.yearlyReportDeadline)}（北京时间）截止，不能再提交或修改` }
}

/**
 * The programme year screens default to at `now` (quota panel, batches, annex-5 export): the latest year
 * whose window has opened; before any window opened, the earliest configured year; none configured → null
 * (the caller falls back to the Beijing calendar year and says the year is not configured yet).
 */
export function currentProgrammeYear(timetables: readonly YearTimetable[], now: Date): number | null {
  if (timetables.length === 0) return null
  const opened = timetables.filter((t) => localToEpoch(t.applicationOpensAt) <= now.getTime()).map((t) => t.year)
  return opened.length > 0 ? Math.max(...opened) : Math.min(...timetables.map((t) => t.year))
}
