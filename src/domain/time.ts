// Beijing time (Asia/Shanghai, UTC+8 all year: China has no daylight saving since 1991).
// The programme's calendar days, deadlines and office hours are Beijing days, whatever the device's clock zone.

export const BEIJING_OFFSET_MS = 8 * 3600 * 1000
export const DAY_MS = 24 * 3600 * 1000

const pad = (n: number) => String(n).padStart(2, '0')

/** "YYYY-MM-DDTHH:mm" in Beijing time. */
export function toLocalDateTime(d: Date): string {
  const t = new Date(d.getTime() + BEIJING_OFFSET_MS)
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}T${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`
}

/** The Beijing calendar day "YYYY-MM-DD" of an instant. */
export function toLocalDate(d: Date): string {
  return toLocalDateTime(d).slice(0, 10)
}

/** The Beijing calendar year of an instant. */
export function localYear(d: Date): number {
  return new Date(d.getTime() + BEIJING_OFFSET_MS).getUTCFullYear()
}

/** Epoch ms of a Beijing "YYYY-MM-DDTHH:mm" (or "YYYY-MM-DD" = midnight). */
export function localToEpoch(local: string): number {
  const [date, time = '00:00'] = local.split('T')
  const [y, m, d] = date.split('-').map(Number)
  const [hh, mm] = time.split(':').map(Number)
  return Date.UTC(y, m - 1, d, hh, mm) - BEIJING_OFFSET_MS
}
