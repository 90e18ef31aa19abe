import { useEffect, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { listReviewApplications } from '@/api'
import type { ApplicationSummary, ApplicationTrack } from '@/domain/contract'
import { BRAND_FIELD_LABELS } from '@/domain/contract'
import { APPLICATION_STATUS, TRACK_LABELS, statusStyle } from '@/domain/status'
import { EmptyState, ErrorState, Skeleton, StatusTag, formatDate, go } from '@/shared'
import { useReviewStore } from '../store'
import './review.scss'

interface StatusFilter {
  label: string
  /** one status or a comma-separated list; undefined = all */
  status?: string
}
const STATUSES: Record<'province' | 'national', StatusFilter[]> = {
  province: [
    { label: '待审核', status: 'submitted,resubmitted' },
    { label: '退回修改', status: 'returned' },
    { label: '已推荐', status: 'recommended,national_review,public_notice,confirmed' },
    { label: '未入选', status: 'not_selected' },
    { label: '全部' },
  ],
  national: [
    { label: '待复核', status: 'recommended' },
    { label: '复核中', status: 'national_review' },
    { label: '公示中', status: 'public_notice' },
    { label: '已确认', status: 'confirmed' },
    { label: '未入选', status: 'not_selected' },
    { label: '全部' },
  ],
}
const TRACKS: ApplicationTrack[] = ['enterprise', 'regional', 'station']
const SHORT_TRACK: Record<ApplicationTrack, string> = { enterprise: '企业', regional: '区域', station: '指导站' }

/** Reviewer's list: status chips with counts, track chips, cards that open the detail. */
export function ReviewListView({ role, batch, year }: { role: 'province' | 'national'; batch?: number; year?: number }) {
  const filters = useReviewStore((s) => s.filters[role])
  const setFilters = useReviewStore((s) => s.setFilters)
  const version = useReviewStore((s) => s.version)
  const [items, setItems] = useState<ApplicationSummary[]>()
  const [total, setTotal] = useState(0)
  const [next, setNext] = useState<string | null>(null)
  const [error, setError] = useState<string>()
  const [counts, setCounts] = useState<Record<string, number>>({})
  const [more, setMore] = useState(false)
  const [tick, setTick] = useState(0)

  const base = { track: filters.track, batch, year }
  useEffect(() => {
    let alive = true
    setItems(undefined)
    setError(undefined)
    listReviewApplications({ ...base, status: filters.status, limit: 20 }).then((r) => {
      if (!alive) return
      if (r.ok) {
        setItems(r.data.items)
        setTotal(r.data.total)
        setNext(r.data.next)
      } else setError(r.error.message)
    })
    // counts per status for the chips (limit 1: only the totals)
    Promise.all(
      STATUSES[role].map((f) =>
        listReviewApplications({ ...base, status: f.status, limit: 1 }).then((r) => [f.status ?? 'all', r.ok ? r.data.total : undefined] as const),
      ),
    ).then((pairs) => {
      if (!alive) return
      const c: Record<string, number> = {}
      for (const [s, n] of pairs) if (n !== undefined) c[s] = n
      setCounts(c)
    })
    return () => {
      alive = false
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [role, filters.status, filters.track, batch, year, version, tick])

  useDidShow(() => setTick((t) => t + 1))

  const loadMore = async () => {
    if (!next) return
    setMore(true)
    const r = await listReviewApplications({ ...base, status: filters.status, cursor: next, limit: 20 })
    setMore(false)
    if (r.ok) {
      setItems((x) => [...(x ?? []), ...r.data.items])
      setNext(r.data.next)
    }
  }

  const chip = (on: boolean, label: string, onClick: () => void, count?: number, key?: string) => (
    <View key={key ?? label} className={`rv-chip ${on ? 'rv-chip--on' : ''}`} onClick={onClick} role="tab" aria-selected={on}>
      <Text>{label}</Text>
      {count !== undefined && <Text className="rv-chip__count">{count}</Text>}
    </View>
  )

  return (
    <View data-testid="review-list">
      <View className="rv-filters">
        <View className="rv-chips">
          {STATUSES[role].map((f) =>
            chip(filters.status === f.status, f.label, () => setFilters(role, { status: f.status }), counts[f.status ?? 'all'], f.label),
          )}
        </View>
        <View className="rv-chips rv-chips--small">
          {chip(!filters.track, '全部赛道', () => setFilters(role, { track: undefined }))}
          {TRACKS.map((t) => chip(filters.track === t, SHORT_TRACK[t], () => setFilters(role, { track: t }), undefined, t))}
        </View>
        {batch && <Text className="ui-muted">{year ? `${year} 年度 · ` : ''}第 {batch} 批公示</Text>}
      </View>

      {error && !items && <ErrorState description={error} onRetry={() => setTick((t) => t + 1)} />}
      {!error && !items && <Skeleton cards={3} lines={3} />}
      {items && items.length === 0 && (
        <EmptyState
          title="没有符合条件的申报"
          description={filters.status ? `当前没有“${STATUSES[role].find((f) => f.status === filters.status)?.label ?? ''}”的申报，可查看其他状态。` : '本年度暂无申报。'}
          actionText={filters.status ? '查看全部' : undefined}
          onAction={() => setFilters(role, { status: undefined })}
        />
      )}
      {items && items.length > 0 && <Text className="ui-muted rv-total">共 {total} 条</Text>}
      {items?.map((a) => (
        <View key={a.id} className="rv-item" onClick={() => go('reviewDetail', { id: a.id })} data-testid="review-item" data-id={a.id}>
          <View className="rv-item__head">
            <Text className="rv-item__brand">{a.brandName || '（未填写品牌）'}</Text>
            <StatusTag {...statusStyle(APPLICATION_STATUS, a.status)} />
          </View>
          <Text className="rv-item__name">{a.applicantName}</Text>
          <View className="rv-item__meta">
            <Text className="rv-badge">{TRACK_LABELS[a.track]}</Text>
            {a.field && <Text className="rv-badge">{BRAND_FIELD_LABELS[a.field]}</Text>}
            {a.nonDemo && <Text className="rv-badge rv-badge--warn">非示范优势企业</Text>}
            {a.track === 'station' && a.confirmedLinks !== undefined && <Text className="rv-badge">已确认对接 {a.confirmedLinks}</Text>}
            {!a.eligibilityOk && <Text className="rv-badge rv-badge--danger">条件不符</Text>}
            {role === 'national' && <Text className="rv-badge">{a.provinceName}</Text>}
          </View>
          <Text className="rv-item__time">{a.submittedAt ? `申报于 ${formatDate(a.submittedAt)}` : `更新于 ${formatDate(a.updatedAt)}`}</Text>
        </View>
      ))}
      {next && (
        <Button fill="outline" type="primary" block loading={more} disabled={more} onClick={loadMore}>
          加载更多
        </Button>
      )}
    </View>
  )
}
