// Between the "YYYY-MM-DDTHH:mm" Beijing wall-clock strings of the programme year and NutUI's DatePicker,
// which works on Date objects in the device's time zone. The picker only shows and returns the wall-clock
// numbers, so a Date is built from the same numbers in local time and read back the same way: the Beijing
// minute typed is the minute shown, whatever the device's zone.
import { formatLocalDateTime, isLocalDateTime } from '@/domain/outcome'

const pad = (n: number | string) => String(n).padStart(2, '0')

/** A Beijing "YYYY-MM-DDTHH:mm" as a Date carrying the same wall-clock numbers locally. */
export function wallClockDate(local: string): Date {
  const [d, t] = local.split('T')
  const [y, m, day] = d.split('-').map(Number)
  const [h, min] = t.split(':').map(Number)
  return new Date(y, m - 1, day, h, min)
}

/** The picker's selected column values ([year, month, day, hour, minute]) as "YYYY-MM-DDTHH:mm". */
export function fromPickerValues(values: readonly unknown[]): string | null {
  if (values.length < 5) return null
  // the columns may carry their unit ("2026年") when shown in Chinese
  const [y, m, d, h, min] = values.map((v) => parseInt(String(v), 10))
  const out = `${y}-${pad(m)}-${pad(d)}T${pad(h)}:${pad(min)}`
  return isLocalDateTime(out) ? out : null
}

/**
 * Where the picker opens: the typed value when it is a valid minute inside [min, max], else the bound it
 * passed, else `fallback` clamped into the range.
 */
export function pickerStart(typed: string, fallback: string, min?: string, max?: string): string {
  const v = isLocalDateTime(typed.trim()) ? typed.trim() : fallback
  if (min && v < min) return min
  if (max && v > max) return max
  return v
}

/** Field errors of a typed minute against the format and the window; none for an empty field (the server asks). */
export function dateTimeError(v: string, min?: string, max?: string): string | undefined {
  const t = v.trim()
  if (!t) return undefined
  if (!isLocalDateTime(t)) return '请按“2026-12-15T17:00”的格式填写，或点“选择”（北京时间）'
  if (min && t < min) return `不能早于 ${formatLocalDateTime(min)}`
  if (max && t > max) return `不能晚于 ${formatLocalDateTime(max)}`
  return undefined
}
