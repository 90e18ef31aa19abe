// Trademark monitoring beyond the alert feed: an organisation's portfolio with each mark's legal timeline,
// its legal last days as an RFC 5545 calendar, and the station's advisory note on a client's alert.
//   GET  /orgs/{id}/portfolio      → Portfolio
//   GET  /orgs/{id}/calendar.ics   → text/calendar
//   POST /alerts/{id}/advice       → Alert (staff of a linked station)
//   GET|PUT /alert-settings        → AlertSettings (which kinds of new alerts the user is told about)
//   GET  /orgs/{id}/calendar-link  → CalendarLink (a subscription address a phone calendar polls)
//   GET  /calendar-feeds/{token}   → text/calendar, public: the token is the credential
import * as z from 'zod/mini'
import { ALERT_KINDS, AlertAdviceRequestSchema, AlertKindSchema, AlertSchema } from './alert'
import { IdParamsSchema } from './common'
import { MarkTypeSchema } from './org'
import type { Operation } from './operations'

export const TIMELINE_STEPS = ['registered', 'nonuse_exposed', 'renewal_opens', 'expires', 'grace_ends'] as const
export const TimelineStepSchema = z.object({
  step: z.enum(TIMELINE_STEPS),
  label: z.string(),
  /** YYYY-MM-DD */
  date: z.string(),
  /** the date depends on a year the holiday calendar does not cover yet (暂定) */
  provisional: z.boolean(),
  /** past = on or before today */
  past: z.boolean(),
})
export type TimelineStep = z.infer<typeof TimelineStepSchema>

export const PortfolioMarkSchema = z.object({
  id: z.string(),
  regNo: z.string(),
  name: z.string(),
  markType: MarkTypeSchema,
  markTypeLabel: z.string(),
  classes: z.array(z.number()),
  registeredOn: z.string(),
  validUntil: z.string(),
  /** registered (in term) · grace (past the term end, grace period running) · lapsed */
  status: z.enum(['registered', 'grace', 'lapsed']),
  statusLabel: z.string(),
  /** latest use evidence on file */
  lastUseOn: z.optional(z.string()),
  openAlerts: z.number(),
  timeline: z.array(TimelineStepSchema),
})
export type PortfolioMark = z.infer<typeof PortfolioMarkSchema>

export const PortfolioSchema = z.object({
  orgId: z.string(),
  orgName: z.string(),
  /** the Beijing day the timeline was computed for */
  today: z.string(),
  marks: z.array(PortfolioMarkSchema),
})
export type Portfolio = z.infer<typeof PortfolioSchema>

/** The WeChat subscribe-message template of a new risk alert (configured in the WeChat console; a placeholder). */
export const ALERT_SUBSCRIBE_TEMPLATE = 'TPL_RISK_ALERT'

/** GET|PUT /alert-settings: per alert kind, whether a new alert of that kind is announced (in-app notice, and on
 *  weapp a subscribe message while the user has one-time quota left for the template). */
export const AlertSettingsSchema = z.object({
  kinds: z.array(z.object({ kind: AlertKindSchema, label: z.string(), enabled: z.boolean() })),
  templateId: z.string(),
  /** one-time subscribe-message quota left (weapp; each acceptance of the consent dialog adds one) */
  remaining: z.number(),
})
export type AlertSettings = z.infer<typeof AlertSettingsSchema>
export const UpdateAlertSettingsRequestSchema = z.strictObject({
  /** the kinds to announce; the others are not */
  kinds: z.array(z.enum(ALERT_KINDS, { error: '提醒类型不正确' })).check(z.maxLength(ALERT_KINDS.length, '提醒类型重复')),
  /** weapp: the result of the subscribe-message consent dialog shown for this change (absent on H5) */
  accepted: z.optional(z.boolean({ error: '请提供是否同意订阅' })),
})
export type UpdateAlertSettingsRequest = z.infer<typeof UpdateAlertSettingsRequestSchema>

/** GET /orgs/{id}/calendar-link — the organisation's deadline calendar as a subscription (no sign-in needed) */
export const CalendarLinkSchema = z.object({
  /** https/http address of the feed */
  url: z.string(),
  /** the same as webcal:// (opens the phone's calendar subscription dialog) */
  webcal: z.string(),
})
export type CalendarLink = z.infer<typeof CalendarLinkSchema>
export const CalendarFeedParamsSchema = z.strictObject({
  token: z.string({ error: '日历订阅链接无效' }).check(z.regex(/^[A-Z]{2}\d{6}\.[A-Za-z0-9_-]{22}$/, '日历订阅链接无效')),
})

const ORG_AND_STAFF = ['enterprise', 'association', 'staff'] as const
export const MONITOR_OPERATIONS: Operation[] = [
  {
    id: 'getPortfolio',
    method: 'GET',
    path: '/orgs/{id}/portfolio',
    tag: 'alerts',
    summary: '商标组合与各商标的法定时间线（本单位或对接客户）',
    roles: ORG_AND_STAFF,
    params: IdParamsSchema,
    ok: { 200: { schema: PortfolioSchema, description: 'the portfolio' } },
    errors: [404],
  },
  {
    id: 'getAlertCalendar',
    method: 'GET',
    path: '/orgs/{id}/calendar.ics',
    tag: 'alerts',
    summary: '法定截止日日历（RFC 5545 .ics，可导入手机日历）',
    roles: ORG_AND_STAFF,
    params: IdParamsSchema,
    ok: { 200: { description: 'text/calendar; one all-day event per last day still ahead', contentType: 'text/calendar' } },
    errors: [404],
  },
  {
    id: 'adviseAlert',
    method: 'POST',
    path: '/alerts/{id}/advice',
    tag: 'alerts',
    summary: '指导站向对接客户的提醒发送指导意见',
    roles: ['staff'],
    params: IdParamsSchema,
    body: AlertAdviceRequestSchema,
    ok: { 200: { schema: AlertSchema, description: 'the alert with the note' } },
    errors: [404],
  },
  {
    id: 'getAlertCalendarLink',
    method: 'GET',
    path: '/orgs/{id}/calendar-link',
    tag: 'alerts',
    summary: '法定截止日日历的订阅链接（复制到手机日历）',
    roles: ORG_AND_STAFF,
    params: IdParamsSchema,
    ok: { 200: { schema: CalendarLinkSchema, description: 'the subscription address' } },
    errors: [404],
  },
  {
    id: 'getAlertCalendarFeed',
    method: 'GET',
    path: '/calendar-feeds/{token}',
    tag: 'alerts',
    summary: '法定截止日日历订阅（公开；链接即凭证）',
    roles: ['public'],
    params: CalendarFeedParamsSchema,
    ok: { 200: { description: 'text/calendar; the same events as calendar.ics', contentType: 'text/calendar' } },
    errors: [404],
  },
  {
    id: 'getAlertSettings',
    method: 'GET',
    path: '/alert-settings',
    tag: 'alerts',
    summary: '新提醒通知设置（按提醒类型）',
    roles: ['enterprise', 'association'],
    ok: { 200: { schema: AlertSettingsSchema, description: 'per kind, whether new alerts are announced' } },
  },
  {
    id: 'updateAlertSettings',
    method: 'PUT',
    path: '/alert-settings',
    tag: 'alerts',
    summary: '保存新提醒通知设置（小程序：附订阅消息授权结果）',
    roles: ['enterprise', 'association'],
    body: UpdateAlertSettingsRequestSchema,
    ok: { 200: { schema: AlertSettingsSchema, description: 'the settings now' } },
  },
]
