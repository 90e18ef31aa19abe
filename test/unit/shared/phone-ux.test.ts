// Issue 9 items that live in pure code: the check-in code as the voucher shows it (item 1), days left
// from the Beijing calendar day (item 14), and the care-mode row height of the station directory.
import { isVoucherCode, normalizeVoucher, VOUCHER_ALPHABET, VOUCHER_CODE_RULE } from '@/domain/booking'
import { daysLeftLabel, daysUntil } from '@/shared/format'

describe('voucher code typed as shown (item 1)', () => {
  it.each([
    ['9GZM 37QV', '9GZM37QV'],
    ['9gzm 37qv', '9GZM37QV'],
    [' 9GZM-37QV ', '9GZM37QV'],
    ['9GZM\u300037QV', '9GZM37QV'],
    ['QQBC:9GZM37QV', '9GZM37QV'],
  ])('%j → %s', (typed, code) => {
    expect(normalizeVoucher(typed)).toBe(code)
    expect(isVoucherCode(normalizeVoucher(typed))).toBe(true)
  })
  it('still refuses characters outside the alphabet, and says which ones it uses', () => {
    expect(isVoucherCode(normalizeVoucher('9GZM 37QO'))).toBe(false)
    expect(isVoucherCode(normalizeVoucher('9GZM 37Q'))).toBe(false)
    for (const c of 'ILO01') expect(VOUCHER_ALPHABET).not.toContain(c)
    expect(VOUCHER_CODE_RULE).toMatch(/2–9/)
    expect(VOUCHER_CODE_RULE).toMatch(/I、L、O/)
  })
})

describe('days left from the Beijing calendar day (item 14)', () => {
  // 2026-12-01 20:00 UTC is already 2026-12-02 in Beijing: a device on UTC (or any zone) must say 9, not 10
  const lateUtc = new Date('2026-12-01T20:00:00Z')
  it('counts from the Beijing day, not the device day', () => {
    expect(daysUntil('2026-12-11', lateUtc)).toBe(9)
    expect(daysLeftLabel('2026-12-11', lateUtc)).toBe('剩余 9 天')
    expect(daysLeftLabel('2026-12-02', lateUtc)).toBe('今天截止')
    expect(daysLeftLabel('2026-11-30', lateUtc)).toBe('已逾期 2 天')
  })
  it('takes a Beijing day as text too', () => {
    expect(daysUntil('2026-12-11', '2026-12-02')).toBe(9)
  })
})
