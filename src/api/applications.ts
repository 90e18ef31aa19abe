// Applicant side of the programme applications (申报). Contract: src/domain/contract/application.ts.
import type {
  Application,
  ApplicationLinkCandidate,
  DraftSaveRequest,
  DraftSaveResponse,
  SubmitApplicationRequest,
} from '@/domain/contract'
import { request } from './http'

/** GET /applications/mine — the caller's applications (all years). */
export const getMyApplications = () => request<Application[]>({ method: 'GET', url: '/applications/mine' })

/** PUT /applications/draft — autosave (partial form allowed); creates the year's application if none. */
export const saveApplicationDraft = (body: DraftSaveRequest) =>
  request<DraftSaveResponse>({ method: 'PUT', url: '/applications/draft', data: body })

/** POST /applications/{id}/submit — the same idempotency key returns the same result. */
export const submitApplication = (id: string, body: SubmitApplicationRequest) =>
  request<Application>({ method: 'POST', url: `/applications/${encodeURIComponent(id)}/submit`, data: body })

/** GET /applications/{id} — owner or reviewers in scope. */
export const getApplication = (id: string) => request<Application>({ method: 'GET', url: `/applications/${encodeURIComponent(id)}` })

/** GET /applications/link-candidates — who the caller may name for the two-sided station link */
export const getLinkCandidates = () => request<ApplicationLinkCandidate[]>({ method: 'GET', url: '/applications/link-candidates' })
