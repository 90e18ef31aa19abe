import type { Page, StationDetail, StationQuery, StationSummary } from '@/domain/contract'
import { request } from './http'

/** GET /stations — public, cursor-paged */
export const listStations = (q: StationQuery) => request<Page<StationSummary>>({ method: 'GET', url: '/stations', params: q })
/** GET /stations/{id} — public */
export const getStation = (id: string) => request<StationDetail>({ method: 'GET', url: `/stations/${encodeURIComponent(id)}` })
