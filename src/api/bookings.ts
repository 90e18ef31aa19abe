import type {
  AvailabilityRules,
  Booking,
  BookingQuery,
  BookingRestriction,
  CancelBookingRequest,
  CheckInRequest,
  CompleteBookingResponse,
  CreateBookingRequest,
  DeclineBookingRequest,
  Page,
  RescheduleBookingRequest,
  SlotList,
  SlotQuery,
  StaffBookingQuery,
  SubscriptionQuota,
  SubscriptionRequest,
  UpdateAvailabilityRequest,
} from '@/domain/contract'
import { request } from './http'

const b = (id: string) => `/bookings/${encodeURIComponent(id)}`

/** GET /stations/{id}/slots — public */
export const listSlots = (stationId: string, q: SlotQuery = {}) =>
  request<SlotList>({ method: 'GET', url: `/stations/${encodeURIComponent(stationId)}/slots`, params: q })
/** POST /bookings — 201 new, 200 same idempotency key resent */
export const createBooking = (body: CreateBookingRequest) => request<Booking>({ method: 'POST', url: '/bookings', data: body })
/** GET /bookings — the applicant's own */
export const listMyBookings = (q: BookingQuery = {}) => request<Page<Booking>>({ method: 'GET', url: '/bookings', params: q })
export const getBooking = (id: string) => request<Booking>({ method: 'GET', url: b(id) })
export const cancelBooking = (id: string, body: CancelBookingRequest) =>
  request<Booking>({ method: 'POST', url: `${b(id)}/cancel`, data: body })
export const rescheduleBooking = (id: string, body: RescheduleBookingRequest) =>
  request<Booking>({ method: 'POST', url: `${b(id)}/reschedule`, data: body })
export const confirmBooking = (id: string) => request<Booking>({ method: 'POST', url: `${b(id)}/confirm`, data: {} })
export const declineBooking = (id: string, body: DeclineBookingRequest) =>
  request<Booking>({ method: 'POST', url: `${b(id)}/decline`, data: body })
export const checkInBooking = (id: string, body: CheckInRequest) =>
  request<Booking>({ method: 'POST', url: `${b(id)}/check-in`, data: body })
export const completeBooking = (id: string) => request<CompleteBookingResponse>({ method: 'POST', url: `${b(id)}/complete`, data: {} })
export const markNoShow = (id: string) => request<Booking>({ method: 'POST', url: `${b(id)}/no-show`, data: {} })
/** GET /staff/bookings — the staff member's station */
export const listStaffBookings = (q: StaffBookingQuery) => request<Page<Booking>>({ method: 'GET', url: '/staff/bookings', params: q })
/** GET|PUT /staff/availability */
export const getAvailability = () => request<AvailabilityRules>({ method: 'GET', url: '/staff/availability' })
export const updateAvailability = (body: UpdateAvailabilityRequest) =>
  request<AvailabilityRules>({ method: 'PUT', url: '/staff/availability', data: body })
/** POST /subscriptions — one call per template after the consent dialog */
export const recordSubscription = (body: SubscriptionRequest) =>
  request<SubscriptionQuota>({ method: 'POST', url: '/subscriptions', data: body })
/** GET /bookings/restriction — whether the organisation may book (no-show restriction) */
export const getBookingRestriction = () => request<BookingRestriction>({ method: 'GET', url: '/bookings/restriction' })
/** POST /staff/check-in — check in by voucher code alone (scan at the door) */
export const staffCheckIn = (body: CheckInRequest) => request<Booking>({ method: 'POST', url: '/staff/check-in', data: body })
