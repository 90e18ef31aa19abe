// Property: raising one input that an indicator rewards never lowers the participant's total score, and
// lowering it never raises it (mirrored for inputs where lower is better). Hand-rolled with a seeded RNG over
// random populations: mixed fields and provinces (so some groups are too small), missing data, ties, losses.
import {
  DEFAULT_EVALUATION_CONFIG as CFG,
  evaluateYear,
  type EvaluationSubject,
  type EvaluationTrack,
  type IndicatorDef,
} from '../../../src/domain/evaluation'
import type { BrandField } from '../../../src/domain/contract/org'
import { put, rng, subject } from './evaluation-helpers'

const Y = 2025
const FIELDS: BrandField[] = ['manufacturing', 'service', 'agriculture']
const PROVINCES = ['350000', '440000', '110000']

function randomValue(ind: IndicatorDef, r: () => number): number | boolean | string | undefined | null {
  const roll = r()
  if (roll < 0.1) return undefined
  if (ind.rule.kind === 'presence')
    return ind.rule.levels ? Object.keys(ind.rule.levels)[Math.floor(r() * Object.keys(ind.rule.levels).length)] : r() < 0.5
  if (roll < 0.15 && ind.source.endsWith('Rate')) return null
  if (roll < 0.25) return 0 // ties at zero
  if (ind.source.endsWith('Rate')) return Math.round(r() * 100) / 100
  const v = Math.round(r() ** 3 * 10_000)
  return ind.source.endsWith('Profit') || ind.source.endsWith('.profit') ? v - 2_000 : v // losses too
}

function population(track: EvaluationTrack, n: number, r: () => number): EvaluationSubject[] {
  const out: EvaluationSubject[] = []
  for (let i = 0; i < n; i++) {
    const s = subject(`${track}${i}`, track, { field: FIELDS[Math.floor(r() * 3)], provinceCode: PROVINCES[Math.floor(r() * 3)] })
    for (const ind of CFG.tracks[track].indicators) {
      put(s, ind.source, Y, randomValue(ind, r))
      if (ind.rule.kind === 'growth') put(s, ind.source, Y - ind.rule.years, randomValue(ind, r))
    }
    out.push(s)
  }
  return out
}

const clone = (subs: EvaluationSubject[]) => JSON.parse(JSON.stringify(subs)) as EvaluationSubject[]
const scoreOf = (subs: EvaluationSubject[], id: string) => evaluateYear(subs, Y, { only: new Set([id]) })[0].score as number

function readCurrent(s: EvaluationSubject, path: string): unknown {
  const [ns, a, b] = path.split('.')
  if (ns === 'application') return (s.application as Record<string, unknown> | undefined)?.[a]
  const y = s.years[Y] as Record<string, Record<string, unknown>> | undefined
  return ns === 'report' ? (y?.report?.[a] as Record<string, unknown> | undefined)?.[b] : y?.[ns]?.[a]
}

describe('monotonicity of the total score (seeded random cases)', () => {
  for (const track of ['enterprise', 'regional', 'station'] as EvaluationTrack[]) {
    test(`${track}: 400 random changes of one rewarded input`, () => {
      const r = rng(20260 + track.length)
      const numeric = CFG.tracks[track].indicators.filter((i) => i.rule.kind !== 'presence' || !i.rule.levels)
      let checked = 0
      for (let round = 0; round < 8; round++) {
        const subs = population(track, 40, r)
        for (let k = 0; k < 50; k++) {
          const me = subs[Math.floor(r() * subs.length)]
          const ind = numeric[Math.floor(r() * numeric.length)]
          const before = readCurrent(me, ind.source)
          if (typeof before !== 'number' && typeof before !== 'boolean') continue
          const up = r() < 0.5
          const changed = clone(subs)
          const target = changed.find((s) => s.id === me.id) as EvaluationSubject
          const next =
            typeof before === 'boolean'
              ? up
              : before +
                (up ? 1 : -1) * (r() < 0.3 ? Math.abs(before) * 10 + 1 : Math.ceil(r() * 100) / (ind.source.endsWith('Rate') ? 100 : 1))
          if (next === before) continue
          put(target, ind.source, Y, next)
          const s0 = scoreOf(subs, me.id)
          const s1 = scoreOf(changed, me.id)
          const better = next > before === (ind.direction === 'higher')
          const ok = better ? s1 >= s0 : s1 <= s0
          if (!ok) throw new Error(`${track} ${me.id} ${ind.id}: ${String(before)} → ${String(next)} moved the total ${s0} → ${s1}`)
          checked++
        }
      }
      expect(checked).toBeGreaterThan(200)
    })
  }
})
