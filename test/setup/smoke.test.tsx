// Proves the component-test setup (temporary until src/shared/components has a real component):
// a NutUI Button inside a Taro View, tapped, changes the rendered text.
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import TestUtils from '@tarojs/test-utils-react'
import { waitFor } from '@tarojs/test-utils-react/dist/pure'

function Counter() {
  const [n, setN] = useState(0)
  return (
    <View className="counter">
      <Text className="counter-label">已点击 {n} 次</Text>
      <Button type="primary" onClick={() => setN((x) => x + 1)}>
        点我
      </Button>
    </View>
  )
}

describe('component test setup (smoke)', () => {
  it('renders Taro + NutUI components and reacts to a tap', async () => {
    const testUtils = new TestUtils()
    await testUtils.mount(Counter, {})
    const label = await testUtils.queries.waitForQuerySelector('.counter-label')
    expect(label.textContent).toContain('已点击 0 次')
    const button = document.querySelector('.nut-button') as HTMLElement
    expect(button).toBeTruthy()
    expect(button.textContent).toContain('点我')
    testUtils.act(() => {
      testUtils.fireEvent.click(button)
    })
    await waitFor(() => expect(label.textContent).toContain('已点击 1 次'))
  })
})
