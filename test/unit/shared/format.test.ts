// The date helpers of src/shared/format.ts print what dayjs' `format` printed before they dropped dayjs (to keep
// it out of the weapp main package): same parsing of zone-less strings as local times, same device-zone output.
import dayjs from 'dayjs'
import { formatDate, formatDateTime, weekday } from '@/shared/format'
import { addDaysYmd, addYearsYmd, todayYmd } from '@/shared/dates'

const INPUTS: (string | Date)[] = [
  '2026-11-25',
  '2026-01-01',
  '2026-12-31',
  '2026-11-25 09:30',
  '2026-11-25T09:30',
  '2026-11-25T23:59:59',
  '2026-11-25T23:59:59.999',
  '2026-11-24T16:00:00.000Z',
  '2026-11-24T16:30:00Z',
  '2026-02-28T20:15:00+08:00',
  '2025-06-30T23:45:00-05:00',
  '2026/03/07',
  new Date(Date.UTC(2026, 10, 24, 16, 0)),
  new Date(2026, 0, 1, 0, 0),
]

describe('format date helpers (dayjs-free)', () => {
  it.each(INPUTS.map((v) => [String(v instanceof Date ? v.toISOString() : v), v]))('%s prints as dayjs did', (_, v) => {
    expect(formatDate(v)).toBe(dayjs(v).format('YYYY-MM-DD'))
    expect(formatDateTime(v)).toBe(dayjs(v).format('YYYY-MM-DD HH:mm'))
    expect(weekday(v)).toBe(['周日', '周一', '周二', '周三', '周四', '周五', '周六'][dayjs(v).day()])
  })

  it('reads a bare date as that calendar day wherever the device is', () => {
    expect(formatDate('2026-11-25')).toBe('2026-11-25')
    expect(formatDateTime('2026-11-25')).toBe('2026-11-25 00:00')
    expect(weekday('2026-11-25')).toBe('周三')
  })

  it('prints nothing for no value and says so for a bad one', () => {
    expect(formatDate(undefined)).toBe('')
    expect(formatDateTime(null)).toBe('')
    expect(formatDate('not a date')).toBe(dayjs('not a date').format('YYYY-MM-DD'))
  })
})

describe('date arithmetic (dayjs-free)', () => {
  it.each([
    ['2026-11-25', 7],
    ['2026-12-28', 7],
    ['2026-03-01', -1],
    ['2024-03-01', -1],
  ])('%s plus %i days is what dayjs adds', (d, n) => {
    expect(addDaysYmd(d, n)).toBe(dayjs(d).add(n, 'day').format('YYYY-MM-DD'))
  })
  it.each([
    ['2026-11-25', 3],
    ['2024-02-29', 1],
    ['2024-02-29', 4],
    ['2026-01-31', 3],
  ])('%s plus %i years is what dayjs adds', (d, n) => {
    expect(addYearsYmd(d, n)).toBe(dayjs(d).add(n, 'year').format('YYYY-MM-DD'))
  })
  it("today is the device's calendar day", () => {
    expect(todayYmd()).toBe(dayjs().format('YYYY-MM-DD'))
  })
})
