import Taro from '@tarojs/taro'
import { APP_ROUTES, type RouteName } from '@/domain/routes'

export const ROUTES = APP_ROUTES

export type { RouteName }

export function buildUrl(path: string, params?: Record<string, string | number | undefined>): string {
  const query = Object.entries(params || {})
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join('&')
  return query ? `${path}?${query}` : path
}

export function go(route: RouteName, params?: Record<string, string | number | undefined>) {
  return Taro.navigateTo({ url: buildUrl(ROUTES[route], params) })
}

/** The current page's path with its query, to come back after sign-in. */
export function currentPageUrl(): string {
  const pages = Taro.getCurrentPages()
  const page = pages[pages.length - 1]
  if (!page) return ROUTES.home
  const route =
    '/' +
    String(page.route || '')
      .replace(/^\//, '')
      .split('?')[0]
  return buildUrl(route, (page.options || {}) as Record<string, string>)
}

/** After sign-in: back to where the user was, or home. Pages are reLaunched so the stack is clean. */
export function goAfterSignIn(redirect?: string) {
  const target = redirect && !redirect.startsWith(ROUTES.login) ? redirect : ROUTES.home
  return Taro.reLaunch({ url: target })
}
