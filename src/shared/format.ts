import dayjs from 'dayjs'
import { DAY_MS, localToEpoch, toLocalDate } from '@/domain/time'

/** YYYY-MM-DD everywhere. */
export const formatDate = (value: string | Date | undefined | null): string => (value ? dayjs(value).format('YYYY-MM-DD') : '')

/** "2026-11-25 09:30" */
export const formatDateTime = (value: string | Date | undefined | null): string => (value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '')

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']
export const weekday = (value: string | Date): string => WEEKDAYS[dayjs(value).day()]

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
