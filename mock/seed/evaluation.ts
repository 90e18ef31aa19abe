// Seed step (runs last: it reads every earlier step's records): evaluates each earlier programme year from
// whatever data the store holds and publishes batch 1 of that year's lists (千企千标 / 百城百品 / 优秀指导站),
// so the public list pages have history. Deterministic: same data → same results, same entries, same order.
import { LIST_KINDS, LIST_TRACK } from '../../src/domain/contract/evaluation'
import { programmeYear } from '../../src/domain/application'
import { rankResults } from '../../src/domain/evaluation'
import { DEFAULT_CONFIG, type Ctx } from '../server/context'
import { yearResults } from '../server/evaluation/results'
import { publishBatch } from '../server/routes/evaluation'
import type { SeedCtx } from './context'

/** the first programme year with lists */
const FIRST_YEAR = 2024

export function seedEvaluation(s: SeedCtx): void {
  const last = programmeYear(s.now) - 1
  for (let year = FIRST_YEAR; year <= last; year++) {
    // evaluated and published as of 15 March of the next year (the reports of the year are in by then)
    const at = new Date(Math.min(s.now.getTime(), Date.UTC(year + 1, 2, 15, 2)))
    const ctx: Ctx = { store: s.store, config: DEFAULT_CONFIG, now: () => at, log: () => undefined }
    const results = yearResults(ctx, year)
    const subjects = results.map((r) => ({
      id: r.subjectId,
      name: r.name,
      track: r.track,
      field: r.field,
      provinceCode: r.provinceCode,
      years: {},
    }))
    for (const list of LIST_KINDS) {
      const ranked = rankResults(
        results.map((r) => r.result),
        subjects,
        { track: LIST_TRACK[list] },
      )
      if (!ranked.ok || ranked.entries.length === 0) continue
      // the better two thirds of the ranked participants make the list
      publishBatch(ctx, { year, list, batch: 1, minScore: 0, limit: Math.max(1, Math.ceil((ranked.entries.length * 2) / 3)) }, 'seed')
    }
  }
}
