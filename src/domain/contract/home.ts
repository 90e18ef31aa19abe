// GET /api/home — what needs me now, per role. A discriminated union on `role`.
import type { Role } from './common'

export interface HomeAlert {
  id: string
  title: string
  /** YYYY-MM-DD */
  deadline?: string
  level: 'urgent' | 'soon' | 'info'
}

export interface HomeBookingRef {
  id: string
  stationName: string
  /** the booking organisation (shown to station staff) */
  orgName?: string
  /** ISO local date-time "YYYY-MM-DDTHH:mm" */
  startsAt: string
  status: string
  topicLabel: string
}

export interface HomeApplicationRef {
  id: string
  track: 'enterprise' | 'regional' | 'station'
  year: number
  status: string
  updatedAt: string
}

export interface ApplicantHome {
  role: 'enterprise' | 'association'
  orgName: string
  /** 统一社会信用代码 of the organisation, to prefill forms */
  uscc: string
  station: { id: string; name: string; phone: string; address: string } | null
  /** pending link request to a station, if any */
  pendingStation?: { id: string; name: string } | null
  nextBooking: HomeBookingRef | null
  application: HomeApplicationRef | null
  unreadAlerts: number
  alerts: HomeAlert[]
  /** association only */
  brand?: { name: string; markTypeLabel: string; memberCount: number; smeCount: number }
}

export interface StaffHome {
  role: 'staff'
  stationId: string
  stationName: string
  /** the station's own programme application (annex 3), if any */
  application: HomeApplicationRef | null
  todayBookings: HomeBookingRef[]
  pendingBookings: number
  clientsServed: number
  pendingLinks: number
  clientsWithOpenAlerts: number
}

export interface ReviewerHome {
  role: 'province' | 'national'
  scopeName: string
  year: number
  waiting: number
  byTrack: Record<'enterprise' | 'regional' | 'station', { waiting: number; used: number; limit: number | null }>
}

export type HomeSummary = ApplicantHome | StaffHome | ReviewerHome
export type { Role }
