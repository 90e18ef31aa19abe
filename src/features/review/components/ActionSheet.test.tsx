// Component test of the review action sheet's reason presets on the shared Chips: a labelled group of
// checkboxes, a tap adds the preset to the reason (after what is written, joined by ；), a second tap takes it
// out, and each preset is checked while the reason holds it.
import TestUtils from '@tarojs/test-utils-react'
import { ActionSheet, togglePreset } from './ActionSheet'
import { waitFor } from '../../../../test/setup/page'

const PRESETS = ['主商标注册号与证书不一致', '统一社会信用代码有误']

const presets = () => Array.from(document.querySelectorAll('[data-testid="reason-presets"] .ui-choice__item')) as HTMLElement[]
const reasonText = () => {
  const host = document.querySelector('[data-testid="action-reason"]') as HTMLElement
  return ((host.querySelector('textarea') ?? host) as HTMLTextAreaElement).value
}

describe('togglePreset', () => {
  it('adds after the written text and takes a preset out again', () => {
    expect(togglePreset('', '甲')).toBe('甲')
    expect(togglePreset(' 请补充材料 ', '甲')).toBe('请补充材料；甲')
    expect(togglePreset('请补充材料；甲', '甲')).toBe('请补充材料')
    expect(togglePreset('甲；乙', '甲')).toBe('乙')
  })
})

describe('ActionSheet reason presets', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('are the shared Chips as a group of checkboxes that fill the reason', async () => {
    const t = new TestUtils()
    await t.mount(
      () => (
        <ActionSheet
          visible
          title="退回修改"
          text="退回后，申报单位可以修改申报表并重新申报。"
          confirmText="确认退回"
          reason={{ label: '退回原因', placeholder: '请写明需要修改的内容', presets: PRESETS }}
          onClose={() => {}}
          onConfirm={async () => null}
        />
      ),
      {},
    )
    const row = await t.queries.waitForQuerySelector('[data-testid="reason-presets"]')
    expect(row.className).toContain('ui-choice')
    expect(row.getAttribute('role')).toBe('group')
    expect(row.getAttribute('aria-label')).toBe('常用原因')
    expect(presets().map((p) => p.getAttribute('role'))).toEqual(['checkbox', 'checkbox'])
    expect(presets().map((p) => p.getAttribute('aria-checked'))).toEqual(['false', 'false'])

    t.act(() => t.fireEvent.click(presets()[0]))
    await waitFor(() => expect(reasonText()).toBe(PRESETS[0]))
    await waitFor(() => expect(presets().map((p) => p.getAttribute('aria-checked'))).toEqual(['true', 'false']))

    t.act(() => t.fireEvent.click(presets()[1]))
    await waitFor(() => expect(reasonText()).toBe(`${PRESETS[0]}；${PRESETS[1]}`))
    await waitFor(() => expect(presets().map((p) => p.getAttribute('aria-checked'))).toEqual(['true', 'true']))

    t.act(() => t.fireEvent.click(presets()[0]))
    await waitFor(() => expect(reasonText()).toBe(PRESETS[1]))
    await waitFor(() => expect(presets().map((p) => p.getAttribute('aria-checked'))).toEqual(['false', 'true']))
  })
})
