// Suspected squatting (疑似抢注): someone else files our name for goods or services we are not registered for.
// A watch service that flags every lookalike in every class buries the few real cases, so the rule is narrow —
// all of these must hold:
//   1. the name is the same or near-identical: identical characters, or the same sound (闽江圆 / MINJIANGYUAN for
//      闽江源); one character different or mere containment is an opposition question in our own groups only;
//   2. our name is distinctive: at least 3 Chinese characters (or 6 Latin letters) once the generic words many
//      holders add (优选, 食品, 小厨…) are taken out — two-character auspicious words (华鑫, 安泰, 盛世) are
//      registered by thousands of unrelated holders and their reuse elsewhere says nothing about bad faith;
//   3. other classes: no similarity group in common (the shared-group case is the opposition rule);
//   4. another holder (checked by the engine before any rule);
//   5. filed recently, after ours: published in the last 3 months, and our mark was applied for or registered
//      before that publication (we hold the earlier right).
import { type Ymd, addCalendarMonths, compareYmd } from '../calendar'
import type { NameMatch, NamePart } from './names'
import type { GazetteEntry, PortfolioMark } from './types'

/** Laudatory and descriptive words that carry no distinctiveness of their own (longest first when stripping). */
export const GENERIC_WORDS: readonly string[] = [
  '餐饮管理',
  '电子商务',
  '文化传媒',
  '农业发展',
  '有限公司',
  '老字号',
  '旗舰店',
  '优选',
  '臻品',
  '精选',
  '小站',
  '小厨',
  '食品',
  '科技',
  '贸易',
  '实业',
  '商贸',
  '集团',
  '国际',
  '中国',
  '品牌',
  '工坊',
  '家',
  '坊',
  '堂',
  '店',
  '牌',
]

/** What is left of a Chinese name part once the generic words are removed. */
export function distinctiveCore(text: string): string {
  let s = text
  for (const w of GENERIC_WORDS) s = s.split(w).join('')
  return s
}

/** Is this (our) name part distinctive enough that a copy in another class suggests squatting? */
export function isDistinctivePart(p: NamePart): boolean {
  if (p.script === 'latin') return /[a-z]/.test(p.text) && [...p.text].length >= 6
  return [...distinctiveCore(p.text)].length >= 3
}

/** The published mark appeared within this many months before `today`. */
export const SQUATTING_RECENT_MONTHS = 3

export type SquattingVerdict =
  | { suspected: true }
  | { suspected: false; reason: 'weak_match' | 'generic_name' | 'not_recent' | 'not_earlier' | 'shared_group' }

/**
 * Whether a published mark with no similarity group in common with ours is a suspected squat. `sharedGroups` is
 * the number of groups the two have in common (any → not squatting: the opposition rule applies instead).
 */
export function squattingVerdict(
  ours: PortfolioMark,
  e: GazetteEntry,
  match: NameMatch,
  ourPart: NamePart,
  sharedGroups: number,
  today: Ymd,
): SquattingVerdict {
  if (sharedGroups > 0) return { suspected: false, reason: 'shared_group' }
  if (match.kind !== 'identical' && match.kind !== 'homophone') return { suspected: false, reason: 'weak_match' }
  if (!isDistinctivePart(ourPart)) return { suspected: false, reason: 'generic_name' }
  if (compareYmd(e.publishedOn, addCalendarMonths(today, -SQUATTING_RECENT_MONTHS)) < 0) return { suspected: false, reason: 'not_recent' }
  const ourDate = ours.appliedOn ?? ours.registeredOn
  if (ourDate && compareYmd(ourDate, e.publishedOn) >= 0) return { suspected: false, reason: 'not_earlier' }
  return { suspected: true }
}
