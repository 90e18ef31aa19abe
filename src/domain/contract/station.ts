// Station directory, station ↔ organisation links (对接联系), in-app notices.
// Endpoints: GET /stations, GET /stations/{id}, POST/GET /links, POST /links/{id}/accept|decline,
//            GET /notices, POST /notices/{id}/read.
import type { ServiceTopic, Station } from './org'

/** GET /stations query. All filters optional; public (no sign-in). */
export interface StationQuery {
  /** GB/T 2260 codes; the narrowest one given wins */
  provinceCode?: string
  cityCode?: string
  countyCode?: string
  /** free text over name / host organisation / address (case-insensitive substring, all terms must match) */
  q?: string
  topic?: ServiceTopic
  /** when both given: items carry `distanceKm` and are sorted nearest first */
  lat?: number
  lng?: number
  /** opaque cursor from the previous page's `next` */
  cursor?: string
  /** 1..50, default 20 */
  limit?: number
}

// StationSummary (list item, with optional `distanceKm`) and Station live in ./org.

/** A regional brand or enterprise served by the station (names only, for the detail page). */
export interface ServedBrand {
  orgId: string
  name: string
  kind: 'enterprise' | 'association'
}

/** GET /stations/{id} */
export interface StationDetail extends Station {
  /** brands / organisations this station serves in the programme (accepted links) */
  servedBrands: ServedBrand[]
  /** booking rules summary, so the detail page can say "提前 N 天开放预约" without another call */
  booking: {
    horizonDays: number
    slotMinutes: number
    cancelCutoffHours: number
    visitAllowed: boolean
  }
}

// ── Links (对接联系) ────────────────────────────────────────────────────────────

export type LinkStatus = 'pending' | 'accepted' | 'declined'
export const LINK_STATUS_LABELS: Record<LinkStatus, string> = {
  pending: '待确认',
  accepted: '已对接',
  declined: '已婉拒',
}

/** Stored shape: `links` collection. API responses add the display names. */
export interface Link {
  id: string
  stationId: string
  orgId: string
  status: LinkStatus
  /** ISO timestamp */
  createdAt: string
  /** ISO timestamp of accept / decline */
  decidedAt?: string
  /** decline reason */
  reason?: string
  /** display helpers (responses only) */
  stationName?: string
  orgName?: string
  orgKind?: 'enterprise' | 'association'
}

/** POST /links — enterprise / association asks a station to be "my station". */
export interface CreateLinkRequest {
  stationId: string
}

/** POST /links/{id}/decline */
export interface DeclineLinkRequest {
  reason?: string
}

// ── Notices (站内消息) ──────────────────────────────────────────────────────────

/** Stored shape: `notices` collection. */
export interface Notice {
  id: string
  userId: string
  title: string
  body: string
  /** in-app route to open, one of src/domain/routes.ts, e.g. "/pkg-station/pages/voucher/index?id=BK000001" */
  link?: string
  /** ISO timestamp */
  createdAt: string
  read: boolean
}

/** GET /notices */
export interface NoticeList {
  items: Notice[]
  unread: number
}
