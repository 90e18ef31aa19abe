// Component test of the shared multi-line box over NutUI TextArea: typing reaches the caller, the count
// follows the text, the limit cuts what is typed past it, and inside a Field the error marks the box's field.
import { useState } from 'react'
import TestUtils from '@tarojs/test-utils-react'
import { waitFor } from '@tarojs/test-utils-react/dist/pure'
import { Field } from './Field'
import { TextBox } from './TextBox'

let seen: string[] = []

function Reason({ max = 10, error }: { max?: number; error?: string }) {
  const [v, setV] = useState('')
  return (
    <Field label="原因" error={error} testId="reason-field">
      <TextBox
        value={v}
        maxLength={max}
        testId="reason"
        onChange={(t) => {
          seen.push(t)
          setV(t)
        }}
      />
    </Field>
  )
}

const host = () => document.querySelector('[data-testid="reason"]') as HTMLElement
const type = (t: TestUtils, text: string) => {
  const el = (host().querySelector('textarea') || host()) as HTMLElement
  t.act(() => {
    t.fireEvent.input(el, { target: { value: text }, detail: { value: text } } as any)
  })
}
const count = () => document.querySelector('.ui-textbox .nut-textarea-limit')?.textContent

describe('shared TextBox', () => {
  beforeEach(() => {
    seen = []
  })
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('is a NutUI TextArea whose count follows the typed text', async () => {
    const t = new TestUtils()
    await t.mount(() => <Reason />, {})
    await t.queries.waitForQuerySelector('[data-testid="reason"]')
    expect(document.querySelector('.ui-textbox')?.className).toContain('nut-textarea')
    expect(count()).toBe('0/10')
    type(t, '材料不全')
    await waitFor(() => expect(count()).toBe('4/10'))
    expect(seen).toEqual(['材料不全'])
  })

  it('cuts text typed past the limit', async () => {
    const t = new TestUtils()
    await t.mount(() => <Reason max={5} />, {})
    await t.queries.waitForQuerySelector('[data-testid="reason"]')
    type(t, '一二三四五六七')
    await waitFor(() => expect(seen.at(-1)).toBe('一二三四五'))
    await waitFor(() => expect(count()).toBe('5/5'))
  })

  it('inside a Field with an error, the field is marked and the error read with it', async () => {
    const t = new TestUtils()
    await t.mount(() => <Reason error="请填写原因" />, {})
    const field = await t.queries.waitForQuerySelector('[data-testid="reason-field"]')
    expect(field.className).toContain('ui-field--error')
    expect(field.querySelector('.ui-textbox')).toBeTruthy()
    expect(document.getElementById(field.getAttribute('aria-describedby')!)?.textContent).toBe('请填写原因')
  })
})
