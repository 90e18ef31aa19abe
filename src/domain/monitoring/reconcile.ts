// Alerts are derived state: the mock stores the last run's alerts with their input version and, after each run,
// applies only the difference. Identity is the alert's key; "changed" means a change in its inputs or in what the
// clock did to it (rule, level, last day, 暂定) — never daysLeft alone, which moves every day and is
// recomputed on read.
import type { MonitorAlert } from './types'

export const COMPARED_FIELDS = ['inputVersion', 'rule', 'level', 'lastDay', 'provisional'] as const
export type ComparedField = (typeof COMPARED_FIELDS)[number]
export type AlertState = Pick<MonitorAlert, 'key' | ComparedField>

export interface Reconciled<P extends AlertState, C extends AlertState> {
  /** computed now, not stored before */
  added: C[]
  /** stored and computed, with a different input version or outcome; `changes` lists the fields */
  updated: Array<{ previous: P; next: C; changes: ComparedField[] }>
  /** stored, no longer computed: the window closed, the mark changed, the entry left the feed */
  resolved: P[]
  unchanged: Array<{ previous: P; next: C }>
}

/**
 * Compare the stored alerts with a fresh run. `inScope(key)` limits resolution to the alerts this run could have
 * produced (e.g. one organisation's): stored alerts outside it are left alone, neither resolved nor unchanged.
 */
export function reconcile<P extends AlertState, C extends AlertState>(
  previous: readonly P[],
  computed: readonly C[],
  opts: { inScope?: (key: string) => boolean } = {},
): Reconciled<P, C> {
  const prevByKey = new Map<string, P>()
  for (const p of previous) {
    if (prevByKey.has(p.key)) throw new Error(`reconcile: duplicate stored key ${p.key}`)
    prevByKey.set(p.key, p)
  }
  const out: Reconciled<P, C> = { added: [], updated: [], resolved: [], unchanged: [] }
  const seen = new Set<string>()
  for (const next of computed) {
    if (seen.has(next.key)) throw new Error(`reconcile: duplicate computed key ${next.key}`)
    seen.add(next.key)
    const prev = prevByKey.get(next.key)
    if (!prev) {
      out.added.push(next)
      continue
    }
    const changes = COMPARED_FIELDS.filter((f) => prev[f] !== next[f])
    if (changes.length) out.updated.push({ previous: prev, next, changes })
    else out.unchanged.push({ previous: prev, next })
  }
  const inScope = opts.inScope ?? (() => true)
  for (const p of previous) if (!seen.has(p.key) && inScope(p.key)) out.resolved.push(p)
  return out
}
