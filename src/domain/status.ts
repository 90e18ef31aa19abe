// One status vocabulary for the whole app: the same words and tone in lists, details and timelines.
// Words come from the contract (the server uses the same labels in notices); tones are set here.
// (from the zod-free labels module: the home page of the mini-program main package uses this file)
import { APPLICATION_STATUS_LABELS, APPLICATION_TRACK_LABELS, BOOKING_STATUS_LABELS } from './contract/labels'
import type { ApplicationStatus, BookingStatus } from './contract'

/** The one tone vocabulary of status tags (and the `ui-tag--<tone>` classes that colour them). */
export type StatusTone = 'primary' | 'success' | 'warning' | 'danger' | 'default'
export interface StatusStyle {
  label: string
  tone: StatusTone
}

const BOOKING_STATUS_TONES: Record<BookingStatus, StatusTone> = {
  pending: 'warning',
  confirmed: 'primary',
  checked_in: 'success',
  completed: 'success',
  cancelled: 'default',
  declined: 'danger',
  no_show: 'danger',
}

export const APPLICATION_STATUS_TONES: Record<ApplicationStatus, StatusTone> = {
  draft: 'default',
  submitted: 'primary',
  returned: 'danger',
  resubmitted: 'primary',
  recommended: 'primary',
  national_review: 'warning',
  public_notice: 'warning',
  confirmed: 'success',
  not_selected: 'danger',
}

function styles<S extends string>(labels: Record<S, string>, tones: Record<S, StatusTone>): Record<string, StatusStyle> {
  const out: Record<string, StatusStyle> = {}
  for (const key of Object.keys(labels) as S[]) out[key] = { label: labels[key], tone: tones[key] }
  return out
}

export const BOOKING_STATUS = styles(BOOKING_STATUS_LABELS, BOOKING_STATUS_TONES)
export const APPLICATION_STATUS = styles<ApplicationStatus>(APPLICATION_STATUS_LABELS, APPLICATION_STATUS_TONES)

export const TRACK_LABELS = APPLICATION_TRACK_LABELS

export function statusStyle(map: Record<string, StatusStyle>, status: string): StatusStyle {
  return map[status] ?? { label: status, tone: 'default' }
}
