// Reminders to applicants who still have a draft: 7 days and 1 day before the open batch closes.
//
// Pure: the caller passes the keys already sent; this returns what is due at `now`, each with a stable key
// (`call:application:kind`) the caller stores once it has sent the notice.
//   - a reminder is due from its instant (close − 7 × 24 h, close − 24 h) until the close;
//   - each (call, application, kind) is sent at most once, ever — also after an extension moves the close;
//   - when both are due and neither was sent (a draft started 3 days before the close), only the 1-day one is
//     sent: the 7-day one is stale and, being earlier, never becomes the latest due again.
import { DAY_MS, localToEpoch } from '../time'
import { formatLocalDateTime } from '../outcome'
import { type ProvinceCall, callPhase } from './call'

export type ReminderKind = 'close_in_7_days' | 'close_in_1_day'
export const REMINDER_SCHEDULE: readonly { kind: ReminderKind; beforeCloseMs: number }[] = [
  { kind: 'close_in_7_days', beforeCloseMs: 7 * DAY_MS },
  { kind: 'close_in_1_day', beforeCloseMs: DAY_MS },
]

export interface DraftRef {
  applicationId: string
  /** user (or organisation) to notify */
  applicantId: string
  provinceCode: string
}

export interface Reminder {
  key: string
  kind: ReminderKind
  callId: string
  applicationId: string
  applicantId: string
  /** ISO instant the reminder became due */
  dueAt: string
  title: string
  body: string
}

export const reminderKey = (callId: string, applicationId: string, kind: ReminderKind) => `${callId}:${applicationId}:${kind}`

/** The latest reminder kind due for a call at `now`, or null (before the 7-day mark, or after the close). */
export function latestDueKind(call: ProvinceCall, now: Date): { kind: ReminderKind; dueAt: number } | null {
  if (callPhase(call, now) !== 'open') return null
  const close = localToEpoch(call.closesAt)
  let due: { kind: ReminderKind; dueAt: number } | null = null
  for (const s of REMINDER_SCHEDULE) {
    const dueAt = close - s.beforeCloseMs
    if (now.getTime() >= dueAt && (!due || dueAt > due.dueAt)) due = { kind: s.kind, dueAt }
  }
  return due
}

export function dueReminders(
  calls: readonly ProvinceCall[],
  drafts: readonly DraftRef[],
  sent: ReadonlySet<string>,
  now: Date,
): Reminder[] {
  const out: Reminder[] = []
  for (const call of calls) {
    const due = latestDueKind(call, now)
    if (!due) continue
    for (const d of drafts) {
      if (d.provinceCode !== call.provinceCode) continue
      const key = reminderKey(call.id, d.applicationId, due.kind)
      if (sent.has(key)) continue
      const when = due.kind === 'close_in_7_days' ? '7 天' : '1 天'
      out.push({
        key,
        kind: due.kind,
        callId: call.id,
        applicationId: d.applicationId,
        applicantId: d.applicantId,
        dueAt: new Date(due.dueAt).toISOString(),
        title: `申报将在 ${when}后截止`,
        body: `第 ${call.batch} 批申报将于 ${formatLocalDateTime(call.closesAt)}（北京时间）截止，您的申报表还是草稿，请在截止前提交。`,
      })
    }
  }
  return out
}
