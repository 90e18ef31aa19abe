import type { Alert, AlertQuery, HandleAlertRequest } from '../../../src/domain/contract'
import { ALERT_KIND_ADVICE, ALERT_KIND_LABELS } from '../../../src/domain/contract'
import { daysLeft } from '../../../src/domain/deadlines'
import { ensureMonitorFresh, runStoredMonitor } from '../../seed/monitor'
import { currentUser, requireRole, type Ctx } from '../context'
import { forbidden, notFound } from '../errors'
import { toLocalDate } from '../../../src/domain/time'
import type { StoredAlert } from '../../store'
import type { RouteModule } from './index'

const LEVEL_ORDER = { overdue: 0, urgent: 1, soon: 2, info: 3 } as const

/** Alerts are derived state: re-run the monitor when it last ran on another Beijing day (a later clock). */
export const freshAlerts = (ctx: Ctx) => ensureMonitorFresh(ctx.store, ctx.now(), () => ctx.store.nextId('AL'))

/** After a change to an organisation's trademarks: re-run the monitor for that organisation only. */
export const rerunMonitorFor = (ctx: Ctx, orgId: string) =>
  ctx.store.tx(() => runStoredMonitor(ctx.store, ctx.now(), () => ctx.store.nextId('AL'), { orgIds: [orgId] }))

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
    const items = ctx.store.alerts
      .where({ orgId: [...orgs], status: status === 'all' ? ['open', 'handled'] : status })
      .filter((a) => (!q.kind || a.kind === q.kind) && (!q.trademarkId || a.trademarkId === q.trademarkId))
      .map((a) => toAlert(ctx, a as StoredAlert & { status: 'open' | 'handled' }))
      .filter((a) => !q.level || a.level === q.level)
      .sort((x, y) => LEVEL_ORDER[x.level] - LEVEL_ORDER[y.level] || (x.daysLeft ?? 1e9) - (y.daysLeft ?? 1e9))
    return { items, total: items.length, next: null }
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
