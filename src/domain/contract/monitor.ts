// Trademark monitoring beyond the alert feed: an organisation's portfolio with each mark's legal timeline,
// its legal last days as an RFC 5545 calendar, and the station's advisory note on a client's alert.
//   GET  /orgs/{id}/portfolio      → Portfolio
//   GET  /orgs/{id}/calendar.ics   → text/calendar
//   POST /alerts/{id}/advice       → Alert (staff of a linked station)
import * as z from 'zod/mini'
import { AlertAdviceRequestSchema, AlertSchema } from './alert'
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
]
