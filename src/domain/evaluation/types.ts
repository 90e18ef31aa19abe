// The evaluation model: input data, configuration (weights and rules as data), results with explanations.
import type { BrandField } from '../contract/org'
import type { ReportFigures } from '../report/fields'

export type EvaluationTrack = 'enterprise' | 'regional' | 'station'

// ── Input ─────────────────────────────────────────────────────────────────────────────────────────────────
// A value is a number/boolean/string when known, `undefined` when the data is missing (lowers confidence)
// and `null` when it does not apply (e.g. an on-time rate with nothing to handle: excluded, no penalty).

/** services a participant received from its station in a year (from the station's visit log) */
export interface VisitFigures {
  /** visits and consultations logged for this participant */
  count: number
  /** distinct service topics covered */
  topics: number
}

/** a regional brand's member register (用标管理), year-end figures */
export interface MemberFigures {
  active: number
  sme: number
  joined: number
  withdrawn: number
  /** active members with dated use evidence in the year */
  withEvidence: number
}

/** trademark risk-monitoring alerts of the participant in the year */
export interface AlertFigures {
  total: number
  /** handled on or before their last day */
  handledOnTime: number
  /** handledOnTime / alerts with a last day; null when there were none */
  handledOnTimeRate: number | null
}

/** negative-opinion events found by monitoring (舆情监测) */
export interface OpinionFigures {
  negativeEvents: number
  /** events rated severe by the reviewers */
  severeEvents: number
}

/** IP counts from the registers (objective; the report's own counts are the declared ones) */
export interface IpFigures {
  marks: number
  madrid: number
  patents: number
  inventionPatents: number
  copyrights: number
  icLayouts: number
  plantVarieties: number
}

/** a station's year (优秀指导站), see summariseStationYear() */
export interface StationFigures {
  /** distinct clients served */
  clientsServed: number
  visits: number
  visitsByMode: Record<string, number>
  visitsByTopic: Record<string, number>
  /** distinct modes (到站 / 上门走访 / 线上) and topics used */
  modesUsed: number
  topicsCovered: number
  followUpOnTimeRate: number | null
  noShowRate: number | null
  cancellationRate: number | null
  clientAlertsHandled: number
  clientAlertsHandledOnTimeRate: number | null
  /** participants of the programme linked to the station */
  linkedParticipants: number
}

/** application facts (annexes 1–2) that the evaluation may read */
export interface ApplicationFacts {
  ipStatus?: string
  srdiStatus?: string
  timeHonored?: string
  pilotStatus?: string
  markType?: string
  isGI?: boolean
}

export interface SubjectYear {
  report?: ReportFigures
  visits?: Partial<VisitFigures>
  members?: Partial<MemberFigures>
  alerts?: Partial<AlertFigures>
  opinion?: Partial<OpinionFigures>
  ip?: Partial<IpFigures>
  station?: Partial<StationFigures>
}

/** one participant (enterprise, regional brand or station) with every year of data known about it */
export interface EvaluationSubject {
  id: string
  name?: string
  track: EvaluationTrack
  /** 制造业 / 服务业 / 农业; stations have none */
  field?: BrandField
  provinceCode: string
  application?: ApplicationFacts
  /** data per calendar year */
  years: Record<number, SubjectYear | undefined>
}

// ── Configuration ───────────────────────────────────────────────────────────────────────────────────────

export type Direction = 'higher' | 'lower'

export type ScoringRule =
  /** growth of the value against `years` years earlier (annualised); `zero` → 0 points, `full` → full points */
  | { kind: 'growth'; years: number; zero: number; full: number }
  /** percentile among peers (ties share the middle rank); a zero value scores nothing */
  | { kind: 'peerRank'; fallbackFull: number }
  /** ratio to the peers' median: `fullAt` × median → full points */
  | { kind: 'peerRatio'; fullAt: number; fallbackFull: number }
  /** yes/no, or a level → share of the weight (booleans: true → 1) */
  | { kind: 'presence'; levels?: Record<string, number> }
  /** steps: the best step reached gives its share (higher: value ≥ at; lower: value ≤ at) */
  | { kind: 'threshold'; steps: Array<{ at: number; share: number }> }
  /** linear between `zero` (0 points) and `full` (full points), clamped */
  | { kind: 'linear'; zero: number; full: number }

export interface IndicatorDef {
  id: string
  label: string
  /** check-list point (E1…E19, R1…R20) or station item (S1…) */
  item: string
  dimension: string
  /** data path, e.g. "report.economic.brandSales", "ip.patents", "station.noShowRate" */
  source: string
  direction: Direction
  rule: ScoringRule
  /** points of this indicator; the weights of a dimension sum to the dimension's share */
  weight: number
  /** why this weight */
  reason: string
  /** what the participant can do to improve */
  advice: string
}

export interface DimensionDef {
  key: string
  label: string
  /** points of the dimension; the shares of a track sum to 100 */
  share: number
  reason: string
}

export type GroupKey = 'track' | 'field' | 'province'

export interface TrackModel {
  dimensions: DimensionDef[]
  indicators: IndicatorDef[]
  /** peer groups tried in order, from the narrowest; e.g. [['track','field','province'], ['track','field']] */
  groupLevels: GroupKey[][]
}

export interface EvaluationConfig {
  /** recorded on every result */
  version: string
  title: string
  /** why it changed against the previous version */
  changelog: string[]
  /** fewer comparable peers than this at every level → the documented absolute fallback */
  minGroupSize: number
  tracks: Record<EvaluationTrack, TrackModel>
}

// ── Results ─────────────────────────────────────────────────────────────────────────────────────────────

export interface InputValue {
  source: string
  label: string
  unit?: string
  year: number
  value: number | boolean | string | null | undefined
}

export interface PeerFigures {
  /** e.g. "企业 · 制造业 · 350000" */
  group: string
  /** comparable peers (with data, excluding the participant) */
  size: number
  median: number
  p25: number
  p75: number
  /** share of peers below the participant (ties count half) */
  percentile?: number
}

export type IndicatorStatus = 'scored' | 'missing' | 'not_applicable'

export interface IndicatorResult {
  id: string
  label: string
  item: string
  dimension: string
  weight: number
  status: IndicatorStatus
  /** null unless scored */
  points: number | null
  inputs: InputValue[]
  /** the rule in words */
  rule: string
  peers?: PeerFigures
  /** set when the peer group was too small and the absolute fallback was used */
  fallback?: string
  /** what would raise the points (or why nothing can) */
  toRaise: string
  advice: string
}

export interface DimensionResult {
  key: string
  label: string
  share: number
  /** sum of points of scored indicators */
  points: number
  /** weight of the indicators with data */
  weightWithData: number
  /** 0–100 on the indicators with data; null when none has data */
  score: number | null
}

export interface EvaluationResult {
  subjectId: string
  track: EvaluationTrack
  year: number
  methodVersion: string
  /** 0–100: points over the weight of the indicators with data (missing data is not scored zero) */
  score: number | null
  /** 0–1: weight with data over the weight of applicable indicators */
  confidence: number
  dimensions: DimensionResult[]
  indicators: IndicatorResult[]
  /** ids of indicators without data */
  missing: string[]
}
