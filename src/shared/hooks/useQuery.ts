// The one way the client loads server data: a Result-returning fetcher run on mount and whenever its key
// (`deps`) changes. An answer that arrives after the component unmounted or after a newer request started is
// dropped (Taro.request on weapp offers no cancellation through axios, so the request runs to its end but its
// answer cannot overwrite newer state). Lists with a cursor use usePagedQuery on top of it.
import { startTransition, useCallback, useEffect, useRef, useState } from 'react'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import type { ApiError, Result } from '@/api/http'
import type { Page } from '@/domain/contract'

export interface Query<T> {
  data: T | undefined
  error: ApiError | undefined
  /** first load (no data yet) */
  loading: boolean
  /** a reload while data is shown */
  refreshing: boolean
  reload: () => Promise<void>
  /** replace the data locally (after a mutation returned the new value) */
  setData: (data: T) => void
}

export interface QueryOptions {
  /** false: do not fetch (yet); default true */
  enabled?: boolean
  /** on a new key, keep showing the previous key's data until the new answer arrives (default true);
   *  false: clear it, so the list shows its skeleton instead of the old filter's rows */
  keepPreviousData?: boolean
}

/** a counter, not a DOM ref: bumping it marks every request started before as stale */
const supersede = (generation: { current: number }) => {
  generation.current++
}

interface Core<T> extends Query<T> {
  /** generation of the current request; changes on every new fetch, reload, key change and unmount */
  generation: { current: number }
  setDataWith: (update: (data: T | undefined) => T | undefined) => void
}

function useQueryCore<T>(fetcher: () => Promise<Result<T>>, deps: unknown[], options: QueryOptions): Core<T> {
  const { enabled = true, keepPreviousData = true } = options
  const [data, setDataState] = useState<T>()
  const [error, setError] = useState<ApiError>()
  const [loading, setLoading] = useState(enabled)
  const [refreshing, setRefreshing] = useState(false)
  const generation = useRef(0)
  const fetcherRef = useRef(fetcher)
  fetcherRef.current = fetcher

  const run = useCallback(async (isReload: boolean) => {
    const id = ++generation.current
    if (isReload) setRefreshing(true)
    else setLoading(true)
    const res = await fetcherRef.current()
    if (id !== generation.current) return // superseded by a newer request, or unmounted
    // The answer's render (usually the whole page body) is a transition: React renders it in slices that
    // yield to input instead of one long main-thread task; what it shows is the same.
    startTransition(() => {
      if (res.ok) {
        setDataState(res.data)
        setError(undefined)
      } else {
        setError(res.error)
      }
      setLoading(false)
      setRefreshing(false)
    })
  }, [])

  const keepRef = useRef(keepPreviousData)
  keepRef.current = keepPreviousData
  useEffect(() => {
    if (!enabled) {
      // turned off while loading: the dropped answer must not leave the spinner on
      setLoading(false)
      setRefreshing(false)
      return
    }
    if (!keepRef.current) {
      setDataState(undefined)
      setError(undefined)
    }
    run(false)
    // a new key or unmount: the running request's answer no longer belongs here
    return () => supersede(generation)
    // the caller's key is `deps` (like useEffect's); the fetcher is read through a ref
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [enabled, run, ...deps])

  const reload = useCallback(() => run(true), [run])

  const setData = useCallback((d: T) => setDataState(d), [])
  const setDataWith = useCallback((update: (d: T | undefined) => T | undefined) => setDataState(update), [])
  return { data, error, loading, refreshing, reload, setData, generation, setDataWith }
}

/**
 * Reload a query on the page's events: `show` when the page shows again (back from a detail page that may have
 * changed the data; the first show is the mount, which already fetched), `pullDown` on the pull-down-refresh
 * gesture (pages with a PageShell query get that from the shell). Separate from useQuery because Taro's page
 * hooks work only inside a mounted page, and components with a query are also rendered elsewhere.
 */
export function useRefetchOn(query: Pick<Query<unknown>, 'reload'>, on: { show?: boolean; pullDown?: boolean }): void {
  const reloadRef = useRef(query.reload)
  reloadRef.current = query.reload
  const shown = useRef(false)
  useDidShow(() => {
    if (on.show && shown.current) reloadRef.current()
    shown.current = true
  })
  usePullDownRefresh(async () => {
    if (!on.pullDown) return
    try {
      await reloadRef.current()
    } finally {
      Taro.stopPullDownRefresh()
    }
  })
}

/** Runs a Result-returning fetcher on mount and whenever `deps` change; keeps the last good data on reload. */
export function useQuery<T>(fetcher: () => Promise<Result<T>>, deps: unknown[] = [], options: QueryOptions = {}): Query<T> {
  const { data, error, loading, refreshing, reload, setData } = useQueryCore(fetcher, deps, options)
  return { data, error, loading, refreshing, reload, setData }
}

export interface PagedQuery<T> extends Query<Page<T>> {
  /** the rows loaded so far (first page plus every loadMore) */
  items: T[] | undefined
  hasMore: boolean
  loadingMore: boolean
  /** fetch the next page and append it; resolves with the error when that failed (the rows stay) */
  loadMore: () => Promise<ApiError | undefined>
}

/** A cursor-paged list: the first page through useQuery (a reload or new key starts again at page one). */
export function usePagedQuery<T>(
  fetchPage: (cursor?: string) => Promise<Result<Page<T>>>,
  deps: unknown[] = [],
  options: QueryOptions = {},
): PagedQuery<T> {
  const fetchRef = useRef(fetchPage)
  fetchRef.current = fetchPage
  const core = useQueryCore(() => fetchRef.current(undefined), deps, options)
  const [loadingMore, setLoadingMore] = useState(false)
  const busy = useRef(false)
  // the page last appended to this list: a scroll handler still holding the render before the append (its
  // `data.next` is the cursor just fetched) must not append that page a second time
  const appended = useRef('')
  const { generation, setDataWith, data } = core

  const loadMore = useCallback(async (): Promise<ApiError | undefined> => {
    const cursor = data?.next
    const id = generation.current
    if (!cursor || busy.current || appended.current === `${id}:${cursor}`) return undefined
    busy.current = true
    setLoadingMore(true)
    const res = await fetchRef.current(cursor)
    busy.current = false
    setLoadingMore(false)
    // the list was reloaded (or its key changed) meanwhile: this page belongs to the old list
    if (id !== generation.current) return undefined
    if (!res.ok) return res.error
    appended.current = `${id}:${cursor}`
    setDataWith((cur) => (cur ? { ...res.data, items: cur.items.concat(res.data.items) } : cur))
    return undefined
  }, [data, generation, setDataWith])

  const { error, loading, refreshing, reload, setData } = core
  return { data, error, loading, refreshing, reload, setData, items: data?.items, hasMore: !!data?.next, loadingMore, loadMore }
}
