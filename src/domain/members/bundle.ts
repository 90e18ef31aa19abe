// The non-use defence bundle (撤三答辩证据): for one mark and a window of at most three years, the dated
// use evidence of the holder and of its licensed members, selected and ordered, ready to render as one
// document with an index (who, what, when, which evidence).
//
// Facts relied on: a mark registered for 3 full years may be cancelled for 3 consecutive years of non-use
// (Trademark Law art. 49); use by a licensee counts as the holder's use (Regulations art. 66–67 practice).
// Selection rules:
//   - evidence dated inside the window (both ends inclusive);
//   - the holder's own evidence always counts;
//   - a member's evidence counts only if the member could use the mark that day (standing 'active':
//     licensed, not suspended, not withdrawn); the rest is listed under `excluded` with the reason, so the
//     association sees why an item is missing;
//   - order: by date, the holder before members on the same day, then member name (Chinese collation, i.e.
//     pinyin order where the runtime has it), then evidence id.
import { addCalendarDays, addCalendarYears, isValidYmd } from '../calendar'
import { EVIDENCE_KIND_LABELS, type Licence, type Member, type UseEvidence } from './member'
import { type Standing, stateOn, standingOn } from './figures'

export interface BundleWindow {
  from: string
  to: string
}

/** The three years before a non-use cancellation was filed: [filed − 3 years, filed − 1 day]. */
export const nonUseWindow = (filedOn: string): BundleWindow => ({ from: addCalendarYears(filedOn, -3), to: addCalendarDays(filedOn, -1) })

/** Field errors for a chosen window: real dates, from ≤ to, at most three years. */
export function windowErrors(w: Partial<BundleWindow>): Record<string, string> {
  const e: Record<string, string> = {}
  if (!isValidYmd(w.from)) e.from = '请选择开始日期（YYYY-MM-DD）'
  if (!isValidYmd(w.to)) e.to = '请选择结束日期（YYYY-MM-DD）'
  if (!e.from && !e.to) {
    if (w.to! < w.from!) e.to = '结束日期不能早于开始日期'
    else if (w.from! < addCalendarYears(w.to!, -3)) e.from = '期间最长三年（撤三审查看注册商标在申请日前三年内的使用）'
  }
  return e
}

export interface BundleParty {
  role: 'holder' | 'licensee'
  /** licensees: the register entry */
  memberId?: string
  name: string
  uscc: string
}

export interface BundleEntry {
  /** 1-based index in the document */
  no: number
  on: string
  who: BundleParty
  /** evidence kind, in words */
  what: string
  description: string
  products: string[]
  evidenceId: string
  fileIds: string[]
  /** licensees: the licence in force that day */
  licence?: Licence
}

export interface BundleExclusion {
  evidenceId: string
  on: string
  who: BundleParty
  reason: string
}

export interface UseEvidenceBundle {
  mark: { id: string; regNo: string; name: string }
  window: BundleWindow
  holder: BundleParty
  entries: BundleEntry[]
  excluded: BundleExclusion[]
  /** evidence count per window year (year 1 starts at `window.from`); a 0 is a weak spot */
  coverage: { from: string; to: string; count: number }[]
  /** per licensee: how many entries, for the index */
  licensees: { name: string; uscc: string; entries: number }[]
  /** plain warnings for the cover page */
  warnings: string[]
}

const EXCLUSION_REASON: Record<Exclude<Standing, 'active'>, string> = {
  none: '当日尚未成为用标会员',
  suspended: '当日处于暂停使用期间',
  lapsed: '当日不在许可期内',
  withdrawn: '当日许可已撤销',
}

export interface BundleInput {
  mark: { id: string; regNo: string; name: string }
  holder: { name: string; uscc: string; evidence: readonly UseEvidence[] }
  /** the mark's register (other marks' members are ignored) */
  members: readonly Member[]
  window: BundleWindow
}

type Candidate = Omit<BundleEntry, 'no'>

const inWindow = (w: BundleWindow, d: string) => d >= w.from && d <= w.to

function toEntry(ev: UseEvidence, who: BundleParty, licence?: Licence): Candidate {
  return {
    on: ev.on,
    who,
    what: EVIDENCE_KIND_LABELS[ev.kind],
    description: ev.description,
    products: ev.products ?? [],
    evidenceId: ev.id,
    fileIds: ev.fileIds,
    ...(licence ? { licence } : {}),
  }
}

const byName = (a: string, b: string): number => a.localeCompare(b, 'zh-Hans-CN')

function compareEntries(a: Candidate, b: Candidate): number {
  if (a.on !== b.on) return a.on < b.on ? -1 : 1
  if (a.who.role !== b.who.role) return a.who.role === 'holder' ? -1 : 1
  if (a.who.name !== b.who.name) return byName(a.who.name, b.who.name)
  return a.evidenceId < b.evidenceId ? -1 : a.evidenceId > b.evidenceId ? 1 : 0
}

function coverageOf(w: BundleWindow, entries: readonly Candidate[]) {
  const out: { from: string; to: string; count: number }[] = []
  for (let from = w.from; from <= w.to; ) {
    const next = addCalendarYears(from, 1)
    const to = addCalendarDays(next, -1) < w.to ? addCalendarDays(next, -1) : w.to
    out.push({ from, to, count: entries.filter((e) => e.on >= from && e.on <= to).length })
    from = next
  }
  return out
}

export function buildUseEvidenceBundle(input: BundleInput): UseEvidenceBundle {
  const { window: w, mark } = input
  const holder: BundleParty = { role: 'holder', name: input.holder.name, uscc: input.holder.uscc }
  const picked: Candidate[] = input.holder.evidence.filter((ev) => inWindow(w, ev.on)).map((ev) => toEntry(ev, holder))
  const excluded: BundleExclusion[] = []
  const members = input.members.filter((m) => m.trademarkId === mark.id)
  for (const m of members) {
    const who: BundleParty = { role: 'licensee', memberId: m.id, name: m.name, uscc: m.uscc }
    for (const ev of m.evidence.filter((e) => inWindow(w, e.on))) {
      const s = standingOn(m, ev.on)
      if (s === 'active') picked.push(toEntry(ev, who, stateOn(m, ev.on)?.licence))
      else excluded.push({ evidenceId: ev.id, on: ev.on, who, reason: EXCLUSION_REASON[s] })
    }
  }
  picked.sort(compareEntries)
  excluded.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.evidenceId < b.evidenceId ? -1 : 1))
  const entries = picked.map((e, i) => ({ no: i + 1, ...e }))
  const coverage = coverageOf(w, entries)
  const warnings = coverage.filter((c) => c.count === 0).map((c) => `${c.from} 至 ${c.to} 没有使用证据，建议补充`)
  if (entries.length === 0) warnings.unshift('所选期间没有可用的使用证据')
  return {
    mark,
    window: w,
    holder,
    entries,
    excluded,
    coverage,
    licensees: members
      .map((m) => ({ name: m.name, uscc: m.uscc, entries: entries.filter((e) => e.who.memberId === m.id).length }))
      .filter((l) => l.entries > 0)
      .sort((a, b) => byName(a.name, b.name)),
    warnings,
  }
}
