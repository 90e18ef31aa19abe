// What the monitor watches besides the gazette, so every kind of alert occurs in the seeded world:
// - marks whose previous term ended in the last year and were not renewed (grace period / lapsed);
// - Madrid designations of China with a refusal or an opposition served recently (not yet answered);
// - a deterministic public-opinion feed (one negative item a week about some organisation), computed like the
//   gazette from the date, never stored;
// - MOCK_DEMO_ALERTS=N (checks of the alert feed at scale): N extra marks for the demo enterprise, each in its
//   renewal window, so the monitor derives N more alerts for that one organisation.
// The demo organisations' marks are left as they are (their alerts are pinned by tests).
import { type Ymd, addCalendarDays, addCalendarYears, compareYmd, diffDays } from '../../src/domain/calendar'
import type { Trademark } from '../../src/domain/contract'
import type { OpinionItem } from '../../src/domain/monitoring'
import type { SeedStep } from './context'
import { issueDate, latestIssueOn } from './gazette'

const DEMO_ORGS = new Set(['OG000001', 'OG000002'])

/** Extra marks for the demo enterprise (MOCK_DEMO_ALERTS); 0 when unset. */
export const DEMO_ALERT_MARKS = Math.max(0, Math.floor(Number(process.env.MOCK_DEMO_ALERTS) || 0))

export const seedWatch: SeedStep = (s) => {
  const r = s.rng.fork('world').fork('watch')
  const today = s.today as Ymd
  const changed: Trademark[] = []
  const others = s.trademarks.filter((t) => !DEMO_ORGS.has(t.ownerOrgId))
  for (const tm of others) {
    // the term before the current one ended in the last 12 months: a quarter of those owners did not renew
    const previousEnd = addCalendarYears(tm.validUntil as Ymd, -10)
    if (compareYmd(previousEnd, today) >= 0 || diffDays(previousEnd, today) > 365 || compareYmd(previousEnd, tm.registeredOn as Ymd) <= 0)
      continue
    if (!r.chance(0.3)) continue
    tm.validUntil = previousEnd
    changed.push(tm)
  }
  // Madrid designations: international registration numbers, a notice served in the last days
  let irn = 1_480_000
  for (const tm of r.sample(
    others.filter((t) => !changed.includes(t)),
    8,
  )) {
    const refusal = irn % 2 === 0
    tm.regNo = `G${irn++}`
    tm.madrid = { events: [{ id: 'E1', type: refusal ? 'refusal' : 'opposition', servedOn: addCalendarDays(today, -r.int(1, 10)) }] }
    changed.push(tm)
  }
  for (const tm of changed) s.store.trademarks.save(tm)

  if (DEMO_ALERT_MARKS && s.demo.enterprise) {
    const owner = s.demo.enterprise.id
    const extra: Trademark[] = []
    for (let i = 0; i < DEMO_ALERT_MARKS; i++) {
      // the term ends 10–360 days ahead: in the renewal window, one alert each; use on file, so no 撤三 alert
      const validUntil = addCalendarDays(today, 10 + (i % 351))
      const registeredOn = addCalendarDays(addCalendarYears(validUntil, -10), 1)
      extra.push({
        id: s.id('TM'),
        regNo: String(90_000_000 + i),
        // characters outside the gazette generator's vocabulary: no gazette entry ever matches these
        name: `测样商标${String(i).padStart(5, '0')}`,
        classes: [1 + (i % 45)],
        ownerOrgId: owner,
        markType: 'ordinary',
        registeredOn,
        validUntil,
        useEvidenceOn: [addCalendarDays(today, -30)],
      })
    }
    s.trademarks.push(...extra)
    s.store.trademarks.insertMany(extra)
  }
}

const OPINION_TITLES = [
  '网店销售的仿冒产品使用与其近似的标识',
  '消费者投诉产品包装与宣传不符',
  '自媒体文章质疑产品质量',
  '电商平台出现假冒其商标的商品',
  '短视频平台传播不实的食品安全信息',
]
const SOURCES = ['某电商平台', '某网络媒体', '某短视频平台', '某消费者投诉平台']

/** Weeks of public-opinion items a run sees (older items are no longer news). */
export const OPINION_WEEKS = 6

/**
 * The public-opinion items published in the last OPINION_WEEKS weeks up to `today`: one a week, about an
 * organisation picked from `orgIds` (sorted; the demo ones excluded) by the week number. Pure.
 */
export function opinionFeed(today: Ymd, orgIds: readonly string[], marksOf: (orgId: string) => readonly string[]): OpinionItem[] {
  const pool = orgIds.filter((id) => !DEMO_ORGS.has(id))
  if (!pool.length) return []
  const out: OpinionItem[] = []
  const latest = latestIssueOn(today)
  for (let n = latest - OPINION_WEEKS + 1; n <= latest; n++) {
    const orgId = pool[(n * 7919) % pool.length]
    const marks = marksOf(orgId)
    const publishedOn = addCalendarDays(issueDate(n), 2)
    if (compareYmd(publishedOn, today) > 0) continue
    out.push({
      id: `OP${n}`,
      orgId,
      ...(marks.length ? { trademarkId: marks[n % marks.length] } : {}),
      title: OPINION_TITLES[n % OPINION_TITLES.length],
      source: SOURCES[n % SOURCES.length],
      publishedOn,
      severity: n % 3 === 0 ? 'high' : n % 3 === 1 ? 'medium' : 'low',
    })
  }
  return out
}
