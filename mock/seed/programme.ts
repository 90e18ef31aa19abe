// Seed step for the programme year: the current year's national timetable (quota table = annex 4) and one
// open call (batch 1) for every province of the table, so the demo applicants can submit from the start.
// Relative to the seed's clock, so the call is open whenever the mock is seeded:
//   - the national window opens on 1 January of the year (09:00) and closes 30 days after today (17:00);
//   - each province's batch 1 opens with the window and closes 21 days after today (17:00);
//   - provinces recommend until 20 days after the national close; the yearly report is due 31 March next year.
// The year is the Beijing calendar year of `now` (the seed's applications use the same year).
import { programmeYear, NOTICE_MIN_DAYS } from '../../src/domain/application'
import { addCalendarDays } from '../../src/domain/calendar'
import { createProgrammeYear, type ProvinceCall } from '../../src/domain/programme'
import { QUOTA_TABLE_2023 } from '../../src/domain/quota'
import type { Store } from '../store'
import { toLocalDate } from '../../src/domain/time'
import type { SeedStep } from './context'

/** The national office's account id the seeded versions are recorded under. */
const NATIONAL_SEED_ACTOR = { id: 'seed', role: 'national' as const, name: '国家知识产权局（初始设置）' }

export const seedProgramme: SeedStep = (s) => seedProgrammeYear(s.store, s.now, s.id)

/**
 * Writes the year and the calls (also used at start-up for a data file seeded before the programme year
 * existed: its applicants could not submit otherwise).
 */
export function seedProgrammeYear(store: Store, now: Date, id: (prefix: string) => string): void {
  const year = programmeYear(now)
  const today = toLocalDate(now)
  const windowClose = addCalendarDays(today, 30)
  const timetable = {
    year,
    applicationOpensAt: `${year}-01-01T09:00`,
    applicationClosesAt: `${windowClose}T17:00`,
    recommendationDeadline: `${addCalendarDays(windowClose, 20)}T17:00`,
    noticeDays: NOTICE_MIN_DAYS,
    yearlyReportDeadline: `${year + 1}-03-31T17:00`,
  }
  const created = createProgrammeYear(NATIONAL_SEED_ACTOR, timetable, now)
  if (!created.ok) throw new Error(`seed: programme year ${year}: ${created.message} ${JSON.stringify(created.fieldErrors ?? {})}`)
  store.programmeYears.insert(created.value)
  const closesAt = `${addCalendarDays(today, 21)}T17:00`
  const calls: ProvinceCall[] = QUOTA_TABLE_2023.map((row) => ({
    id: id('CL'),
    year,
    provinceCode: row.provinceCode,
    batch: 1,
    opensAt: timetable.applicationOpensAt,
    closesAt,
    notice: `${row.provinceName}${year} 年度“千企百城”商标品牌价值提升行动第 1 批申报已开始，请符合条件的企业、协会和指导站在截止前通过本小程序提交申报材料。`,
    createdBy: 'seed',
    createdAt: now.toISOString(),
    extensions: [],
  }))
  store.calls.insertMany(calls)
}
