// Review UI state: the list filters (kept while moving between list and detail) and a change counter so the
// list reloads after an action taken on the detail page.
import { create } from 'zustand'
import type { ApplicationStatus, ApplicationTrack } from '@/domain/contract'

export interface ReviewFilters {
  /** one status or a comma-separated list */
  status?: ApplicationStatus | string
  track?: ApplicationTrack
  batch?: number
  year?: number
}

interface ReviewState {
  filters: Record<'province' | 'national', ReviewFilters>
  /** bumped after every successful action */
  version: number
  setFilters: (role: 'province' | 'national', patch: ReviewFilters) => void
  bump: () => void
}

export const useReviewStore = create<ReviewState>()((set) => ({
  filters: { province: { status: 'submitted,resubmitted' }, national: { status: 'recommended' } },
  version: 0,
  setFilters: (role, patch) => set((s) => ({ filters: { ...s.filters, [role]: { ...s.filters[role], ...patch } } })),
  bump: () => set((s) => ({ version: s.version + 1 })),
}))
