// Worked cases of the trademark date rules the monitor relies on (Regulations art. 12: first day not counted,
// month-end clamping, a last day on a non-working day moves to the next working day by the official calendar,
// make-up working days included; the registration term ends the day before the anniversary).
// Calendar facts used (official schedule in chinese-days): National Day 2025 = 10-01…10-08, make-up Sundays/
// Saturdays 2025-09-28 and 2025-10-11; Spring Festival 2026 = 02-15…02-23, make-up Saturdays 2026-02-14 and
// 2026-02-28; National Day 2026 = 10-01…10-07, make-up Saturday 2026-10-10. 2027 is not in the data: 暂定.
import { addCalendarMonths, dayInfo } from '../../../src/domain/calendar'
import {
  currentTermEnd,
  invalidationDeadline,
  madridOppositionDeadline,
  nonUseExposure,
  oppositionDeadline,
  ownCaseDeadline,
  registrationValidUntil,
  renewalWindow,
  renewedValidUntil,
} from '../../../src/domain/deadlines'
import { provisionalReason } from '../../../src/domain/monitoring'

type Case = [
  label: string,
  actual: () => { date: string; provisional: boolean; shifted?: boolean },
  date: string,
  provisional: boolean,
  shifted?: boolean,
]

const term = (reg: string) => () => registrationValidUntil(reg)
const renewed = (end: string) => () => renewedValidUntil(end)
const opp = (pub: string) => () => oppositionDeadline(pub)
const inv = (reg: string) => () => invalidationDeadline(reg)
const madrid = (g: string) => () => madridOppositionDeadline(g)
const grace = (until: string) => () => {
  const w = renewalWindow(until)
  return { date: w.graceEnds, provisional: w.provisional, shifted: w.graceEnds !== w.graceEndsNominal }
}

const CASES: Case[] = [
  // registration term: the day before the anniversary, never moved
  ['term 2015-08-31 (month end)', term('2015-08-31'), '2025-08-30', false, false],
  ['term 2016-02-29 (leap day: anniversary is 03-01)', term('2016-02-29'), '2026-02-28', false, false],
  ['term 2016-03-01', term('2016-03-01'), '2026-02-28', false, false],
  ['term 2018-03-01 (ends on a leap day)', term('2018-03-01'), '2028-02-29', false, false],
  ['term ending on National Day 2025 is not moved', term('2015-10-02'), '2025-10-01', false, false],
  ['term 2017-01-01', term('2017-01-01'), '2026-12-31', false, false],
  ['term ending in 2027 is exact (fixed date, no working-day move)', term('2017-08-31'), '2027-08-30', false, false],
  // renewal: 10 years from the day after the previous term (Law 40) — the same rule as registration
  ['renewal of a term ending 2026-02-28 → 2036-02-29', renewed('2026-02-28'), '2036-02-29', false, false],
  ['renewal of a term ending 2025-08-30', renewed('2025-08-30'), '2035-08-30', false, false],
  ['renewal of a term ending on leap day 2024-02-29', renewed('2024-02-29'), '2034-02-28', false, false],
  // grace period: 6 months after the term end, moved off non-working days
  ['grace 2025-08-30 → Saturday 2026-02-28 is a make-up working day: stays', grace('2025-08-30'), '2026-02-28', false, false],
  ['grace 2025-08-31 → clamped to 2026-02-28', grace('2025-08-31'), '2026-02-28', false, false],
  ['grace 2026-04-01 → 2026-10-01 moves past National Day', grace('2026-04-01'), '2026-10-08', false, true],
  ['grace 2026-08-31 → 2027-02-28 (Sunday) → 2027-03-01 暂定', grace('2026-08-31'), '2027-03-01', true, true],
  ['grace 2027-02-28 → 2027-08-28 (Saturday) → 2027-08-30 暂定', grace('2027-02-28'), '2027-08-30', true, true],
  // opposition: 3 months from publication (Law 33)
  ['opposition 2024-11-27 → 2025-02-27', opp('2024-11-27'), '2025-02-27', false, false],
  ['opposition 2024-11-30 → clamped 2025-02-28', opp('2024-11-30'), '2025-02-28', false, false],
  ['opposition 2023-11-30 → leap day 2024-02-29', opp('2023-11-30'), '2024-02-29', false, false],
  ['opposition 2025-07-01 → 10-01 moves past National Day', opp('2025-07-01'), '2025-10-09', false, true],
  ['opposition 2025-06-28 → make-up Sunday 2025-09-28 stays', opp('2025-06-28'), '2025-09-28', false, false],
  ['opposition 2025-11-14 → make-up Saturday 2026-02-14 stays', opp('2025-11-14'), '2026-02-14', false, false],
  ['opposition 2025-11-15 → 2026-02-15 in Spring Festival → 02-24', opp('2025-11-15'), '2026-02-24', false, true],
  ['opposition 2026-07-10 → make-up Saturday 2026-10-10 stays', opp('2026-07-10'), '2026-10-10', false, false],
  ['opposition 2026-07-01 → 2026-10-01 → 2026-10-08', opp('2026-07-01'), '2026-10-08', false, true],
  ['opposition 2025-05-31 → Sunday 2025-08-31 → 09-01', opp('2025-05-31'), '2025-09-01', false, true],
  ['opposition 2026-10-01 → 2027-01-01 (元旦, estimated) → 2027-01-04 暂定', opp('2026-10-01'), '2027-01-04', true, true],
  ['opposition 2026-11-28 → Sunday 2027-02-28 → 2027-03-01 暂定', opp('2026-11-28'), '2027-03-01', true, true],
  ['opposition 2026-10-15 → Friday 2027-01-15, unmoved but 暂定', opp('2026-10-15'), '2027-01-15', true, false],
  // invalidation: 5 years from registration (Law 45)
  ['invalidation 2016-02-29 → Sunday 2021-02-28 → 03-01', inv('2016-02-29'), '2021-03-01', false, true],
  ['invalidation 2021-08-31 → Monday 2026-08-31', inv('2021-08-31'), '2026-08-31', false, false],
  ['invalidation 2022-10-01 → 2027-10-01 (estimated National Day) → 2027-10-04 暂定', inv('2022-10-01'), '2027-10-04', true, true],
  // Madrid designation opposition: 3 months from the 1st of the month after the WIPO Gazette (Reg. 45)
  ['Madrid 2024-11-14 → 2025-02-28', madrid('2024-11-14'), '2025-02-28', false, false],
  ['Madrid 2025-11-20 → make-up Saturday 2026-02-28 stays', madrid('2025-11-20'), '2026-02-28', false, false],
  ['Madrid 2026-11-05 → Sunday 2027-02-28 → 2027-03-01 暂定', madrid('2026-11-05'), '2027-03-01', true, true],
  // own-case periods counted from service
  [
    'refusal review served 2025-09-16 → 10-01 → 2025-10-09',
    () => ownCaseDeadline('refusal_review', '2025-09-16'),
    '2025-10-09',
    false,
    true,
  ],
  [
    'opposition answer served 2026-12-10 → Saturday 2027-01-09 → 01-11 暂定',
    () => ownCaseDeadline('opposition_answer', '2026-12-10'),
    '2027-01-11',
    true,
    true,
  ],
  [
    'Madrid refusal review served 2026-11-20 → Saturday 12-05 → 12-07',
    () => ownCaseDeadline('refusal_review', '2026-11-20'),
    '2026-12-07',
    false,
    true,
  ],
]

describe('trademark date rules: worked cases', () => {
  it('has at least 30 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(30))
  it.each(CASES)('%s', (_label, actual, date, provisional, shifted) => {
    const r = actual()
    expect({ date: r.date, provisional: r.provisional }).toEqual({ date, provisional })
    if (shifted !== undefined) expect(r.shifted).toBe(shifted)
  })
  it('every moved last day lands on a working day, every provisional one in an uncovered year', () => {
    for (const [, actual] of CASES) {
      const r = actual()
      if (r.shifted) expect(dayInfo(r.date).working).toBe(true)
      if (r.provisional) expect(dayInfo(r.date).provisional).toBe(true)
    }
  })
})

describe('renewal follows the registration-term rule (Law 40)', () => {
  // Worked answer: a term ending 2026-02-28 (registered 2016-02-29) renews from 2026-03-01 for 10 years, and a
  // 10-year term starting 2026-03-01 ends the day before 2036-03-01, i.e. on 2036-02-29.
  it('2026-02-28 renews to 2036-02-29, not to old end + 120 months', () => {
    expect(renewedValidUntil('2026-02-28').date).toBe('2036-02-29')
    expect(addCalendarMonths('2026-02-28', 120)).toBe('2036-02-28') // the seed's shortcut: one day short
    expect(registrationValidUntil('2016-02-29', 20).date).toBe('2036-02-28') // "20 years from registration" is also short
  })
  it('agrees with a 20-year count whenever the registration day is not 29 February', () => {
    for (const reg of ['2015-08-31', '2016-03-01', '2017-02-28', '2020-01-01', '2019-12-31']) {
      expect(renewedValidUntil(registrationValidUntil(reg).date).date).toBe(registrationValidUntil(reg, 20).date)
    }
  })
  it('chains renewals to the term covering today', () => {
    expect(currentTermEnd('2016-02-29', '2026-12-01')).toBe('2036-02-29')
    expect(currentTermEnd('2006-02-28', '2026-12-01')).toBe('2036-02-27')
    expect(currentTermEnd('2016-02-29', '2026-02-28')).toBe('2026-02-28') // the last day of a term is still in it
  })
  it('renewal window opens 12 months before expiry', () => {
    expect(renewalWindow('2027-02-28').opens).toBe('2026-03-01')
    expect(renewalWindow('2036-02-29').opens).toBe('2035-03-01')
  })
})

describe('non-use exposure (Law 49)', () => {
  it('3 full years from a leap-day registration', () => expect(nonUseExposure('2020-02-29').exposedFrom).toBe('2023-03-01'))
  it('3 full years from the last use on a month end', () =>
    expect(nonUseExposure('2021-08-31', '2023-08-31').exposedFrom).toBe('2026-09-01'))
})

describe('provisional reason', () => {
  it('names the year and says the date is an estimate', () => {
    expect(provisionalReason('2027-03-01')).toBe('2027 年法定节假日安排尚未发布，截止日按周末和法定节日推算（暂定），发布后将重新核算。')
  })
})
