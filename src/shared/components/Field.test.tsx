// Component test of the shared labelled field: the label names the group, the Chinese error (or else the
// hint) describes it through aria-describedby, and an error replaces the hint and marks the field.
import { useState } from 'react'
import { Input, View } from '@tarojs/components'
import TestUtils from '@tarojs/test-utils-react'
import { waitFor } from '@tarojs/test-utils-react/dist/pure'
import { Field } from './Field'

function Phone() {
  const [error, setError] = useState<string>()
  return (
    <View>
      <Field label="手机号" required name="client.phone" hint="11 位手机号" error={error} testId="field-phone">
        <Input className="ui-input" />
      </Field>
      <View className="check" onClick={() => setError(error ? undefined : '请输入 11 位手机号')} />
    </View>
  )
}

const field = () => document.querySelector('[data-testid="field-phone"]') as HTMLElement
const byId = (id: string | null) => (id ? document.getElementById(id) : null)

describe('shared Field', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('is a group named by its label and described by its hint, then by its error', async () => {
    const t = new TestUtils()
    await t.mount(Phone, {})
    await t.queries.waitForQuerySelector('[data-testid="field-phone"]')
    expect(field().getAttribute('role')).toBe('group')
    expect(field().getAttribute('data-field')).toBe('client.phone')
    expect(byId(field().getAttribute('aria-labelledby'))?.textContent).toBe('手机号*')
    expect(byId(field().getAttribute('aria-describedby'))?.textContent).toBe('11 位手机号')
    expect(field().className).not.toContain('ui-field--error')

    t.act(() => t.fireEvent.click(document.querySelector('.check')!))
    await waitFor(() => expect(field().className).toContain('ui-field--error'))
    const described = byId(field().getAttribute('aria-describedby'))
    expect(described?.textContent).toBe('请输入 11 位手机号')
    expect(described?.getAttribute('role')).toBe('alert')
    // the error replaces the hint (one message under the field)
    expect(field().querySelector('.ui-field__hint')).toBeNull()

    t.act(() => t.fireEvent.click(document.querySelector('.check')!))
    await waitFor(() => expect(field().className).not.toContain('ui-field--error'))
    expect(byId(field().getAttribute('aria-describedby'))?.textContent).toBe('11 位手机号')
  })

  it('two fields get different ids', async () => {
    const t = new TestUtils()
    await t.mount(
      () => (
        <View>
          <Field label="甲" error="错误甲">
            <Input />
          </Field>
          <Field label="乙" error="错误乙">
            <Input />
          </Field>
        </View>
      ),
      {},
    )
    await t.queries.waitForQuerySelector('.ui-field')
    const groups = Array.from(document.querySelectorAll('.ui-field'))
    const ids = groups.map((g) => g.getAttribute('aria-describedby'))
    expect(new Set(ids).size).toBe(2)
    expect(ids.map((id) => byId(id)?.textContent)).toEqual(['错误甲', '错误乙'])
  })
})
