// Trademark monitoring beyond the alert feed: an organisation's portfolio with each mark's legal timeline,
// its legal last days as a calendar file, and the station's advisory note on a client's alert.
import type { AlertAdviceRequest, Portfolio } from '../../../src/domain/contract'
import { MARK_TYPE_LABELS } from '../../../src/domain/contract'
import { alertsToIcsEvents, buildIcs, markTimeline, runMonitor } from '../../../src/domain/monitoring'
import { toLocalDate } from '../../../src/domain/time'
import { gazetteFor, toPortfolioMark } from '../../seed/monitor'
import { currentUser, requireRole, type Ctx } from '../context'
import { forbidden, notFound } from '../errors'
import { findVisible, freshAlerts, toAlert, visibleOrgIds } from './alerts'
import type { RouteModule } from './index'

/** The organisation of the path, when the caller may see it (its own, or a linked client for staff). */
function visibleOrg(ctx: Ctx, req: any) {
  const org = ctx.store.orgs.get(req.params.id)
  if (!org) throw notFound('单位')
  if (!visibleOrgIds(ctx, currentUser(req)).has(org.id)) throw forbidden('只能查看本单位或对接客户的商标')
  return org
}

const monitor: RouteModule = (api, ctx) => {
  const guard = { preHandler: requireRole('enterprise', 'association', 'staff') }

  api.get('/orgs/:id/portfolio', guard, async (req): Promise<Portfolio> => {
    const org = visibleOrg(ctx, req)
    const today = toLocalDate(ctx.now())
    freshAlerts(ctx)
    const open = new Map<string, number>()
    for (const a of ctx.store.alerts.where({ orgId: org.id, status: 'open' }))
      if (a.trademarkId) open.set(a.trademarkId, (open.get(a.trademarkId) ?? 0) + 1)
    const marks = ctx.store.trademarks
      .where({ ownerOrgId: org.id })
      .sort((a, b) => a.validUntil.localeCompare(b.validUntil))
      .map((tm) => {
        const t = markTimeline(tm, today)
        return {
          id: tm.id,
          regNo: tm.regNo,
          name: tm.name,
          markType: tm.markType,
          markTypeLabel: MARK_TYPE_LABELS[tm.markType],
          classes: tm.classes,
          registeredOn: tm.registeredOn,
          validUntil: tm.validUntil,
          status: t.status,
          statusLabel: t.statusLabel,
          ...(t.lastUseOn ? { lastUseOn: t.lastUseOn } : {}),
          openAlerts: open.get(tm.id) ?? 0,
          timeline: t.steps,
        }
      })
    return { orgId: org.id, orgName: org.name, today, marks }
  })

  api.get('/orgs/:id/calendar.ics', guard, async (req, reply) => {
    const org = visibleOrg(ctx, req)
    const today = toLocalDate(ctx.now())
    // the engine's alerts of this portfolio today (the stored alerts are derived from exactly these): each legal
    // last day still ahead becomes one event whose UID follows the alert's stable key
    const marks = ctx.store.trademarks.where({ ownerOrgId: org.id }).map((tm) => toPortfolioMark(tm, org.name))
    const { alerts } = runMonitor({ today, marks, gazette: gazetteFor(today) })
    const ics = buildIcs(alertsToIcsEvents(alerts), { calendarName: `${org.name} 商标法定期限`, generatedAt: ctx.now() })
    return reply
      .header('content-type', 'text/calendar; charset=utf-8')
      .header('content-disposition', `attachment; filename="trademark-deadlines-${org.id}.ics"`)
      .send(ics)
  })

  api.post('/alerts/:id/advice', { preHandler: requireRole('staff') }, async (req) => {
    const user = currentUser(req)
    const alert = findVisible(ctx, req)
    const station = ctx.store.stations.get(user.stationId)
    const body = req.body as AlertAdviceRequest
    alert.advisory = { note: body.note, stationName: station?.name ?? '', at: ctx.now().toISOString(), by: user.id }
    ctx.store.tx(() => ctx.store.alerts.save(alert))
    return toAlert(ctx, alert)
  })
}

export default monitor
