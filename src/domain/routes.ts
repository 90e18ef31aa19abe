// App routes as plain data: the app navigates with them (src/shared/nav.ts) and the mock puts them in
// notice links, so a tapped notice always opens a real page.
export const APP_ROUTES = {
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
  staffVisits: '/pkg-staff/pages/visits/index',
  applyForm: '/pkg-apply/pages/form/index',
  applyStatus: '/pkg-apply/pages/status/index',
  reviewList: '/pkg-review/pages/list/index',
  reviewDetail: '/pkg-review/pages/detail/index',
  reviewQuota: '/pkg-review/pages/quota/index',
  reviewBatches: '/pkg-review/pages/batches/index',
  reviewProgramme: '/pkg-review/pages/programme/index',
  notices: '/pkg-me/pages/notices/index',
  alerts: '/pkg-me/pages/alerts/index',
  portfolio: '/pkg-me/pages/portfolio/index',
  alertSettings: '/pkg-me/pages/alert-settings/index',
  evalSelf: '/pkg-eval/pages/self/index',
  evalResult: '/pkg-eval/pages/result/index',
  evalRankings: '/pkg-eval/pages/rankings/index',
  evalPublish: '/pkg-eval/pages/publish/index',
  publicLists: '/pkg-eval/pages/lists/index',
  publicCard: '/pkg-eval/pages/card/index',
  myVisits: '/pkg-me/pages/visits/index',
  myVisit: '/pkg-me/pages/visit/index',
  reportTrend: '/pkg-charts/pages/report-trend/index',
  stationFigures: '/pkg-charts/pages/station-figures/index',
  assocRegister: '/pkg-assoc/pages/register/index',
  assocMember: '/pkg-assoc/pages/member/index',
  assocAdd: '/pkg-assoc/pages/add/index',
  assocEvidence: '/pkg-assoc/pages/evidence/index',
  assocFigures: '/pkg-assoc/pages/figures/index',
  assocBundle: '/pkg-assoc/pages/bundle/index',
  memberTrend: '/pkg-charts/pages/member-trend/index',
  participantTrend: '/pkg-charts/pages/participant-trend/index',
  reportForm: '/pkg-apply/pages/report/index',
  reviewReports: '/pkg-review/pages/reports/index',
} as const

export type RouteName = keyof typeof APP_ROUTES

/** "/pkg-station/pages/voucher/index?id=BK000001" */
export const routeTo = (name: RouteName, id?: string): string =>
  id ? `${APP_ROUTES[name]}?id=${encodeURIComponent(id)}` : APP_ROUTES[name]
