// Inputs and outputs of the trademark monitoring engine (pure; the mock feeds it from its store).
import type { Ymd } from '../calendar'
import type { AlertLevel } from '../contract/alert'
import type { MatchKind } from './names'

export type MonitorMarkType = 'ordinary' | 'collective' | 'certification'
/** applied → published (初步审定公告) → registered; cancelled / invalidated marks are no longer watched */
export type MonitorMarkStatus = 'applied' | 'published' | 'registered' | 'cancelled' | 'invalidated'

/** An event on a Madrid designation of China (领土延伸), counted from the day the notice was served. */
export interface MadridEvent {
  id: string
  type: 'refusal' | 'opposition'
  servedOn: Ymd
  /** the holder has responded (review requested / answer filed): no more alert */
  respondedOn?: Ymd
}

export interface Licence {
  licensee: string
  from: Ymd
  to?: Ymd
  /** dates of the licensee's use evidence — a licensee's use counts against 撤三 */
  useEvidenceOn?: Ymd[]
}

export interface PortfolioMark {
  id: string
  regNo: string
  name: string
  markType: MonitorMarkType
  classes: number[]
  /** 4-digit similarity groups (类似群, e.g. "2901"); when absent the whole class is watched */
  groups?: string[]
  ownerOrgId: string
  ownerName: string
  status: MonitorMarkStatus
  appliedOn?: Ymd
  /** date of the registration notice (注册公告) */
  registeredOn?: Ymd
  /** last day of the current term */
  validUntil?: Ymd
  /** a renewal for the current term has been filed */
  renewalFiledOn?: Ymd
  /** present for a Madrid designation of China ("G…" numbers) */
  madrid?: { events: MadridEvent[] }
  licences?: Licence[]
  /** dates of the owner's (or, for collective/certification marks, its members') use evidence on file */
  useEvidenceOn?: Ymd[]
}

/** One mark in a weekly 商标公告 issue. */
export interface GazetteEntry {
  regNo: string
  name: string
  classes: number[]
  groups: string[]
  applicant: string
  /** publication date of the issue */
  publishedOn: Ymd
  /** preliminary approval (初步审定, opens opposition) or registration (注册公告, opens invalidation) */
  type: 'preliminary' | 'registration'
  /** registration date, for type 'registration' */
  registeredOn?: Ymd
  /** a Madrid designation of China: the WIPO Gazette issue date (Reg. 45 counts from it) */
  wipoGazetteOn?: Ymd
}

export interface OpinionItem {
  id: string
  orgId: string
  trademarkId?: string
  title: string
  source: string
  publishedOn: Ymd
  severity: 'high' | 'medium' | 'low'
}

export interface MonitorInput {
  /** Beijing calendar day */
  today: Ymd
  marks: readonly PortfolioMark[]
  gazette: readonly GazetteEntry[]
  opinions?: readonly OpinionItem[]
}

export type MonitorRule =
  | 'renewal_open'
  | 'renewal_due'
  | 'renewal_grace'
  | 'lapsed'
  | 'nonuse_risk'
  | 'similar_published'
  | 'invalidation_window'
  | 'madrid_refusal'
  | 'madrid_opposition'
  | 'squatting'
  | 'negative_opinion'

export interface MonitorAlert {
  /** stable identity: same mark + same counterpart/term → same key, across runs */
  key: string
  /** hash of every input the alert was computed from (not today): a changed input changes it */
  inputVersion: string
  rule: MonitorRule
  ruleLabel: string
  orgId: string
  trademarkId: string | null
  regNo: string | null
  markName: string | null
  /** legal basis, e.g. 商标法第三十三条; null when there is none (public opinion) */
  basis: string | null
  /** exact last day (after moving off a non-working day where the law says so); null when no legal deadline */
  lastDay: Ymd | null
  /** the arithmetic last day before that move */
  nominalLastDay: Ymd | null
  /** days from today to lastDay (0 = today is the last day, negative = passed) */
  daysLeft: number | null
  level: AlertLevel
  /** the last day depends on a year the official holiday calendar does not cover: show 暂定 */
  provisional: boolean
  provisionalReason?: string
  title: string
  detail: string
  /** what to do */
  advice: string
  /** the published mark this alert is about */
  counterpart?: {
    regNo: string
    name: string
    applicant: string
    publishedOn: Ymd
    classes: number[]
    match: MatchKind
  }
}

export interface InputProblem {
  /** e.g. "marks[3].registeredOn" */
  path: string
  message: string
}

export interface MonitorResult {
  alerts: MonitorAlert[]
  /** records skipped because a field is invalid (field-level Chinese messages) */
  problems: InputProblem[]
}
