// Year-over-year plausibility: a figure more than 10× (or less than a tenth of) last year's is usually a
// unit slip (元 typed as 万元) — the reporter is asked to confirm it, never refused.
import type { ReportTrack } from './checklist'
import { REPORT_FIELDS, figureAt, fieldPath, type ReportFigures } from './fields'

/** a change by more than this factor (either way) needs confirmation */
export const JUMP_FACTOR = 10

export interface JumpFlag {
  path: string
  label: string
  unit?: string
  current: number
  previous: number
  /** current / previous */
  ratio: number
  direction: 'up' | 'down'
  /** always true: the figure stays acceptable once the reporter confirms it */
  needsConfirmation: true
  message: string
}

const round1 = (n: number) => Math.round(n * 10) / 10

/**
 * Figures that moved by more than JUMP_FACTOR against last year's report. Only positive figures on both
 * sides are compared: a first licence (0 → 3) or a loss (negative profit) has no meaningful ratio.
 */
export function compareWithLastYear(
  track: ReportTrack,
  current: ReportFigures | undefined,
  previous: ReportFigures | undefined,
): JumpFlag[] {
  if (!current || !previous) return []
  const flags: JumpFlag[] = []
  for (const f of REPORT_FIELDS[track]) {
    if (f.kind !== 'number') continue
    const path = fieldPath(f)
    const c = figureAt(current, path)
    const p = figureAt(previous, path)
    if (typeof c !== 'number' || typeof p !== 'number' || !(c > 0) || !(p > 0)) continue
    const ratio = c / p
    if (ratio <= JUMP_FACTOR && ratio >= 1 / JUMP_FACTOR) continue
    const up = ratio > 1
    const unit = f.unit ?? ''
    flags.push({
      path,
      label: f.label,
      unit: f.unit,
      current: c,
      previous: p,
      ratio,
      direction: up ? 'up' : 'down',
      needsConfirmation: true,
      message: up
        ? `${f.label}为上年的 ${round1(ratio)} 倍（上年 ${p}${unit}），请确认数据和单位无误`
        : `${f.label}仅为上年的 ${round1(ratio * 100)}%（上年 ${p}${unit}），请确认数据和单位无误`,
    })
  }
  return flags
}

/** flags the reporter has not confirmed yet (confirmation is by path, for the values shown) */
export const unconfirmedJumps = (flags: readonly JumpFlag[], confirmedPaths: readonly string[]): JumpFlag[] =>
  flags.filter((f) => !confirmedPaths.includes(f.path))
