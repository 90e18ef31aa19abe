// validateConfig: a configuration that breaks the model is refused as a whole, with one Chinese message per
// problem naming the indicator (or dimension) concerned. Nothing is ever half-applied: evaluate() compiles a
// configuration only after it passes.
import { ENTERPRISE_CHECKLIST, REGIONAL_CHECKLIST } from '../report/checklist'
import { sourceDef, type SourceDef } from './sources'
import type { EvaluationConfig, EvaluationTrack, GroupKey, IndicatorDef, TrackModel } from './types'

/** a point of a check-list (annex 6/7 points carry their dimension as well) */
export interface EvaluationItem {
  id: string
  text: string
}

/** the items of the station evaluation (优秀指导站) */
export const STATION_CHECKLIST: readonly EvaluationItem[] = [
  { id: 'S1', text: '服务市场主体数量及增长' },
  { id: 'S2', text: '服务方式和服务主题' },
  { id: 'S3', text: '对接服务参加行动的企业和区域商标品牌' },
  { id: 'S4', text: '按期回访、预约履约（爽约率、取消率）和服务记录' },
  { id: 'S5', text: '服务对象的风险预警在最后期限前处置' },
]

export const TRACK_CHECKLISTS: Record<EvaluationTrack, readonly EvaluationItem[]> = {
  enterprise: ENTERPRISE_CHECKLIST,
  regional: REGIONAL_CHECKLIST,
  station: STATION_CHECKLIST,
}

export const TRACK_LABELS: Record<EvaluationTrack, string> = { enterprise: '企业商标品牌', regional: '区域商标品牌', station: '指导站' }
const TRACKS: readonly EvaluationTrack[] = ['enterprise', 'regional', 'station']
const GROUP_KEYS: readonly GroupKey[] = ['track', 'field', 'province']
const EPS = 1e-6

export type ConfigCheck = { ok: true } | { ok: false; errors: string[] }

const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x)
const name = (ind: IndicatorDef) => `指标「${ind.id ?? '?'}${ind.label ? ` ${ind.label}` : ''}」`

function ruleProblems(ind: IndicatorDef, src: SourceDef): string[] {
  const r = ind.rule as Record<string, unknown> | undefined
  const kind = r?.kind
  const out: string[] = []
  const need = (key: string, ok: (v: unknown) => boolean, what: string) => {
    if (!ok(r?.[key])) out.push(`规则参数 ${key} 缺失或无效（${what}）`)
  }
  const numeric = () => src.kind !== 'number' && out.push(`规则「${String(kind)}」需要数值数据，${src.path} 不是数值`)
  switch (kind) {
    case 'growth':
      numeric()
      need('years', (v) => isNum(v) && Number.isInteger(v) && v >= 1 && v <= 5, '1–5 的整数')
      need('zero', isNum, '数值')
      need('full', (v) => isNum(v) && isNum(r?.zero) && v > (r?.zero as number), '大于 zero 的数值')
      if (!src.yearly) out.push(`增长规则需要逐年数据，${src.path} 不是年度数据`)
      if (ind.direction !== 'higher') out.push('增长规则只能用于数值越高越好的指标')
      break
    case 'peerRatio':
      need('fullAt', (v) => isNum(v) && v > 0, '大于 0')
    // falls through: peer rules share the fallback parameter and constraints
    case 'peerRank':
      numeric()
      need('fallbackFull', (v) => isNum(v) && v > 0, '同组过小时的满分标准，大于 0')
      if (ind.direction !== 'higher') out.push('同组比较规则只能用于数值越高越好的指标')
      break
    case 'presence': {
      const levels = r?.levels as Record<string, unknown> | undefined
      if (levels === undefined) {
        if (src.kind !== 'boolean') out.push(`有无规则需要是/否数据，${src.path} 不是；请为各选项设置 levels`)
      } else if (!levels || typeof levels !== 'object' || !Object.keys(levels).length) out.push('规则参数 levels 缺失或为空')
      else {
        for (const [k, s] of Object.entries(levels)) {
          if (src.kind === 'choice' && !(k in (src.values ?? {}))) out.push(`levels 中的选项「${k}」不是 ${src.path} 的可选值`)
          if (!isNum(s) || s < 0 || s > 1) out.push(`levels.${k} 应为 0–1 之间的得分比例`)
        }
      }
      break
    }
    case 'threshold': {
      numeric()
      const steps = r?.steps
      if (!Array.isArray(steps) || !steps.length) out.push('规则参数 steps 缺失或为空')
      else
        steps.forEach((s: { at?: unknown; share?: unknown }, i) => {
          if (!isNum(s?.at)) out.push(`steps[${i}].at 缺失或无效`)
          if (!isNum(s?.share) || s.share <= 0 || s.share > 1) out.push(`steps[${i}].share 应在 (0, 1] 之间`)
        })
      break
    }
    case 'linear':
      numeric()
      need('zero', isNum, '数值')
      need('full', isNum, '数值')
      if (isNum(r?.zero) && isNum(r?.full)) {
        if (r.zero === r.full) out.push('zero 与 full 不能相等')
        else if (r.full > r.zero !== (ind.direction === 'higher'))
          out.push(
            `方向为「${ind.direction === 'higher' ? '越高越好' : '越低越好'}」时，full 应${ind.direction === 'higher' ? '大于' : '小于'} zero`,
          )
      }
      break
    default:
      out.push(`未知的计分规则「${String(kind)}」`)
  }
  return out
}

function indicatorProblems(track: EvaluationTrack, model: TrackModel, ind: IndicatorDef): string[] {
  const out: string[] = []
  if (!ind.id) out.push('缺少 id')
  if (!model.dimensions.some((d) => d.key === ind.dimension)) out.push(`所属维度「${ind.dimension}」不存在`)
  if (!isNum(ind.weight) || ind.weight < 0) out.push('权重应为非负数')
  if (ind.direction !== 'higher' && ind.direction !== 'lower') out.push('direction 应为 higher 或 lower')
  if (!ind.reason?.trim()) out.push('缺少权重理由（reason）')
  if (!ind.advice?.trim()) out.push('缺少改进建议（advice）')
  if (!TRACK_CHECKLISTS[track].some((c) => c.id === ind.item)) out.push(`对应的评价要点「${ind.item}」不存在`)
  const src = sourceDef(ind.source)
  if (!src) out.push(`读取的数据项 ${ind.source} 不存在`)
  else if (!src.tracks.includes(track)) out.push(`读取的数据项 ${ind.source} 不适用于${TRACK_LABELS[track]}`)
  else out.push(...ruleProblems(ind, src))
  return out.map((m) => `${TRACK_LABELS[track]}${name(ind)}：${m}`)
}

function trackProblems(track: EvaluationTrack, model: TrackModel | undefined): string[] {
  const T = TRACK_LABELS[track]
  if (!model || !Array.isArray(model.dimensions) || !Array.isArray(model.indicators)) return [`缺少${T}的评价模型`]
  const out: string[] = []
  const shares = model.dimensions.reduce((s, d) => s + (isNum(d.share) ? d.share : NaN), 0)
  if (!(Math.abs(shares - 100) < EPS)) out.push(`${T}各维度分值合计为 ${shares}，应为 100`)
  const ids = new Set<string>()
  for (const ind of model.indicators) {
    if (ids.has(ind.id)) out.push(`${T}${name(ind)}：id 重复`)
    ids.add(ind.id)
    out.push(...indicatorProblems(track, model, ind))
  }
  for (const d of model.dimensions) {
    if (!d.reason?.trim()) out.push(`${T}维度「${d.label}」缺少分值理由（reason）`)
    const inds = model.indicators.filter((i) => i.dimension === d.key)
    const sum = inds.reduce((s, i) => s + (isNum(i.weight) ? i.weight : 0), 0)
    if (Math.abs(sum - d.share) > EPS)
      out.push(
        `${T}维度「${d.label}」的指标权重合计 ${+sum.toFixed(4)}，应等于该维度分值 ${d.share}（指标：${inds.map((i) => `${i.id} ${i.weight}`).join('、') || '无'}）`,
      )
  }
  for (const c of TRACK_CHECKLISTS[track])
    if (!model.indicators.some((i) => i.item === c.id)) out.push(`${T}评价要点 ${c.id}「${c.text}」没有任何指标`)
  const dirs = new Map<string, IndicatorDef>()
  for (const ind of model.indicators) {
    const seen = dirs.get(ind.source)
    if (seen && seen.direction !== ind.direction) out.push(`${T}${name(ind)}：与${name(seen)}读取同一数据项 ${ind.source}，但计分方向相反`)
    else if (!seen) dirs.set(ind.source, ind)
  }
  if (!Array.isArray(model.groupLevels) || !model.groupLevels.length) out.push(`${T}缺少同组比较的分组层级（groupLevels）`)
  else
    for (const lvl of model.groupLevels)
      if (!Array.isArray(lvl) || !lvl.includes('track') || lvl.some((k) => !GROUP_KEYS.includes(k)))
        out.push(`${T}分组层级 ${JSON.stringify(lvl)} 无效：须包含 track，且只能使用 track / field / province`)
  return out
}

/** Check a configuration against the model; every problem is listed, nothing is applied when any exists. */
export function validateConfig(config: EvaluationConfig): ConfigCheck {
  const errors: string[] = []
  if (!config || typeof config !== 'object') return { ok: false, errors: ['评价配置缺失'] }
  if (typeof config.version !== 'string' || !config.version.trim()) errors.push('评价配置缺少方法版本号（version）')
  if (!Number.isInteger(config.minGroupSize) || config.minGroupSize < 2) errors.push('最小可比组规模（minGroupSize）应为不小于 2 的整数')
  for (const t of TRACKS) errors.push(...trackProblems(t, config.tracks?.[t]))
  return errors.length ? { ok: false, errors } : { ok: true }
}

export class ConfigError extends Error {
  constructor(readonly errors: string[]) {
    super(`评价配置无效：${errors.join('；')}`)
  }
}
