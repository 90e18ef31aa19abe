// Rankings for reviewers: results of one method version, filtered by track, field, province and score band.
// Equal scores share a rank (1, 1, 3 …); participants without any scored data have no score and are not ranked.
import type { BrandField } from '../contract/org'
import type { EvaluationResult, EvaluationSubject, EvaluationTrack } from './types'

export interface RankingFilter {
  track?: EvaluationTrack
  field?: BrandField
  /** any code of the province (first two digits compared) */
  provinceCode?: string
  /** inclusive score band */
  minScore?: number
  maxScore?: number
}

export interface RankedEntry {
  rank: number
  subjectId: string
  name?: string
  track: EvaluationTrack
  field?: BrandField
  provinceCode: string
  score: number
  confidence: number
  methodVersion: string
}

export type RankingOutcome = { ok: true; entries: RankedEntry[] } | { ok: false; error: string }

export function rankResults(
  results: readonly EvaluationResult[],
  subjects: readonly EvaluationSubject[],
  filter: RankingFilter = {},
): RankingOutcome {
  const versions = new Set(results.map((r) => r.methodVersion))
  if (versions.size > 1) return { ok: false, error: `不同评价方法版本（${[...versions].join('、')}）的结果不可比较，不能一起排名` }
  const byId = new Map(subjects.map((s) => [s.id, s]))
  const province = filter.provinceCode?.slice(0, 2)
  const rows = results.flatMap((r): RankedEntry[] => {
    const s = byId.get(r.subjectId)
    if (!s || r.score === null) return []
    if (filter.track && r.track !== filter.track) return []
    if (filter.field && s.field !== filter.field) return []
    if (province && s.provinceCode.slice(0, 2) !== province) return []
    if (filter.minScore !== undefined && r.score < filter.minScore) return []
    if (filter.maxScore !== undefined && r.score > filter.maxScore) return []
    return [
      {
        rank: 0,
        subjectId: r.subjectId,
        name: s.name,
        track: r.track,
        field: s.field,
        provinceCode: s.provinceCode,
        score: r.score,
        confidence: r.confidence,
        methodVersion: r.methodVersion,
      },
    ]
  })
  rows.sort((a, b) => b.score - a.score || a.subjectId.localeCompare(b.subjectId))
  rows.forEach((row, i) => (row.rank = i > 0 && rows[i - 1].score === row.score ? rows[i - 1].rank : i + 1))
  return { ok: true, entries: rows }
}
