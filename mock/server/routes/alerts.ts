import type { Alert, AlertQuery, HandleAlertRequest } from '../../../src/domain/contract'
import { ALERT_KIND_ADVICE, ALERT_KIND_LABELS, ALERT_KINDS, ALERT_SUBSCRIBE_TEMPLATE } from '../../../src/domain/contract'
import { routeTo } from '../../../src/domain/routes'
import { notify, sendSubscribeMessage } from './notices'
import { daysLeft } from '../../../src/domain/deadlines'
import { ensureMonitorFresh, runStoredMonitor } from '../../seed/monitor'
import { currentUser, requireRole, type Ctx } from '../context'
import { forbidden, notFound } from '../errors'
import { toLocalDate } from '../../../src/domain/time'
import type { StoredAlert } from '../../store'
import { paginate } from '../paginate'
import type { RouteModule } from './index'

const LEVEL_ORDER = { overdue: 0, urgent: 1, soon: 2, info: 3 } as const

/**
 * Announces alerts that are news to the users of their organisation who asked for that kind (alert settings):
 * an in-app notice on both targets, and a subscribe message while the user has quota for the alert template.
 * Runs inside the monitor run's transaction.
 */
export function announceAlerts(ctx: Ctx, raised: StoredAlert[]): void {
  const wanted = new Map<string, Array<{ userId: string; kinds: Set<string> }>>()
  const usersOf = (orgId: string) => {
    let list = wanted.get(orgId)
    if (!list) {
      list = ctx.store.users
        .where({ orgId })
        .map((u) => ({ userId: u.id, kinds: new Set<string>(ctx.store.alertSettings.get(u.id)?.kinds ?? []) }))
        .filter((u) => u.kinds.size > 0)
      wanted.set(orgId, list)
    }
    return list
  }
  for (const a of raised)
    for (const u of usersOf(a.orgId)) {
      if (!u.kinds.has(a.kind)) continue
      const label = ALERT_KIND_LABELS[a.kind] ?? a.kind
      const body = a.deadline ? `${a.title}（截止 ${a.deadline}${a.provisional ? '，暂定' : ''}）` : a.title
      notify(ctx, u.userId, { title: `风险提醒：${label}`, body, link: `${routeTo('alerts')}?id=${a.id}` })
      sendSubscribeMessage(ctx, u.userId, ALERT_SUBSCRIBE_TEMPLATE, `${label}：${body}`)
    }
}

/** Alerts are derived state: re-run the monitor when it last ran on another Beijing day (a later clock). */
export const freshAlerts = (ctx: Ctx) =>
  ensureMonitorFresh(
    ctx.store,
    ctx.now(),
    () => ctx.store.nextId('AL'),
    (raised) => announceAlerts(ctx, raised),
  )

/** After a change to an organisation's trademarks: re-run the monitor for that organisation only. */
export const rerunMonitorFor = (ctx: Ctx, orgId: string) =>
  ctx.store.tx(() =>
    runStoredMonitor(ctx.store, ctx.now(), () => ctx.store.nextId('AL'), {
      orgIds: [orgId],
      onRaised: (raised) => announceAlerts(ctx, raised),
    }),
  )

export function toAlert(ctx: Ctx, a: StoredAlert & { status: 'open' | 'handled' }): Alert {
  const today = toLocalDate(ctx.now()) // Beijing calendar day, like the app and the other routes
  const org = ctx.store.orgs.get(a.orgId)
  const tm = a.trademarkId ? ctx.store.trademarks.get(a.trademarkId) : undefined
  return {
    id: a.id,
    orgId: a.orgId,
    orgName: org?.name ?? '',
    kind: a.kind,
    kindLabel: ALERT_KIND_LABELS[a.kind] ?? a.kind,
    title: a.title,
    ...(a.detail ? { detail: a.detail } : {}),
    advice: a.advice || ALERT_KIND_ADVICE[a.kind] || '',
    trademark: tm ? { id: tm.id, regNo: tm.regNo, name: tm.name, classes: tm.classes } : null,
    ...(a.deadline ? { deadline: a.deadline, daysLeft: daysLeft(a.deadline, today) } : {}),
    level: a.status === 'handled' ? 'info' : a.level,
    provisional: a.provisional,
    ...(a.provisionalReason ? { provisionalReason: a.provisionalReason } : {}),
    ...(a.basis ? { basis: a.basis } : {}),
    status: a.status,
    read: !!a.readAt,
    createdAt: a.createdAt,
    ...(a.handledAt ? { handledAt: a.handledAt } : {}),
    ...(a.handledNote ? { handledNote: a.handledNote } : {}),
    ...(a.advisory ? { advisory: { note: a.advisory.note, stationName: a.advisory.stationName, at: a.advisory.at } } : {}),
  }
}

/** Organisations whose alerts the caller may see: its own, or (staff) the station's accepted clients. */
export function visibleOrgIds(ctx: Ctx, user: ReturnType<typeof currentUser>): Set<string> {
  if (user.role === 'staff') {
    return new Set(ctx.store.links.where({ stationId: user.stationId, status: 'accepted' }).map((l) => l.orgId))
  }
  return new Set(user.orgId ? [user.orgId] : [])
}

export function findVisible(ctx: Ctx, req: any): StoredAlert & { status: 'open' | 'handled' } {
  const user = currentUser(req)
  freshAlerts(ctx)
  const alert = ctx.store.alerts.get(req.params.id)
  // a resolved alert is one the monitor no longer produces: gone, like a deleted one
  if (!alert || alert.status === 'resolved') throw notFound('提醒')
  if (!visibleOrgIds(ctx, user).has(alert.orgId)) throw forbidden('只能查看本单位或对接客户的提醒')
  return alert as StoredAlert & { status: 'open' | 'handled' }
}

const alerts: RouteModule = (api, ctx) => {
  const guard = { preHandler: requireRole('enterprise', 'association', 'staff') }
  // start-up: a server opened on a later clock (MOCK_NOW) brings the stored alerts up to that day
  freshAlerts(ctx)

  api.get('/alerts', guard, async (req) => {
    const user = currentUser(req)
    const q = req.query as AlertQuery
    const status = q.status ?? 'open'
    const orgs = visibleOrgIds(ctx, user)
    freshAlerts(ctx)
    const today = toLocalDate(ctx.now())
    // filter and sort on the stored fields, build the response only for the page (the feed may hold 10,000)
    const shownLevel = (a: StoredAlert) => (a.status === 'handled' ? 'info' : a.level)
    const left = (a: StoredAlert) => (a.deadline ? daysLeft(a.deadline, today) : 1e9)
    const base = ctx.store.alerts
      .where({ orgId: [...orgs], status: status === 'all' ? ['open', 'handled'] : status })
      .filter((a) => (!q.trademarkId || a.trademarkId === q.trademarkId) && (!q.level || shownLevel(a) === q.level))
    const kinds = ALERT_KINDS.filter((k) => base.some((a) => a.kind === k))
    const items = base
      .filter((a) => !q.kind || a.kind === q.kind)
      .map((a) => ({ a, level: LEVEL_ORDER[shownLevel(a)], left: left(a) }))
      .sort((x, y) => x.level - y.level || x.left - y.left || (x.a.id < y.a.id ? -1 : 1))
    return {
      ...paginate(items, q, ({ a }) => toAlert(ctx, a as StoredAlert & { status: 'open' | 'handled' })),
      kinds,
    }
  })

  api.get('/alerts/:id', guard, async (req) => {
    const user = currentUser(req)
    const alert = findVisible(ctx, req)
    // Opening one's own alert marks it read; a station looking at a client's alert does not.
    if (!alert.readAt && user.orgId === alert.orgId) {
      alert.readAt = ctx.now().toISOString()
      ctx.store.tx(() => ctx.store.alerts.save(alert))
    }
    return toAlert(ctx, alert)
  })

  api.post('/alerts/:id/handle', guard, async (req) => {
    const user = currentUser(req)
    const body = (req.body ?? {}) as HandleAlertRequest
    const alert = findVisible(ctx, req)
    alert.status = 'handled'
    alert.handledAt = ctx.now().toISOString()
    alert.handledBy = user.id
    if (body.note) alert.handledNote = body.note
    alert.readAt = alert.readAt ?? alert.handledAt
    ctx.store.tx(() => ctx.store.alerts.save(alert))
    return toAlert(ctx, alert)
  })
}

export default alerts
