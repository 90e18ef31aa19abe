// Public notice (公示) rules: when a published application may be confirmed into the programme, and the
// objections (异议) raised during the notice. Pure; the state machine (application.ts), the mock and the
// review screens use these.
//
// Rules:
//  - confirmation waits for the notice to run its course: it is possible from the Beijing calendar day after
//    the notice's last day (`confirmableFrom`); before that the state machine refuses it (409);
//  - an objection is recorded by the national reviewer while the application is in public notice; the day it
//    was raised lies inside the notice period and not after today (an objection posted on the last day may be
//    recorded after the period ended, while the application is still awaiting confirmation);
//  - while any objection is open, confirmation is refused; resolving one needs a written outcome. Rejecting
//    (不予入选) stays possible at any time during the notice — an upheld objection ends that way.

/** What the rules read of an application. */
export interface NoticeSubject {
  status: string
  publicNotice?: { start: string; end: string }
  objections?: ReadonlyArray<{ status: 'open' | 'resolved' }>
}

const DAY = 86_400_000
const ymdMs = (d: string): number => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)))
const msYmd = (ms: number): string => new Date(ms).toISOString().slice(0, 10)

/** "2026-12-09" → "12月9日" */
export const monthDay = (d: string): string => `${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`

/** The first day (YYYY-MM-DD, Beijing calendar) on which the application may be confirmed: the day after the notice ends. */
export function confirmableFrom(app: NoticeSubject): string | undefined {
  return app.publicNotice ? msYmd(ymdMs(app.publicNotice.end) + DAY) : undefined
}

export const openObjections = (app: NoticeSubject): number => (app.objections ?? []).filter((o) => o.status === 'open').length

/**
 * Why confirmation is not possible yet on `today` (Beijing YYYY-MM-DD), or null when it is. Without `today` a
 * published application is refused (the caller must know the day).
 */
export function confirmBlock(app: NoticeSubject, today: string | undefined): string | null {
  const from = confirmableFrom(app)
  if (app.publicNotice && from && (!today || today < from)) {
    return `公示期至 ${monthDay(app.publicNotice.end)}，届满后（${monthDay(from)}起）方可确认入选`
  }
  const open = openObjections(app)
  if (open > 0) return `公示期内的异议尚有 ${open} 条未处理，处理完毕后方可确认入选`
  return null
}

/** Field errors of an objection being recorded (raisedOn inside the notice period, not after today). */
export function validateObjectionDate(app: NoticeSubject, raisedOn: string, today: string): Record<string, string> {
  const n = app.publicNotice
  if (!n) return {}
  if (raisedOn > today) return { raisedOn: '异议提出日期不能晚于今天' }
  if (raisedOn < n.start || raisedOn > n.end) return { raisedOn: `异议应在公示期内提出（${monthDay(n.start)}至${monthDay(n.end)}）` }
  return {}
}
