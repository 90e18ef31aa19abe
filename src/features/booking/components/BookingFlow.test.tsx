import TestUtils from '@tarojs/test-utils-react'
import type { Booking, SlotList } from '@/domain/contract'
import { useBookingStore } from '../store'
import { BookingFlow } from './BookingFlow'
import { waitFor } from '../../../../test/setup/page'

jest.mock('@/api', () => ({
  listSlots: jest.fn(),
  createBooking: jest.fn(),
  rescheduleBooking: jest.fn(),
  recordSubscription: jest.fn(),
  getBookingRestriction: jest.fn(),
}))
const api = require('@/api') as { listSlots: jest.Mock; createBooking: jest.Mock; getBookingRestriction: jest.Mock }

const SLOTS: SlotList = {
  stationId: 'ST1',
  firstBookableDate: '2026-12-01',
  lastBookableDate: '2026-12-14',
  visitAllowed: true,
  cancelCutoffHours: 24,
  days: [
    {
      date: '2026-12-01',
      slots: [
        { id: 'ST1_2026-12-01_0900', startsAt: '2026-12-01T09:00', endsAt: '2026-12-01T09:30', capacity: 2, taken: 2, available: 0 },
        { id: 'ST1_2026-12-01_0930', startsAt: '2026-12-01T09:30', endsAt: '2026-12-01T10:00', capacity: 2, taken: 0, available: 2 },
      ],
    },
  ],
}

const click = (t: TestUtils, el: Element | null) => {
  expect(el).toBeTruthy()
  t.act(() => t.fireEvent.click(el as HTMLElement))
}

/** step 1 and 2: the first open day, then its second slot */
async function pickDayAndSlot(t: TestUtils) {
  await t.queries.waitForQuerySelector('[data-testid="day"]')
  click(t, document.querySelector('[data-testid="day"]'))
  await t.queries.waitForQuerySelector('[data-testid="slot"]')
  click(t, document.querySelectorAll('[data-testid="slot"]')[1])
}

afterEach(() => {
  document.body.innerHTML = ''
  api.createBooking.mockReset()
})

describe('BookingFlow', () => {
  beforeEach(() => {
    api.listSlots.mockResolvedValue({ ok: true, status: 200, data: SLOTS })
    api.getBookingRestriction.mockResolvedValue({ ok: true, status: 200, data: { restricted: false, noShows: 0 } })
    // a remembered draft: topic and description filled in before (the flow resumes it)
    useBookingStore.setState({
      draft: { stationId: 'ST1', description: '想咨询马德里国际注册的流程和费用', mode: 'onsite', topic: 'overseas' },
    })
  })

  it('"ask my station" from a risk alert: the topic (if the station offers it) and description are prefilled', async () => {
    api.createBooking.mockResolvedValue({ ok: true, status: 201, data: { id: 'BK1' } })
    const description = '关于风险提醒：近似商标「闽江圆」初步审定公告\n希望指导站帮助评估风险并给出处理建议。'
    const t = new TestUtils()
    await t.mount(
      () => (
        <BookingFlow
          stationId="ST1"
          stationName="测试指导站"
          topics={['risk', 'registration']}
          prefill={{ topic: 'risk', description }}
          onDone={jest.fn()}
        />
      ),
      {},
    )
    await pickDayAndSlot(t)
    await waitFor(() => expect(document.querySelector('[data-testid="booking-step"]')!.textContent).toContain('第 3/4 步'))
    click(t, Array.from(document.querySelectorAll('.nut-button')).find((b) => b.textContent?.includes('下一步'))!)
    await waitFor(() => expect(document.querySelector('[data-testid="booking-step"]')!.textContent).toContain('第 4/4 步'))
    click(t, document.querySelector('[data-testid="confirm-booking"]'))
    await waitFor(() => expect(api.createBooking).toHaveBeenCalledTimes(1))
    expect(api.createBooking.mock.calls[0][0]).toMatchObject({ topic: 'risk', description })
  })

  it('a prefilled topic the station does not offer is left out (the remembered one stays)', async () => {
    const t = new TestUtils()
    await t.mount(
      () => <BookingFlow stationId="ST1" topics={['overseas']} prefill={{ topic: 'risk', description: '关于风险提醒：续展' }} />,
      {},
    )
    await t.queries.waitForQuerySelector('[data-testid="day"]')
    expect(useBookingStore.getState().draft).toMatchObject({ topic: 'overseas', description: '关于风险提醒：续展' })
  })

  it('sends the booking once however often confirm is tapped, with one idempotency key', async () => {
    let resolve!: (v: unknown) => void
    api.createBooking.mockImplementation(() => new Promise((r) => (resolve = r)))
    const onDone = jest.fn()
    const t = new TestUtils()
    await t.mount(() => <BookingFlow stationId="ST1" stationName="测试指导站" onDone={onDone} />, {})

    await t.queries.waitForQuerySelector('[data-testid="day"]')
    click(t, document.querySelector('[data-testid="day"]'))
    await t.queries.waitForQuerySelector('[data-testid="slot"]')
    const slots = document.querySelectorAll('[data-testid="slot"]')
    click(t, slots[0]) // full: nothing happens
    expect(document.querySelector('[data-testid="booking-step"]')!.textContent).toContain('第 2/4 步')
    click(t, slots[1])
    await waitFor(() => expect(document.querySelector('[data-testid="booking-step"]')!.textContent).toContain('第 3/4 步'))
    const next = Array.from(document.querySelectorAll('.nut-button')).find((b) => b.textContent?.includes('下一步'))
    click(t, next!)
    await waitFor(() => expect(document.querySelector('[data-testid="booking-step"]')!.textContent).toContain('第 4/4 步'))
    expect(document.querySelector('[data-testid="booking-summary"]')!.textContent).toContain('2026-12-01')

    const confirm = () => document.querySelector('[data-testid="confirm-booking"]') as HTMLElement
    click(t, confirm())
    click(t, confirm())
    click(t, confirm())
    await waitFor(() => expect(api.createBooking).toHaveBeenCalledTimes(1))
    expect(confirm().className).toMatch(/disabled|loading/)
    const body = api.createBooking.mock.calls[0][0]
    expect(body).toMatchObject({ slotId: 'ST1_2026-12-01_0930', topic: 'overseas', mode: 'onsite' })
    expect(body.idempotencyKey).toMatch(/^[A-Za-z0-9_-]{8,64}$/)

    // the request times out: the retry reuses the same key
    t.act(() => resolve({ ok: false, error: { status: 0, code: 'TIMEOUT', message: '网络较慢，请求超时，请稍后重试' } }))
    await waitFor(() => expect(document.body.textContent).toContain('不会重复'))
    api.createBooking.mockResolvedValueOnce({ ok: true, status: 200, data: { id: 'BK1' } as Booking })
    click(t, confirm())
    await waitFor(() => expect(api.createBooking).toHaveBeenCalledTimes(2))
    expect(api.createBooking.mock.calls[1][0].idempotencyKey).toBe(body.idempotencyKey)
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1))
  })

  it('BOOKING_RESTRICTED shows the server message with the until-date and stays on the confirm step', async () => {
    const message = '因 90 天内累计 3 次预约未到场，2026-12-20（含）前暂停预约，如有疑问请联系指导站'
    api.createBooking.mockResolvedValue({ ok: false, error: { status: 403, code: 'BOOKING_RESTRICTED', message } })
    const t = new TestUtils()
    await t.mount(() => <BookingFlow stationId="ST1" stationName="测试指导站" onDone={jest.fn()} />, {})
    await pickDayAndSlot(t)
    await waitFor(() => expect(document.querySelector('[data-testid="booking-step"]')!.textContent).toContain('第 3/4 步'))
    click(t, Array.from(document.querySelectorAll('.nut-button')).find((b) => b.textContent?.includes('下一步'))!)
    await t.queries.waitForQuerySelector('[data-testid="confirm-booking"]')
    click(t, document.querySelector('[data-testid="confirm-booking"]'))
    await waitFor(() => expect(document.body.textContent).toContain('2026-12-20（含）前暂停预约'))
    expect(document.querySelector('[data-testid="booking-step"]')!.textContent).toContain('第 4/4 步')
  })

  it('a restricted organisation is told until when before picking anything', async () => {
    api.getBookingRestriction.mockResolvedValue({ ok: true, status: 200, data: { restricted: true, until: '2026-12-20', noShows: 3 } })
    const t = new TestUtils()
    await t.mount(() => <BookingFlow stationId="ST1" stationName="测试指导站" onDone={jest.fn()} />, {})
    await t.queries.waitForQuerySelector('[data-testid="booking-restricted"]')
    expect(document.body.textContent).toContain('2026-12-20（含）前暂停预约')
    expect(document.querySelector('[data-testid="day"]')).toBeNull()
  })

  it('topic and mode are shared radio groups; a mode the station does not offer is disabled and says why', async () => {
    api.listSlots.mockResolvedValue({ ok: true, status: 200, data: { ...SLOTS, visitAllowed: false } })
    const t = new TestUtils()
    await t.mount(() => <BookingFlow stationId="ST1" stationName="测试指导站" onDone={jest.fn()} />, {})
    await pickDayAndSlot(t)
    const topics = await t.queries.waitForQuerySelector('[data-testid="topic-picker"]')
    expect(topics.getAttribute('role')).toBe('radiogroup')
    expect(topics.className).toContain('ui-choice--grid')
    const topic = (v: string) => topics.querySelector(`[data-value="${v}"]`) as HTMLElement
    expect(topic('overseas').getAttribute('aria-checked')).toBe('true')
    click(t, topic('finance'))
    await waitFor(() => expect(topic('finance').getAttribute('aria-checked')).toBe('true'))
    expect(useBookingStore.getState().draft?.topic).toBe('finance')

    const visit = document.querySelector('[data-testid="mode-picker"] [data-value="visit"]') as HTMLElement
    expect(visit.getAttribute('role')).toBe('radio')
    expect(visit.getAttribute('aria-disabled')).toBe('true')
    expect(visit.textContent).toContain('本站暂不提供')
    click(t, visit)
    await new Promise((r) => setTimeout(r, 50))
    expect(visit.getAttribute('aria-checked')).toBe('false')
    expect(useBookingStore.getState().draft?.mode).toBe('onsite')
  })

  it('on SLOT_FULL says so, refreshes the slots and goes back to picking a slot', async () => {
    api.createBooking.mockResolvedValue({ ok: false, error: { status: 409, code: 'SLOT_FULL', message: '该时段已约满' } })
    const t = new TestUtils()
    await t.mount(() => <BookingFlow stationId="ST1" stationName="测试指导站" onDone={jest.fn()} />, {})
    await pickDayAndSlot(t)
    await waitFor(() => expect(document.querySelector('[data-testid="booking-step"]')!.textContent).toContain('第 3/4 步'))
    click(t, Array.from(document.querySelectorAll('.nut-button')).find((b) => b.textContent?.includes('下一步'))!)
    await t.queries.waitForQuerySelector('[data-testid="confirm-booking"]')
    const calls = api.listSlots.mock.calls.length
    click(t, document.querySelector('[data-testid="confirm-booking"]'))
    await waitFor(() => expect(document.body.textContent).toContain('该时段已约满'))
    await waitFor(() => expect(document.querySelector('[data-testid="booking-step"]')!.textContent).toContain('第 2/4 步'))
    expect(api.listSlots.mock.calls.length).toBeGreaterThan(calls)
  })
})
