// Component test of the shared state views, rendered with @tarojs/test-utils-react (Taro H5 components +
// NutUI Button): ErrorState's 重试 button retries, and a retry that succeeds replaces the error view.
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import TestUtils from '@tarojs/test-utils-react'
import { waitFor } from '@tarojs/test-utils-react/dist/pure'
import { ErrorState, EmptyState, FieldError } from './States'

function Loader() {
  const [attempt, setAttempt] = useState(0)
  if (attempt === 0) return <ErrorState description="网络不给力，请稍后重试" onRetry={() => setAttempt(1)} />
  return (
    <View className="loaded">
      <Text>已加载（第 {attempt} 次重试）</Text>
    </View>
  )
}

const buttonWithText = (text: string) =>
  Array.from(document.querySelectorAll('.nut-button')).find((b) => b.textContent?.trim() === text) as HTMLElement | undefined

describe('shared state views', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('ErrorState shows the message and 重试 replaces it once the retry succeeds', async () => {
    const testUtils = new TestUtils()
    await testUtils.mount(Loader, {})
    const error = await testUtils.queries.waitForQuerySelector('[data-testid="error-state"]')
    expect(error.textContent).toContain('加载失败')
    expect(error.textContent).toContain('网络不给力，请稍后重试')
    const retry = buttonWithText('重试')
    expect(retry).toBeDefined()
    testUtils.act(() => {
      testUtils.fireEvent.click(retry!)
    })
    await waitFor(() => expect(document.querySelector('.loaded')?.textContent).toContain('已加载（第 1 次重试）'))
    expect(document.querySelector('[data-testid="error-state"]')).toBeNull()
  })

  it('EmptyState shows its action only when it has a handler, and the action fires on tap', async () => {
    const onAction = jest.fn()
    const testUtils = new TestUtils()
    await testUtils.mount(
      () => (
        <View>
          <EmptyState title="暂无预约" description="去找一个指导站吧" actionText="找指导站" onAction={onAction} />
          <EmptyState title="暂无提醒" actionText="不会出现" />
        </View>
      ),
      {},
    )
    const states = await testUtils.queries.waitForQuerySelectorAll('[data-testid="empty-state"]')
    expect(states.length).toBe(2)
    expect(states[0].textContent).toContain('暂无预约')
    expect(states[1].textContent).not.toContain('不会出现')
    testUtils.act(() => {
      testUtils.fireEvent.click(buttonWithText('找指导站')!)
    })
    expect(onAction).toHaveBeenCalledTimes(1)
  })

  it('FieldError renders nothing without a message and the message with one', async () => {
    const testUtils = new TestUtils()
    await testUtils.mount(
      () => (
        <View>
          <FieldError />
          <FieldError message="请输入 11 位手机号" />
        </View>
      ),
      {},
    )
    const alerts = await testUtils.queries.waitForQuerySelectorAll('.ui-field-error')
    expect(alerts.length).toBe(1)
    expect(alerts[0].textContent).toBe('请输入 11 位手机号')
  })
})
