// Trademark monitoring (商标风险监测): pure engine, re-run diff and calendar export, shared by the app and the mock.
export * from './types'
export * from './names'
export { pinyinOf } from './pinyin'
export { RULE_ADVICE, RULE_LABELS, provisionalReason, runMonitor } from './engine'
export { reconcile, COMPARED_FIELDS, type AlertState, type ComparedField, type Reconciled } from './reconcile'
export { alertsToIcsEvents, buildIcs, escapeText, foldLine, type IcsEvent, type IcsOptions } from './ics'
export { checkEntry, checkMark, checkOpinion } from './schema'
export { hashOf } from './hash'
export { markTimeline, type MarkTimeline, type MarkTimelineStep, type TimelineStepKey } from './timeline'
export {
  GENERIC_WORDS,
  SQUATTING_RECENT_MONTHS,
  distinctiveCore,
  isDistinctivePart,
  squattingVerdict,
  type SquattingVerdict,
} from './squatting'
