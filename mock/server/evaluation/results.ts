// The year's evaluation results, each with the method version it used. Until a list of the year is published
// they follow the data: derived on read (kept in memory until an input collection changes), so a GET never
// writes. Publishing the first batch stores them (`evaluationResults`) and from then on they are final — the
// lists were drawn from them.
import type { EvaluationResultView, SubjectInfo } from '../../../src/domain/contract/evaluation'
import { BRAND_FIELD_LABELS } from '../../../src/domain/contract'
import { DEFAULT_EVALUATION_CONFIG, TRACK_LABELS, evaluateYear, inputText, type EvaluationResult } from '../../../src/domain/evaluation'
import { provinceName } from '../../../src/domain/quota'
import { toLocalDate } from '../../../src/domain/time'
import type { Store, StoredEvaluationResult } from '../../store'
import type { Ctx } from '../context'
import { loadYear, type LoadedSubject } from './inputs'

/** the collections the loader reads: a write to any of them may change a result */
const INPUTS = ['applications', 'reports', 'visits', 'members', 'alerts', 'trademarks', 'bookings', 'links', 'orgs', 'stations'] as const

function fingerprint(ctx: Ctx): string {
  return [toLocalDate(ctx.now()), ...INPUTS.map((n) => ctx.store.collections[n].version)].join(':')
}

const memo = new WeakMap<Store, Map<number, { fp: string; rows: StoredEvaluationResult[] }>>()

export const resultId = (year: number, subjectId: string) => `${year}:${subjectId}`

export function isFinal(ctx: Ctx, year: number): boolean {
  return ctx.store.listBatches.count({ year }) > 0
}

function toStored(year: number, loaded: LoadedSubject[], results: EvaluationResult[], at: string): StoredEvaluationResult[] {
  const byId = new Map(loaded.map((l) => [l.subject.id, l]))
  return results.map((r) => {
    const s = byId.get(r.subjectId)!.subject
    return {
      id: resultId(year, r.subjectId),
      year,
      subjectId: r.subjectId,
      track: r.track,
      provinceCode: s.provinceCode,
      methodVersion: r.methodVersion,
      name: s.name ?? s.id,
      ...(s.field ? { field: s.field } : {}),
      result: r,
      computedAt: at,
    }
  })
}

/** Scores the year's participants (nothing is written: see publishBatch for when results are stored). */
export function computeYear(ctx: Ctx, year: number): StoredEvaluationResult[] {
  const loaded = loadYear(ctx, year)
  const results = evaluateYear(
    loaded.map((l) => l.subject),
    year,
    { config: DEFAULT_EVALUATION_CONFIG },
  )
  return toStored(year, loaded, results, ctx.now().toISOString())
}

/** The year's results: final ones as stored, otherwise up to date with the data. */
export function yearResults(ctx: Ctx, year: number): StoredEvaluationResult[] {
  if (isFinal(ctx, year)) return ctx.store.evaluationResults.where({ year })
  let perStore = memo.get(ctx.store)
  if (!perStore) memo.set(ctx.store, (perStore = new Map()))
  const fp = fingerprint(ctx)
  const hit = perStore.get(year)
  if (hit && hit.fp === fp) return hit.rows
  const rows = computeYear(ctx, year)
  perStore.set(year, { fp, rows })
  return rows
}

export function subjectInfo(row: Pick<StoredEvaluationResult, 'subjectId' | 'name' | 'track' | 'field' | 'provinceCode'>): SubjectInfo {
  return {
    id: row.subjectId,
    name: row.name,
    track: row.track,
    trackLabel: TRACK_LABELS[row.track],
    ...(row.field ? { field: row.field, fieldLabel: BRAND_FIELD_LABELS[row.field] } : {}),
    provinceCode: row.provinceCode,
    provinceName: provinceName(row.provinceCode),
  }
}

/** The wire form of a result: every input says whether it is missing and how it reads. */
export function resultView(info: SubjectInfo, r: EvaluationResult, computedAt: string): EvaluationResultView {
  return {
    subject: info,
    year: r.year,
    methodVersion: r.methodVersion,
    score: r.score,
    confidence: r.confidence,
    dimensions: r.dimensions,
    indicators: r.indicators.map((i) => ({
      ...i,
      inputs: i.inputs.map((x) => ({
        source: x.source,
        label: x.label,
        ...(x.unit ? { unit: x.unit } : {}),
        year: x.year,
        ...(x.value !== undefined ? { value: x.value } : {}),
        missing: x.value === undefined,
        text: inputText(x),
      })),
    })),
    missing: r.missing,
    computedAt,
  }
}
