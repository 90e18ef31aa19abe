import TestUtils from '@tarojs/test-utils-react'
import type { Slot } from '@/domain/contract'
import { SlotPicker } from './SlotPicker'

const slot = (time: string, available: number, capacity = 3): Slot => ({
  id: `ST1_2026-12-01_${time.replace(':', '')}`,
  startsAt: `2026-12-01T${time}`,
  endsAt: `2026-12-01T${time.slice(0, 3)}30`,
  capacity,
  taken: capacity - available,
  available,
})

afterEach(() => {
  document.body.innerHTML = ''
})

describe('SlotPicker', () => {
  it('shows seats left, disables full slots and only lets free slots be picked', async () => {
    const onChange = jest.fn()
    const slots = [slot('09:00', 2), slot('10:00', 0), slot('14:00', 1)]
    const testUtils = new TestUtils()
    await testUtils.mount(() => <SlotPicker slots={slots} onChange={onChange} />, {})
    await testUtils.queries.waitForQuerySelector('[data-testid="slot-picker"]')
    const cells = Array.from(document.querySelectorAll('[data-testid="slot"]')) as HTMLElement[]
    expect(cells).toHaveLength(3)
    expect(cells[0].textContent).toContain('余 2 个')
    expect(cells[1].textContent).toContain('已约满')
    expect(cells[1].getAttribute('aria-disabled')).toBe('true')
    // the roles of the shared Choice: a radio group per half-day, each slot a radio
    expect(cells.map((c) => c.getAttribute('role'))).toEqual(['radio', 'radio', 'radio'])
    expect(cells[0].closest('[role="radiogroup"]')?.getAttribute('aria-label')).toBe('上午时段')
    expect(cells[1].className).toContain('bk-cell--off')
    // morning and afternoon groups
    expect(document.body.textContent).toContain('上午')
    expect(document.body.textContent).toContain('下午')

    testUtils.act(() => testUtils.fireEvent.click(cells[1]))
    expect(onChange).not.toHaveBeenCalled()
    testUtils.act(() => testUtils.fireEvent.click(cells[2]))
    expect(onChange).toHaveBeenCalledTimes(1)
    expect(onChange.mock.calls[0][0].id).toBe(slots[2].id)
  })
})
