// The stored record types: what each collection of the mock's database holds. Routes and seed steps import
// them from here (the store is the only code that knows how they are kept).
import type {
  AlertKind,
  AlertLevel,
  Application,
  ApplicationStatus,
  Booking,
  Notice,
  Organization,
  RegionalBrand,
  Station,
  Trademark,
  UpdateAvailabilityRequest,
  User,
} from '../../src/domain/contract'

import type { Member, UseEvidence } from '../../src/domain/members'
import type { ProgrammeYear, ProvinceCall } from '../../src/domain/programme'
import type { ReportFigures, ReportState, ReportTrack } from '../../src/domain/report'
import type { EvaluationResult } from '../../src/domain/evaluation'
import type { ListKind } from '../../src/domain/contract/evaluation'
import type { BrandField } from '../../src/domain/contract'
import type { PhotoType, VisitRecord } from '../../src/domain/visits'

export type { Notice, Organization, RegionalBrand, Station, Trademark }

/** `users`: the contract User plus the bound WeChat identity (never sent to clients). */
export interface StoredUser extends User {
  openid?: string
  /** ISO timestamp */
  createdAt: string
}

/** `sessions`: bearer tokens (the token is the record's key). */
export interface StoredSession {
  token: string
  userId: string
  /** ISO timestamp */
  expiresAt: string
}

/**
 * `alerts`: trademark risk alerts of an organisation — derived state: written only by the monitor run
 * (mock/seed/monitor.ts) from the engine's output, identified by the engine's `key`.
 */
export interface StoredAlert {
  id: string
  orgId: string
  trademarkId: string | null
  kind: AlertKind
  /** the engine's stable identity of this alert (same mark + counterpart/term → same key across runs) */
  key: string
  /** hash of the inputs it was computed from: a changed input changes it */
  inputVersion: string
  level: AlertLevel
  /** the last day depends on a year the holiday calendar does not cover yet (暂定) */
  provisional: boolean
  provisionalReason?: string
  /** legal basis, e.g. 商标法第三十三条 */
  basis?: string
  title: string
  advice: string
  /** YYYY-MM-DD, the exact last day */
  deadline?: string
  /** resolved = no longer produced by the monitor (window closed, mark changed); never shown */
  status: 'open' | 'handled' | 'resolved'
  /** ISO timestamp */
  createdAt: string
  updatedAt?: string
  resolvedAt?: string
  /** ISO timestamp when the owner first opened it; absent = unread */
  readAt?: string
  detail?: string
  handledAt?: string
  handledNote?: string
  handledBy?: string
  /** the station's advisory note to its client (kept across monitor runs) */
  advisory?: { note: string; stationName: string; at: string; by: string }
}

/** `links`: station ↔ organisation link requests (对接). */
export interface StoredLink {
  id: string
  stationId: string
  orgId: string
  status: 'pending' | 'accepted' | 'declined'
  createdAt: string
  decidedAt?: string
  reason?: string
}

/** `bookings`: the contract Booking without response-only fields, plus reminder bookkeeping. */
export type StoredBooking = Omit<
  Booking,
  'stationName' | 'stationAddress' | 'stationPhone' | 'orgName' | 'contactName' | 'contactPhone' | 'actions'
> & {
  /** ISO, when the reminder went out */
  remindedAt?: string
}

/**
 * `availability`: one row per station (keyed by stationId). Seeded rows reference a shared profile
 * (meta `availabilityProfiles`) to stay compact; a staff PUT stores the full rules.
 */
export interface StoredAvailability extends Partial<UpdateAvailabilityRequest> {
  stationId: string
  profile?: string
  updatedAt?: string
}

/** `subscriptions`: one-time subscribe-message quota per user and template (keyed by both). */
export interface StoredSubscription {
  userId: string
  templateId: string
  remaining: number
  /** ISO */
  updatedAt: string
  lastRefusedAt?: string
}

/** `alert_settings`: the alert kinds a user wants announced (keyed by userId; no row = none). */
export interface StoredAlertSettings {
  userId: string
  kinds: AlertKind[]
  /** ISO */
  updatedAt: string
}

/** `notices`: in-app notices. */
export type StoredNotice = Notice

/**
 * `applications`: the contract Application without the per-viewer part (`actions`; `eligibility` and
 * `stationConfirmations` are stored as of the last write and recomputed on every read).
 */
export type StoredApplication = Omit<Application, 'actions'>

/** `applicationSubmits`: idempotency records of POST /applications/{id}/submit (keyed by user + key). */
export interface StoredSubmit {
  key: string
  userId: string
  applicationId: string
  /** status right after that submission */
  status: ApplicationStatus
  at: string
}

/** `visitSubmits`: idempotency records of POST /visits (keyed by user + key). */
export interface StoredVisitSubmit {
  key: string
  userId: string
  visitId: string
  at: string
}

/** `batches`: public-notice batches (公示批次), keyed by year + number. */
export interface StoredBatch {
  year: number
  batch: number
  start: string
  end: string
  applicationIds: string[]
  createdAt: string
}

/** `programmeYears`: a programme year's timetable and quota versions (keyed by the year). */
export type StoredProgrammeYear = ProgrammeYear

/** `calls`: the provinces' calls for applications (申报批次). */
export type StoredCall = ProvinceCall

/** `callReminders`: a 7-day / 1-day reminder sent (keyed by `call:application:kind`, sent once). */
export interface StoredCallReminder {
  key: string
  callId: string
  applicationId: string
  /** ISO */
  sentAt: string
}

/** `visits`: a station's service visits (服务记录); `clientOrgId` repeats `client.orgId` so it can be indexed. */
export type StoredVisit = VisitRecord & { clientOrgId?: string }

/** `members`: an association's register of enterprises licensed to use its regional mark (用标名册). */
export type StoredMember = Member

/** `mark_evidence`: the mark holder's own dated use evidence (用标证据, 注册人自用), one record per item. */
export interface StoredMarkEvidence extends UseEvidence {
  associationId: string
  trademarkId: string
  /** ISO instant recorded */
  at: string
  by: string
}

/** `reports`: one yearly brand report (年度报送) per organisation and year; `status` repeats `state.status`. */
export interface StoredReport {
  id: string
  orgId: string
  year: number
  track: ReportTrack
  status: ReportState['status']
  state: ReportState
  figures: ReportFigures
  /** paths of year-over-year jumps (> 10×) the reporter confirmed */
  confirmedJumps?: string[]
  /** the province of the organisation when the report was started (the reviewer's scope) */
  provinceCode?: string
  /** ISO instants */
  createdAt: string
  updatedAt: string
}

/**
 * `evaluationResults`: one participant's evaluation of a year (keyed by `year:subjectId`), with the subject's
 * facts as of scoring and the method version the engine recorded (results of different versions are not ranked
 * together).
 */
export interface StoredEvaluationResult {
  id: string
  year: number
  subjectId: string
  track: EvaluationResult['track']
  provinceCode: string
  methodVersion: string
  name: string
  field?: BrandField
  result: EvaluationResult
  /** ISO instant */
  computedAt: string
}

/** `listBatches`: one published batch of a year's national list (keyed by `year:list:batch`). */
export interface StoredListBatch {
  id: string
  year: number
  list: ListKind
  batch: number
  methodVersion: string
  minScore: number
  count: number
  /** ISO instant */
  publishedAt: string
  publishedBy: string
}

/** `listEntries`: one entry of a published list — public facts only, copied at publishing (keyed by `year:list:subjectId`). */
export interface StoredListEntry {
  id: string
  year: number
  list: ListKind
  batch: number
  seq: number
  subjectId: string
  track: EvaluationResult['track']
  brandName: string
  holderName: string
  provinceCode: string
  regionName: string
  field?: BrandField
  /** the listed mark's trademark record, if any */
  trademarkId?: string
  publishedAt: string
}

/**
 * `uploads`: a stored photo's metadata (the bytes are a BLOB column beside it, read with `store.uploads.bytes`).
 * Owned by the uploader until a record takes it (`attachedKind` + `attachedId`).
 */
export interface StoredUpload {
  id: string
  /** user id of the uploader */
  ownerId: string
  mime: PhotoType
  size: number
  /** hex SHA-256 of the bytes */
  sha256: string
  /** ISO instant */
  createdAt: string
  /** the record that took it: 'visit', 'member_evidence', … */
  attachedKind?: string
  attachedId?: string
}

/** `reportReminders`: a province's reminder to one organisation about one year's report, at most one per Beijing day. */
export interface StoredReportReminder {
  /** `${year}:${orgId}:${YYYY-MM-DD}` */
  key: string
  year: number
  orgId: string
  /** Beijing day it was sent */
  day: string
  /** ISO */
  sentAt: string
  sentBy: string
}
