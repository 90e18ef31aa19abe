// The mock runs the trademark monitor (src/domain/monitoring): each organisation's portfolio + the seeded
// gazette weeks + today → alerts. Alerts are derived state: stored with the engine's key and input version, and
// each run applies only the difference (reconcile) — a re-run adds nothing, a later clock or a changed mark
// updates, resolves or raises alerts. Used by the seed step and by the server (start-up, new day, mark change).
import type { Ymd } from '../../src/domain/calendar'
import {
  type AlertState,
  type GazetteEntry,
  type MonitorAlert,
  type PortfolioMark,
  reconcile,
  runMonitor,
} from '../../src/domain/monitoring'
import { toLocalDate } from '../../src/domain/time'
import type { Store, StoredAlert, Trademark } from '../store'
import type { SeedStep } from './context'
import { gazetteIssue, openIssues } from './gazette'
import { opinionFeed } from './watch'

/** Random entries per weekly issue (plus the planted ones); MOCK_GAZETTE_SIZE overrides it. */
export const GAZETTE_SIZE = Number(process.env.MOCK_GAZETTE_SIZE) > 0 ? Number(process.env.MOCK_GAZETTE_SIZE) : 3000

const issueCache = new Map<string, GazetteEntry[]>()
/** The gazette entries a run on `today` screens: the issues still open to opposition (published in the last 3 months). */
export function gazetteFor(today: Ymd, size = GAZETTE_SIZE): GazetteEntry[] {
  const out: GazetteEntry[] = []
  for (const n of openIssues(today)) {
    const k = `${n}:${size}`
    let entries = issueCache.get(k)
    if (!entries) {
      entries = gazetteIssue(n, { size }).entries
      issueCache.set(k, entries)
    }
    out.push(...entries)
  }
  return out
}

/** A stored trademark as the engine sees it (seed marks carry no similarity groups: watched across their class). */
export function toPortfolioMark(tm: Trademark, ownerName: string): PortfolioMark {
  return {
    id: tm.id,
    regNo: tm.regNo,
    name: tm.name,
    markType: tm.markType,
    classes: tm.classes,
    ownerOrgId: tm.ownerOrgId,
    ownerName,
    status: 'registered',
    registeredOn: tm.registeredOn,
    validUntil: tm.validUntil,
    ...(tm.useEvidenceOn ? { useEvidenceOn: tm.useEvidenceOn } : {}),
    ...(tm.madrid ? { madrid: tm.madrid } : {}),
  }
}

/** The public-opinion items a run on `today` sees, for the organisations in scope (all when `scope` is null). */
export function opinionsFor(today: Ymd, orgIds: readonly string[], tms: readonly Trademark[], scope: ReadonlySet<string> | null = null) {
  const byOrg = new Map<string, string[]>()
  for (const tm of tms) byOrg.set(tm.ownerOrgId, [...(byOrg.get(tm.ownerOrgId) ?? []), tm.id])
  const items = opinionFeed(today, [...orgIds].sort(), (id) => (byOrg.get(id) ?? []).sort())
  return scope ? items.filter((o) => scope.has(o.orgId)) : items
}

const stateOf = (a: StoredAlert): AlertState => ({
  key: a.key,
  inputVersion: a.inputVersion,
  rule: a.kind,
  level: a.level,
  lastDay: a.deadline ?? null,
  provisional: a.provisional,
})

/** The engine's outcome copied onto a stored alert (its id, status, read and handling state are kept). */
function apply(a: StoredAlert, m: MonitorAlert): StoredAlert {
  const next: StoredAlert = {
    ...a,
    orgId: m.orgId,
    trademarkId: m.trademarkId,
    kind: m.rule,
    key: m.key,
    inputVersion: m.inputVersion,
    level: m.level,
    provisional: m.provisional,
    title: m.title,
    detail: m.detail,
    advice: m.advice,
  }
  for (const f of ['deadline', 'provisionalReason', 'basis'] as const) delete next[f]
  if (m.lastDay) next.deadline = m.lastDay
  if (m.provisionalReason) next.provisionalReason = m.provisionalReason
  if (m.basis) next.basis = m.basis
  return next
}

export interface MonitorRun {
  today: Ymd
  added: number
  updated: number
  resolved: number
  unchanged: number
  /** input records the engine skipped (invalid fields) */
  problems: number
}

/**
 * Runs the monitor for every organisation (or only `orgIds`) on `now`'s Beijing day and stores the difference.
 * Call inside `store.tx`. `newId` hands out ids for new alerts.
 */
export function runStoredMonitor(
  store: Store,
  now: Date,
  newId: () => string,
  opts: {
    orgIds?: readonly string[]
    /** called with the alerts that are news: new ones, and ones that moved to a new stage (e.g. → 宽展期) */
    onRaised?: (alerts: StoredAlert[]) => void
  } = {},
): MonitorRun {
  const today = toLocalDate(now)
  const scope = opts.orgIds ? new Set(opts.orgIds) : null
  const orgNames = new Map(store.orgs.all().map((o) => [o.id, o.name]))
  const tms = scope ? store.trademarks.where({ ownerOrgId: [...scope] }) : store.trademarks.all()
  const marks = tms.map((tm) => toPortfolioMark(tm, orgNames.get(tm.ownerOrgId) ?? ''))
  const { alerts, problems } = runMonitor({
    today,
    marks,
    gazette: gazetteFor(today),
    opinions: opinionsFor(today, [...orgNames.keys()], tms, scope),
  })

  const all = scope ? store.alerts.where({ orgId: [...scope] }) : store.alerts.all()
  // rows of a data file seeded before alerts were derived (hand-written, no key): the run replaces them
  for (const a of all) if (!a.key) store.alerts.delete(a.id)
  const stored = all.filter((a) => a.key)
  const live = stored.filter((a) => a.status !== 'resolved')
  const resolvedByKey = new Map(stored.filter((a) => a.status === 'resolved').map((a) => [a.key, a]))
  const byKey = new Map(live.map((a) => [a.key, a]))
  const diff = reconcile(live.map(stateOf), alerts)
  const nowIso = now.toISOString()
  const raised: StoredAlert[] = []

  for (const m of diff.added) {
    const revived = resolvedByKey.get(m.key)
    const base: StoredAlert = revived
      ? { ...revived, status: 'open', createdAt: nowIso }
      : ({ id: newId(), status: 'open', createdAt: nowIso } as StoredAlert)
    delete base.readAt
    delete base.resolvedAt
    const saved = apply(base, m)
    store.alerts.save(saved)
    raised.push(saved)
  }
  for (const { previous, next, changes } of diff.updated) {
    const a = byKey.get(previous.key)!
    const out = apply(a, next)
    // a new stage (e.g. 即将到期 → 宽展期) is news: it reopens a handled alert and shows as unread again
    if (changes.includes('rule')) {
      out.status = 'open'
      delete out.readAt
      delete out.handledAt
      delete out.handledBy
      delete out.handledNote
      raised.push(out)
    }
    out.updatedAt = nowIso
    store.alerts.save(out)
  }
  for (const p of diff.resolved) {
    const a = byKey.get(p.key)!
    store.alerts.save({ ...a, status: 'resolved', resolvedAt: nowIso })
  }
  if (raised.length) opts.onRaised?.(raised)
  if (!scope) store.setMeta('monitorRunOn', today)
  return {
    today,
    added: diff.added.length,
    updated: diff.updated.length,
    resolved: diff.resolved.length,
    unchanged: diff.unchanged.length,
    problems: problems.length,
  }
}

/** Runs the whole monitor when it last ran on another Beijing day (start-up with a later clock, a new day). */
export function ensureMonitorFresh(
  store: Store,
  now: Date,
  newId: () => string,
  onRaised?: (alerts: StoredAlert[]) => void,
): MonitorRun | null {
  if (store.getMeta<string>('monitorRunOn') === toLocalDate(now)) return null
  return store.tx(() => runStoredMonitor(store, now, newId, { onRaised }))
}

/** Seed step: the first run — the seeded alerts are the engine's output, never hand-written rows. */
export const seedMonitor: SeedStep = (s) => {
  runStoredMonitor(s.store, s.now, () => s.id('AL'))
}
