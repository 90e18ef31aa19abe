// ×N data for benchmarks: every seeded collection copied N−1 more times, each copy with new ids and every
// reference inside it (station of a booking, organisation of a user, ids in slot ids and links) pointing at
// the same copy. Sessions, batches and idempotency records are not copied.
import type { Repo, Store } from '../store'

/** collection → id prefix, in the order copies are written */
const COPIED: [collection: keyof Store['collections'] & string, prefix: string | null][] = [
  ['stations', 'ST'],
  ['orgs', 'OG'],
  ['trademarks', 'TM'],
  ['regionalBrands', 'RB'],
  ['links', 'LK'],
  ['alerts', 'AL'],
  ['users', 'US'],
  ['bookings', 'BK'],
  ['notices', 'NT'],
  ['applications', 'AP'],
  ['availability', null],
  ['subscriptions', null],
]
/** an id (`ST000123`) not inside a longer code (USCCs, voucher codes) */
const ID = /(?<![A-Z0-9])[A-Z]{2}\d{6}(?!\d)/g

export function scaleWorld(store: Store, factor: number): void {
  store.tx(() => {
    const originals = COPIED.map(([name, prefix]) => ({
      repo: store.collections[name] as Repo<any, any>,
      prefix,
      rows: store.collections[name].all(),
    }))
    for (let k = 1; k < factor; k++) {
      const map = new Map<string, string>()
      for (const c of originals) if (c.prefix) for (const r of c.rows) map.set(r.id, store.nextId(c.prefix))
      for (const c of originals) {
        c.repo.insertMany(c.rows.map((r) => JSON.parse(JSON.stringify(r).replace(ID, (m) => map.get(m) ?? m))))
      }
    }
  })
  store.analyze()
}
