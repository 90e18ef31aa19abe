import {
  addCalendarDays,
  addCalendarMonths,
  addCalendarYears,
  addWorkingDays,
  calendarCoverage,
  dayInfo,
  diffDays,
  isValidYmd,
  isWorkingDay,
  nextWorkingDay,
  parseYmd,
  weekday,
  workingDayOnOrAfter,
  workingDaysBetween,
} from '../../../src/domain/calendar'

describe('plain date arithmetic', () => {
  it('parses only real YYYY-MM-DD dates', () => {
    expect(parseYmd('2024-02-29')).toEqual({ y: 2024, m: 2, d: 29 })
    expect(() => parseYmd('2025-02-29')).toThrow(RangeError)
    expect(() => parseYmd('2025-2-3')).toThrow(RangeError)
    expect(() => parseYmd('2025-13-01')).toThrow(RangeError)
    expect(isValidYmd('2025-04-31')).toBe(false)
    expect(isValidYmd('2025-04-30')).toBe(true)
    expect(isValidYmd(20250430)).toBe(false)
  })
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addCalendarDays('2025-02-28', 1)).toBe('2025-03-01')
    expect(addCalendarDays('2025-12-31', 1)).toBe('2026-01-01')
    expect(addCalendarDays('2025-01-01', -1)).toBe('2024-12-31')
    expect(diffDays('2024-02-28', '2024-03-01')).toBe(2)
    expect(diffDays('2025-03-01', '2025-02-28')).toBe(-1)
  })
  it('adds months with month-end clamping', () => {
    expect(addCalendarMonths('2025-01-31', 1)).toBe('2025-02-28')
    expect(addCalendarMonths('2024-01-31', 1)).toBe('2024-02-29')
    expect(addCalendarMonths('2025-03-31', -1)).toBe('2025-02-28')
    expect(addCalendarMonths('2024-11-27', 3)).toBe('2025-02-27')
    expect(addCalendarMonths('2025-08-31', 6)).toBe('2026-02-28')
    expect(addCalendarMonths('2025-11-30', -12)).toBe('2024-11-30')
    expect(addCalendarYears('2024-02-29', 1)).toBe('2025-02-28')
    expect(addCalendarYears('2024-02-29', 4)).toBe('2028-02-29')
  })
  it('knows weekdays', () => {
    expect(weekday('2025-10-01')).toBe(3) // Wednesday
    expect(weekday('2025-09-28')).toBe(0) // Sunday
  })
})

describe('calendarCoverage', () => {
  it('covers 2004–2026 from official data, later years are provisional', () => {
    expect(calendarCoverage(2025)).toEqual({ year: 2025, covered: true, provisional: false, firstYear: 2004, lastYear: 2026 })
    expect(calendarCoverage(2026).covered).toBe(true)
    expect(calendarCoverage(2027)).toMatchObject({ covered: false, provisional: true })
    expect(calendarCoverage(2003).provisional).toBe(true)
  })
})

describe('working days — official years', () => {
  it('National Day 2025: 10-01..10-08 off, 09-28 and 10-11 make-up working days', () => {
    for (const d of ['2025-10-01', '2025-10-03', '2025-10-06', '2025-10-08']) {
      expect(isWorkingDay(d)).toBe(false)
    }
    expect(dayInfo('2025-10-01')).toEqual({ date: '2025-10-01', working: false, kind: 'holiday', name: '国庆节', provisional: false })
    expect(dayInfo('2025-09-28')).toEqual({ date: '2025-09-28', working: true, kind: 'makeup', name: '国庆节', provisional: false })
    expect(isWorkingDay('2025-10-11')).toBe(true) // Saturday make-up
    expect(isWorkingDay('2025-10-09')).toBe(true)
    expect(isWorkingDay('2025-09-27')).toBe(false) // ordinary Saturday
    expect(dayInfo('2025-09-27').kind).toBe('weekend')
    expect(dayInfo('2025-09-29').kind).toBe('workday')
  })
  it('Spring Festival 2026: 02-15..02-23 off, 02-14 and 02-28 (Saturdays) working', () => {
    expect(isWorkingDay('2026-02-13')).toBe(true)
    expect(isWorkingDay('2026-02-14')).toBe(true)
    for (let d = '2026-02-15'; d <= '2026-02-23'; d = addCalendarDays(d, 1)) expect(isWorkingDay(d)).toBe(false)
    expect(dayInfo('2026-02-23')).toMatchObject({ kind: 'holiday', name: '春节' })
    expect(isWorkingDay('2026-02-24')).toBe(true)
    expect(isWorkingDay('2026-02-28')).toBe(true)
    expect(isWorkingDay('2026-03-01')).toBe(false)
  })
  it('nextWorkingDay is strictly after the date and honours holidays and make-up days', () => {
    expect(nextWorkingDay('2025-09-30')).toEqual({ date: '2025-10-09', provisional: false })
    expect(nextWorkingDay('2025-09-26').date).toBe('2025-09-28')
    expect(nextWorkingDay('2025-09-29').date).toBe('2025-09-30')
    expect(nextWorkingDay('2026-02-13').date).toBe('2026-02-14')
    expect(nextWorkingDay('2026-02-14').date).toBe('2026-02-24')
    expect(nextWorkingDay('2026-12-30')).toEqual({ date: '2026-12-31', provisional: false })
  })
  it('workingDayOnOrAfter keeps a working day and rolls a holiday forward', () => {
    expect(workingDayOnOrAfter('2025-09-28').date).toBe('2025-09-28')
    expect(workingDayOnOrAfter('2025-10-01').date).toBe('2025-10-09')
    expect(workingDayOnOrAfter('2026-02-15').date).toBe('2026-02-24')
  })
  it('addWorkingDays counts working days forward and backward', () => {
    expect(addWorkingDays('2025-09-26', 1).date).toBe('2025-09-28')
    expect(addWorkingDays('2025-09-26', 3).date).toBe('2025-09-30')
    expect(addWorkingDays('2025-09-30', 1).date).toBe('2025-10-09')
    expect(addWorkingDays('2025-09-30', 3).date).toBe('2025-10-11')
    expect(addWorkingDays('2025-09-30', 4).date).toBe('2025-10-13')
    expect(addWorkingDays('2025-10-09', -1).date).toBe('2025-09-30')
    expect(addWorkingDays('2026-02-24', -1).date).toBe('2026-02-14')
    expect(addWorkingDays('2025-10-04', 0).date).toBe('2025-10-09')
    expect(addWorkingDays('2025-10-09', 0).date).toBe('2025-10-09')
    expect(() => addWorkingDays('2025-10-09', 1.5)).toThrow(RangeError)
  })
  it('counts working days in a range', () => {
    // 2025-09-27 (Sat) .. 2025-10-12 (Sun): 09-28, 29, 30, 10-09, 10, 11 = 6
    expect(workingDaysBetween('2025-09-27', '2025-10-12')).toEqual({ count: 6, provisional: false })
  })
})

describe('working days — provisional years (no official schedule yet)', () => {
  it('2027-10-01 (National Day) is not silently a working day', () => {
    expect(dayInfo('2027-10-01')).toEqual({ date: '2027-10-01', working: false, kind: 'holiday', name: '国庆节', provisional: true })
    expect(isWorkingDay('2027-10-01')).toBe(false)
    expect(dayInfo('2027-10-04')).toMatchObject({ working: true, provisional: true })
  })
  it('estimates the statutory holidays (2024 rules: 春节 = 除夕 + 初一至初三, 劳动节 05-01/02)', () => {
    expect(dayInfo('2027-02-04')).toMatchObject({ working: true, provisional: true })
    expect(dayInfo('2027-02-05')).toMatchObject({ working: false, name: '春节' }) // 除夕
    expect(dayInfo('2027-02-08')).toMatchObject({ working: false, name: '春节' }) // 初三
    expect(dayInfo('2027-02-09')).toMatchObject({ working: true, provisional: true })
    expect(dayInfo('2027-04-05').name).toBe('清明节')
    expect(dayInfo('2027-05-03')).toMatchObject({ working: true }) // Monday, no 调休 known
    expect(dayInfo('2027-06-09').name).toBe('端午节')
    expect(dayInfo('2027-09-15').name).toBe('中秋节')
    expect(dayInfo('2040-01-01')).toMatchObject({ working: false, name: '元旦', provisional: true })
  })
  it('flags results that touch an uncovered year', () => {
    expect(nextWorkingDay('2026-12-31')).toEqual({ date: '2027-01-04', provisional: true })
    expect(addWorkingDays('2027-01-05', -1)).toEqual({ date: '2027-01-04', provisional: true })
    expect(workingDaysBetween('2026-12-28', '2027-01-01').provisional).toBe(true)
  })
})

describe('timezone independence', () => {
  // chinese-days' own functions are a day off in negative-offset timezones; ours must not be.
  // jest's sandbox ignores process.env.TZ, so one child process (tsx) probes several zones.
  const probe = `
    import * as c from './src/domain/calendar'
    import * as d from './src/domain/deadlines'
    const out = {}
    for (const tz of ['America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Shanghai']) {
      process.env.TZ = tz
      out[tz] = [
        new Date(2025, 0, 1).getTimezoneOffset() !== 0,
        c.isWorkingDay('2025-09-28'), c.isWorkingDay('2025-10-01'), c.isWorkingDay('2026-02-23'), c.isWorkingDay('2026-02-28'),
        c.nextWorkingDay('2025-09-30').date, c.weekday('2025-10-01'), d.oppositionDeadline('2024-11-27').date,
        d.registrationValidUntil('2016-02-29').date, d.daysLeft('2025-02-27', '2025-02-12'),
      ]
    }
    console.log(JSON.stringify(out))`
  it('gives the same answers in UTC−8, UTC+14 and UTC+8', () => {
    const { execFileSync } = require('child_process') as typeof import('child_process')
    const path = require('path') as typeof import('path')
    const root = path.resolve(__dirname, '../../..')
    const out = execFileSync(path.join(root, 'node_modules/.bin/tsx'), ['--eval', probe], {
      cwd: root,
      env: { ...process.env, TZ: 'UTC' },
      encoding: 'utf8',
    })
    const expected = [true, true, false, false, true, '2025-10-09', 3, '2025-02-27', '2026-02-28', 15]
    expect(JSON.parse(out)).toEqual({
      'America/Los_Angeles': expected,
      'Pacific/Kiritimati': expected,
      'Asia/Shanghai': expected,
    })
  }, 60_000)
})
