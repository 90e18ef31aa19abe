// The public-notice rule: confirmation from the Beijing day after the notice's last day, never with an open
// objection; objections dated inside the notice and not in the future.
import type { User } from '../../../src/domain/contract'
import { availableActions, decideTransition, type TransitionSubject } from '../../../src/domain/application'
import { confirmBlock, confirmableFrom, monthDay, openObjections, validateObjectionDate } from '../../../src/domain/notice'

const national: User = { id: 'U5', phone: '13800000005', name: '张', role: 'national' }
const inNotice = (over: Partial<TransitionSubject> = {}): TransitionSubject => ({
  track: 'enterprise',
  status: 'public_notice',
  provinceCode: '350000',
  orgId: 'OG1',
  publicNotice: { start: '2026-12-02', end: '2026-12-09' },
  ...over,
})

describe('confirmation waits for the public notice', () => {
  test('confirmable from the day after the last day, across a month end and a year end', () => {
    expect(confirmableFrom(inNotice())).toBe('2026-12-10')
    expect(confirmableFrom(inNotice({ publicNotice: { start: '2026-11-25', end: '2026-11-30' } }))).toBe('2026-12-01')
    expect(confirmableFrom(inNotice({ publicNotice: { start: '2026-12-26', end: '2026-12-31' } }))).toBe('2027-01-01')
    expect(confirmableFrom(inNotice({ publicNotice: undefined }))).toBeUndefined()
    expect(monthDay('2026-02-05')).toBe('2月5日')
  })

  test('the issue case: notice 12-02 → 12-09, confirm on 12-02 and on 12-09 refused with the day it becomes possible', () => {
    for (const today of ['2026-12-02', '2026-12-09']) {
      expect(decideTransition(national, inNotice(), 'confirm', { today })).toEqual({
        ok: false,
        status: 409,
        code: 'INVALID_TRANSITION',
        message: '公示期至 12月9日，届满后（12月10日起）方可确认入选',
      })
    }
    expect(decideTransition(national, inNotice(), 'confirm', { today: '2026-12-10' })).toMatchObject({ ok: true, to: 'confirmed' })
    // without knowing the day, a published application is not confirmed
    expect(decideTransition(national, inNotice(), 'confirm').ok).toBe(false)
    // rejecting (an upheld objection) stays possible during the notice
    expect(decideTransition(national, inNotice(), 'reject', { reason: '异议成立', today: '2026-12-03' }).ok).toBe(true)
    expect(availableActions(national, inNotice(), '2026-12-03')).toEqual(['reject'])
    expect(availableActions(national, inNotice(), '2026-12-10')).toEqual(['confirm', 'reject'])
  })

  test('an open objection blocks confirmation after the notice; resolved ones do not', () => {
    const open = inNotice({ objections: [{ status: 'resolved' }, { status: 'open' }, { status: 'open' }] })
    expect(openObjections(open)).toBe(2)
    expect(confirmBlock(open, '2026-12-10')).toBe('公示期内的异议尚有 2 条未处理，处理完毕后方可确认入选')
    expect(availableActions(national, open, '2026-12-10')).toEqual(['reject'])
    const done = inNotice({ objections: [{ status: 'resolved' }, { status: 'resolved' }] })
    expect(confirmBlock(done, '2026-12-10')).toBeNull()
    // the date is said first while the notice runs
    expect(confirmBlock(open, '2026-12-05')).toContain('届满后')
  })

  test('objection dates: inside the notice period, not after today', () => {
    const a = inNotice()
    expect(validateObjectionDate(a, '2026-12-02', '2026-12-05')).toEqual({})
    expect(validateObjectionDate(a, '2026-12-09', '2026-12-12')).toEqual({})
    expect(validateObjectionDate(a, '2026-12-01', '2026-12-05')).toEqual({ raisedOn: '异议应在公示期内提出（12月2日至12月9日）' })
    expect(validateObjectionDate(a, '2026-12-10', '2026-12-12')).toEqual({ raisedOn: '异议应在公示期内提出（12月2日至12月9日）' })
    expect(validateObjectionDate(a, '2026-12-06', '2026-12-05')).toEqual({ raisedOn: '异议提出日期不能晚于今天' })
  })
})
