// Self-assessment: the same evaluation on the applicant's own data (before applying, or before submitting the
// yearly report), plus the indicators where it loses the most points and what to do about each.
import { evaluateYear, type EvaluateOptions } from './evaluate'
import type { EvaluationResult, EvaluationSubject, IndicatorResult } from './types'

export interface WeakIndicator {
  id: string
  label: string
  dimension: string
  status: IndicatorResult['status']
  weight: number
  points: number | null
  /** points not obtained (the whole weight when the data is missing) */
  lost: number
  toRaise: string
  advice: string
}

export interface SelfAssessment {
  result: EvaluationResult
  weakest: WeakIndicator[]
}

/** the indicators losing the most points, missing ones included; ties: the heavier indicator first */
export function weakestIndicators(result: EvaluationResult, limit = 5): WeakIndicator[] {
  return result.indicators
    .filter((r) => r.status !== 'not_applicable')
    .map((r) => ({
      id: r.id,
      label: r.label,
      dimension: r.dimension,
      status: r.status,
      weight: r.weight,
      points: r.points,
      lost: Math.round((r.weight - (r.points ?? 0)) * 100) / 100,
      toRaise: r.toRaise,
      advice: r.advice,
    }))
    .filter((w) => w.lost > 0)
    .sort((a, b) => b.lost - a.lost || b.weight - a.weight || a.id.localeCompare(b.id))
    .slice(0, limit)
}

/**
 * Score `subject` as the evaluation would, against `peers` (the other participants of its track, e.g. last
 * year's published figures), without scoring the peers themselves.
 */
export function selfAssess(
  subject: EvaluationSubject,
  peers: readonly EvaluationSubject[],
  year: number,
  opts: Omit<EvaluateOptions, 'only'> & { limit?: number } = {},
): SelfAssessment {
  const others = peers.filter((p) => p.id !== subject.id)
  const [result] = evaluateYear([subject, ...others], year, { config: opts.config, only: new Set([subject.id]) })
  return { result, weakest: weakestIndicators(result, opts.limit) }
}
