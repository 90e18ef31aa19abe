import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { Result } from '@/api'
import type { Booking, Page } from '@/domain/contract'
import { BOOKING_MODE_LABELS, SERVICE_TOPIC_LABELS } from '@/domain/contract/labels'
import { BOOKING_STATUS, statusStyle } from '@/domain/status'
import { EmptyState, ErrorState, Skeleton, StatusTag, Unfold, usePagedQuery, useRefetchOn, weekday } from '@/shared'
import './booking.scss'

/** One booking in a list: time first, then who / where, the status tag on the right. */
export function BookingCard({ booking, viewer, onClick }: { booking: Booking; viewer: 'owner' | 'staff'; onClick: () => void }) {
  const st = statusStyle(BOOKING_STATUS, booking.status)
  const date = booking.startsAt.slice(0, 10)
  return (
    <View className="bk-card" data-testid="booking-card" data-id={booking.id} data-status={booking.status} onClick={onClick}>
      <View className="bk-card__head">
        <Text className="bk-card__time">
          {date} {weekday(date)} {booking.startsAt.slice(11, 16)}–{booking.endsAt.slice(11, 16)}
        </Text>
        <StatusTag label={st.label} tone={st.tone} />
      </View>
      <Text className="bk-card__title">
        {viewer === 'owner' ? booking.stationName || booking.stationId : booking.orgName || booking.orgId}
      </Text>
      <Text className="bk-card__sub">
        {SERVICE_TOPIC_LABELS[booking.topic]} · {BOOKING_MODE_LABELS[booking.mode]}
        {viewer === 'staff' && booking.contactName ? ` · ${booking.contactName}` : ''}
      </Text>
    </View>
  )
}

/** Cursor-paged booking list with pull-to-refresh, refreshed when the page shows again. */
export function BookingList({
  fetchPage,
  deps,
  viewer,
  onOpen,
  empty,
}: {
  fetchPage: (cursor?: string) => Promise<Result<Page<Booking>>>
  deps: unknown[]
  viewer: 'owner' | 'staff'
  onOpen: (b: Booking) => void
  empty: { title: string; description?: string; actionText?: string; onAction?: () => void }
}) {
  const list = usePagedQuery(fetchPage, deps, { keepPreviousData: false })
  useRefetchOn(list, { show: true, pullDown: true })
  const { items, error, hasMore, loadingMore } = list

  const loadMore = async () => {
    const failed = await list.loadMore()
    if (failed) Taro.showToast({ title: failed.message, icon: 'none' })
  }

  if (error && !items) return <ErrorState description={error.message} onRetry={() => list.reload()} />
  if (!items) return <Skeleton cards={3} lines={3} />
  if (items.length === 0) return <EmptyState {...empty} />
  return (
    <View data-testid="booking-list">
      <Unfold first={3} step={3}>
        {items.map((b) => (
          <BookingCard key={b.id} booking={b} viewer={viewer} onClick={() => onOpen(b)} />
        ))}
      </Unfold>
      {hasMore ? (
        <View className="bk-more" onClick={loadMore}>
          <Text>{loadingMore ? '加载中…' : '加载更多'}</Text>
        </View>
      ) : (
        <View className="bk-more bk-more--end">
          <Text>共 {items.length} 条，已全部显示</Text>
        </View>
      )}
    </View>
  )
}
