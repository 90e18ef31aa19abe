import { useCallback, useEffect, useRef, useState } from 'react'
import type { ApiError, Result } from '@/api/http'

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

/** Runs a Result-returning fetcher on mount and whenever `deps` change; keeps the last good data on reload. */
export function useQuery<T>(fetcher: () => Promise<Result<T>>, deps: unknown[] = [], options: { enabled?: boolean } = {}): Query<T> {
  const enabled = options.enabled ?? true
  const [data, setData] = useState<T>()
  const [error, setError] = useState<ApiError>()
  const [loading, setLoading] = useState(enabled)
  const [refreshing, setRefreshing] = useState(false)
  const seq = useRef(0)
  const fetcherRef = useRef(fetcher)
  fetcherRef.current = fetcher

  const run = useCallback(async (isReload: boolean) => {
    const id = ++seq.current
    if (isReload) setRefreshing(true)
    else setLoading(true)
    const res = await fetcherRef.current()
    if (id !== seq.current) return // a newer request superseded this one
    if (res.ok) {
      setData(res.data)
      setError(undefined)
    } else {
      setError(res.error)
    }
    setLoading(false)
    setRefreshing(false)
  }, [])

  useEffect(() => {
    if (enabled) run(false)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [enabled, ...deps])

  const reload = useCallback(() => run(true), [run])
  return { data, error, loading, refreshing, reload, setData }
}
