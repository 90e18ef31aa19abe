// One registered mark's legal timeline for the portfolio page: registration → (撤三 exposure) → renewal window
// opens → term end → grace period ends (then the mark lapses). Facts relied on: Law 39 (a 10-year term from
// the registration date, ending the day before the anniversary — `validUntil`), Law 40 (renewal in the last
// 12 months, then a 6-month grace period whose last day moves off a non-working day), Law 49 (cancellation for
// 3 consecutive years of non-use, counted from registration or the last use).
import { type Ymd, compareYmd } from '../calendar'
import { nonUseExposure, renewalWindow } from '../deadlines'

export type TimelineStepKey = 'registered' | 'nonuse_exposed' | 'renewal_opens' | 'expires' | 'grace_ends'
export interface MarkTimelineStep {
  step: TimelineStepKey
  label: string
  date: Ymd
  provisional: boolean
  past: boolean
}
export interface MarkTimeline {
  status: 'registered' | 'grace' | 'lapsed'
  statusLabel: string
  lastUseOn?: Ymd
  steps: MarkTimelineStep[]
}

const STATUS_LABELS = { registered: '有效', grace: '宽展期', lapsed: '已失效（未续展）' } as const

export function markTimeline(m: { registeredOn: Ymd; validUntil: Ymd; useEvidenceOn?: readonly Ymd[] }, today: Ymd): MarkTimeline {
  const w = renewalWindow(m.validUntil)
  const lastUseOn = [...(m.useEvidenceOn ?? [])]
    .filter((d) => compareYmd(d, today) <= 0)
    .sort(compareYmd)
    .pop()
  const exposure = nonUseExposure(m.registeredOn, lastUseOn ?? null, today)
  const past = (d: Ymd) => compareYmd(d, today) <= 0
  const step = (s: TimelineStepKey, label: string, date: Ymd, provisional = false): MarkTimelineStep => ({
    step: s,
    label,
    date,
    provisional,
    past: past(date),
  })
  const status = compareYmd(today, m.validUntil) <= 0 ? 'registered' : compareYmd(today, w.graceEnds) <= 0 ? 'grace' : 'lapsed'
  const steps = [
    step('registered', '核准注册', m.registeredOn),
    step(
      'nonuse_exposed',
      exposure.basis === 'last_use' ? '距最近使用满 3 年（撤三风险起）' : '注册满 3 年无使用证据（撤三风险起）',
      exposure.exposedFrom,
    ),
    step('renewal_opens', '可申请续展', w.opens),
    // the term end is a fixed date (never moved), so it is exact even in a year the calendar does not cover
    step('expires', '注册有效期届满', m.validUntil),
    step('grace_ends', '宽展期届满（未续展即注销）', w.graceEnds, w.provisional),
  ].sort((a, b) => compareYmd(a.date, b.date))
  return { status, statusLabel: STATUS_LABELS[status], ...(lastUseOn ? { lastUseOn } : {}), steps }
}
