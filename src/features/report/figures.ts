// Between what the form holds (typed text per path) and the figures the domain schema checks.
import { REPORT_FIELDS, fieldPath, type ReportFigures, type ReportTrack } from '@/domain/report'
import type { ReportInput } from './store'

const NUMERIC = /^\s*-?(\d+(\.\d*)?|\.\d+)\s*$/

/** Typed input → figures: numbers parsed, blanks left out, anything else kept as text (the schema then says 请输入数字). */
export function toFigures(track: ReportTrack, input: ReportInput): ReportFigures {
  const out: ReportFigures = {}
  for (const f of REPORT_FIELDS[track]) {
    const raw = input[fieldPath(f)]
    if (raw === undefined || raw === '') continue
    const v = f.kind === 'number' && typeof raw === 'string' ? (NUMERIC.test(raw) ? Number(raw) : raw.trim()) : raw
    ;(out[f.dimension] ??= {})[f.key] = v
  }
  return out
}

/** Server figures → form input (numbers as text). */
export function toInput(track: ReportTrack, figures: ReportFigures | undefined): ReportInput {
  const out: ReportInput = {}
  for (const f of REPORT_FIELDS[track]) {
    const v = figures?.[f.dimension]?.[f.key]
    if (v === undefined) continue
    out[fieldPath(f)] = typeof v === 'number' ? String(v) : v
  }
  return out
}

/** How many fields of a dimension are filled, of how many. */
export function filledCount(track: ReportTrack, input: ReportInput, dimension: string): { filled: number; total: number } {
  const fields = REPORT_FIELDS[track].filter((f) => f.dimension === dimension)
  return { filled: fields.filter((f) => input[fieldPath(f)] !== undefined).length, total: fields.length }
}
