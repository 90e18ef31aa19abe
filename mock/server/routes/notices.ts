// In-app notices, subscribe-message quota (订阅消息) and the booking reminder "sender".
//   GET  /notices              any signed-in user: own notices (newest first) + unread count
//   POST /notices/:id/read     any signed-in user, own only
//   POST /notices/read-all     any signed-in user
//   GET  /subscriptions        any signed-in user: remaining one-time quota per template
//   POST /subscriptions        any signed-in user: record a consent result (accepted → +1 quota)
import type { Notice, NoticeList, SubscriptionQuota, SubscriptionRequest } from '../../../src/domain/contract'
import { BOOKING_MODE_LABELS, SUBSCRIBE_TEMPLATES, SERVICE_TOPIC_LABELS } from '../../../src/domain/contract'
import { formatLocal, localToEpoch } from '../../../src/domain/booking'
import { currentUser, requireRole, type Ctx } from '../context'
import { notFound } from '../errors'
import type { RouteModule } from './index'
import { routeTo } from '../../../src/domain/routes'
import { subscriptionKey, type StoredSubscription } from '../../store'

/** Adds an in-app notice (synchronous; part of the caller's transaction). */
export function notify(ctx: Ctx, userId: string, n: { title: string; body: string; link?: string }): Notice {
  const notice: Notice = {
    id: ctx.store.nextId('NT'),
    userId,
    title: n.title,
    body: n.body,
    ...(n.link ? { link: n.link } : {}),
    createdAt: ctx.now().toISOString(),
    read: false,
  }
  ctx.store.notices.insert(notice)
  return notice
}

/**
 * "Sends" a WeChat subscribe message when the user has one-time quota for the template: logs
 * `[订阅消息] ...` and consumes one. Returns whether it was sent. Synchronous; part of the caller's transaction.
 */
export function sendSubscribeMessage(ctx: Ctx, userId: string, templateId: string, text: string): boolean {
  const sub = ctx.store.subscriptions.get(subscriptionKey(userId, templateId))
  if (!sub || sub.remaining <= 0) return false
  sub.remaining -= 1
  sub.updatedAt = ctx.now().toISOString()
  ctx.store.subscriptions.save(sub)
  const user = ctx.store.users.get(userId)
  ctx.log(`[订阅消息] 模板 ${templateId} → ${user?.name ?? userId}（${user?.phone ?? '-'}）：${text}`)
  return true
}

/** Reminders go out this many hours before the slot. */
export const REMINDER_LEAD_HOURS = 24

/**
 * Reminder sender: every confirmed booking starting within REMINDER_LEAD_HOURS that has not been reminded gets
 * an in-app notice and, when the user has quota, one subscribe message. Idempotent (marks `remindedAt`).
 * Called by the mock's interval and directly by tests. Returns the ids reminded; all in one transaction.
 */
export async function sendDueReminders(ctx: Ctx, now: Date = ctx.now()): Promise<string[]> {
  return ctx.store.tx(() => dueReminders(ctx, now))
}

function dueReminders(ctx: Ctx, now: Date): string[] {
  const nowMs = now.getTime()
  const horizon = nowMs + REMINDER_LEAD_HOURS * 3600_000
  const done: string[] = []
  for (const b of ctx.store.bookings.where({ status: 'confirmed' })) {
    if (b.remindedAt) continue
    const start = localToEpoch(b.startsAt)
    if (start <= nowMs || start > horizon) continue
    const st = ctx.store.stations.get(b.stationId)
    const when = formatLocal(b.startsAt)
    const text = `您预约的${st?.name ?? '指导站'}「${SERVICE_TOPIC_LABELS[b.topic] ?? b.topic}」${BOOKING_MODE_LABELS[b.mode] ?? ''}将于 ${when} 开始，请准时到场并出示预约码`
    sendSubscribeMessage(ctx, b.userId, SUBSCRIBE_TEMPLATES.bookingReminder, text)
    notify(ctx, b.userId, { title: '预约提醒', body: text, link: routeTo('voucher', b.id) })
    b.remindedAt = now.toISOString()
    ctx.store.bookings.save(b)
    done.push(b.id)
  }
  return done
}

const TEMPLATE_IDS = Object.values(SUBSCRIBE_TEMPLATES) as string[]

const notices: RouteModule = (api, ctx) => {
  // the reminder "sender": MOCK_REMINDER_INTERVAL_MS=0 turns it off
  const every = Number(process.env.MOCK_REMINDER_INTERVAL_MS ?? 60_000)
  if (every > 0) {
    const timer = setInterval(() => {
      sendDueReminders(ctx).catch((err) => ctx.log(`[error] reminders: ${err}`))
    }, every)
    timer.unref()
    api.addHook('onClose', async () => clearInterval(timer))
  }

  api.get('/notices', { preHandler: requireRole() }, async (req): Promise<NoticeList> => {
    const user = currentUser(req)
    const mine = ctx.store.notices.where({ userId: user.id })
    const unread = mine.reduce((k, n) => k + (n.read ? 0 : 1), 0)
    const items = mine
      .slice()
      .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.id < b.id ? 1 : -1))
      .slice(0, 100)
    return { items, unread }
  })

  api.post('/notices/:id/read', { preHandler: requireRole() }, async (req): Promise<Notice> => {
    const user = currentUser(req)
    const { id } = req.params as { id: string }
    const n = ctx.store.notices.get(id)
    if (!n || n.userId !== user.id) throw notFound('消息')
    if (!n.read) {
      n.read = true
      ctx.store.tx(() => ctx.store.notices.save(n))
    }
    return n
  })

  api.post('/notices/read-all', { preHandler: requireRole() }, async (req): Promise<{ updated: number }> => {
    const user = currentUser(req)
    let updated = 0
    ctx.store.tx(() => {
      for (const n of ctx.store.notices.where({ userId: user.id })) {
        if (!n.read) {
          n.read = true
          ctx.store.notices.save(n)
          updated++
        }
      }
    })
    return { updated }
  })

  api.get('/subscriptions', { preHandler: requireRole() }, async (req): Promise<SubscriptionQuota[]> => {
    const user = currentUser(req)
    const subs = ctx.store.subscriptions.where({ userId: user.id })
    return TEMPLATE_IDS.map((templateId) => ({
      templateId,
      remaining: subs.find((s) => s.userId === user.id && s.templateId === templateId)?.remaining ?? 0,
    }))
  })

  api.post('/subscriptions', { preHandler: requireRole() }, async (req): Promise<SubscriptionQuota> => {
    const user = currentUser(req)
    const { templateId, accepted } = req.body as SubscriptionRequest
    const at = ctx.now().toISOString()
    return ctx.store.tx(() => {
      const sub: StoredSubscription = ctx.store.subscriptions.get(subscriptionKey(user.id, templateId)) ?? {
        userId: user.id,
        templateId,
        remaining: 0,
        updatedAt: at,
      }
      if (accepted) sub.remaining += 1
      else sub.lastRefusedAt = at
      sub.updatedAt = at
      ctx.store.subscriptions.save(sub)
      return { templateId, remaining: sub.remaining }
    })
  })
}
export default notices
