import { useEffect, type ReactNode } from 'react'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { ApiError } from '@/api/http'
import { useSession } from '../session'
import { currentPageUrl, ROUTES, buildUrl } from '../nav'
import { useDisplayRoot } from '../display'
import { EmptyState, ErrorState, Skeleton } from './States'
import './ui.scss'

interface PageShellProps<T> {
  /** the page's main query; the shell shows skeleton / error / content */
  query?: { data: T | undefined; error: ApiError | undefined; loading: boolean; reload: () => Promise<void> }
  /** send signed-out users to sign-in and back here afterwards */
  requireAuth?: boolean
  /** skeleton shape while loading */
  skeleton?: ReactNode
  children: ReactNode | ((data: T) => ReactNode)
  className?: string
}

/** Owns the page-level states: sign-in, first load, failure with retry, and pull-to-refresh. */
export function PageShell<T>({ query, requireAuth = true, skeleton, children, className }: PageShellProps<T>) {
  const signedIn = useSession((s) => !!s.session)
  const display = useDisplayRoot()

  useEffect(() => {
    if (requireAuth && !signedIn) {
      Taro.redirectTo({ url: buildUrl(ROUTES.login, { redirect: currentPageUrl() }) })
    }
  }, [requireAuth, signedIn])

  usePullDownRefresh(async () => {
    try {
      await query?.reload()
    } finally {
      Taro.stopPullDownRefresh()
    }
  })

  let body: ReactNode
  if (requireAuth && !signedIn) body = skeleton ?? <Skeleton />
  else if (!query) body = typeof children === 'function' ? null : children
  else if (query.loading && query.data === undefined) body = skeleton ?? <Skeleton />
  else if (query.error && query.data === undefined)
    body =
      query.error.status === 403 || query.error.status === 404 ? (
        // retrying will not help: say so and offer the way home
        <EmptyState
          title={query.error.status === 403 ? '无权查看' : '内容不存在'}
          description={query.error.message}
          actionText="返回首页"
          onAction={() => Taro.reLaunch({ url: ROUTES.home })}
        />
      ) : (
        <ErrorState description={query.error.message} onRetry={() => query.reload()} />
      )
  else if (query.data !== undefined) body = typeof children === 'function' ? children(query.data) : children
  else body = null

  return (
    <View className={`ui-page ${display.className} ${className || ''}`} style={display.style}>
      {body}
    </View>
  )
}
