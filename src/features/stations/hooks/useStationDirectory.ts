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
  const stateRef = useRef(state)
  stateRef.current = state

  const load = useCallback(
    async (mode: 'first' | 'refresh') => {
      const id = ++seq.current
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
    if (!s.next || s.loadingMore || s.loading) return
    const id = seq.current
    setState((x) => ({ ...x, loadingMore: true, moreError: undefined }))
    const res = await listStations({ ...query, cursor: s.next, limit: PAGE_SIZE })
    if (id !== seq.current) return
    if (res.ok) {
      setState((x) => ({ ...x, items: x.items.concat(res.data.items), total: res.data.total, next: res.data.next, loadingMore: false }))
    } else setState((x) => ({ ...x, loadingMore: false, moreError: res.error }))
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])

  const refresh = useCallback(() => load('refresh'), [load])
  const retry = useCallback(() => load('first'), [load])
  return { ...state, loadMore, refresh, retry }
}
