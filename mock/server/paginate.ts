// One pagination for every list endpoint: cursor "o<offset>" (opaque to clients: they send back `next`),
// limit 1–200, default 20. The query declarations (src/domain/contract: CursorSchema, limitSchema) refuse
// anything else with a 400 before a handler runs, so these helpers only see valid values.
import type { Page } from '../../src/domain/contract'

export const PAGE_LIMITS = { default: 20, max: 200 } as const

export interface PageQuery {
  cursor?: string
  limit?: number
}

/** Offset and size of the requested page. */
export function pageBounds(q: PageQuery): { start: number; size: number } {
  const start = q.cursor ? Number(q.cursor.slice(1)) : 0
  return { start, size: q.limit ?? PAGE_LIMITS.default }
}

/** A page from the already-sliced items of a list of `total` items. */
export function toPage<T>(items: T[], total: number, { start, size }: { start: number; size: number }): Page<T> {
  return { items, total, next: start + size < total ? `o${start + size}` : null }
}

/** The requested page of a full list; `map` builds the response item only for the items on the page. */
export function paginate<T, R = T>(all: T[], q: PageQuery, map?: (item: T) => R): Page<R> {
  const b = pageBounds(q)
  const slice = all.slice(b.start, b.start + b.size)
  return toPage(map ? slice.map(map) : (slice as unknown as R[]), all.length, b)
}
