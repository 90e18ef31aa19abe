// Component test of Unfold, rendered with @tarojs/test-utils-react: the first batch shows at once, the rest
// follows batch by batch (one frame apart) in order, and nothing is left out.
import { View } from '@tarojs/components'
import TestUtils from '@tarojs/test-utils-react'
import { Unfold } from './Unfold'

// polled with plain timers: the batches are scheduled by frames and timeouts outside React's act()
async function until(check: () => boolean) {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 20))
}

const rows = () => Array.from(document.querySelectorAll('.row')).map((r) => r.textContent)

function List({ n }: { n: number }) {
  return (
    <View>
      <Unfold first={2} step={3}>
        {Array.from({ length: n }, (_, i) => (
          <View key={i} className="row">
            {`第 ${i + 1} 行`}
          </View>
        ))}
      </Unfold>
    </View>
  )
}

describe('Unfold', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('shows the first batch in the first render and the rest in later batches, in order', async () => {
    const seen: number[] = []
    const observer = new MutationObserver(() => {
      const n = document.querySelectorAll('.row').length
      if (seen[seen.length - 1] !== n) seen.push(n)
    })
    observer.observe(document.body, { childList: true, subtree: true })
    const testUtils = new TestUtils()
    await testUtils.mount(List, { props: { n: 10 } })
    await until(() => rows().length === 10)
    observer.disconnect()
    expect(rows()).toEqual(Array.from({ length: 10 }, (_, i) => `第 ${i + 1} 行`))
    // 2 at first, then 3 more per frame: 2 → 5 → 8 → 10 (never all ten in the first render)
    expect(seen.filter((n) => n > 0)).toEqual([2, 5, 8, 10])
  })

  it('shows short lists whole at once', async () => {
    const testUtils = new TestUtils()
    await testUtils.mount(List, { props: { n: 2 } })
    await until(() => rows().length === 2)
    await new Promise((r) => setTimeout(r, 100))
    expect(rows()).toEqual(['第 1 行', '第 2 行'])
  })
})
