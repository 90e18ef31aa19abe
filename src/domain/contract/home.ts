// GET /api/home — what needs me now, per role. A discriminated union on `role`.
import type { Role } from './common'
import * as z from 'zod/mini'
import './z' // zod configured (zh-CN, jitless) before any parse

export const HomeAlertSchema = z.object({
  id: z.string(),
  title: z.string(),
  /** YYYY-MM-DD */
  deadline: z.optional(z.string()),
  level: z.enum(['urgent', 'soon', 'info']),
})
export type HomeAlert = z.infer<typeof HomeAlertSchema>

export const HomeBookingRefSchema = z.object({
  id: z.string(),
  stationName: z.string(),
  /** the booking organisation (shown to station staff) */
  orgName: z.optional(z.string()),
  /** ISO local date-time "YYYY-MM-DDTHH:mm" */
  startsAt: z.string(),
  status: z.string(),
  topicLabel: z.string(),
})
export type HomeBookingRef = z.infer<typeof HomeBookingRefSchema>

export const HomeApplicationRefSchema = z.object({
  id: z.string(),
  track: z.enum(['enterprise', 'regional', 'station']),
  year: z.number(),
  status: z.string(),
  updatedAt: z.string(),
})
export type HomeApplicationRef = z.infer<typeof HomeApplicationRefSchema>

export const ApplicantHomeSchema = z.object({
  role: z.enum(['enterprise', 'association']),
  orgName: z.string(),
  /** 统一社会信用代码 of the organisation, to prefill forms */
  uscc: z.string(),
  station: z.nullable(z.object({ id: z.string(), name: z.string(), phone: z.string(), address: z.string() })),
  /** pending link request to a station, if any */
  pendingStation: z.optional(z.nullable(z.object({ id: z.string(), name: z.string() }))),
  nextBooking: z.nullable(HomeBookingRefSchema),
  application: z.nullable(HomeApplicationRefSchema),
  unreadAlerts: z.number(),
  alerts: z.array(HomeAlertSchema),
  /** association only */
  brand: z.optional(z.object({ name: z.string(), markTypeLabel: z.string(), memberCount: z.number(), smeCount: z.number() })),
  /** this year's yearly brand report (年度报送): status null = not started */
  report: z.optional(
    z.object({
      year: z.number(),
      status: z.nullable(z.string()),
      statusLabel: z.string(),
      deadline: z.nullable(z.string()),
      open: z.boolean(),
    }),
  ),
})
export type ApplicantHome = z.infer<typeof ApplicantHomeSchema>

/** A follow-up the station owes (service visits): overdue, or due within the next 7 days. */
export const HomeFollowUpSchema = z.object({
  visitId: z.string(),
  clientName: z.string(),
  /** YYYY-MM-DD */
  followUpOn: z.string(),
  state: z.enum(['pending', 'overdue']),
  topicLabel: z.string(),
})
export type HomeFollowUp = z.infer<typeof HomeFollowUpSchema>

export const StaffHomeSchema = z.object({
  role: z.literal('staff'),
  stationId: z.string(),
  stationName: z.string(),
  /** the station's own programme application (annex 3), if any */
  application: z.nullable(HomeApplicationRefSchema),
  todayBookings: z.array(HomeBookingRefSchema),
  pendingBookings: z.number(),
  clientsServed: z.number(),
  pendingLinks: z.number(),
  clientsWithOpenAlerts: z.number(),
  /** follow-ups of service visits not done yet: overdue or due within 7 days, overdue first (at most 5) */
  followUps: z.optional(z.object({ total: z.number(), overdue: z.number(), items: z.array(HomeFollowUpSchema) })),
})
export type StaffHome = z.infer<typeof StaffHomeSchema>

const TrackUseSchema = z.object({ waiting: z.number(), used: z.number(), limit: z.nullable(z.number()) })
export const ReviewerHomeSchema = z.object({
  role: z.enum(['province', 'national']),
  scopeName: z.string(),
  year: z.number(),
  waiting: z.number(),
  byTrack: z.object({ enterprise: TrackUseSchema, regional: TrackUseSchema, station: TrackUseSchema }),
  /** province: this year's yearly reports of the province's participants */
  reports: z.optional(z.object({ year: z.number(), submitted: z.number(), total: z.number() })),
})
export type ReviewerHome = z.infer<typeof ReviewerHomeSchema>

export const HomeSummarySchema = z.union([ApplicantHomeSchema, StaffHomeSchema, ReviewerHomeSchema])
export type HomeSummary = ApplicantHome | StaffHome | ReviewerHome
export type { Role }
