import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { ServiceTopic } from '@/domain/contract'
import { taroStorage } from '@/shared'

export interface RegionFilter {
  provinceCode?: string
  cityCode?: string
  countyCode?: string
  /** "福建省 福州市" or "全国" */
  label: string
}

export const ALL_REGIONS: RegionFilter = { label: '全国' }

export type LocationState =
  | { status: 'off' }
  | { status: 'locating' }
  | { status: 'on'; lat: number; lng: number }
  | { status: 'failed'; message: string }

interface StationsState {
  /** remembered between visits */
  region: RegionFilter
  topic?: ServiceTopic
  /** debounced search text actually sent */
  q: string
  location: LocationState
  setRegion: (r: RegionFilter) => void
  setTopic: (t?: ServiceTopic) => void
  setQ: (q: string) => void
  setLocation: (l: LocationState) => void
  reset: () => void
}

/** Directory filters (one store for the stations capability). Region and topic are remembered. */
export const useStationsStore = create<StationsState>()(
  persist(
    (set) => ({
      region: ALL_REGIONS,
      topic: undefined,
      q: '',
      location: { status: 'off' },
      setRegion: (region) => set({ region }),
      setTopic: (topic) => set({ topic }),
      setQ: (q) => set({ q }),
      setLocation: (location) => set({ location }),
      reset: () => set({ region: ALL_REGIONS, topic: undefined, q: '', location: { status: 'off' } }),
    }),
    {
      name: 'qqbc.stations',
      storage: taroStorage,
      version: 1,
      partialize: (s) => ({ region: s.region, topic: s.topic }) as Partial<StationsState>,
    },
  ),
)
