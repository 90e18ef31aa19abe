import { dateTimeError, fromPickerValues, pickerStart, wallClockDate } from './dateTime'
import { limitError } from './QuotaEditor'

describe('date picker ↔ Beijing wall-clock minutes', () => {
  test('a wall-clock minute goes into the picker and comes back unchanged, whatever the device zone', () => {
    const d = wallClockDate('2026-12-15T17:05')
    expect([d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes()]).toEqual([2026, 12, 15, 17, 5])
    expect(fromPickerValues(['2026', '12', '15', '17', '05'])).toBe('2026-12-15T17:05')
    expect(fromPickerValues([2027, 1, 3, 9, 0])).toBe('2027-01-03T09:00')
  })
  test('an impossible day or a short selection gives null, not a wrong value', () => {
    expect(fromPickerValues(['2026', '02', '30', '09', '00'])).toBeNull()
    expect(fromPickerValues(['2026', '02', '03'])).toBeNull()
  })
  test('the picker opens on the typed value inside the window, else on the nearest bound or the fallback', () => {
    const min = '2026-01-01T09:00'
    const max = '2026-12-24T17:00'
    expect(pickerStart('2026-06-01T10:00', '2026-03-01T09:00', min, max)).toBe('2026-06-01T10:00')
    expect(pickerStart('2025-06-01T10:00', '2026-03-01T09:00', min, max)).toBe(min)
    expect(pickerStart('2027-06-01T10:00', '2026-03-01T09:00', min, max)).toBe(max)
    expect(pickerStart('2026-13-01', '2026-03-01T09:00', min, max)).toBe('2026-03-01T09:00')
    expect(pickerStart('', '2030-01-01T00:00', min, max)).toBe(max)
  })
})

describe('field errors as typed', () => {
  test('a minute: format, then the window; empty is left to the server', () => {
    expect(dateTimeError('')).toBeUndefined()
    expect(dateTimeError('2026-12-15 17:00')).toMatch(/格式/)
    expect(dateTimeError('2026-02-30T09:00')).toMatch(/格式/)
    expect(dateTimeError('2025-12-31T23:59', '2026-01-01T09:00')).toBe('不能早于 2026年1月1日 09:00')
    expect(dateTimeError('2027-01-01T00:00', undefined, '2026-12-24T17:00')).toBe('不能晚于 2026年12月24日 17:00')
    expect(dateTimeError(' 2026-06-01T10:00 ', '2026-01-01T09:00', '2026-12-24T17:00')).toBeUndefined()
  })
  test('a quota limit: a whole number 0–1000', () => {
    expect(limitError('')).toBe('请填写名额')
    expect(limitError('-3')).toBe('名额应为不小于 0 的整数')
    expect(limitError('4.5')).toBe('名额应为不小于 0 的整数')
    expect(limitError('1001')).toBe('名额不能超过 1000')
    expect(limitError('0')).toBeUndefined()
    expect(limitError('45')).toBeUndefined()
  })
})
