// Consultation booking: availability rules, slots, bookings, reminders (subscribe messages).
// Endpoints: GET /stations/{id}/slots, GET|PUT /staff/availability, POST|GET /bookings, GET /bookings/{id},
//            POST /bookings/{id}/cancel|reschedule|confirm|decline|check-in|complete|no-show,
//            GET /staff/bookings, POST /subscriptions.
// Times: local (Asia/Shanghai) "YYYY-MM-DDTHH:mm" for slot times; ISO timestamps (with Z) for audit fields.
import type { Role } from './common'
import type { ServiceTopic } from './org'

export type BookingStatus = 'pending' | 'confirmed' | 'checked_in' | 'completed' | 'cancelled' | 'declined' | 'no_show'
export const BOOKING_STATUS_LABELS: Record<BookingStatus, string> = {
  pending: '待确认',
  confirmed: '已确认',
  checked_in: '已签到',
  completed: '已完成',
  cancelled: '已取消',
  declined: '已婉拒',
  no_show: '未到场',
}

/** onsite = 现场办公 at the station; visit = 上门走访 (staff come to the organisation; always needs staff acceptance) */
export type BookingMode = 'onsite' | 'visit'
export const BOOKING_MODE_LABELS: Record<BookingMode, string> = {
  onsite: '到站咨询',
  visit: '上门走访',
}

/** What the viewer may do with a booking now (computed per viewer by the server). */
export type BookingAction =
  | 'cancel'
  | 'reschedule'
  | 'confirm'
  | 'decline'
  | 'check_in'
  | 'complete'
  | 'no_show'

// ── Availability ───────────────────────────────────────────────────────────────

/** An office-hour window, e.g. 09:00–12:00. */
export interface OfficeWindow {
  /** "HH:mm" */
  start: string
  /** "HH:mm", after start */
  end: string
  /**
   * ISO weekdays (1 = Mon … 7 = Sun) the window applies to. Omitted/empty = every working day,
   * including 调休 make-up working days. Days are only ever bookable when they are working days.
   */
  weekdays?: number[]
}

/** A station's booking rules (stored per station; slots are derived, never stored). */
export interface AvailabilityRules {
  stationId: string
  /** slot length in minutes: 15..240 */
  slotMinutes: number
  /** parallel capacity of one slot: 1..50 */
  capacity: number
  windows: OfficeWindow[]
  /** YYYY-MM-DD days the station is closed although they are working days */
  closedDates: string[]
  /** how many calendar days ahead bookings open: 1..60 */
  horizonDays: number
  /** the owner can cancel / reschedule until this many hours before the slot: 0..168 */
  cancelCutoffHours: number
  /** whether 上门走访 requests are accepted */
  visitAllowed: boolean
  /** ISO timestamp */
  updatedAt?: string
}

/** PUT /staff/availability body */
export type UpdateAvailabilityRequest = Omit<AvailabilityRules, 'stationId' | 'updatedAt'>

// ── Slots ──────────────────────────────────────────────────────────────────────

export interface Slot {
  /** deterministic: `${stationId}_${YYYY-MM-DD}_${HHmm}` */
  id: string
  /** "YYYY-MM-DDTHH:mm" */
  startsAt: string
  /** "YYYY-MM-DDTHH:mm" */
  endsAt: string
  capacity: number
  /** seats held by pending / confirmed / checked-in / completed / no-show bookings */
  taken: number
  /** capacity - taken, never below 0 */
  available: number
}

/** GET /stations/{id}/slots?from=YYYY-MM-DD&days=N  (public) */
export interface SlotQuery {
  /** first day to list (clamped to the first bookable day); default: first bookable day */
  from?: string
  /** number of calendar days to scan from `from`: 1..60, default 14 (clamped to the horizon) */
  days?: number
}

export interface SlotDay {
  /** YYYY-MM-DD */
  date: string
  slots: Slot[]
}

export interface SlotList {
  stationId: string
  /** only working days with at least one slot are listed */
  days: SlotDay[]
  /** first and last bookable day (YYYY-MM-DD) under the station's horizon */
  firstBookableDate: string
  lastBookableDate: string
  visitAllowed: boolean
  cancelCutoffHours: number
}

// ── Bookings ───────────────────────────────────────────────────────────────────

export interface BookingHistoryEntry {
  /** ISO timestamp */
  at: string
  byRole: Role | 'system'
  byName: string
  byUserId?: string
  /** null for creation */
  from: BookingStatus | null
  to: BookingStatus
  reason?: string
  /** e.g. "改期：2026-12-01 09:00 → 2026-12-02 14:00" */
  note?: string
}

/** Stored shape (`bookings` collection) plus response-only display fields. */
export interface Booking {
  id: string
  orgId: string
  /** the applicant user who booked */
  userId: string
  stationId: string
  slotId: string
  /** "YYYY-MM-DDTHH:mm" */
  startsAt: string
  /** "YYYY-MM-DDTHH:mm" */
  endsAt: string
  status: BookingStatus
  topic: ServiceTopic
  description: string
  mode: BookingMode
  /** 8 characters, shown as QR code on the voucher; staff scan it to check in */
  voucherCode: string
  idempotencyKey: string
  /** ISO timestamps */
  createdAt: string
  updatedAt: string
  /** "YYYY-MM-DDTHH:mm": the owner can cancel / reschedule until then */
  cancelDeadline: string
  /** who cancelled / declined and why (latest) */
  cancelledBy?: Role
  reason?: string
  /** number of reschedules so far */
  rescheduleCount: number
  history: BookingHistoryEntry[]
  // response-only
  stationName?: string
  stationAddress?: string
  stationPhone?: string
  orgName?: string
  contactName?: string
  contactPhone?: string
  /** what the current viewer may do now */
  actions?: BookingAction[]
}

/** POST /bookings — 201 new, 200 when the same user resends the same idempotencyKey (same booking returned). */
export interface CreateBookingRequest {
  slotId: string
  topic: ServiceTopic
  /** 5..500 characters */
  description: string
  mode: BookingMode
  /** client-generated, 8..64 chars [A-Za-z0-9_-]; reuse it when retrying the same submission */
  idempotencyKey: string
}

/** POST /bookings/{id}/cancel — reason required (2..200) */
export interface CancelBookingRequest {
  reason: string
}
/** POST /bookings/{id}/reschedule */
export interface RescheduleBookingRequest {
  slotId: string
}
/** POST /bookings/{id}/decline — reason required (2..200) */
export interface DeclineBookingRequest {
  reason: string
}
/** POST /bookings/{id}/check-in — the voucher code read from the QR code */
export interface CheckInRequest {
  voucherCode: string
}

/** GET /bookings (applicant's own) */
export interface BookingQuery {
  /** upcoming = pending/confirmed/checked_in; history = the rest; default all */
  scope?: 'upcoming' | 'history'
  cursor?: string
  limit?: number
}

/** GET /staff/bookings (staff of the station) */
export interface StaffBookingQuery {
  /** today = today's bookings (any status); upcoming = after today, pending/confirmed; history = ended or past */
  scope: 'today' | 'upcoming' | 'history'
  cursor?: string
  limit?: number
}

/**
 * Prefill for the service-visit log (服务记录 / 商标指导服务建议书) — the seam for the reporting feature.
 * POST /bookings/{id}/complete returns it; the visit-log form starts from it.
 */
export interface VisitLogDraft {
  bookingId: string
  stationId: string
  stationName: string
  orgId: string
  orgName: string
  /** YYYY-MM-DD */
  date: string
  mode: BookingMode
  topic: ServiceTopic
  topicLabel: string
  /** the applicant's description, as the starting "问题描述" */
  question: string
  staffName: string
  contactName?: string
  contactPhone?: string
  /** empty, for staff to fill */
  advice: string
}

export interface CompleteBookingResponse {
  booking: Booking
  visitLogDraft: VisitLogDraft
}

/** Restriction after repeated no-shows (message of 403 BOOKING_RESTRICTED says until when). */
export interface BookingRestriction {
  restricted: boolean
  /** YYYY-MM-DD, last restricted day */
  until?: string
  /** no-shows counted in the window */
  noShows: number
}

// ── Subscribe messages (订阅消息) ───────────────────────────────────────────────

export const SUBSCRIBE_TEMPLATES = {
  /** reminder before the slot */
  bookingReminder: 'TPL_BOOKING_REMINDER',
  /** status change (confirmed / declined / cancelled by staff) */
  bookingStatus: 'TPL_BOOKING_STATUS',
  /** programme application status change (申报状态变更) */
  applicationStatus: 'TPL_APPLICATION_STATUS',
} as const
export type SubscribeTemplateId = (typeof SUBSCRIBE_TEMPLATES)[keyof typeof SUBSCRIBE_TEMPLATES]

/** POST /subscriptions — one call per template after Taro.requestSubscribeMessage */
export interface SubscriptionRequest {
  templateId: string
  accepted: boolean
}
export interface SubscriptionQuota {
  templateId: string
  /** one-time quota left (one message per acceptance) */
  remaining: number
}
