import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { Notice } from '@/domain/contract'
import { EmptyState, ROUTES, formatDateTime } from '@/shared'
import './notices.scss'

const KNOWN = new Set<string>(Object.values(ROUTES))

/** A notice's link (the server sends app routes from src/domain/routes.ts) → the page to open, if it is one of ours. */
export function resolveNoticeLink(link: string): string | null {
  const path = link.split('?')[0]
  return KNOWN.has(path) ? link : null
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
        <View
          key={n.id}
          className={`nt-item ${n.read ? '' : 'nt-item--unread'}`}
          data-testid="notice"
          data-read={n.read}
          onClick={() => open(n)}
        >
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
