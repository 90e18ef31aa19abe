// Working days in mainland China, on plain 'YYYY-MM-DD' strings (no Date/timezone in the API).
//
// Official data: the `chinese-days` package's schedule table (2004 – its last published year, 2026 in 1.5.7).
// We read its JSON table directly: the package's functions parse strings as UTC but read local fields, so in a
// negative-offset timezone (e.g. a CI runner in America/*) every answer is a day off.
// Years outside the table are PROVISIONAL: weekends plus the statutory holidays of the 全国年节及纪念日放假办法
// (2024 revision; lunar dates from a small table) are non-working, but no 调休 is known. Every result that
// depends on such a year carries `provisional: true` — callers must show it as 暂定.
import schedule from 'chinese-days/dist/chinese-days.json'

export type Ymd = string

const HOLIDAYS: Record<string, string> = schedule.holidays
const MAKEUP_DAYS: Record<string, string> = schedule.workdays
const COVERED_YEARS: ReadonlySet<number> = new Set(Object.keys(HOLIDAYS).map((d) => Number(d.slice(0, 4))))
const FIRST_YEAR = Math.min(...COVERED_YEARS)
const LAST_YEAR = Math.max(...COVERED_YEARS)

// ---- plain date arithmetic (UTC epoch days, timezone-independent) ----
const YMD = /^(\d{4})-(\d{2})-(\d{2})$/

export function parseYmd(date: Ymd): { y: number; m: number; d: number } {
  const match = YMD.exec(date)
  if (match) {
    const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])]
    if (m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)) return { y, m, d }
  }
  throw new RangeError(`Invalid date (expected YYYY-MM-DD): ${date}`)
}
export const isValidYmd = (date: unknown): date is Ymd => {
  if (typeof date !== 'string') return false
  try {
    parseYmd(date)
    return true
  } catch {
    return false
  }
}
export const formatYmd = (y: number, m: number, d: number): Ymd =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
export const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate()

const toEpochDay = (date: Ymd): number => {
  const { y, m, d } = parseYmd(date)
  return Date.UTC(y, m - 1, d) / 86_400_000
}
const fromEpochDay = (n: number): Ymd => {
  const t = new Date(n * 86_400_000)
  return formatYmd(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate())
}

export const addCalendarDays = (date: Ymd, days: number): Ymd => fromEpochDay(toEpochDay(date) + days)
/** `b − a` in calendar days. */
export const diffDays = (a: Ymd, b: Ymd): number => toEpochDay(b) - toEpochDay(a)
/** Same-numbered day `months` later, or that month's last day if it has none (Regulations art. 12). */
export function addCalendarMonths(date: Ymd, months: number): Ymd {
  const { y, m, d } = parseYmd(date)
  const idx = y * 12 + (m - 1) + months
  const ny = Math.floor(idx / 12)
  const nm = idx - ny * 12 + 1
  return formatYmd(ny, nm, Math.min(d, daysInMonth(ny, nm)))
}
export const addCalendarYears = (date: Ymd, years: number): Ymd => addCalendarMonths(date, years * 12)
/** 0 = Sunday … 6 = Saturday */
export const weekday = (date: Ymd): number => new Date(toEpochDay(date) * 86_400_000).getUTCDay()
export const compareYmd = (a: Ymd, b: Ymd): number => (a < b ? -1 : a > b ? 1 : 0)

// ---- coverage ----
export interface CalendarCoverage {
  year: number
  /** the official schedule for this year is in the data */
  covered: boolean
  provisional: boolean
  /** range of years the data covers */
  firstYear: number
  lastYear: number
}
export function calendarCoverage(year: number): CalendarCoverage {
  const covered = COVERED_YEARS.has(year)
  return { year, covered, provisional: !covered, firstYear: FIRST_YEAR, lastYear: LAST_YEAR }
}

// ---- provisional estimate for uncovered years ----
// Lunar-calendar statutory holidays: [春节 (正月初一), 清明, 端午, 中秋] — checked against chinese-days' lunar tables.
const LUNAR_HOLIDAYS: Record<number, readonly [string, string, string, string]> = {
  2027: ['02-06', '04-05', '06-09', '09-15'],
  2028: ['01-26', '04-04', '05-28', '10-03'],
  2029: ['02-13', '04-04', '06-16', '09-22'],
  2030: ['02-03', '04-05', '06-05', '09-12'],
  2031: ['01-23', '04-05', '06-24', '10-01'],
  2032: ['02-11', '04-04', '06-12', '09-19'],
  2033: ['01-31', '04-04', '06-01', '09-08'],
  2034: ['02-19', '04-05', '06-20', '09-27'],
  2035: ['02-08', '04-05', '06-10', '09-16'],
}
function estimatedHoliday(date: Ymd): string | null {
  const { y } = parseYmd(date)
  const md = date.slice(5)
  if (md === '01-01') return '元旦'
  if (md === '05-01' || md === '05-02') return '劳动节'
  if (md === '10-01' || md === '10-02' || md === '10-03') return '国庆节'
  const lunar = LUNAR_HOLIDAYS[y]
  if (!lunar) return null
  const springFestival = `${y}-${lunar[0]}`
  const offset = diffDays(springFestival, date)
  if (offset >= -1 && offset <= 2) return '春节' // 除夕 + 初一至初三
  if (md === lunar[1]) return '清明节'
  if (md === lunar[2]) return '端午节'
  if (md === lunar[3]) return '中秋节'
  return null
}

// ---- working days ----
export interface DayInfo {
  date: Ymd
  working: boolean
  kind: 'workday' | 'weekend' | 'holiday' | 'makeup'
  /** holiday name (also for a make-up working day: the holiday it belongs to) */
  name?: string
  /** the year is not in the official data: an estimate */
  provisional: boolean
}
const holidayName = (raw: string): string => raw.split(',')[1] ?? raw

export function dayInfo(date: Ymd): DayInfo {
  const { y } = parseYmd(date)
  const dow = weekday(date)
  const weekend = dow === 0 || dow === 6
  if (COVERED_YEARS.has(y)) {
    if (MAKEUP_DAYS[date]) return { date, working: true, kind: 'makeup', name: holidayName(MAKEUP_DAYS[date]), provisional: false }
    if (HOLIDAYS[date]) return { date, working: false, kind: 'holiday', name: holidayName(HOLIDAYS[date]), provisional: false }
    return { date, working: !weekend, kind: weekend ? 'weekend' : 'workday', provisional: false }
  }
  const name = estimatedHoliday(date)
  if (name) return { date, working: false, kind: 'holiday', name, provisional: true }
  return { date, working: !weekend, kind: weekend ? 'weekend' : 'workday', provisional: true }
}

/** Boolean convenience. For a year outside the data it is an estimate — use `dayInfo` to see `provisional`. */
export const isWorkingDay = (date: Ymd): boolean => dayInfo(date).working

export interface CalendarResult {
  date: Ymd
  /** some day examined lies in a year without official data */
  provisional: boolean
}

function walk(from: Ymd, step: 1 | -1, count: number, includeStart: boolean): CalendarResult {
  let date = from
  let provisional = false
  if (includeStart) {
    const info = dayInfo(date)
    provisional = info.provisional
    if (info.working && count === 0) return { date, provisional }
  }
  let left = Math.max(count, 1)
  for (;;) {
    date = addCalendarDays(date, step)
    const info = dayInfo(date)
    provisional ||= info.provisional
    if (info.working && --left === 0) return { date, provisional }
  }
}

/** First working day strictly after `date`. */
export const nextWorkingDay = (date: Ymd): CalendarResult => walk(date, 1, 1, false)
/** `date` itself if it is a working day, else the next one (deadline roll-forward, Regulations art. 12). */
export const workingDayOnOrAfter = (date: Ymd): CalendarResult => walk(date, 1, 0, true)
/** The n-th working day after (n > 0) or before (n < 0) `date`; n = 0 → `date` rolled forward. */
export function addWorkingDays(date: Ymd, n: number): CalendarResult {
  if (!Number.isInteger(n)) throw new RangeError('addWorkingDays expects an integer')
  if (n === 0) return workingDayOnOrAfter(date)
  return walk(date, n > 0 ? 1 : -1, Math.abs(n), false)
}
/** Working days in [from, to] inclusive. */
export function workingDaysBetween(from: Ymd, to: Ymd): { count: number; provisional: boolean } {
  let count = 0
  let provisional = false
  for (let d = from; compareYmd(d, to) <= 0; d = addCalendarDays(d, 1)) {
    const info = dayInfo(d)
    provisional ||= info.provisional
    if (info.working) count++
  }
  return { count, provisional }
}
