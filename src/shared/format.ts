import dayjs from 'dayjs'

/** YYYY-MM-DD everywhere. */
export const formatDate = (value: string | Date | undefined | null): string => (value ? dayjs(value).format('YYYY-MM-DD') : '')

/** "2026-11-25 09:30" */
export const formatDateTime = (value: string | Date | undefined | null): string => (value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '')

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']
export const weekday = (value: string | Date): string => WEEKDAYS[dayjs(value).day()]

/** Whole days from today to the deadline (negative when overdue). */
export const daysUntil = (deadline: string, today: string | Date = new Date()): number =>
  dayjs(deadline).startOf('day').diff(dayjs(today).startOf('day'), 'day')

/** "剩余 12 天" / "今天截止" / "已逾期 3 天" */
export function daysLeftLabel(deadline: string, today: string | Date = new Date()): string {
  const n = daysUntil(deadline, today)
  if (n > 0) return `剩余 ${n} 天`
  if (n === 0) return '今天截止'
  return `已逾期 ${-n} 天`
}

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
