import Taro from '@tarojs/taro'

export const ROUTES = {
  home: '/pages/home/index',
  login: '/pages/login/index',
  stationDirectory: '/pkg-station/pages/directory/index',
  stationDetail: '/pkg-station/pages/detail/index',
  book: '/pkg-station/pages/book/index',
  voucher: '/pkg-station/pages/voucher/index',
  myBookings: '/pkg-station/pages/bookings/index',
  staffBookings: '/pkg-staff/pages/bookings/index',
  staffBooking: '/pkg-staff/pages/booking/index',
  staffAvailability: '/pkg-staff/pages/availability/index',
  staffLinks: '/pkg-staff/pages/links/index',
  visitLog: '/pkg-staff/pages/visit-log/index',
  applyForm: '/pkg-apply/pages/form/index',
  applyStatus: '/pkg-apply/pages/status/index',
  reviewList: '/pkg-review/pages/list/index',
  reviewDetail: '/pkg-review/pages/detail/index',
  reviewQuota: '/pkg-review/pages/quota/index',
  reviewBatches: '/pkg-review/pages/batches/index',
  notices: '/pkg-me/pages/notices/index',
  alerts: '/pkg-me/pages/alerts/index',
} as const

export type RouteName = keyof typeof ROUTES

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
  const route = '/' + String(page.route || '').replace(/^\//, '').split('?')[0]
  return buildUrl(route, (page.options || {}) as Record<string, string>)
}

/** After sign-in: back to where the user was, or home. Pages are reLaunched so the stack is clean. */
export function goAfterSignIn(redirect?: string) {
  const target = redirect && !redirect.startsWith(ROUTES.login) ? redirect : ROUTES.home
  return Taro.reLaunch({ url: target })
}
