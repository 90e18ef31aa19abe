// Review UI state: the list filters (kept while moving between list and detail) and a change counter so the
// list reloads after an action taken on the detail page.
import { create } from 'zustand'
import type { ApplicationStatus, ApplicationTrack } from '@/domain/contract'
import { NATIONAL_WAITING_STATUSES, PROVINCE_WAITING_STATUSES } from '@/domain/contract/labels'

export interface ReviewFilters {
  /** one status or a comma-separated list */
  status?: ApplicationStatus | string
  track?: ApplicationTrack
  batch?: number
  year?: number
  /** national: one province (GB/T 2260 code) */
  provinceCode?: string
  /** applicant / brand name or USCC */
  q?: string
}

/** The queue each reviewer's home counts (待审核 / 待复核); the home's 去审核 opens the list on it. */
export const QUEUE_FILTER: Record<'province' | 'national', ReviewFilters> = {
  province: { status: PROVINCE_WAITING_STATUSES.join(',') },
  national: { status: NATIONAL_WAITING_STATUSES.join(','), provinceCode: undefined, q: undefined },
}

interface ReviewState {
  filters: Record<'province' | 'national', ReviewFilters>
  /** bumped after every successful action */
  version: number
  setFilters: (role: 'province' | 'national', patch: ReviewFilters) => void
  bump: () => void
}

export const useReviewStore = create<ReviewState>()((set) => ({
  filters: { province: { ...QUEUE_FILTER.province }, national: { ...QUEUE_FILTER.national } },
  version: 0,
  setFilters: (role, patch) => set((s) => ({ filters: { ...s.filters, [role]: { ...s.filters[role], ...patch } } })),
  bump: () => set((s) => ({ version: s.version + 1 })),
}))
