import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { Notice } from '@/domain/contract'
import { EmptyState, ROUTES, buildUrl, currentUser, formatDateTime } from '@/shared'
import './notices.scss'

const KNOWN = new Set<string>(Object.values(ROUTES))

/** A notice's link → an app route; booking links go to the voucher (applicant) or the staff detail (staff). */
export function resolveNoticeLink(link: string): string | null {
  const [rawPath, qs = ''] = link.split('?')
  const path = rawPath.startsWith('/') ? rawPath : `/${rawPath}`
  if (KNOWN.has(path)) return `${path}${qs ? `?${qs}` : ''}`
  const id = /(?:^|&)id=([^&]+)/.exec(qs)?.[1]
  if (/booking/.test(path) && id) {
    return buildUrl(currentUser()?.role === 'staff' ? ROUTES.staffBooking : ROUTES.voucher, { id: decodeURIComponent(id) })
  }
  if (/station\/detail|pkg-station\/detail/.test(path) && id) return buildUrl(ROUTES.stationDetail, { id: decodeURIComponent(id) })
  if (/link/.test(path)) return currentUser()?.role === 'staff' ? ROUTES.staffLinks : null
  return null
}

/** In-app notices, unread first marked with a dot; tapping marks read and opens the linked page. */
export function NoticeList({ items, onRead }: { items: Notice[]; onRead: (id: string) => void }) {
  if (items.length === 0) return <EmptyState title="暂无消息" description="预约确认、提醒和审核结果会通知到这里" />
  const open = (n: Notice) => {
    onRead(n.id)
    const target = n.link && resolveNoticeLink(n.link)
    if (target) Taro.navigateTo({ url: target }).catch(() => undefined)
  }
  return (
    <View data-testid="notice-list">
      {items.map((n) => (
        <View key={n.id} className={`nt-item ${n.read ? '' : 'nt-item--unread'}`} data-testid="notice" data-read={n.read} onClick={() => open(n)}>
          <View className="nt-item__head">
            {!n.read && <View className="nt-item__dot" />}
            <Text className="nt-item__title">{n.title}</Text>
            <Text className="nt-item__time">{formatDateTime(n.createdAt)}</Text>
          </View>
          <Text className="nt-item__body">{n.body}</Text>
          {n.link && resolveNoticeLink(n.link) && <Text className="nt-item__link">查看详情 ›</Text>}
        </View>
      ))}
    </View>
  )
}
