import { useCallback, useEffect, useRef, useState } from 'react'
import { listStations } from '@/api'
import type { ApiError } from '@/api'
import type { StationQuery, StationSummary } from '@/domain/contract'

export const PAGE_SIZE = 50

export interface DirectoryState {
  items: StationSummary[]
  total: number
  next: string | null
  /** first page */
  loading: boolean
  loadingMore: boolean
  error?: ApiError
  /** error while loading a further page (the list stays) */
  moreError?: ApiError
}

const initial: DirectoryState = { items: [], total: 0, next: null, loading: true, loadingMore: false }

/** Cursor-paged station list for the given filters; a newer query always wins over an older one. */
export function useStationDirectory(query: Omit<StationQuery, 'cursor' | 'limit'>) {
  const [state, setState] = useState<DirectoryState>(initial)
  const seq = useRef(0)
  const key = JSON.stringify(query)
  /** the cursor being fetched: scroll events fire many times before React re-renders */
  const inFlight = useRef<string | null>(null)
  const stateRef = useRef(state)
  stateRef.current = state

  const load = useCallback(
    async (mode: 'first' | 'refresh') => {
      const id = ++seq.current
      inFlight.current = null
      if (mode === 'first') setState({ ...initial })
      const res = await listStations({ ...query, limit: PAGE_SIZE })
      if (id !== seq.current) return
      if (res.ok) setState({ items: res.data.items, total: res.data.total, next: res.data.next, loading: false, loadingMore: false })
      else setState((s) => ({ ...s, loading: false, loadingMore: false, error: res.error }))
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key],
  )

  useEffect(() => {
    load('first')
  }, [load])

  const loadMore = useCallback(async () => {
    const s = stateRef.current
    if (!s.next || s.loadingMore || s.loading || inFlight.current === s.next) return
    const id = seq.current
    const cursor = s.next
    inFlight.current = cursor
    setState((x) => ({ ...x, loadingMore: true, moreError: undefined }))
    const res = await listStations({ ...query, cursor, limit: PAGE_SIZE })
    inFlight.current = null
    if (id !== seq.current) return
    if (res.ok) {
      setState((x) => {
        const seen = new Set(x.items.map((i) => i.id))
        const fresh = res.data.items.filter((i) => !seen.has(i.id))
        const next = { ...x, items: x.items.concat(fresh), total: res.data.total, next: res.data.next, loadingMore: false }
        stateRef.current = next
        return next
      })
    } else setState((x) => ({ ...x, loadingMore: false, moreError: res.error }))
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])

  const refresh = useCallback(() => load('refresh'), [load])
  const retry = useCallback(() => load('first'), [load])
  return { ...state, loadMore, refresh, retry }
}
