// Follow-ups of service visits. A follow-up is "done on time" when it is marked done on or before its
// follow-up day (Beijing calendar day of the instant it was marked); it is overdue from the next day on.
import { addCalendarDays } from '../calendar'
import { toLocalDate } from '../time'
import { type Actor, type Outcome, refuse } from '../outcome'
import type { VisitRecord } from './visit'

export type FollowUpState = 'none' | 'pending' | 'overdue' | 'done_on_time' | 'done_late'
export const FOLLOW_UP_STATE_LABELS: Record<FollowUpState, string> = {
  none: '无需回访',
  pending: '待回访',
  overdue: '已逾期',
  done_on_time: '按时回访',
  done_late: '逾期回访',
}

type FollowUpFields = Pick<VisitRecord, 'followUpOn' | 'followUpDoneAt'>

export function followUpState(v: FollowUpFields, now: Date): FollowUpState {
  if (!v.followUpOn) return 'none'
  if (v.followUpDoneAt) return toLocalDate(new Date(v.followUpDoneAt)) <= v.followUpOn ? 'done_on_time' : 'done_late'
  return toLocalDate(now) <= v.followUpOn ? 'pending' : 'overdue'
}

/** Mark a follow-up done now: only the station's staff, only once, only if one was planned. */
export function markFollowUpDone(v: VisitRecord, actor: Actor, now: Date): Outcome<VisitRecord> {
  if (actor.role !== 'staff' || actor.stationId !== v.stationId) return refuse(403, 'FORBIDDEN', '只能处理本站的服务记录')
  if (!v.followUpOn) return refuse(409, 'INVALID_TRANSITION', '这条服务记录没有安排回访')
  if (v.followUpDoneAt) return refuse(409, 'INVALID_TRANSITION', '这次回访已经标记为完成')
  return { ok: true, value: { ...v, followUpDoneAt: now.toISOString() } }
}

/** Follow-ups not done yet, due on or before today + `withinDays` (overdue ones first, then by day). */
export function followUpsDue<T extends VisitRecord>(visits: readonly T[], now: Date, withinDays = 7): (T & { state: FollowUpState })[] {
  const horizon = addCalendarDays(toLocalDate(now), withinDays)
  return visits
    .filter((v) => v.followUpOn && !v.followUpDoneAt && v.followUpOn <= horizon)
    .map((v) => ({ ...v, state: followUpState(v, now) }))
    .sort((a, b) => (a.followUpOn! < b.followUpOn! ? -1 : a.followUpOn! > b.followUpOn! ? 1 : a.id < b.id ? -1 : 1))
}
