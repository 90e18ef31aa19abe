import type { Alert, AlertQuery, HandleAlertRequest } from '../../../src/domain/contract'
import { ALERT_KIND_ADVICE, ALERT_KIND_LABELS } from '../../../src/domain/contract'
import { alertLevel, daysLeft } from '../../../src/domain/deadlines'
import { currentUser, requireRole, type Ctx } from '../context'
import { forbidden, notFound } from '../errors'
import { toLocalDate } from '../../../src/domain/time'
import type { StoredAlert } from '../../store'
import type { RouteModule } from './index'

const LEVEL_ORDER = { overdue: 0, urgent: 1, soon: 2, info: 3 } as const

function toAlert(ctx: Ctx, a: StoredAlert): Alert {
  const today = toLocalDate(ctx.now()) // Beijing calendar day, like the app and the other routes
  const org = ctx.store.orgs.get(a.orgId)
  const tm = ctx.store.trademarks.get(a.trademarkId)
  return {
    id: a.id,
    orgId: a.orgId,
    orgName: org?.name ?? '',
    kind: a.kind,
    kindLabel: ALERT_KIND_LABELS[a.kind] ?? a.kind,
    title: a.title,
    ...(a.detail ? { detail: a.detail } : {}),
    advice: ALERT_KIND_ADVICE[a.kind] ?? '',
    trademark: tm ? { id: tm.id, regNo: tm.regNo, name: tm.name, classes: tm.classes } : null,
    ...(a.deadline ? { deadline: a.deadline, daysLeft: daysLeft(a.deadline, today) } : {}),
    level: a.status === 'handled' ? 'info' : a.deadline ? alertLevel(a.deadline, today) : 'info',
    status: a.status,
    read: !!a.readAt,
    createdAt: a.createdAt,
    ...(a.handledAt ? { handledAt: a.handledAt } : {}),
    ...(a.handledNote ? { handledNote: a.handledNote } : {}),
  }
}

/** Organisations whose alerts the caller may see: its own, or (staff) the station's accepted clients. */
function visibleOrgIds(ctx: Ctx, user: ReturnType<typeof currentUser>): Set<string> {
  if (user.role === 'staff') {
    return new Set(ctx.store.links.where({ stationId: user.stationId, status: 'accepted' }).map((l) => l.orgId))
  }
  return new Set(user.orgId ? [user.orgId] : [])
}

function findVisible(ctx: Ctx, req: any): StoredAlert {
  const user = currentUser(req)
  const alert = ctx.store.alerts.get(req.params.id)
  if (!alert) throw notFound('提醒')
  if (!visibleOrgIds(ctx, user).has(alert.orgId)) throw forbidden('只能查看本单位或对接客户的提醒')
  return alert
}

const alerts: RouteModule = (api, ctx) => {
  const guard = { preHandler: requireRole('enterprise', 'association', 'staff') }

  api.get('/alerts', guard, async (req) => {
    const user = currentUser(req)
    const status = (req.query as AlertQuery).status ?? 'open'
    const orgs = visibleOrgIds(ctx, user)
    const items = ctx.store.alerts
      .where({ orgId: [...orgs], ...(status === 'all' ? {} : { status }) })
      .map((a) => toAlert(ctx, a))
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
