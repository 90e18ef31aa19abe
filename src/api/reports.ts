// The yearly brand report (年度报送): own reports (enterprise / association) and the province's progress list.
import type {
  RemindReportsRequest,
  RemindReportsResponse,
  ReportHistory,
  ReportProgress,
  ReportView,
  SaveReportRequest,
} from '@/domain/contract/report'
import { request } from './http'

export type { ReportHistory, ReportProgress, ReportView, SaveReportRequest, RemindReportsResponse }

/** GET /reports/mine — every year of the own organisation (year-over-year chart) */
export const getMyReports = () => request<ReportHistory>({ method: 'GET', url: '/reports/mine' })

/** GET /reports/mine/{year} */
export const getMyReport = (year: number) => request<ReportView>({ method: 'GET', url: `/reports/mine/${year}` })

/** PUT /reports/mine/{year} — save a draft, submit, or revise (400 field errors, 409 after the deadline) */
export const saveMyReport = (year: number, body: SaveReportRequest) =>
  request<ReportView>({ method: 'PUT', url: `/reports/mine/${year}`, data: body })

/** GET /review/reports (province) */
export const getReportProgress = (year?: number) =>
  request<ReportProgress>({ method: 'GET', url: '/review/reports', params: year ? { year } : {} })

/** GET /review/reports/{id} (province: own province; national) */
export const getReviewReport = (id: string) => request<ReportView>({ method: 'GET', url: `/review/reports/${encodeURIComponent(id)}` })

/** GET /review/participants/{id}/reports (province: own province's participants; national) — submitted years, oldest first */
export const getParticipantReports = (orgId: string) =>
  request<ReportHistory>({ method: 'GET', url: `/review/participants/${encodeURIComponent(orgId)}/reports` })

/** POST /review/reports/remind (province) — at most one reminder per organisation and day */
export const remindReports = (body: RemindReportsRequest) =>
  request<RemindReportsResponse>({ method: 'POST', url: '/review/reports/remind', data: body })
