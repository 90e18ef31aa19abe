// Province / national review of programme applications (推荐 / 复核 / 公示 / 名单), quotas, 附件5 export.
import type {
  Application,
  ApplicationStatus,
  ApplicationSummary,
  ApplicationTrack,
  BatchPublishRequest,
  Page,
  PublishRequest,
  QuotaSummary,
  ReasonRequest,
  RecommendationTable,
  RecordObjectionRequest,
  ResolveObjectionRequest,
  ReviewBatch,
} from '@/domain/contract'
import { API_BASE, request } from './http'

export interface ReviewListQuery {
  /** one status or a comma-separated list ("submitted,resubmitted") */
  status?: ApplicationStatus | string
  track?: ApplicationTrack
  year?: number
  /** national only */
  provinceCode?: string
  /** national only */
  batch?: number
  /** part of the applicant's or brand's name, or the start of the USCC */
  q?: string
  cursor?: string
  limit?: number
}

const id$ = (id: string) => encodeURIComponent(id)

/** GET /review/applications */
export const listReviewApplications = (q: ReviewListQuery = {}) =>
  request<Page<ApplicationSummary>>({ method: 'GET', url: '/review/applications', params: q })

/** GET /review/applications/{id} */
export const getReviewApplication = (id: string) => request<Application>({ method: 'GET', url: `/review/applications/${id$(id)}` })

/** POST /review/applications/{id}/return (province) */
export const returnApplication = (id: string, body: ReasonRequest) =>
  request<Application>({ method: 'POST', url: `/review/applications/${id$(id)}/return`, data: body })

/** POST /review/applications/{id}/recommend (province) — 409 QUOTA_EXCEEDED when annex 4 would break */
export const recommendApplication = (id: string) =>
  request<Application>({ method: 'POST', url: `/review/applications/${id$(id)}/recommend`, data: {} })

/** POST /review/applications/{id}/national-review (national) */
export const startNationalReview = (id: string) =>
  request<Application>({ method: 'POST', url: `/review/applications/${id$(id)}/national-review`, data: {} })

/** POST /review/applications/{id}/publish (national) — 公示 with start / end dates */
export const publishApplication = (id: string, body: PublishRequest) =>
  request<Application>({ method: 'POST', url: `/review/applications/${id$(id)}/publish`, data: body })

/** POST /review/batches (national) — publish several at once */
export const publishBatch = (body: BatchPublishRequest) => request<ReviewBatch>({ method: 'POST', url: '/review/batches', data: body })

/** POST /review/applications/{id}/confirm (national) */
export const confirmApplication = (id: string) =>
  request<Application>({ method: 'POST', url: `/review/applications/${id$(id)}/confirm`, data: {} })

/** POST /review/applications/{id}/reject (national) */
export const rejectApplication = (id: string, body: ReasonRequest) =>
  request<Application>({ method: 'POST', url: `/review/applications/${id$(id)}/reject`, data: body })

/** POST /review/applications/{id}/objections (national) — an objection raised during the public notice */
export const recordObjection = (id: string, body: RecordObjectionRequest) =>
  request<Application>({ method: 'POST', url: `/review/applications/${id$(id)}/objections`, data: body })

/** POST /review/applications/{id}/objections/{objectionId}/resolve (national) */
export const resolveObjection = (id: string, objectionId: string, body: ResolveObjectionRequest) =>
  request<Application>({
    method: 'POST',
    url: `/review/applications/${id$(id)}/objections/${id$(objectionId)}/resolve`,
    data: body,
  })

/** GET /review/batches?year */
export const listReviewBatches = (year?: number) => request<ReviewBatch[]>({ method: 'GET', url: '/review/batches', params: { year } })

/** GET /review/quota?year&provinceCode */
export const getReviewQuota = (q: { year?: number; provinceCode?: string } = {}) =>
  request<QuotaSummary>({ method: 'GET', url: '/review/quota', params: q })

/** GET /review/recommendation-table?format=json */
export const getRecommendationTable = (q: { year?: number } = {}) =>
  request<RecommendationTable>({ method: 'GET', url: '/review/recommendation-table', params: { ...q, format: 'json' } })

/** GET /review/recommendation-table?format=csv — the CSV text (UTF-8 with BOM), for the H5 download */
export const getRecommendationCsv = (q: { year?: number } = {}) =>
  request<string>({
    method: 'GET',
    url: '/review/recommendation-table',
    params: { ...q, format: 'csv' },
    responseType: 'text',
    transformResponse: (x) => x,
  })

/** Absolute URL of the CSV export, for Taro.downloadFile on weapp (send the Authorization header). */
export const recommendationCsvUrl = (q: { year?: number } = {}) =>
  `${API_BASE}/review/recommendation-table?format=csv${q.year ? `&year=${q.year}` : ''}`
