// Trademark monitoring beyond the alert feed: an organisation's portfolio with each mark's legal timeline,
// its legal last days as a calendar file, and the station's advisory note on a client's alert.
import crypto from 'node:crypto'
import type {
  AlertAdviceRequest,
  AlertKind,
  AlertSettings,
  CalendarLink,
  Portfolio,
  UpdateAlertSettingsRequest,
} from '../../../src/domain/contract'
import { ALERT_KIND_LABELS, ALERT_KINDS, ALERT_SUBSCRIBE_TEMPLATE, MARK_TYPE_LABELS } from '../../../src/domain/contract'
import { subscriptionKey } from '../../store'
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

/** The secret the feed tokens are signed with: made once per data file and kept in its meta. */
function feedSecret(ctx: Ctx): string {
  let secret = ctx.store.getMeta<string>('calendarFeedSecret')
  if (!secret) {
    secret = crypto.randomBytes(32).toString('hex')
    const s = secret
    ctx.store.tx(() => ctx.store.setMeta('calendarFeedSecret', s))
  }
  return secret
}
/** "OG000001.<22 characters>": the organisation and an HMAC over it (stable, so a subscribed calendar keeps working). */
const feedToken = (ctx: Ctx, orgId: string) =>
  `${orgId}.${crypto.createHmac('sha256', feedSecret(ctx)).update(orgId).digest('base64url').slice(0, 22)}`
const safeEqual = (a: string, b: string) => a.length === b.length && crypto.timingSafeEqual(Buffer.from(a), Buffer.from(b))

/** A user's alert settings: every kind with its label and whether it is announced, and the template's quota. */
function settingsOf(ctx: Ctx, userId: string): AlertSettings {
  const on = new Set<AlertKind>(ctx.store.alertSettings.get(userId)?.kinds ?? [])
  return {
    kinds: ALERT_KINDS.map((kind) => ({ kind, label: ALERT_KIND_LABELS[kind], enabled: on.has(kind) })),
    templateId: ALERT_SUBSCRIBE_TEMPLATE,
    remaining: ctx.store.subscriptions.get(subscriptionKey(userId, ALERT_SUBSCRIBE_TEMPLATE))?.remaining ?? 0,
  }
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

  /** The .ics of an organisation's legal last days on the current Beijing day. */
  const icsOf = (org: { id: string; name: string }) => {
    const today = toLocalDate(ctx.now())
    // the engine's alerts of this portfolio today (the stored alerts are derived from exactly these): each legal
    // last day still ahead becomes one event whose UID follows the alert's stable key
    const marks = ctx.store.trademarks.where({ ownerOrgId: org.id }).map((tm) => toPortfolioMark(tm, org.name))
    const { alerts } = runMonitor({ today, marks, gazette: gazetteFor(today) })
    return buildIcs(alertsToIcsEvents(alerts), { calendarName: `${org.name} 商标法定期限`, generatedAt: ctx.now() })
  }

  api.get('/orgs/:id/calendar.ics', guard, async (req, reply) => {
    const org = visibleOrg(ctx, req)
    const ics = icsOf(org)
    return reply
      .header('content-type', 'text/calendar; charset=utf-8')
      .header('content-disposition', `attachment; filename="trademark-deadlines-${org.id}.ics"`)
      .send(ics)
  })

  api.get('/orgs/:id/calendar-link', guard, async (req): Promise<CalendarLink> => {
    const org = visibleOrg(ctx, req)
    // the address the caller reached us at (a phone on the LAN, the H5 origin), so the phone can poll it
    const host = req.headers.host ?? `127.0.0.1`
    const url = `${req.protocol}://${host}/api/calendar-feeds/${feedToken(ctx, org.id)}`
    return { url, webcal: url.replace(/^https?:/, 'webcal:') }
  })

  // public: a phone calendar polls it without signing in; the token (org id + HMAC) is the credential
  api.get('/calendar-feeds/:token', async (req, reply) => {
    const { token } = req.params as { token: string }
    const orgId = token.slice(0, 8)
    const org = ctx.store.orgs.get(orgId)
    if (!org || !safeEqual(token, feedToken(ctx, orgId))) throw notFound('日历订阅')
    return reply.header('content-type', 'text/calendar; charset=utf-8').send(icsOf(org))
  })

  const applicant = { preHandler: requireRole('enterprise', 'association') }
  api.get('/alert-settings', applicant, async (req) => settingsOf(ctx, currentUser(req).id))

  api.put('/alert-settings', applicant, async (req) => {
    const user = currentUser(req)
    const body = req.body as UpdateAlertSettingsRequest
    const at = ctx.now().toISOString()
    ctx.store.tx(() => {
      ctx.store.alertSettings.save({ userId: user.id, kinds: ALERT_KINDS.filter((k) => body.kinds.includes(k)), updatedAt: at })
      if (body.accepted === undefined) return
      // weapp: the consent dialog's answer for the alert template (one acceptance = one message)
      const key = subscriptionKey(user.id, ALERT_SUBSCRIBE_TEMPLATE)
      const sub = ctx.store.subscriptions.get(key) ?? { userId: user.id, templateId: ALERT_SUBSCRIBE_TEMPLATE, remaining: 0, updatedAt: at }
      if (body.accepted) sub.remaining += 1
      else sub.lastRefusedAt = at
      sub.updatedAt = at
      ctx.store.subscriptions.save(sub)
    })
    return settingsOf(ctx, user.id)
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
