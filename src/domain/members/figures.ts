// The register as of any date, replayed from each member's history (the stored status is only "now").
// A member's standing on a day:
//   none       not added yet (no change dated on or before that day)
//   active     status active and the day inside the licence in force then → may use the mark
//   suspended  status suspended (still on the register, may not use the mark)
//   lapsed     status active or suspended but the day outside the licence period (not renewed in time)
//   withdrawn  licence withdrawn on or before that day
// Counts "as of" a day: members = active + suspended (on the register with a running licence); SMEs among them.
import { addCalendarDays } from '../calendar'
import type { Licence, Member, MemberStatus } from './member'

export type Standing = 'none' | 'active' | 'suspended' | 'lapsed' | 'withdrawn'

/** Status and licence in force at the end of `day` (changes dated that day apply). */
export function stateOn(m: Pick<Member, 'history'>, day: string): { status: MemberStatus; licence: Licence } | null {
  let status: MemberStatus | undefined
  let licence: Licence | undefined
  for (const e of m.history) {
    if (e.on > day) break
    status = e.to
    licence = e.licence ?? licence
  }
  return status && licence ? { status, licence } : null
}

export function standingOn(m: Pick<Member, 'history'>, day: string): Standing {
  const s = stateOn(m, day)
  if (!s) return 'none'
  if (s.status === 'withdrawn') return 'withdrawn'
  if (day < s.licence.start || day > s.licence.end) return 'lapsed'
  return s.status
}

export interface MemberCounts {
  /** YYYY-MM-DD */
  on: string
  members: number
  active: number
  suspended: number
  sme: number
  activeSme: number
}

export function memberCountsOn(register: readonly Member[], day: string): MemberCounts {
  const c: MemberCounts = { on: day, members: 0, active: 0, suspended: 0, sme: 0, activeSme: 0 }
  for (const m of register) {
    const s = standingOn(m, day)
    if (s !== 'active' && s !== 'suspended') continue
    c.members++
    c[s]++
    if (m.sme) {
      c.sme++
      if (s === 'active') c.activeSme++
    }
  }
  return c
}

/** Month-end counts for a year (a chart series; the last point is 31 December). */
export function memberCountsByMonth(register: readonly Member[], year: number): MemberCounts[] {
  return Array.from({ length: 12 }, (_, i) => {
    const firstOfNext = i === 11 ? `${year + 1}-01-01` : `${year}-${String(i + 2).padStart(2, '0')}-01`
    return memberCountsOn(register, addCalendarDays(firstOfNext, -1))
  })
}

export interface YearlyMemberUsage {
  year: number
  /** as of 31 December */
  activeAtYearEnd: number
  smeActiveAtYearEnd: number
  membersAtYearEnd: number
  /** new licences (members added) dated in the year */
  granted: number
  renewed: number
  suspended: number
  withdrawn: number
  /** members with at least one piece of use evidence dated in the year on a day they could use the mark */
  withEvidence: number
}

/**
 * The yearly member-usage figures for the regional brand's yearly report. `asOf` (Beijing today) caps the
 * year-end counts for the running year: a licence ending before 31 December is not yet known to be renewed.
 */
export function yearlyMemberUsage(register: readonly Member[], year: number, asOf?: string): YearlyMemberUsage {
  const yearEnd = `${year}-12-31`
  const end = memberCountsOn(register, asOf && asOf < yearEnd ? asOf : yearEnd)
  const events = register.flatMap((m) => m.history).filter((e) => e.on.startsWith(`${year}-`))
  const n = (a: string) => events.filter((e) => e.action === a).length
  return {
    year,
    activeAtYearEnd: end.active,
    smeActiveAtYearEnd: end.activeSme,
    membersAtYearEnd: end.members,
    granted: n('add'),
    renewed: n('renew'),
    suspended: n('suspend'),
    withdrawn: n('withdraw'),
    withEvidence: register.filter((m) => m.evidence.some((ev) => ev.on.startsWith(`${year}-`) && standingOn(m, ev.on) === 'active')).length,
  }
}

export interface RegisterFilter {
  /** name, USCC or product (case-insensitive substring; every space-separated term must match) */
  q?: string
  status?: MemberStatus
}

/** The register as the list shows it: filtered, then by name (Chinese collation). */
export function filterRegister<T extends Pick<Member, 'name' | 'uscc' | 'products' | 'status'>>(
  register: readonly T[],
  f: RegisterFilter,
): T[] {
  const terms = (f.q ?? '').toLowerCase().split(/\s+/).filter(Boolean)
  return register
    .filter((m) => !f.status || m.status === f.status)
    .filter((m) => {
      const hay = `${m.name} ${m.uscc} ${m.products.join(' ')}`.toLowerCase()
      return terms.every((t) => hay.includes(t))
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-Hans-CN'))
}
