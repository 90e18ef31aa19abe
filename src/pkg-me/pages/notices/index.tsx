import { useEffect } from 'react'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { NoticeList, useNoticesStore } from '@/features/notices'
import { ErrorState, PageShell, Skeleton, useSession } from '@/shared'

export default function NoticesPage() {
  const signedIn = useSession((s) => !!s.session)
  const { items, unread, error, load, markRead, markAllRead } = useNoticesStore()
  useEffect(() => {
    if (signedIn) load()
  }, [signedIn, load])
  useDidShow(() => {
    if (signedIn && items) load()
  })
  usePullDownRefresh(async () => {
    try {
      await load()
    } finally {
      Taro.stopPullDownRefresh()
    }
  })
  return (
    <PageShell>
      {error && !items ? (
        <ErrorState description={error.message} onRetry={load} />
      ) : !items ? (
        <Skeleton cards={3} lines={2} />
      ) : (
        <>
          <View className="nt-head">
            <Text className="ui-muted">{unread > 0 ? `${unread} 条未读` : '没有未读消息'}</Text>
            {unread > 0 && (
              <Text className="nt-head__all" onClick={() => markAllRead()}>
                全部标为已读
              </Text>
            )}
          </View>
          <NoticeList items={items} onRead={markRead} />
        </>
      )}
    </PageShell>
  )
}
