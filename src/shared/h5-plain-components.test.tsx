// Component test of the H5 View and Text (plain elements instead of Taro's web components), rendered with
// @tarojs/test-utils-react: Taro's props behave as before and none of them reaches the DOM as an attribute.
import { useState } from 'react'
import TestUtils from '@tarojs/test-utils-react'
import { View, Text } from './h5-plain-components'

describe('H5 View and Text', () => {
  const testUtils = new TestUtils()
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('View is a div with its props, a style string as styles, and no Taro-only attribute', async () => {
    const clicks: string[] = []
    await testUtils.mount(() => (
      <View
        className="box"
        id="b1"
        data-kind="card"
        aria-label="卡片"
        style="padding-top: 4px; --accent: red"
        catchMove
        onClick={() => clicks.push('box')}
      >
        内容
      </View>
    ))
    const el = document.getElementById('b1') as HTMLElement
    expect(el.tagName).toBe('DIV')
    expect(el.className).toBe('box')
    expect(el.dataset.kind).toBe('card')
    expect(el.getAttribute('aria-label')).toBe('卡片')
    expect(el.style.paddingTop).toBe('4px')
    expect(el.style.getPropertyValue('--accent')).toBe('red')
    expect(el.hasAttribute('catchmove') || el.hasAttribute('catchMove')).toBe(false)
    el.click()
    expect(clicks).toEqual(['box'])
  })

  it('View forwards its ref to the element', async () => {
    let node: HTMLDivElement | null = null
    await testUtils.mount(() => (
      <View
        ref={(n: HTMLDivElement | null) => {
          node = n
        }}
        className="ref-box"
      />
    ))
    expect(node).toBe(document.querySelector('.ref-box'))
  })

  it('hoverClass is added while touched and removed after hoverStayTime', async () => {
    const wait = (ms: number) => new Promise((r) => setTimeout(r, ms))
    await testUtils.mount(() => (
      <View className="btn" hoverClass="btn--pressed" hoverStartTime={10} hoverStayTime={20}>
        按下
      </View>
    ))
    const el = document.querySelector('.btn') as HTMLElement
    el.dispatchEvent(new TouchEvent('touchstart', { bubbles: true }))
    expect(el.classList.contains('btn--pressed')).toBe(false)
    await wait(40)
    expect(el.classList.contains('btn--pressed')).toBe(true)
    el.dispatchEvent(new TouchEvent('touchend', { bubbles: true }))
    await wait(60)
    expect(el.className).toBe('btn')
  })

  it('onLongPress fires after a 350 ms hold, and not for a short tap even when the view re-renders under the finger', async () => {
    const wait = (ms: number) => new Promise((r) => setTimeout(r, ms))
    const presses: number[] = []
    function Pressable() {
      const [down, setDown] = useState(0)
      return (
        <View className="press" onTouchStart={() => setDown((n) => n + 1)} onLongPress={() => presses.push(down)}>
          {`按住 ${down}`}
        </View>
      )
    }
    await testUtils.mount(Pressable)
    const el = document.querySelector('.press') as HTMLElement
    // a short tap: the state change re-renders the view between touchstart and touchend
    await testUtils.act(async () => {
      el.dispatchEvent(new TouchEvent('touchstart', { bubbles: true }))
    })
    await wait(100)
    el.dispatchEvent(new TouchEvent('touchend', { bubbles: true }))
    await wait(400)
    expect(presses).toEqual([])
    // a hold
    el.dispatchEvent(new TouchEvent('touchstart', { bubbles: true }))
    await wait(450)
    expect(presses).toHaveLength(1)
  })

  it('Text is an inline span; selectable, space and numberOfLines become classes and a line-clamp variable', async () => {
    await testUtils.mount(() => (
      <View>
        <Text className="plain">普通</Text>
        <Text className="copy" selectable space="nbsp" numberOfLines={2} decode>
          可复制
        </Text>
      </View>
    ))
    const plain = document.querySelector('.plain') as HTMLElement
    expect(plain.tagName).toBe('SPAN')
    expect(plain.className).toBe('h5-text plain')
    const copy = document.querySelector('.copy') as HTMLElement
    expect(copy.className.split(' ')).toEqual(['h5-text', 'h5-text--selectable', 'h5-text--space-nbsp', 'h5-text--clamp', 'copy'])
    expect(copy.style.getPropertyValue('--line-clamp')).toBe('2')
    expect(copy.hasAttribute('decode') || copy.hasAttribute('selectable')).toBe(false)
  })
})
