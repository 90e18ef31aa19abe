import { DAY_MS, localToEpoch, toLocalDate } from '@/domain/time'

// Parsed and printed in the device's zone, as dayjs did (these helpers were dayjs' `format`): no dayjs here
// keeps its 7 KB out of the weapp main package, which these helpers are part of.
// A zone-less "YYYY-MM-DD[ HH:mm[:ss]]" is a local time (new Date() would read a bare date as UTC midnight).
const LOCAL = /^(\d{4})[-/]?(\d{1,2})?[-/]?(\d{0,2})[Tt\s]*(\d{1,2})?:?(\d{1,2})?:?(\d{1,2})?[.:]?(\d+)?$/

function toDate(value: string | Date): Date {
  if (value instanceof Date) return new Date(value.getTime())
  const m = /Z$/i.test(value) ? null : value.match(LOCAL)
  if (!m) return new Date(value)
  const n = (i: number) => Number(m[i] || 0)
  return new Date(n(1), (n(2) || 1) - 1, n(3) || 1, n(4), n(5), n(6), Number((m[7] || '0').slice(0, 3)))
}

const pad = (n: number) => String(n).padStart(2, '0')

function ymd(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** YYYY-MM-DD everywhere. */
export const formatDate = (value: string | Date | undefined | null): string => {
  if (!value) return ''
  const d = toDate(value)
  return Number.isNaN(d.getTime()) ? 'Invalid Date' : ymd(d)
}

/** "2026-11-25 09:30" */
export const formatDateTime = (value: string | Date | undefined | null): string => {
  if (!value) return ''
  const d = toDate(value)
  return Number.isNaN(d.getTime()) ? 'Invalid Date' : `${ymd(d)} ${pad(d.getHours())}:${pad(d.getMinutes())}`
}

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']
export const weekday = (value: string | Date): string => WEEKDAYS[toDate(value).getDay()]

/**
 * Whole days from today to the deadline (negative when overdue), counted in Beijing calendar days —
 * the server counts the same way, so the home and the alert list agree whatever the device's zone.
 * `today` is a Beijing "YYYY-MM-DD" or an instant.
 */
export const daysUntil = (deadline: string, today: string | Date = new Date()): number => {
  const day = typeof today === 'string' ? today.slice(0, 10) : toLocalDate(today)
  return Math.round((localToEpoch(deadline.slice(0, 10)) - localToEpoch(day)) / DAY_MS)
}

/** "剩余 12 天" / "今天截止" / "已逾期 3 天" for a number of days left. */
export function daysLeftText(n: number): string {
  if (n > 0) return `剩余 ${n} 天`
  if (n === 0) return '今天截止'
  return `已逾期 ${-n} 天`
}

/** "剩余 12 天" / "今天截止" / "已逾期 3 天" */
export const daysLeftLabel = (deadline: string, today: string | Date = new Date()): string => daysLeftText(daysUntil(deadline, today))

/** Tone of a deadline: red when overdue or within 15 days, amber within 60. */
export function deadlineTone(deadline: string, today: string | Date = new Date()): 'danger' | 'warning' | 'default' {
  const n = daysUntil(deadline, today)
  if (n <= 15) return 'danger'
  if (n <= 60) return 'warning'
  return 'default'
}

/** Thousands separators; amounts in 万元 keep up to 2 decimals. */
export function formatNumber(value: number | null | undefined, fractionDigits = 0): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—'
  const fixed = value.toFixed(fractionDigits)
  const [int, frac] = fixed.split('.')
  const withSep = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return frac ? `${withSep}.${frac}` : withSep
}
