// The yearly evaluation: self-assessment, results, rankings, publishing lists, and the public lists and cards.
import type {
  EvaluationResultView,
  ListKind,
  PublicCard,
  PublicListEntry,
  PublicListIndex,
  PublishedBatch,
  PublishListRequest,
  RankingPage,
  SelfAssessmentView,
} from '@/domain/contract/evaluation'
import type { BrandField, Page } from '@/domain/contract'
import { request } from './http'

export type { EvaluationResultView, PublicCard, PublicListEntry, PublicListIndex, PublishedBatch, RankingPage, SelfAssessmentView }

const enc = encodeURIComponent

/** GET /evaluation/self-assessment (applicants, own data incl. drafts) */
export const getSelfAssessment = (year?: number) =>
  request<SelfAssessmentView>({ method: 'GET', url: '/evaluation/self-assessment', params: year ? { year } : {} })

/** GET /evaluation/results/mine (applicants) — 404 when not evaluated that year */
export const getMyResult = (year?: number) =>
  request<EvaluationResultView>({ method: 'GET', url: '/evaluation/results/mine', params: year ? { year } : {} })

/** GET /evaluation/results/{id} (reviewers) */
export const getEvaluationResult = (id: string, year: number) =>
  request<EvaluationResultView>({ method: 'GET', url: `/evaluation/results/${enc(id)}`, params: { year } })

export interface RankingFilters {
  year: number
  track?: 'enterprise' | 'regional' | 'station'
  field?: BrandField
  provinceCode?: string
  minScore?: number
  maxScore?: number
}

/** GET /evaluation/rankings (province: own province; national: all) */
export const listRankings = (q: RankingFilters & { cursor?: string; limit?: number }) =>
  request<RankingPage>({ method: 'GET', url: '/evaluation/rankings', params: q })

/** POST /evaluation/lists (national) — 409 when the batch was already published */
export const publishList = (body: PublishListRequest) => request<PublishedBatch>({ method: 'POST', url: '/evaluation/lists', data: body })

/** GET /public/lists/index (no sign-in) */
export const getPublicListIndex = () => request<PublicListIndex>({ method: 'GET', url: '/public/lists/index' })

export interface PublicListFilters {
  year?: number
  list?: ListKind
  batch?: number
  provinceCode?: string
  field?: BrandField
  q?: string
}

/** GET /public/lists (no sign-in) */
export const listPublicEntries = (q: PublicListFilters & { cursor?: string; limit?: number }) =>
  request<Page<PublicListEntry>>({ method: 'GET', url: '/public/lists', params: q })

/** GET /public/brands/{id} (no sign-in) */
export const getPublicCard = (id: string) => request<PublicCard>({ method: 'GET', url: `/public/brands/${enc(id)}` })
