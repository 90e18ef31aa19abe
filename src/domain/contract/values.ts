// The enum value lists of the contract (zod-free). The zod declarations build their enums from them; the
// label maps in ./labels are typed by them (type-only import, so the main package does not carry the lists).

export const BOOKING_MODES = ['onsite', 'visit'] as const
export const APPLICATION_STATUS_VALUES = [
  'draft',
  'submitted',
  'returned',
  'resubmitted',
  'recommended',
  'national_review',
  'public_notice',
  'confirmed',
  'not_selected',
] as const
export const ENTERPRISE_SCALES = ['large', 'medium', 'small', 'micro'] as const
export const IP_ENTERPRISE_STATUSES = ['demonstration', 'advantage', 'none'] as const
export const SRDI_STATUSES = ['champion', 'little_giant', 'provincial_srdi', 'none'] as const
export const TIME_HONORED_STATUSES = ['china', 'provincial', 'none'] as const
export const PILOT_STATUSES = ['city', 'county', 'park', 'none'] as const
export const ROLES = ['enterprise', 'association', 'staff', 'province', 'national'] as const
export const ORG_KINDS = ['enterprise', 'association'] as const
export const BRAND_FIELDS = ['manufacturing', 'service', 'agriculture'] as const
export const MARK_TYPES = ['collective', 'certification', 'ordinary'] as const
export const SERVICE_TOPICS = ['registration', 'overseas', 'enforcement', 'finance', 'branding', 'risk', 'application'] as const
export const LINK_STATUSES = ['pending', 'accepted', 'declined'] as const
export const BOOKING_STATUSES = ['pending', 'confirmed', 'checked_in', 'completed', 'cancelled', 'declined', 'no_show'] as const
export const APPLICATION_TRACKS = ['enterprise', 'regional', 'station'] as const

/** Well-known error codes. */
export const API_ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'VALIDATION',
  'CONFLICT',
  'INVALID_TRANSITION',
  'QUOTA_EXCEEDED',
  'SLOT_FULL',
  'CALL_CLOSED',
  'DEADLINE_PASSED',
  'RATE_LIMITED',
  'BOOKING_RESTRICTED',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'INTERNAL',
] as const

// ── voucher codes (plain functions here so a check-in screen needs no schema module) ──

/** Voucher codes avoid look-alike characters (no 0/O, 1/I/L). */
export const VOUCHER_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'
export const isVoucherCode = (s: string) => new RegExp(`^[${VOUCHER_ALPHABET}]{8}$`).test(s)
/** What a code looks like, said to a user who typed a wrong one. */
export const VOUCHER_CODE_RULE = '预约码应为 8 位：数字 2–9 和字母（不含 I、L、O），请核对后重试'
/**
 * Normalises a scanned / typed code: upper-cases, strips a "QQBC:" prefix and every space or dash
 * (the voucher shows the code as two groups of four, "9GZM 37QV", and people type it so).
 */
export const normalizeVoucher = (s: string) =>
  s
    .toUpperCase()
    .replace(/[\s\u3000-]+/g, '')
    .replace(/^QQBC:/, '')

/** A value the applicant has not filled: nothing, blank text or an empty list. */
export const isEmpty = (v: unknown): boolean =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0)
