// Consultation booking: availability rules, slots, bookings, reminders (subscribe messages).
// Endpoints: GET /stations/{id}/slots, GET|PUT /staff/availability, POST|GET /bookings, GET /bookings/{id},
//            POST /bookings/{id}/cancel|reschedule|confirm|decline|check-in|complete|no-show,
//            GET /staff/bookings, POST /subscriptions.
// Times: local (Asia/Shanghai) "YYYY-MM-DDTHH:mm" for slot times; ISO timestamps (with Z) for audit fields.
import { RoleSchema } from './common'
import { ServiceTopicSchema } from './org'
import { CursorSchema, limitSchema } from './station'
import * as z from 'zod/mini'
import { isYmd, msg, oneOf, queryInt, text, ymd } from './z'
import { SUBSCRIBE_TEMPLATES } from './labels'
import { BOOKING_MODES, BOOKING_STATUSES, VOUCHER_CODE_RULE, isVoucherCode, normalizeVoucher } from './values'
export { BOOKING_STATUS_LABELS, BOOKING_MODE_LABELS, SUBSCRIBE_TEMPLATES } from './labels'
export { BOOKING_STATUSES } from './values'

export const BookingStatusSchema = z.enum(BOOKING_STATUSES)
export type BookingStatus = z.infer<typeof BookingStatusSchema>

/** onsite = 现场办公 at the station; visit = 上门走访 (staff come to the organisation; always needs staff acceptance) */
export const BookingModeSchema = z.enum(BOOKING_MODES)
export type BookingMode = z.infer<typeof BookingModeSchema>

/** What the viewer may do with a booking now (computed per viewer by the server). */
export const BookingActionSchema = z.enum(['cancel', 'reschedule', 'confirm', 'decline', 'check_in', 'complete', 'no_show'])
export type BookingAction = z.infer<typeof BookingActionSchema>

// ── Formats shared by the app and the mock ──────────────────────────────────────

/** Slot ids are deterministic: `${stationId}_${YYYY-MM-DD}_${HHmm}`. Parses one; null when malformed. */
export function parseSlotId(id: string): { stationId: string; date: string; time: string } | null {
  const m = /^(.+)_(\d{4}-\d{2}-\d{2})_(\d{2})(\d{2})$/.exec(id)
  if (!m) return null
  const [, stationId, date, hh, mm] = m
  if (Number(hh) > 23 || Number(mm) > 59) return null
  if (!isYmd(date)) return null // e.g. 2026-02-30
  return { stationId, date, time: `${hh}:${mm}` }
}

export const AVAILABILITY_LIMITS = {
  slotMinutes: [15, 240],
  capacity: [1, 50],
  horizonDays: [1, 60],
  cancelCutoffHours: [0, 168],
  windows: 8,
  closedDates: 120,
} as const

const slotIdSchema = (message: string) =>
  z.string({ error: message }).check(
    z.maxLength(120, message),
    z.refine((v: string) => parseSlotId(v) !== null, message),
  )

// ── Availability ───────────────────────────────────────────────────────────────

const L = AVAILABILITY_LIMITS

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/
const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))
const hhmm = (missing: string) => z.string(msg(missing, '时间格式应为 HH:mm')).check(z.regex(HHMM, '时间格式应为 HH:mm'))
const intIn = (range: readonly [number, number], unit: string, label: string) =>
  z
    .number(msg(`请填写${label}`, '请输入数字'))
    .check(
      z.int('请输入整数'),
      z.minimum(range[0], range[0] === 0 ? '不能为负数' : `不能小于 ${range[0]}${unit}`),
      z.maximum(range[1], `不能超过 ${range[1]}${unit}`),
    )

/** An office-hour window, e.g. 09:00–12:00. */
export const OfficeWindowSchema = z
  .strictObject({
    /** "HH:mm" */
    start: hhmm('请填写开始时间'),
    /** "HH:mm", after start */
    end: hhmm('请填写结束时间'),
    /**
     * ISO weekdays (1 = Mon … 7 = Sun) the window applies to. Omitted/empty = every working day,
     * including 调休 make-up working days. Days are only ever bookable when they are working days.
     */
    weekdays: z.optional(
      z
        .array(z.number({ error: '星期应为 1–7' }).check(z.int('星期应为 1–7'), z.minimum(1, '星期应为 1–7'), z.maximum(7, '星期应为 1–7')))
        .check(z.maxLength(7, '星期最多 7 项')),
    ),
  })
  .check(z.refine((w) => !HHMM.test(w.start) || !HHMM.test(w.end) || toMinutes(w.end) > toMinutes(w.start), '结束时间应晚于开始时间'))
export type OfficeWindow = z.infer<typeof OfficeWindowSchema>

const availabilityShape = {
  /** slot length in minutes: 15..240 */
  slotMinutes: intIn(L.slotMinutes, ' 分钟', '每个时段时长'),
  /** parallel capacity of one slot: 1..50 */
  capacity: intIn(L.capacity, ' 人', '每个时段可约人数'),
  windows: z
    .array(OfficeWindowSchema, { error: '请设置办公时段' })
    .check(z.minLength(1, `请设置 1–${L.windows} 个办公时段`), z.maxLength(L.windows, `请设置 1–${L.windows} 个办公时段`)),
  /** YYYY-MM-DD days the station is closed although they are working days */
  closedDates: z
    .array(ymd('不办公日期'), { error: '请提供不办公日期列表' })
    .check(z.maxLength(L.closedDates, `不办公日期最多 ${L.closedDates} 个`)),
  /** how many calendar days ahead bookings open: 1..60 */
  horizonDays: intIn(L.horizonDays, ' 天', '开放预约天数'),
  /** the owner can cancel / reschedule until this many hours before the slot: 0..168 (required: no silent default) */
  cancelCutoffHours: intIn(L.cancelCutoffHours, ' 小时', '取消截止时间'),
  /** whether 上门走访 requests are accepted */
  visitAllowed: z.boolean(msg('请选择是否接受上门走访')),
}

/** PUT /staff/availability body — every field required, unknown keys refused. */
export const UpdateAvailabilityRequestSchema = z.strictObject(availabilityShape).check(
  z.superRefine((b, ctx) => {
    b.windows.forEach((w, i) => {
      if (toMinutes(w.end) - toMinutes(w.start) < b.slotMinutes && toMinutes(w.end) > toMinutes(w.start)) {
        ctx.issues.push({ code: 'custom', path: ['windows', i], message: '办公时段短于一个预约时段', input: w })
      }
    })
  }),
)
export type UpdateAvailabilityRequest = z.infer<typeof UpdateAvailabilityRequestSchema>

/** A station's booking rules (stored per station; slots are derived, never stored). */
export const AvailabilityRulesSchema = z.object({
  stationId: z.string(),
  slotMinutes: z.number(),
  capacity: z.number(),
  windows: z.array(z.object({ start: z.string(), end: z.string(), weekdays: z.optional(z.array(z.number())) })),
  closedDates: z.array(z.string()),
  horizonDays: z.number(),
  cancelCutoffHours: z.number(),
  visitAllowed: z.boolean(),
  /** ISO timestamp */
  updatedAt: z.optional(z.string()),
})
export type AvailabilityRules = z.infer<typeof AvailabilityRulesSchema>

// ── Slots ──────────────────────────────────────────────────────────────────────

export const SlotSchema = z.object({
  /** deterministic: `${stationId}_${YYYY-MM-DD}_${HHmm}` */
  id: z.string(),
  /** "YYYY-MM-DDTHH:mm" */
  startsAt: z.string(),
  /** "YYYY-MM-DDTHH:mm" */
  endsAt: z.string(),
  capacity: z.number(),
  /** seats held by pending / confirmed / checked-in / completed / no-show bookings */
  taken: z.number(),
  /** capacity - taken, never below 0 */
  available: z.number(),
})
export type Slot = z.infer<typeof SlotSchema>

/** GET /stations/{id}/slots?from=YYYY-MM-DD&days=N  (public) */
export const SlotQuerySchema = z.strictObject({
  /** first day to list (clamped to the first bookable day); default: first bookable day */
  from: z.optional(ymd('开始日期')),
  /** number of calendar days to scan from `from`: 1..60, default 14 (clamped to the horizon) */
  days: z.optional(queryInt(1, 60, '天数应为 1–60 的整数')),
})
export type SlotQuery = z.infer<typeof SlotQuerySchema>

export const SlotDaySchema = z.object({ date: z.string(), slots: z.array(SlotSchema) })
export type SlotDay = z.infer<typeof SlotDaySchema>

export const SlotListSchema = z.object({
  stationId: z.string(),
  /** only working days with at least one slot are listed */
  days: z.array(SlotDaySchema),
  /** first and last bookable day (YYYY-MM-DD) under the station's horizon */
  firstBookableDate: z.string(),
  lastBookableDate: z.string(),
  visitAllowed: z.boolean(),
  cancelCutoffHours: z.number(),
})
export type SlotList = z.infer<typeof SlotListSchema>

// ── Bookings ───────────────────────────────────────────────────────────────────

export const BookingHistoryEntrySchema = z.object({
  /** ISO timestamp */
  at: z.string(),
  byRole: z.union([RoleSchema, z.literal('system')]),
  byName: z.string(),
  byUserId: z.optional(z.string()),
  /** null for creation */
  from: z.nullable(BookingStatusSchema),
  to: BookingStatusSchema,
  reason: z.optional(z.string()),
  /** e.g. "改期：2026-12-01 09:00 → 2026-12-02 14:00" */
  note: z.optional(z.string()),
})
export type BookingHistoryEntry = z.infer<typeof BookingHistoryEntrySchema>

/** A booking as the API returns it: the stored shape plus display fields. */
export const BookingSchema = z.object({
  id: z.string(),
  orgId: z.string(),
  /** the applicant user who booked */
  userId: z.string(),
  stationId: z.string(),
  slotId: z.string(),
  /** "YYYY-MM-DDTHH:mm" */
  startsAt: z.string(),
  /** "YYYY-MM-DDTHH:mm" */
  endsAt: z.string(),
  status: BookingStatusSchema,
  topic: ServiceTopicSchema,
  description: z.string(),
  mode: BookingModeSchema,
  /** 上门走访: where staff go — the organisation's address when it booked */
  visitAddress: z.optional(z.string()),
  /** 8 characters, shown as QR code on the voucher; staff scan it to check in */
  voucherCode: z.string(),
  idempotencyKey: z.string(),
  /** ISO timestamps */
  createdAt: z.string(),
  updatedAt: z.string(),
  /** "YYYY-MM-DDTHH:mm": the owner can cancel / reschedule until then */
  cancelDeadline: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/)),
  /** who cancelled / declined and why (latest) */
  cancelledBy: z.optional(RoleSchema),
  reason: z.optional(z.string()),
  /** number of reschedules so far */
  rescheduleCount: z.number(),
  history: z.array(BookingHistoryEntrySchema),
  // response-only
  stationName: z.optional(z.string()),
  stationAddress: z.optional(z.string()),
  stationPhone: z.optional(z.string()),
  orgName: z.optional(z.string()),
  contactName: z.optional(z.string()),
  contactPhone: z.optional(z.string()),
  /** what the current viewer may do now */
  actions: z.optional(z.array(BookingActionSchema)),
})
export type Booking = z.infer<typeof BookingSchema>
export const BookingPageSchema = z.object({ items: z.array(BookingSchema), total: z.number(), next: z.nullable(z.string()) })

/** POST /bookings — 201 new, 200 when the same user resends the same idempotencyKey (same booking returned). */
export const CreateBookingRequestSchema = z.strictObject({
  slotId: slotIdSchema('请选择预约时段'),
  topic: z.enum(ServiceTopicSchema.options, { error: '请选择咨询主题' }),
  /** 5..500 characters */
  description: text({ min: 5, max: 500, label: '问题描述', missing: '请简要描述需要咨询的问题' }),
  mode: oneOf(['onsite', 'visit'], '请选择服务方式'),
  /** client-generated, 8..64 chars [A-Za-z0-9_-]; reuse it when retrying the same submission */
  idempotencyKey: z
    .string(msg('请求标识缺失，请刷新页面后重试', '请求标识无效，请刷新页面后重试'))
    .check(z.regex(/^[A-Za-z0-9_-]{8,64}$/, '请求标识无效，请刷新页面后重试')),
})
export type CreateBookingRequest = z.infer<typeof CreateBookingRequestSchema>

const CREATE_BOOKING_KEYS = ['slotId', 'topic', 'description', 'mode', 'idempotencyKey'] as const
const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,64}$/
/** Code points of the trimmed text: what `text()` counts (Array.from iterates code points), without the array. */
function trimmedCodePoints(v: string): number {
  const t = v.trim()
  let n = 0
  for (let i = 0; i < t.length; i++, n++) {
    const c = t.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < t.length) {
      const d = t.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) i++
    }
  }
  return n
}

/**
 * A plain test of `CreateBookingRequestSchema` for the common case: true only when the declaration surely
 * accepts the value as it is (exactly its five keys, each valid), so the server may skip the zod parse of the
 * body on the booking race's hot path. false says nothing: the value then goes through the declaration, which
 * words the field errors. (test/unit/domain/booking-fast-check.test.ts holds it to the declaration.)
 */
export function surelyValidCreateBooking(v: unknown): v is CreateBookingRequest {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || Object.getPrototypeOf(v) !== Object.prototype) return false
  let keys = 0
  for (const k in v) {
    if (!Object.prototype.hasOwnProperty.call(v, k)) return false
    keys++
  }
  if (keys !== CREATE_BOOKING_KEYS.length) return false
  const { slotId, topic, description, mode, idempotencyKey } = v as Record<string, unknown>
  if (typeof slotId !== 'string' || slotId.length > 120 || parseSlotId(slotId) === null) return false
  if (typeof topic !== 'string' || !(ServiceTopicSchema.options as readonly string[]).includes(topic)) return false
  if (typeof description !== 'string' || description.length < 5) return false
  const n = trimmedCodePoints(description)
  if (n < 5 || n > 500) return false
  if (mode !== 'onsite' && mode !== 'visit') return false
  return typeof idempotencyKey === 'string' && IDEMPOTENCY_KEY.test(idempotencyKey)
}

const reasonSchema = (label: string) => text({ min: 2, max: 200, label, missing: `请填写${label}` })
/** POST /bookings/{id}/cancel — reason required (2..200) */
export const CancelBookingRequestSchema = z.strictObject({ reason: reasonSchema('取消原因') })
export type CancelBookingRequest = z.infer<typeof CancelBookingRequestSchema>
/** POST /bookings/{id}/reschedule */
export const RescheduleBookingRequestSchema = z.strictObject({ slotId: slotIdSchema('请选择新的预约时段') })
export type RescheduleBookingRequest = z.infer<typeof RescheduleBookingRequestSchema>
/** POST /bookings/{id}/decline — reason required (2..200) */
export const DeclineBookingRequestSchema = z.strictObject({ reason: reasonSchema('婉拒原因') })
export type DeclineBookingRequest = z.infer<typeof DeclineBookingRequestSchema>
/** POST /bookings/{id}/check-in and POST /staff/check-in — the voucher code read from the QR code */
export const CheckInRequestSchema = z.strictObject({
  voucherCode: z.string(msg('请扫描或输入预约码', '预约码应为 8 位字母数字，请重新扫码')).check(
    z.maxLength(40, VOUCHER_CODE_RULE),
    z.refine((v: string) => isVoucherCode(normalizeVoucher(v)), VOUCHER_CODE_RULE),
  ),
})
export type CheckInRequest = z.infer<typeof CheckInRequestSchema>

/** GET /bookings (applicant's own) */
export const BookingQuerySchema = z.strictObject({
  /** upcoming = pending/confirmed/checked_in; history = the rest; default all */
  scope: z.optional(oneOf(['upcoming', 'history'], '范围应为 upcoming 或 history')),
  cursor: z.optional(CursorSchema),
  limit: z.optional(limitSchema()),
})
export type BookingQuery = z.infer<typeof BookingQuerySchema>

/** GET /staff/bookings (staff of the station) */
export const StaffBookingQuerySchema = z.strictObject({
  /** today = today's bookings (any status); upcoming = after today, pending/confirmed; history = ended or past */
  scope: oneOf(['today', 'upcoming', 'history'], '范围应为 today、upcoming 或 history'),
  cursor: z.optional(CursorSchema),
  limit: z.optional(limitSchema()),
})
export type StaffBookingQuery = z.infer<typeof StaffBookingQuerySchema>

/**
 * Prefill for the service-visit log (服务记录 / 商标指导服务建议书) — the seam for the reporting feature.
 * POST /bookings/{id}/complete returns it; the visit-log form starts from it.
 */
export const VisitLogDraftSchema = z.object({
  bookingId: z.string(),
  stationId: z.string(),
  stationName: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  /** YYYY-MM-DD */
  date: z.string(),
  mode: BookingModeSchema,
  topic: ServiceTopicSchema,
  topicLabel: z.string(),
  /** the applicant's description, as the starting "问题描述" */
  question: z.string(),
  staffName: z.string(),
  contactName: z.optional(z.string()),
  contactPhone: z.optional(z.string()),
  /** empty, for staff to fill */
  advice: z.string(),
})
export type VisitLogDraft = z.infer<typeof VisitLogDraftSchema>

export const CompleteBookingResponseSchema = z.object({ booking: BookingSchema, visitLogDraft: VisitLogDraftSchema })
export type CompleteBookingResponse = z.infer<typeof CompleteBookingResponseSchema>

/** Restriction after repeated no-shows (message of 403 BOOKING_RESTRICTED says until when). */
export const BookingRestrictionSchema = z.object({
  restricted: z.boolean(),
  /** YYYY-MM-DD, last restricted day */
  until: z.optional(z.string()),
  /** no-shows counted in the window */
  noShows: z.number(),
})
export type BookingRestriction = z.infer<typeof BookingRestrictionSchema>

// ── Subscribe messages (订阅消息) ───────────────────────────────────────────────

export type SubscribeTemplateId = (typeof SUBSCRIBE_TEMPLATES)[keyof typeof SUBSCRIBE_TEMPLATES]

/** POST /subscriptions — one call per template after Taro.requestSubscribeMessage */
export const SubscriptionRequestSchema = z.strictObject({
  templateId: oneOf(['TPL_BOOKING_REMINDER', 'TPL_BOOKING_STATUS', 'TPL_APPLICATION_STATUS', 'TPL_CALL_REMINDER'], '订阅模板不存在'),
  accepted: z.boolean(msg('请提供是否同意订阅')),
})
export type SubscriptionRequest = z.infer<typeof SubscriptionRequestSchema>
export const SubscriptionQuotaSchema = z.object({
  templateId: z.string(),
  /** one-time quota left (one message per acceptance) */
  remaining: z.number(),
})
export type SubscriptionQuota = z.infer<typeof SubscriptionQuotaSchema>
