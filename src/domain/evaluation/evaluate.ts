// evaluateYear(): scores every participant of a year against its comparable peers, with an explanation per
// indicator. Scores are over the weight of the indicators that have data (missing data is never scored zero;
// it lowers `confidence` instead); indicators that do not apply (null data) leave both out.
import { BRAND_FIELD_LABELS } from '../contract/org'
import { provinceName } from '../quota'
import { DEFAULT_EVALUATION_CONFIG } from './config.default'
import { GroupIndex, PeerView } from './peers'
import { applyRule, describeRule, type PeerInput } from './rules'
import { sourceDef, sourceReader, type SourceDef, type SourceReader } from './sources'
import { ConfigError, TRACK_LABELS, validateConfig } from './validate-config'
import type {
  DimensionResult,
  EvaluationConfig,
  EvaluationResult,
  EvaluationSubject,
  EvaluationTrack,
  GroupKey,
  IndicatorDef,
  IndicatorResult,
  InputValue,
  TrackModel,
} from './types'

interface CompiledIndicator {
  def: IndicatorDef
  src: SourceDef
  read: SourceReader
  rule: string
  peer: boolean
}

interface CompiledTrack {
  model: TrackModel
  indicators: CompiledIndicator[]
}

export interface CompiledConfig {
  config: EvaluationConfig
  tracks: Record<EvaluationTrack, CompiledTrack>
}

const compiledCache = new WeakMap<EvaluationConfig, CompiledConfig>()

/** Validate and prepare a configuration (cached per object). Throws ConfigError listing every problem. */
export function compileConfig(config: EvaluationConfig): CompiledConfig {
  const hit = compiledCache.get(config)
  if (hit) return hit
  const check = validateConfig(config)
  if (!check.ok) throw new ConfigError(check.errors)
  const tracks = {} as Record<EvaluationTrack, CompiledTrack>
  for (const t of Object.keys(config.tracks) as EvaluationTrack[]) {
    const model = config.tracks[t]
    tracks[t] = {
      model,
      indicators: model.indicators.map((def) => {
        const src = sourceDef(def.source) as SourceDef
        return { def, src, read: sourceReader(def.source), rule: describeRule(def, src), peer: def.rule.kind.startsWith('peer') }
      }),
    }
  }
  const compiled = { config, tracks }
  compiledCache.set(config, compiled)
  return compiled
}

const groupKey = (s: EvaluationSubject, level: readonly GroupKey[]): string =>
  level.map((k) => (k === 'track' ? s.track : k === 'field' ? (s.field ?? '-') : s.provinceCode)).join('|')

const groupLabel = (s: EvaluationSubject, level: readonly GroupKey[]): string =>
  level
    .map((k) =>
      k === 'track' ? TRACK_LABELS[s.track] : k === 'field' ? (s.field ? BRAND_FIELD_LABELS[s.field] : '未填领域') : provinceName(s.provinceCode) || s.provinceCode,
    )
    .join(' · ')

const round2 = (x: number) => Math.round(x * 100) / 100
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)

/** peer values of every peer indicator, per group level, for one track's subjects */
function buildPeerIndex(track: CompiledTrack, subjects: readonly EvaluationSubject[], year: number): Map<string, GroupIndex[]> {
  const index = new Map<string, GroupIndex[]>()
  for (const ci of track.indicators) {
    if (!ci.peer) continue
    const levels = track.model.groupLevels.map(() => new GroupIndex())
    for (const s of subjects) {
      const v = ci.read(s, year)
      if (!isNumber(v)) continue
      track.model.groupLevels.forEach((lvl, i) => levels[i].add(groupKey(s, lvl), v))
    }
    index.set(ci.def.id, levels)
  }
  return index
}

function pickPeers(
  s: EvaluationSubject,
  v: number,
  levels: GroupIndex[],
  track: CompiledTrack,
  minSize: number,
): { peers?: PeerInput; fallbackReason?: string } {
  let widest = { label: '', size: 0 }
  for (let i = 0; i < levels.length; i++) {
    const lvl = track.model.groupLevels[i]
    const values = levels[i].get(groupKey(s, lvl))
    if (!values) continue
    const view = new PeerView(values, v)
    if (view.size >= minSize) return { peers: { view, group: groupLabel(s, lvl) } }
    if (view.size > 0 && view.size >= widest.size) widest = { label: groupLabel(s, lvl), size: view.size }
  }
  const where = widest.label ? `（「${widest.label}」仅 ${widest.size} 个）` : ''
  return { fallbackReason: `同组可比参与者不足 ${minSize} 个${where}` }
}

/** an indicator's explained result, with its unrounded points (totals are summed before rounding) */
interface Scored {
  result: IndicatorResult
  exact: number
}

function input(ci: CompiledIndicator, year: number, value: InputValue['value']): InputValue {
  return { source: ci.def.source, label: ci.src.label, unit: ci.src.unit, year, value }
}

function scoreIndicator(
  ci: CompiledIndicator,
  s: EvaluationSubject,
  year: number,
  peerIndex: Map<string, GroupIndex[]>,
  track: CompiledTrack,
  minSize: number,
): Scored {
  const { def } = ci
  const value = ci.read(s, year)
  const inputs = [input(ci, year, value)]
  const base = { id: def.id, label: def.label, item: def.item, dimension: def.dimension, weight: def.weight, rule: ci.rule, advice: def.advice, inputs }
  const missing = (what: string): Scored => ({
    exact: 0,
    result: { ...base, status: 'missing', points: null, toRaise: `请补报 ${what}；缺失数据不计分，但会降低评价置信度` },
  })
  if (value === null) return { exact: 0, result: { ...base, status: 'not_applicable', points: null, toRaise: '本年度不适用' } }
  if (value === undefined) return missing(`${year} 年的「${ci.src.label}」`)
  let previous: number | undefined
  let previousYear: number | undefined
  if (def.rule.kind === 'growth') {
    previousYear = year - def.rule.years
    const p = ci.read(s, previousYear)
    inputs.push(input(ci, previousYear, p))
    if (!isNumber(p)) return missing(`${previousYear} 年的「${ci.src.label}」（计算增长需要）`)
    previous = p
  }
  const peerPick = ci.peer ? pickPeers(s, value as number, peerIndex.get(def.id) as GroupIndex[], track, minSize) : {}
  const out = applyRule({ ind: def, src: ci.src, value: value as number | boolean | string, previous, previousYear, ...peerPick })
  const exact = out.share * def.weight
  return {
    exact,
    result: { ...base, status: 'scored', points: round2(exact), peers: out.peers, fallback: out.fallback, toRaise: out.toRaise },
  }
}

function assemble(s: EvaluationSubject, year: number, version: string, track: CompiledTrack, scored: Scored[]): EvaluationResult {
  let pointsAll = 0
  let withData = 0
  let applicable = 0
  const dimensions: DimensionResult[] = track.model.dimensions.map((d) => ({ key: d.key, label: d.label, share: d.share, points: 0, weightWithData: 0, score: null }))
  const byKey = new Map(dimensions.map((d) => [d.key, d]))
  for (const { result: r, exact } of scored) {
    if (r.status === 'not_applicable') continue
    applicable += r.weight
    if (r.status !== 'scored') continue
    const d = byKey.get(r.dimension) as DimensionResult
    d.points += exact
    d.weightWithData += r.weight
    pointsAll += exact
    withData += r.weight
  }
  const indicators = scored.map((x) => x.result)
  for (const d of dimensions) {
    d.score = d.weightWithData > 0 ? round2((100 * d.points) / d.weightWithData) : null
    d.points = round2(d.points)
  }
  return {
    subjectId: s.id,
    track: s.track,
    year,
    methodVersion: version,
    score: withData > 0 ? round2((100 * pointsAll) / withData) : null,
    confidence: applicable > 0 ? round2(withData / applicable) : 0,
    dimensions,
    indicators,
    missing: indicators.filter((r) => r.status === 'missing').map((r) => r.id),
  }
}

export interface EvaluateOptions {
  config?: EvaluationConfig
  /** score only these participants (all subjects still serve as peers) */
  only?: ReadonlySet<string>
}

/** Score every participant (or `only` some) of `year`; peers are the other subjects of the same track. */
export function evaluateYear(subjects: readonly EvaluationSubject[], year: number, opts: EvaluateOptions = {}): EvaluationResult[] {
  const compiled = compileConfig(opts.config ?? DEFAULT_EVALUATION_CONFIG)
  const { minGroupSize, version } = compiled.config
  const results: EvaluationResult[] = []
  for (const t of Object.keys(compiled.tracks) as EvaluationTrack[]) {
    const track = compiled.tracks[t]
    const subs = subjects.filter((s) => s.track === t)
    if (!subs.length) continue
    const peerIndex = buildPeerIndex(track, subs, year)
    for (const s of subs) {
      if (opts.only && !opts.only.has(s.id)) continue
      const inds = track.indicators.map((ci) => scoreIndicator(ci, s, year, peerIndex, track, minGroupSize))
      results.push(assemble(s, year, version, track, inds))
    }
  }
  return results
}
