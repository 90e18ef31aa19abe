// Component test of the Beijing-minute field on the shared Field: the label names the group, the allowed
// range is its hint, and a value outside the range left behind becomes the error read with the field.
import { useState } from 'react'
import TestUtils from '@tarojs/test-utils-react'
import { DateTimeField } from './DateTimeField'
import { typeInto, waitFor } from '../../../../test/setup/page'

function Closes() {
  const [v, setV] = useState('')
  return (
    <DateTimeField
      label="截止时间"
      testId="closes"
      value={v}
      onInput={setV}
      fallback="2026-12-31T17:00"
      min="2026-01-01T09:00"
      max="2026-12-31T17:00"
    />
  )
}

beforeAll(() => {
  ;(global as any).IS_REACT_ACT_ENVIRONMENT = false
})
afterAll(() => {
  ;(global as any).IS_REACT_ACT_ENVIRONMENT = true
})
afterEach(() => {
  document.body.innerHTML = ''
})

describe('DateTimeField', () => {
  it('is a shared Field: label, the range as its hint, then the error in its place', async () => {
    const t = new TestUtils()
    await t.mount(Closes, {})
    const field = await t.queries.waitForQuerySelector('[data-testid="closes-field"]')
    expect(field.className).toContain('ui-field')
    expect(field.getAttribute('role')).toBe('group')
    const byId = (attr: string) => document.getElementById(field.getAttribute(attr)!)
    expect(byId('aria-labelledby')?.textContent).toBe('截止时间')
    expect(byId('aria-describedby')?.textContent).toMatch(/^可选范围：/)

    const input = document.querySelector('[data-testid="closes"]') as HTMLElement
    await t.act(() => typeInto(input, '2027-03-01T09:00'))
    // leaving the field (Taro's host reports blur as a custom event with detail.value)
    t.act(() => {
      input.dispatchEvent(new CustomEvent('blur', { detail: { value: '2027-03-01T09:00' } }))
    })
    await waitFor(() => expect(field.className).toContain('ui-field--error'))
    expect(byId('aria-describedby')?.getAttribute('role')).toBe('alert')
    expect(field.querySelector('.ui-field__hint')).toBeNull()
  })
})
