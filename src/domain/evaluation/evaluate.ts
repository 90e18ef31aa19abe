// evaluateYear(): scores every participant of a year against its comparable peers, with an explanation per
// indicator. Scores are over the weight of the indicators that have data (missing data is never scored zero;
// it lowers `confidence` instead); indicators that do not apply (null data) leave both out.
import { BRAND_FIELD_LABELS } from '../contract/labels'
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
  SubjectYear,
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

// cached per object, with its JSON text: a configuration edited in place after use is validated again
const compiledCache = new WeakMap<EvaluationConfig, { text: string; compiled: CompiledConfig }>()

/** Validate and prepare a configuration. Throws ConfigError listing every problem; nothing is half-applied. */
export function compileConfig(config: EvaluationConfig): CompiledConfig {
  const text = JSON.stringify(config)
  const hit = compiledCache.get(config)
  if (hit && hit.text === text) return hit.compiled
  // work on a private copy, so later edits of the caller's object cannot reach a compiled method
  const copy = JSON.parse(text) as EvaluationConfig
  const check = validateConfig(copy)
  if (!check.ok) throw new ConfigError(check.errors)
  const tracks = {} as Record<EvaluationTrack, CompiledTrack>
  for (const t of Object.keys(copy.tracks) as EvaluationTrack[]) {
    const model = copy.tracks[t]
    tracks[t] = {
      model,
      indicators: model.indicators.map((def) => {
        const src = sourceDef(def.source) as SourceDef
        return {
          def,
          src,
          read: sourceReader(def.source),
          rule: describeRule(def, src, copy.minGroupSize),
          peer: def.rule.kind.startsWith('peer'),
        }
      }),
    }
  }
  const compiled = { config: copy, tracks }
  compiledCache.set(config, { text, compiled })
  return compiled
}

const groupKey = (s: EvaluationSubject, level: readonly GroupKey[]): string =>
  level.map((k) => (k === 'track' ? s.track : k === 'field' ? (s.field ?? '-') : s.provinceCode)).join('|')

const groupLabel = (s: EvaluationSubject, level: readonly GroupKey[]): string =>
  level
    .map((k) =>
      k === 'track'
        ? TRACK_LABELS[s.track]
        : k === 'field'
          ? s.field
            ? BRAND_FIELD_LABELS[s.field]
            : '未填领域'
          : provinceName(s.provinceCode) || s.provinceCode,
    )
    .join(' · ')

const round2 = (x: number) => Math.round(x * 100) / 100
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)

/** one track's run: peer values per indicator and group level, and per-subject group keys */
interface TrackRun {
  track: CompiledTrack
  year: number
  minSize: number
  peerIndex: Map<string, GroupIndex[]>
  keys: Map<EvaluationSubject, string[]>
  /** group key → its label (built once per group) */
  labels: Map<string, string>
}

function labelOf(run: TrackRun, s: EvaluationSubject, level: number): string {
  const key = (run.keys.get(s) as string[])[level]
  let l = run.labels.get(key)
  if (l === undefined) run.labels.set(key, (l = groupLabel(s, run.track.model.groupLevels[level])))
  return l
}

function startTrack(track: CompiledTrack, subjects: readonly EvaluationSubject[], year: number, minSize: number): TrackRun {
  const levels = track.model.groupLevels
  const keys = new Map(subjects.map((s) => [s, levels.map((lvl) => groupKey(s, lvl))]))
  const peerIndex = new Map<string, GroupIndex[]>()
  const yearData = subjects.map((s) => s.years[year])
  const subjectKeys = subjects.map((s) => keys.get(s) as string[])
  for (const ci of track.indicators) {
    if (!ci.peer) continue
    const index = levels.map(() => new GroupIndex())
    for (let j = 0; j < subjects.length; j++) {
      const v = ci.read(subjects[j], yearData[j])
      if (!isNumber(v)) continue
      const k = subjectKeys[j]
      for (let i = 0; i < index.length; i++) index[i].add(k[i], v)
    }
    peerIndex.set(ci.def.id, index)
  }
  return { track, year, minSize, peerIndex, keys, labels: new Map() }
}

/** the narrowest group level with enough comparable peers, else why the fallback applies */
function pickPeers(run: TrackRun, ci: CompiledIndicator, s: EvaluationSubject, v: number): { peers?: PeerInput; fallbackReason?: string } {
  const index = run.peerIndex.get(ci.def.id) as GroupIndex[]
  const keys = run.keys.get(s) as string[]
  let widest = -1
  let widestSize = 0
  for (let i = 0; i < index.length; i++) {
    const values = index[i].get(keys[i])
    if (!values) continue
    const view = new PeerView(values, v)
    if (view.size >= run.minSize) return { peers: { view, group: labelOf(run, s, i) } }
    if (view.size > 0 && view.size >= widestSize) {
      widest = i
      widestSize = view.size
    }
  }
  const where = widest >= 0 ? `（「${labelOf(run, s, widest)}」仅 ${widestSize} 个）` : ''
  return { fallbackReason: `同组可比参与者不足 ${run.minSize} 个${where}` }
}

/** an indicator's explained result, with its unrounded points (totals are summed before rounding) */
interface Scored {
  result: IndicatorResult
  exact: number
}

function input(ci: CompiledIndicator, year: number, value: InputValue['value']): InputValue {
  return { source: ci.def.source, label: ci.src.label, unit: ci.src.unit, year, value }
}

function unscored(ci: CompiledIndicator, inputs: InputValue[], status: 'missing' | 'not_applicable', toRaise: string): Scored {
  const d = ci.def
  return {
    exact: 0,
    result: {
      id: d.id,
      label: d.label,
      item: d.item,
      dimension: d.dimension,
      weight: d.weight,
      status,
      points: null,
      inputs,
      rule: ci.rule,
      toRaise,
      advice: d.advice,
    },
  }
}

const missingText = (what: string) => `请补报 ${what}；缺失数据不计分，但会降低评价置信度`

function scoreIndicator(run: TrackRun, ci: CompiledIndicator, s: EvaluationSubject, yearData: SubjectYear | undefined): Scored {
  const { def } = ci
  const year = run.year
  const value = ci.read(s, yearData)
  const inputs = [input(ci, year, value)]
  if (value === null) return unscored(ci, inputs, 'not_applicable', '本年度不适用')
  if (value === undefined) return unscored(ci, inputs, 'missing', missingText(`${year} 年的「${ci.src.label}」`))
  let previous: number | undefined
  let previousYear: number | undefined
  if (def.rule.kind === 'growth') {
    previousYear = year - def.rule.years
    const p = ci.read(s, s.years[previousYear])
    inputs.push(input(ci, previousYear, p))
    if (!isNumber(p)) return unscored(ci, inputs, 'missing', missingText(`${previousYear} 年的「${ci.src.label}」（计算增长需要）`))
    previous = p
  }
  const pick = ci.peer ? pickPeers(run, ci, s, value as number) : undefined
  const out = applyRule({ ind: def, src: ci.src, value, previous, previousYear, peers: pick?.peers, fallbackReason: pick?.fallbackReason })
  const exact = out.share * def.weight
  return {
    exact,
    result: {
      id: def.id,
      label: def.label,
      item: def.item,
      dimension: def.dimension,
      weight: def.weight,
      status: 'scored',
      points: round2(exact),
      inputs,
      rule: ci.rule,
      peers: out.peers,
      fallback: out.fallback,
      toRaise: out.toRaise,
      advice: def.advice,
    },
  }
}

function assemble(s: EvaluationSubject, year: number, version: string, track: CompiledTrack, scored: Scored[]): EvaluationResult {
  let pointsAll = 0
  let withData = 0
  let applicable = 0
  const dimensions: DimensionResult[] = track.model.dimensions.map((d) => ({
    key: d.key,
    label: d.label,
    share: d.share,
    points: 0,
    weightWithData: 0,
    score: null,
  }))
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
    const run = startTrack(track, subs, year, minGroupSize)
    for (const s of subs) {
      if (opts.only && !opts.only.has(s.id)) continue
      const yearData = s.years[year]
      const inds = track.indicators.map((ci) => scoreIndicator(run, ci, s, yearData))
      results.push(assemble(s, year, version, track, inds))
    }
  }
  return results
}
