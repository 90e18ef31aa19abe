// Component test of the cancel / decline dialog's reason presets on the shared Chips: a labelled radio group,
// a tap puts the preset in the reason box and checks it; typing something else leaves none checked.
import TestUtils from '@tarojs/test-utils-react'
import { ReasonDialog } from './CancelDialog'
import { waitFor } from '../../../../test/setup/page'

const PRESETS = ['时间冲突', '问题已解决']

const presets = () => Array.from(document.querySelectorAll('[data-testid="reason-presets"] .ui-choice__item')) as HTMLElement[]
const reasonHost = () => document.querySelector('[data-testid="reason-input"]') as HTMLElement
const reasonText = () => ((reasonHost().querySelector('textarea') ?? reasonHost()) as HTMLTextAreaElement).value

describe('ReasonDialog presets', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('are the shared Chips as a radio group that fills the reason', async () => {
    const t = new TestUtils()
    await t.mount(
      () => (
        <ReasonDialog
          visible
          title="取消这次预约？"
          consequence="取消后名额将释放。"
          presets={PRESETS}
          confirmText="确认取消"
          placeholder="取消原因"
          onConfirm={async () => null}
          onClose={() => {}}
        />
      ),
      {},
    )
    const row = await t.queries.waitForQuerySelector('[data-testid="reason-presets"]')
    expect(row.getAttribute('role')).toBe('radiogroup')
    expect(row.getAttribute('aria-label')).toBe('常用原因')
    expect(presets().map((p) => p.getAttribute('role'))).toEqual(['radio', 'radio'])
    // each preset is a NutUI Tag, the shared chip look
    expect(presets()[0].querySelector('.nut-tag')).toBeTruthy()

    t.act(() => t.fireEvent.click(presets()[1]))
    await waitFor(() => expect(reasonText()).toBe('问题已解决'))
    await waitFor(() => expect(presets().map((p) => p.getAttribute('aria-checked'))).toEqual(['false', 'true']))

    const box = (reasonHost().querySelector('textarea') ?? reasonHost()) as HTMLElement
    t.act(() => {
      t.fireEvent.input(box, { target: { value: '家中有事' }, detail: { value: '家中有事' } } as any)
    })
    await waitFor(() => expect(reasonText()).toBe('家中有事'))
    await waitFor(() => expect(presets().map((p) => p.getAttribute('aria-checked'))).toEqual(['false', 'false']))
  })
})
