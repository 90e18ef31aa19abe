// Builders for evaluation tests: subjects with data put at source paths, and a seeded RNG.
import type { EvaluationSubject, EvaluationTrack } from '../../../src/domain/evaluation'
import type { BrandField } from '../../../src/domain/contract/org'

type Value = number | boolean | string | null | undefined

/** put a value at a source path ("report.economic.brandSales", "ip.patents", "application.timeHonored") */
export function put(s: EvaluationSubject, path: string, year: number, value: Value): EvaluationSubject {
  const [ns, a, b] = path.split('.')
  if (ns === 'application') {
    s.application = { ...s.application, [a]: value }
    return s
  }
  const y = (s.years[year] ??= {}) as Record<string, Record<string, unknown>>
  const space = (y[ns] ??= {})
  if (ns === 'report') ((space[a] ??= {}) as Record<string, Value>)[b] = value
  else space[a] = value
  return s
}

export function subject(
  id: string,
  track: EvaluationTrack = 'enterprise',
  opts: { field?: BrandField; provinceCode?: string } = {},
): EvaluationSubject {
  return {
    id,
    track,
    field: track === 'station' ? undefined : (opts.field ?? 'manufacturing'),
    provinceCode: opts.provinceCode ?? '350000',
    years: {},
  }
}

/** mulberry32: small, fast, deterministic */
export function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
