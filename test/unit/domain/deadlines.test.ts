import {
  OWN_CASE_LIMITS,
  alertLevel,
  daysLeft,
  invalidationDeadline,
  legalDeadline,
  madridOppositionDeadline,
  nonUseExposure,
  oppositionDeadline,
  oppositionEvidenceDeadline,
  ownCaseDeadline,
  registrationValidUntil,
  renewalWindow,
} from '../../../src/domain/deadlines'

describe('registration term (10 years, ends the day before the anniversary)', () => {
  it.each([
    ['2015-08-31', '2025-08-30'],
    ['2016-02-29', '2026-02-28'],
    ['2018-03-01', '2028-02-29'], // day before a leap-year anniversary
    ['2020-01-01', '2029-12-31'],
    ['2017-02-28', '2027-02-27'],
  ])('registered %s → valid to %s, never moved to a working day', (reg, until) => {
    expect(registrationValidUntil(reg)).toEqual({ date: until, nominal: until, shifted: false, provisional: false })
  })
  it('renewed terms are 10 more years from the anniversary', () => {
    expect(registrationValidUntil('2015-08-31', 20).date).toBe('2035-08-30')
  })
})

describe('renewal window (Law 40)', () => {
  it('opens 12 months before expiry, closes at expiry, grace 6 months (2026-02-28 is a make-up working Saturday)', () => {
    expect(renewalWindow('2025-08-30')).toEqual({
      opens: '2024-08-31',
      closes: '2025-08-30',
      graceEnds: '2026-02-28',
      graceEndsNominal: '2026-02-28',
      provisional: false,
    })
  })
  it('handles a leap-year term end', () => {
    expect(renewalWindow('2026-02-28')).toMatchObject({ opens: '2025-03-01', closes: '2026-02-28', graceEnds: '2026-08-28' })
  })
  it('rolls the grace end off a weekend in a provisional year and says so', () => {
    // 2027-02-28 is a Sunday; 2027 has no official schedule yet
    expect(renewalWindow('2026-08-31')).toMatchObject({
      graceEndsNominal: '2027-02-28',
      graceEnds: '2027-03-01',
      provisional: true,
    })
  })
  it('moves a grace end on a holiday to the next working day', () => {
    // 2025-04-04 + 6 months = 2025-10-04 (National Day) → 2025-10-09
    expect(renewalWindow('2025-04-04')).toMatchObject({ graceEndsNominal: '2025-10-04', graceEnds: '2025-10-09', provisional: false })
  })
})

describe('opposition (Law 33: 3 months from publication)', () => {
  it('worked example: published 2024-11-27 → 2025-02-27', () => {
    expect(oppositionDeadline('2024-11-27')).toEqual({ date: '2025-02-27', nominal: '2025-02-27', shifted: false, provisional: false })
  })
  it('clamps to the month end', () => {
    expect(oppositionDeadline('2024-11-30').date).toBe('2025-02-28')
    expect(oppositionDeadline('2023-11-30').date).toBe('2024-02-29')
  })
  it('moves a holiday deadline to the next working day (National Day 2025)', () => {
    expect(oppositionDeadline('2025-07-01')).toEqual({ date: '2025-10-09', nominal: '2025-10-01', shifted: true, provisional: false })
  })
  it('keeps a deadline on an official make-up working day (Sunday 2025-09-28)', () => {
    expect(oppositionDeadline('2025-06-28')).toMatchObject({ date: '2025-09-28', shifted: false })
  })
  it('Spring Festival 2026: 2026-02-15 → 2026-02-24', () => {
    expect(oppositionDeadline('2025-11-15')).toMatchObject({ nominal: '2026-02-15', date: '2026-02-24', shifted: true })
  })
  it('is provisional when the deadline falls in 2027', () => {
    expect(oppositionDeadline('2026-10-01')).toEqual({ date: '2027-01-04', nominal: '2027-01-01', shifted: true, provisional: true })
    expect(oppositionDeadline('2026-12-30')).toMatchObject({ date: '2027-03-30', provisional: true })
  })
})

describe('invalidation (Law 45: 5 years from registration)', () => {
  it('moves 2021-02-28 (Sunday) to Monday 2021-03-01 for a 2016-02-29 registration', () => {
    expect(invalidationDeadline('2016-02-29')).toEqual({ date: '2021-03-01', nominal: '2021-02-28', shifted: true, provisional: false })
  })
  it('rolls over National Day', () => {
    expect(invalidationDeadline('2020-10-01').date).toBe('2025-10-09')
  })
})

describe('Madrid designation opposition (Reg. 45)', () => {
  it('runs 3 months from the 1st of the month after the Gazette issue', () => {
    expect(madridOppositionDeadline('2024-11-14').date).toBe('2025-02-28')
    expect(madridOppositionDeadline('2024-11-30').date).toBe('2025-02-28')
    expect(madridOppositionDeadline('2025-06-05').date).toBe('2025-09-30')
    expect(madridOppositionDeadline('2026-03-10').date).toBe('2026-06-30')
  })
  it('ends on Saturday 2026-02-28 because that is a make-up working day', () => {
    expect(madridOppositionDeadline('2025-11-20')).toMatchObject({ date: '2026-02-28', shifted: false })
  })
  it('rolls a weekend end and flags provisional years', () => {
    // 2025-05 Gazette → 2025-06-01 .. 2025-08-31 (Sunday) → 2025-09-01
    expect(madridOppositionDeadline('2025-05-21')).toMatchObject({ nominal: '2025-08-31', date: '2025-09-01', shifted: true })
    expect(madridOppositionDeadline('2026-12-03')).toMatchObject({ date: '2027-03-31', provisional: true })
  })
})

describe('non-use exposure (撤三, Law 49)', () => {
  it('is exposed the day after 3 full years from registration', () => {
    expect(nonUseExposure('2020-05-10')).toEqual({ exposedFrom: '2023-05-11', basis: 'registration', answerMonths: 2, provisional: false })
    expect(nonUseExposure('2020-02-29').exposedFrom).toBe('2023-03-01')
  })
  it('counts from the last recorded use', () => {
    expect(nonUseExposure('2015-06-01', '2022-01-15')).toMatchObject({ exposedFrom: '2025-01-16', basis: 'last_use' })
    expect(nonUseExposure('2015-06-01', '2022-01-15', '2025-01-15').exposed).toBe(false)
    expect(nonUseExposure('2015-06-01', '2022-01-15', '2025-01-16').exposed).toBe(true)
  })
  it('ignores a use date before registration', () => {
    expect(nonUseExposure('2020-05-10', '2019-01-01')).toMatchObject({ exposedFrom: '2023-05-11', basis: 'registration' })
  })
})

describe('own-case deadlines (counted from service)', () => {
  it('has the statutory periods', () => {
    expect(OWN_CASE_LIMITS.refusal_review.period).toEqual({ days: 15 })
    expect(OWN_CASE_LIMITS.division.period).toEqual({ days: 15 })
    expect(OWN_CASE_LIMITS.correction.period).toEqual({ days: 30 })
    expect(OWN_CASE_LIMITS.opposition_answer.period).toEqual({ days: 30 })
    expect(OWN_CASE_LIMITS.court.period).toEqual({ days: 30 })
  })
  it.each([
    ['refusal_review', '2025-09-16', '2025-10-09'], // nominal 2025-10-01
    ['refusal_review', '2025-03-03', '2025-03-18'],
    ['division', '2024-05-01', '2024-05-16'],
    ['correction', '2025-01-01', '2025-02-05'], // nominal 2025-01-31, Spring Festival 2025 (01-28..02-04)
    ['correction', '2025-06-03', '2025-07-03'],
    ['opposition_answer', '2025-03-08', '2025-04-07'], // Qingming 2025-04-04..06, 04-07 Monday
    ['court', '2026-01-16', '2026-02-24'], // nominal 2026-02-15, Spring Festival
    ['non_use_evidence', '2025-12-31', '2026-02-28'], // 2 months, clamped, make-up Saturday
  ] as const)('%s served %s → %s', (kind, served, expected) => {
    expect(ownCaseDeadline(kind, served).date).toBe(expected)
  })
  it('flags a provisional own-case deadline', () => {
    expect(ownCaseDeadline('court', '2026-12-20')).toMatchObject({ nominal: '2027-01-19', provisional: true })
  })
  it('supplementary opposition evidence: 3 months after the answer', () => {
    expect(oppositionEvidenceDeadline('2025-04-07').date).toBe('2025-07-07')
  })
  it('legalDeadline combines years, months and days', () => {
    expect(legalDeadline('2024-01-31', { years: 1, months: 1 }).nominal).toBe('2025-02-28')
    expect(legalDeadline('2024-01-31', { months: 1, days: 1 }).nominal).toBe('2024-03-01')
  })
})

describe('alerts', () => {
  it('daysLeft is 0 on the last day and negative after it', () => {
    expect(daysLeft('2025-02-27', '2025-02-27')).toBe(0)
    expect(daysLeft('2025-02-27', '2025-02-28')).toBe(-1)
    expect(daysLeft('2025-03-01', '2025-02-27')).toBe(2)
    expect(daysLeft(oppositionDeadline('2024-11-27'), '2025-01-28')).toBe(30)
  })
  it.each([
    ['2025-02-28', 'overdue'], // 1 day after
    ['2025-02-27', 'urgent'], // last day
    ['2025-02-12', 'urgent'], // 15 days left
    ['2025-02-11', 'soon'], // 16 days left
    ['2024-12-29', 'soon'], // 60 days left
    ['2024-12-28', 'info'], // 61 days left
  ] as const)('today %s → %s', (today, level) => {
    expect(alertLevel('2025-02-27', today)).toBe(level)
  })
  it('accepts a DeadlineResult', () => {
    expect(alertLevel(oppositionDeadline('2024-11-27'), '2025-02-20')).toBe('urgent')
  })
})
