import type { AvailabilityRules, BookingAction, BookingStatus } from '../../../src/domain/contract'
import {
  BOOKING_TRANSITIONS,
  DEFAULT_AVAILABILITY,
  NO_SHOW_RULE,
  bookingActions,
  bookingRestriction,
  cancelDeadline,
  checkBookingTransition,
  daySlotTimes,
  defaultIsWorkingDay,
  firstBookableDate,
  generateSlots,
  initialStatus,
  localToEpoch,
  normalizeVoucher,
  officeHoursText,
  parseSlotId,
  resolveSlot,
  restrictionMessage,
  slotId,
  toLocalDateTime,
  validateAvailability,
  validateCancelBooking,
  validateCheckIn,
  validateCreateBooking,
  voucherQrPayload,
} from '../../../src/domain/booking'

const rules = (over: Partial<AvailabilityRules> = {}): AvailabilityRules => ({ stationId: 'ST000001', ...DEFAULT_AVAILABILITY, ...over })
/** local "YYYY-MM-DDTHH:mm" (Beijing) → Date */
const at = (local: string) => new Date(localToEpoch(local))

describe('local time helpers', () => {
  test('Beijing local time regardless of the machine timezone', () => {
    expect(toLocalDateTime(new Date('2026-11-24T02:00:00Z'))).toBe('2026-11-24T10:00')
    expect(toLocalDateTime(new Date('2026-11-24T16:30:00Z'))).toBe('2026-11-25T00:30')
    expect(localToEpoch('2026-11-24T10:00')).toBe(Date.parse('2026-11-24T02:00:00Z'))
  })
})

describe('slot ids', () => {
  test('deterministic and parseable, station ids with underscores included', () => {
    expect(slotId('ST000001', '2026-11-25', '09:30')).toBe('ST000001_2026-11-25_0930')
    expect(parseSlotId('ST000001_2026-11-25_0930')).toEqual({ stationId: 'ST000001', date: '2026-11-25', time: '09:30' })
    expect(parseSlotId('A_B_2026-11-25_1400')).toEqual({ stationId: 'A_B', date: '2026-11-25', time: '14:00' })
  })
  test('malformed ids are rejected', () => {
    for (const bad of ['', 'ST1', 'ST1_2026-02-30_0900', 'ST1_2026-11-25_2500', 'ST1_2026-11-25_0960', '_2026-11-25_0900'.slice(1)]) {
      expect(parseSlotId(bad)).toBeNull()
    }
  })
})

describe('slot generation', () => {
  test('office-hour windows split into slots of the given length; a partial slot at the end is dropped', () => {
    const times = daySlotTimes(
      {
        slotMinutes: 45,
        windows: [
          { start: '09:00', end: '11:00' },
          { start: '14:00', end: '15:30' },
        ],
      },
      '2026-11-25',
    )
    expect(times).toEqual([
      { start: '09:00', end: '09:45' },
      { start: '09:45', end: '10:30' },
      { start: '14:00', end: '14:45' },
      { start: '14:45', end: '15:30' },
    ])
  })
  test('weekday-limited windows apply only on those ISO weekdays', () => {
    const r = { slotMinutes: 60, windows: [{ start: '09:00', end: '10:00', weekdays: [2, 4] }] }
    expect(daySlotTimes(r, '2026-11-24')).toHaveLength(1) // Tuesday
    expect(daySlotTimes(r, '2026-11-25')).toHaveLength(0) // Wednesday
  })
  test('bookable from the next working day, within the horizon, working days only', () => {
    const list = generateSlots(rules(), { now: at('2026-11-24T10:00'), isWorkingDay: defaultIsWorkingDay, taken: () => 0 })
    expect(list.firstBookableDate).toBe('2026-11-25')
    expect(list.lastBookableDate).toBe('2026-12-08')
    const days = list.days.map((d) => d.date)
    expect(days[0]).toBe('2026-11-25')
    expect(days).not.toContain('2026-11-24') // today
    expect(days).not.toContain('2026-11-28') // Saturday
    expect(days).not.toContain('2026-11-29') // Sunday
    expect(days.every((d) => d <= '2026-12-08')).toBe(true)
    expect(list.days[0].slots[0]).toEqual({
      id: 'ST000001_2026-11-25_0900',
      startsAt: '2026-11-25T09:00',
      endsAt: '2026-11-25T09:30',
      capacity: 2,
      taken: 0,
      available: 2,
    })
    expect(list.days[0].slots).toHaveLength(13) // 09:00–11:30 (6) + 14:00–17:00 (7)
  })
  test('Chinese holiday calendar: 国庆 skipped, the 调休 Saturday is a working day, Friday before a holiday leads to the next working day', () => {
    const list = generateSlots(rules(), { now: at('2026-09-29T10:00'), isWorkingDay: defaultIsWorkingDay, taken: () => 0 })
    expect(list.days.map((d) => d.date)).toEqual(['2026-09-30', '2026-10-08', '2026-10-09', '2026-10-10', '2026-10-12', '2026-10-13'])
    expect(firstBookableDate(at('2026-09-30T10:00'), defaultIsWorkingDay)).toBe('2026-10-08')
  })
  test('closed dates are skipped; taken seats are reported; from/days narrow the range', () => {
    const list = generateSlots(rules({ closedDates: ['2026-11-26'] }), {
      now: at('2026-11-24T10:00'),
      from: '2026-11-26',
      days: 2,
      isWorkingDay: defaultIsWorkingDay,
      taken: (id) => (id === 'ST000001_2026-11-27_0900' ? 2 : 0),
    })
    expect(list.days.map((d) => d.date)).toEqual(['2026-11-27'])
    expect(list.days[0].slots[0]).toMatchObject({ taken: 2, available: 0 })
  })
  test('resolveSlot accepts only real, bookable slots', () => {
    const r = rules()
    const now = at('2026-11-24T10:00')
    expect(resolveSlot(r, 'ST000001_2026-11-25_0930', now, defaultIsWorkingDay)).toEqual({
      ok: true,
      stationId: 'ST000001',
      date: '2026-11-25',
      startsAt: '2026-11-25T09:30',
      endsAt: '2026-11-25T10:00',
    })
    expect(resolveSlot(r, 'ST000001_2026-11-25_0915', now, defaultIsWorkingDay).ok).toBe(false) // not a slot start
    expect(resolveSlot(r, 'ST000001_2026-11-24_1400', now, defaultIsWorkingDay).ok).toBe(false) // today
    expect(resolveSlot(r, 'ST000001_2026-11-28_0900', now, defaultIsWorkingDay).ok).toBe(false) // Saturday
    expect(resolveSlot(r, 'ST000001_2026-12-09_0900', now, defaultIsWorkingDay).ok).toBe(false) // beyond horizon
    expect(resolveSlot(r, 'ST000002_2026-11-25_0900', now, defaultIsWorkingDay).ok).toBe(false) // other station
  })
})

describe('state machine', () => {
  const statuses: BookingStatus[] = ['pending', 'confirmed', 'checked_in', 'completed', 'cancelled', 'declined', 'no_show']
  const input = (status: BookingStatus) => ({ status, startsAt: '2026-11-26T10:00', cancelCutoffHours: 24 })
  const before = at('2026-11-24T10:00') // well before the slot and its cut-off
  const after = at('2026-11-26T10:30') // slot started

  test('initial status: onsite confirmed, visit pending', () => {
    expect(initialStatus('onsite')).toBe('confirmed')
    expect(initialStatus('visit')).toBe('pending')
  })

  test.each(Object.keys(BOOKING_TRANSITIONS) as BookingAction[])('%s: allowed exactly from its source states, for its actors', (action) => {
    const rule = BOOKING_TRANSITIONS[action]
    for (const actor of ['owner', 'staff'] as const) {
      for (const s of statuses) {
        const now = action === 'no_show' ? after : before
        const res = checkBookingTransition(input(s), action, actor, now)
        if (!rule.actors.includes(actor)) expect(res).toMatchObject({ ok: false, kind: 'forbidden' })
        else if (!rule.from.includes(s)) expect(res).toMatchObject({ ok: false, kind: 'transition' })
        else expect(res.ok).toBe(true)
      }
    }
  })

  test('owner cancel / reschedule refused after the cut-off, with the cut-off time in the message', () => {
    expect(cancelDeadline('2026-11-26T10:00', 24)).toBe('2026-11-25T10:00')
    const res = checkBookingTransition(input('confirmed'), 'cancel', 'owner', at('2026-11-25T10:00'))
    expect(res.ok).toBe(false)
    if (!res.ok) expect(res.message).toContain('2026-11-25 10:00')
    expect(checkBookingTransition(input('confirmed'), 'cancel', 'owner', at('2026-11-25T09:59')).ok).toBe(true)
    expect(checkBookingTransition(input('confirmed'), 'reschedule', 'owner', at('2026-11-25T11:00')).ok).toBe(false)
    // staff may still cancel until the slot starts
    expect(checkBookingTransition(input('confirmed'), 'cancel', 'staff', at('2026-11-26T09:59')).ok).toBe(true)
    expect(checkBookingTransition(input('confirmed'), 'cancel', 'staff', at('2026-11-26T10:00')).ok).toBe(false)
  })

  test('no-show only once the slot started; check-in until the end of the slot day', () => {
    expect(checkBookingTransition(input('confirmed'), 'no_show', 'staff', at('2026-11-26T09:59')).ok).toBe(false)
    expect(checkBookingTransition(input('confirmed'), 'no_show', 'staff', at('2026-11-26T10:00')).ok).toBe(true)
    expect(checkBookingTransition(input('confirmed'), 'check_in', 'staff', at('2026-11-26T23:59')).ok).toBe(true)
    expect(checkBookingTransition(input('confirmed'), 'check_in', 'staff', at('2026-11-27T00:00')).ok).toBe(false)
  })

  test('actions per viewer', () => {
    expect(bookingActions(input('confirmed'), 'owner', before)).toEqual(['cancel', 'reschedule'])
    expect(bookingActions(input('pending'), 'staff', before)).toEqual(['cancel', 'confirm', 'decline'])
    expect(bookingActions(input('confirmed'), 'staff', after)).toEqual(['check_in', 'no_show'])
    expect(bookingActions(input('completed'), 'staff', after)).toEqual([])
  })
})

describe('no-show restriction', () => {
  const now = at('2026-11-24T10:00')
  test(`${NO_SHOW_RULE.limit} no-shows within ${NO_SHOW_RULE.windowDays} days restrict for ${NO_SHOW_RULE.restrictDays} days after the latest`, () => {
    expect(bookingRestriction(['2026-09-01', '2026-10-15', '2026-11-20'], now)).toEqual({
      restricted: true,
      until: '2026-12-20',
      noShows: 3,
    })
    expect(restrictionMessage('2026-12-20')).toContain('2026-12-20')
  })
  test('two no-shows, or three spread over more than 90 days, do not restrict', () => {
    expect(bookingRestriction(['2026-11-01', '2026-11-20'], now).restricted).toBe(false)
    expect(bookingRestriction(['2026-06-01', '2026-10-15', '2026-11-20'], now).restricted).toBe(false)
  })
  test('the restriction ends after its last day', () => {
    const dates = ['2026-09-01', '2026-09-10', '2026-09-20']
    expect(bookingRestriction(dates, at('2026-10-20T10:00'))).toMatchObject({ restricted: true, until: '2026-10-20' })
    expect(bookingRestriction(dates, at('2026-10-21T10:00')).restricted).toBe(false)
  })
})

describe('payload schemas', () => {
  test('create booking: every field reported', () => {
    expect(Object.keys(validateCreateBooking({})).sort()).toEqual(['description', 'idempotencyKey', 'mode', 'slotId', 'topic'])
    expect(
      validateCreateBooking({
        slotId: 'ST000001_2026-11-25_0900',
        topic: 'risk',
        description: '想咨询异议流程',
        mode: 'onsite',
        idempotencyKey: 'abc12345',
      }),
    ).toEqual({})
    expect(validateCreateBooking({ slotId: 'x', topic: 'nope', description: '短', mode: 'phone', idempotencyKey: 'a b' })).toMatchObject({
      slotId: expect.any(String),
      topic: expect.any(String),
      description: expect.stringContaining('5'),
      mode: expect.any(String),
      idempotencyKey: expect.any(String),
    })
    expect(validateCreateBooking(null)).toHaveProperty('_form')
  })
  test('cancel reason and voucher code', () => {
    expect(validateCancelBooking({})).toHaveProperty('reason')
    expect(validateCancelBooking({ reason: '临时出差' })).toEqual({})
    expect(validateCheckIn({ voucherCode: 'qqbc:abcd2345' })).toEqual({})
    expect(validateCheckIn({ voucherCode: 'ABC' })).toHaveProperty('voucherCode')
    expect(normalizeVoucher(voucherQrPayload('ABCD2345').toLowerCase())).toBe('ABCD2345')
  })
  test('availability rules', () => {
    expect(validateAvailability({ ...DEFAULT_AVAILABILITY })).toEqual({})
    const errs = validateAvailability({
      ...DEFAULT_AVAILABILITY,
      slotMinutes: 10,
      capacity: 0,
      windows: [
        { start: '14:00', end: '13:00' },
        { start: '9:00', end: '10:00' },
      ],
      closedDates: ['2026-02-30'],
      visitAllowed: 'yes',
    })
    expect(errs).toMatchObject({
      slotMinutes: expect.any(String),
      capacity: expect.any(String),
      'windows.0': '结束时间应晚于开始时间',
      'windows.1.start': expect.any(String),
      'closedDates.0': expect.any(String),
      visitAllowed: expect.any(String),
    })
    expect(validateAvailability({ ...DEFAULT_AVAILABILITY, windows: [] })).toHaveProperty('windows')
    expect(validateAvailability({ ...DEFAULT_AVAILABILITY, slotMinutes: 60, windows: [{ start: '09:00', end: '09:30' }] })).toEqual({
      'windows.0': '办公时段短于一个预约时段',
    })
  })
  test('office hours text', () => {
    expect(officeHoursText(DEFAULT_AVAILABILITY.windows)).toBe('工作日 09:00-12:00, 14:00-17:30')
    expect(officeHoursText([{ start: '09:00', end: '11:30', weekdays: [4, 2] }])).toBe('周二、周四 09:00-11:30')
  })
})
