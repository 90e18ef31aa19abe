import { act } from 'react'
import { createRoot } from 'react-dom/client'
import type { Result } from '@/api/http'
import type { Page } from '@/domain/contract'
import { usePagedQuery, useQuery, useRefetchOn, type PagedQuery, type Query, type QueryOptions } from './useQuery'

// Taro's page hooks need a mounted page; here they only record the callbacks so a test can fire them.
const pageHooks: { show: Array<() => void>; pull: Array<() => unknown> } = { show: [], pull: [] }
jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual('@tarojs/taro')
  const Taro = actual.default ?? actual
  Taro.stopPullDownRefresh = jest.fn()
  return {
    __esModule: true,
    default: Taro,
    useDidShow: (cb: () => void) => {
      pageHooks.show.push(cb)
    },
    usePullDownRefresh: (cb: () => unknown) => {
      pageHooks.pull.push(cb)
    },
  }
})
const Taro = jest.requireMock('@tarojs/taro').default

/** a fetcher whose answers the test releases one by one */
function deferred<T>() {
  const pending: Array<{ arg: unknown; resolve: (r: Result<T>) => void }> = []
  const fn = jest.fn((arg?: unknown) => new Promise<Result<T>>((resolve) => pending.push({ arg, resolve })))
  const answer = async (i: number, r: Result<T>) => {
    await act(async () => {
      pending[i].resolve(r)
      await Promise.resolve()
    })
  }
  return { fn, pending, answer }
}
const ok = <T,>(data: T): Result<T> => ({ ok: true, data, status: 200 })
const fail = (message: string): Result<never> => ({ ok: false, error: { status: 0, code: 'NETWORK', message } })

let root: ReturnType<typeof createRoot>
let host: HTMLElement
// these tests drive every update through act(); the shared setup turns the act environment off for page tests
beforeAll(() => {
  ;(globalThis as any).IS_REACT_ACT_ENVIRONMENT = true
})
afterAll(() => {
  ;(globalThis as any).IS_REACT_ACT_ENVIRONMENT = false
})
beforeEach(() => {
  pageHooks.show = []
  pageHooks.pull = []
  host = document.createElement('div')
  root = createRoot(host)
})
afterEach(() => act(() => root.unmount()))

function renderQuery<T>(
  fetcher: () => Promise<Result<T>>,
  deps: unknown[],
  options?: QueryOptions,
  on: { show?: boolean; pullDown?: boolean } = {},
) {
  const out: { current: Query<T> } = { current: undefined as any }
  function Probe({ k }: { k: unknown[] }) {
    out.current = useQuery(fetcher, k, options)
    useRefetchOn(out.current, on)
    return null
  }
  act(() => root.render(<Probe k={deps} />))
  return { out, rerender: (k: unknown[]) => act(() => root.render(<Probe k={k} />)) }
}
/** the callbacks of the latest render */
const lastShow = () => pageHooks.show[pageHooks.show.length - 1]
const lastPull = () => pageHooks.pull[pageHooks.pull.length - 1]

describe('useQuery', () => {
  it('loads on mount, then keeps the data and flags refreshing on reload', async () => {
    const f = deferred<string>()
    const { out } = renderQuery(f.fn, ['a'])
    expect(out.current.loading).toBe(true)
    await f.answer(0, ok('one'))
    expect(out.current).toMatchObject({ data: 'one', loading: false, refreshing: false })
    act(() => {
      out.current.reload()
    })
    expect(out.current).toMatchObject({ data: 'one', refreshing: true })
    await f.answer(1, ok('two'))
    expect(out.current).toMatchObject({ data: 'two', refreshing: false })
  })

  it('a failed reload keeps the last good data and reports the error', async () => {
    const f = deferred<string>()
    const { out } = renderQuery(f.fn, [])
    await f.answer(0, ok('one'))
    act(() => {
      out.current.reload()
    })
    await f.answer(1, fail('网络连接失败'))
    expect(out.current.data).toBe('one')
    expect(out.current.error?.message).toBe('网络连接失败')
  })

  it('on a new key, an answer for the old key is dropped even when it arrives last', async () => {
    const f = deferred<string>()
    const { out, rerender } = renderQuery(f.fn, ['open'])
    rerender(['handled'])
    expect(f.fn).toHaveBeenCalledTimes(2)
    await f.answer(1, ok('handled list'))
    await f.answer(0, ok('open list'))
    expect(out.current.data).toBe('handled list')
  })

  it('keepPreviousData: false clears the old key’s data at once', async () => {
    const f = deferred<string>()
    const { out, rerender } = renderQuery(f.fn, ['a'], { keepPreviousData: false })
    await f.answer(0, ok('A'))
    rerender(['b'])
    expect(out.current.data).toBeUndefined()
    expect(out.current.loading).toBe(true)
  })

  it('enabled: false waits; turning it on fetches', async () => {
    const f = deferred<string>()
    const out: { current?: Query<string> } = {}
    function Probe({ on }: { on: boolean }) {
      out.current = useQuery(f.fn, [], { enabled: on })
      return null
    }
    act(() => root.render(<Probe on={false} />))
    expect(f.fn).not.toHaveBeenCalled()
    expect(out.current!.loading).toBe(false)
    act(() => root.render(<Probe on />))
    expect(f.fn).toHaveBeenCalledTimes(1)
    expect(out.current!.loading).toBe(true)
    // turned off again before the answer: not loading, and the late answer is dropped
    act(() => root.render(<Probe on={false} />))
    expect(out.current!.loading).toBe(false)
    await f.answer(0, ok('late'))
    expect(out.current!.data).toBeUndefined()
  })

  it('useRefetchOn show reloads when the page shows again, not on the first show', async () => {
    const f = deferred<string>()
    renderQuery(f.fn, [], {}, { show: true })
    act(() => lastShow()())
    expect(f.fn).toHaveBeenCalledTimes(1)
    act(() => lastShow()())
    expect(f.fn).toHaveBeenCalledTimes(2)
  })

  it('without show a page show does not fetch', async () => {
    const f = deferred<string>()
    renderQuery(f.fn, [])
    act(() => lastShow()())
    act(() => lastShow()())
    expect(f.fn).toHaveBeenCalledTimes(1)
  })

  it('useRefetchOn pullDown reloads and stops the spinner when the answer is in', async () => {
    const f = deferred<string>()
    Taro.stopPullDownRefresh.mockClear()
    const { out } = renderQuery(f.fn, [], {}, { pullDown: true })
    await f.answer(0, ok('one'))
    let done: unknown
    act(() => {
      done = lastPull()()
    })
    expect(f.fn).toHaveBeenCalledTimes(2)
    expect(Taro.stopPullDownRefresh).not.toHaveBeenCalled()
    await f.answer(1, ok('two'))
    await act(async () => {
      await done
    })
    expect(Taro.stopPullDownRefresh).toHaveBeenCalledTimes(1)
    expect(out.current.data).toBe('two')
  })
})

describe('usePagedQuery', () => {
  const page = (items: number[], next: string | null): Page<number> => ({ items, next, total: 5 })
  function renderPaged(fetchPage: (cursor?: string) => Promise<Result<Page<number>>>, deps: unknown[]) {
    const out: { current: PagedQuery<number> } = { current: undefined as any }
    function Probe({ k }: { k: unknown[] }) {
      out.current = usePagedQuery(fetchPage, k)
      return null
    }
    act(() => root.render(<Probe k={deps} />))
    return { out, rerender: (k: unknown[]) => act(() => root.render(<Probe k={k} />)) }
  }

  it('appends the next page with its cursor until there is none', async () => {
    const f = deferred<Page<number>>()
    const { out } = renderPaged(f.fn, [])
    await f.answer(0, ok(page([1, 2], 'c2')))
    expect(out.current).toMatchObject({ items: [1, 2], hasMore: true })
    let r: Promise<unknown> = Promise.resolve()
    act(() => {
      r = out.current.loadMore()
    })
    expect(out.current.loadingMore).toBe(true)
    // a second tap while the page loads does not fetch it twice
    act(() => {
      out.current.loadMore()
    })
    expect(f.fn.mock.calls.map((c) => c[0])).toEqual([undefined, 'c2'])
    await f.answer(1, ok(page([3, 4, 5], null)))
    await act(async () => {
      await r
    })
    expect(out.current).toMatchObject({ items: [1, 2, 3, 4, 5], hasMore: false, loadingMore: false })
  })

  it('a load-more from a render before the append (same cursor) does not append the page again', async () => {
    const f = deferred<Page<number>>()
    const { out } = renderPaged(f.fn, [])
    await f.answer(0, ok(page([1, 2], 'c2')))
    const stale = out.current.loadMore
    let r: Promise<unknown> = Promise.resolve()
    act(() => {
      r = stale()
    })
    await f.answer(1, ok(page([3, 4], 'c3')))
    await act(async () => {
      await r
    })
    expect(out.current.items).toEqual([1, 2, 3, 4])
    // a scroll event handled with the old closure: its cursor is c2 again
    await act(async () => {
      await stale()
    })
    expect(f.fn.mock.calls.map((c) => c[0])).toEqual([undefined, 'c2'])
    expect(out.current.items).toEqual([1, 2, 3, 4])
  })

  it('a failed page resolves with its error and keeps the rows', async () => {
    const f = deferred<Page<number>>()
    const { out } = renderPaged(f.fn, [])
    await f.answer(0, ok(page([1], 'c2')))
    let r: Promise<unknown> = Promise.resolve()
    act(() => {
      r = out.current.loadMore()
    })
    await f.answer(1, fail('网络连接失败'))
    let err: any
    await act(async () => {
      err = await r
    })
    expect(err.message).toBe('网络连接失败')
    expect(out.current).toMatchObject({ items: [1], hasMore: true })
  })

  it('a page that arrives after the filter changed is not appended to the new list', async () => {
    const f = deferred<Page<number>>()
    const { out, rerender } = renderPaged(f.fn, ['a'])
    await f.answer(0, ok(page([1], 'c2')))
    act(() => {
      out.current.loadMore()
    })
    rerender(['b'])
    await f.answer(2, ok(page([10], null)))
    await f.answer(1, ok(page([2], null)))
    expect(out.current.items).toEqual([10])
  })
})
