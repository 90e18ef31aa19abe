// Scoring rules: each turns an input value into a share (0–1) of the indicator's weight, and says in words
// what it did and what would raise it. Every rule is non-decreasing in the value for direction 'higher'
// (non-increasing for 'lower'), which is what makes "more of a rewarded figure never lowers the total" hold.
import type { PeerView } from './peers'
import type { SourceDef } from './sources'
import type { IndicatorDef, PeerFigures, ScoringRule } from './types'

// shares within float noise of 0 or 1 are snapped, so a participant exactly on a target is told it has full points
const clamp01 = (x: number) => (x <= 1e-12 ? 0 : x >= 1 - 1e-12 ? 1 : x)
const round = (x: number, d = 2) => {
  const f = 10 ** d
  return Math.round(x * f) / f
}
/** "1234567" → "1,234,567" (a loop: a look-ahead regex here cost more than the scoring itself) */
function group3(int: string): string {
  const sign = int[0] === '-' ? '-' : ''
  const digits = sign ? int.slice(1) : int
  if (digits.length <= 3) return int
  const head = digits.length % 3 || 3
  let out = digits.slice(0, head)
  for (let i = head; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`
  return sign + out
}

/** a figure with its unit, rates as percentages */
export function show(v: number, src: SourceDef): string {
  if (src.ratio) return `${round(v * 100, 1)}%`
  const text = String(round(v))
  const dot = text.indexOf('.')
  const grouped = dot < 0 ? group3(text) : group3(text.slice(0, dot)) + text.slice(dot)
  return src.unit ? `${grouped} ${src.unit}` : grouped
}
const pct = (x: number) => `${round(x * 100, 1)}%`
const pts = (x: number) => `${round(x)} 分`

/** the rule in words; peer rules also state their fallback for groups smaller than `minGroupSize` */
export function describeRule(ind: IndicatorDef, src: SourceDef, minGroupSize: number): string {
  const r = ind.rule
  const fallback =
    r.kind === 'peerRank' || r.kind === 'peerRatio'
      ? `；同组可比参与者不足 ${minGroupSize} 个时按绝对标准计分（${show(r.fallbackFull, src)} 得满分）`
      : ''
  switch (r.kind) {
    case 'growth':
      return `与 ${r.years} 年前相比的年均增长率：${pct(r.zero)} 及以下 0 分，${pct(r.full)} 及以上满分，其间按比例`
    case 'peerRank':
      return `在同组可比参与者中的百分位（并列取中间名次），数值为 0 不得分${fallback}`
    case 'peerRatio':
      return `与同组可比参与者中位数之比，达到中位数的 ${r.fullAt} 倍得满分，数值为 0 不得分${fallback}`
    case 'presence':
      if (!r.levels) return '具备得满分，否则不得分'
      return `按级别：${Object.entries(r.levels)
        .map(([k, s]) => `${src.values?.[k] ?? k} ${pct(s)}`)
        .join('，')}`
    case 'threshold':
      return r.steps.map((s) => `${ind.direction === 'higher' ? '达到' : '不超过'} ${show(s.at, src)} 得 ${pct(s.share)}`).join('，')
    case 'linear':
      return `${show(r.zero, src)} 时 0 分，${show(r.full, src)} 时满分，其间按比例`
  }
}

export interface PeerInput {
  view: PeerView
  group: string
}

export interface RuleInput {
  ind: IndicatorDef
  src: SourceDef
  value: number | boolean | string
  /** growth rules: the earlier year's value */
  previous?: number
  previousYear?: number
  /** peer rules: the comparable group (undefined → fallback) */
  peers?: PeerInput
  /** peer rules: why the fallback was used */
  fallbackReason?: string
}

export interface RuleOutcome {
  share: number
  toRaise: string
  peers?: PeerFigures
  fallback?: string
}

const FULL = '已得满分'

export function applyRule(input: RuleInput): RuleOutcome {
  const { ind } = input
  const r = ind.rule
  switch (r.kind) {
    case 'growth':
      return growthRule(input, r)
    case 'peerRank':
    case 'peerRatio':
      return peerRule(input, r)
    case 'presence':
      return presenceRule(input, r)
    case 'threshold':
      return thresholdRule(input, r)
    case 'linear':
      return linearRule(input, r)
  }
}

type Rule<K extends ScoringRule['kind']> = Extract<ScoringRule, { kind: K }>

/**
 * Annualised growth, non-decreasing in `value`: compound growth from a positive start; below −100 % for a
 * loss after a positive start; from 0, any positive value is unbounded growth; from a negative start (a loss),
 * the change relative to its size per year.
 */
export function growthRate(value: number, previous: number, years: number): number {
  if (previous > 0) return value >= 0 ? (value / previous) ** (1 / years) - 1 : -1 + value / previous / years
  if (previous === 0) return value > 0 ? Number.POSITIVE_INFINITY : value < 0 ? Number.NEGATIVE_INFINITY : 0
  return (value - previous) / Math.abs(previous) / years
}

function growthRule({ ind, src, value, previous, previousYear }: RuleInput, r: Rule<'growth'>): RuleOutcome {
  const v = value as number
  const p = previous as number
  const g = growthRate(v, p, r.years)
  const share = g === Number.POSITIVE_INFINITY ? 1 : clamp01((g - r.zero) / (r.full - r.zero))
  if (share >= 1) return { share, toRaise: FULL }
  if (p === 0) return { share, toRaise: `${previousYear} 年为 0，本年大于 0 即可得满分 ${pts(ind.weight)}` }
  const target = p > 0 ? p * (1 + r.full) ** r.years : p + Math.abs(p) * r.full * r.years
  return {
    share,
    toRaise: `达到 ${show(target, src)}（较 ${previousYear} 年年均增长 ${pct(r.full)}）可得满分 ${pts(ind.weight)}`,
  }
}

function peerFigures(peers: PeerInput, v: number): PeerFigures {
  const { view } = peers
  return {
    group: peers.group,
    size: view.size,
    median: view.quantile(0.5),
    p25: view.quantile(0.25),
    p75: view.quantile(0.75),
    percentile: view.percentile(v),
  }
}

function peerRule({ ind, src, value, peers, fallbackReason }: RuleInput, r: Rule<'peerRank' | 'peerRatio'>): RuleOutcome {
  const v = value as number
  if (!peers) {
    const share = v <= 0 ? 0 : clamp01(v / r.fallbackFull)
    return {
      share,
      fallback: `${fallbackReason ?? '同组可比参与者不足'}，改按绝对标准计分：达到 ${show(r.fallbackFull, src)} 得满分`,
      toRaise: share >= 1 ? FULL : `达到 ${show(r.fallbackFull, src)} 可得满分 ${pts(ind.weight)}`,
    }
  }
  const fig = peerFigures(peers, v)
  if (r.kind === 'peerRank') {
    const share = v <= 0 ? 0 : (fig.percentile as number)
    const max = peers.view.at(peers.view.size - 1)
    const toRaise =
      share >= 1
        ? FULL
        : v <= 0 && fig.p75 <= 0
          ? `大于 0 即可得分（同组多数参与者为 0），超过同组最高值 ${show(max, src)} 可得满分 ${pts(ind.weight)}`
          : v < fig.p75
            ? `达到同组前 25% 的水平（${show(fig.p75, src)}以上）约可得 ${pts(ind.weight * 0.75)}`
            : `超过同组最高值 ${show(max, src)} 可得满分 ${pts(ind.weight)}`
    return { share, peers: fig, toRaise }
  }
  const med = fig.median
  const share = v <= 0 ? 0 : med <= 0 ? 1 : clamp01(v / (r.fullAt * med))
  const toRaise =
    share >= 1 ? FULL : `达到同组中位数的 ${r.fullAt} 倍（${show(r.fullAt * Math.max(med, 0), src)}）可得满分 ${pts(ind.weight)}`
  return { share, peers: fig, toRaise }
}

function presenceRule({ ind, src, value }: RuleInput, r: Rule<'presence'>): RuleOutcome {
  if (!r.levels) {
    const share = value === true ? 1 : 0
    return { share, toRaise: share ? FULL : `具备后可得 ${pts(ind.weight)}` }
  }
  const share = clamp01(r.levels[String(value)] ?? 0)
  const better = Object.entries(r.levels)
    .filter(([, s]) => s > share)
    .sort((a, b) => a[1] - b[1])[0]
  return {
    share,
    toRaise: better ? `获得「${src.values?.[better[0]] ?? better[0]}」可得 ${pts(ind.weight * better[1])}` : FULL,
  }
}

function thresholdRule({ ind, src, value }: RuleInput, r: Rule<'threshold'>): RuleOutcome {
  const v = value as number
  const higher = ind.direction === 'higher'
  const reached = (at: number) => (higher ? v >= at : v <= at)
  let share = 0
  for (const s of r.steps) if (reached(s.at) && s.share > share) share = s.share
  const next = r.steps.filter((s) => s.share > share).sort((a, b) => a.share - b.share)[0]
  return {
    share,
    toRaise: next ? `${higher ? '达到' : '降至'} ${show(next.at, src)}${higher ? '' : ' 以内'}可得 ${pts(ind.weight * next.share)}` : FULL,
  }
}

function linearRule({ ind, src, value }: RuleInput, r: Rule<'linear'>): RuleOutcome {
  const share = clamp01(((value as number) - r.zero) / (r.full - r.zero))
  return {
    share,
    toRaise: share >= 1 ? FULL : `${ind.direction === 'higher' ? '达到' : '降至'} ${show(r.full, src)} 可得满分 ${pts(ind.weight)}`,
  }
}
