import type { CreateVisitRequest, FollowUpList, Page, StationFigures, Visit, VisitFormContext, VisitQuery } from '@/domain/contract'
import { request } from './http'

const v = (id: string) => `/visits/${encodeURIComponent(id)}`

/** POST /visits — staff log a visit of their station (201) */
export const createVisit = (body: CreateVisitRequest) => request<Visit>({ method: 'POST', url: '/visits', data: body })
/** GET /visits — staff: their station's; enterprise / association: the visits about itself */
export const listVisits = (q: VisitQuery = {}) => request<Page<Visit>>({ method: 'GET', url: '/visits', params: q })
export const getVisit = (id: string) => request<Visit>({ method: 'GET', url: v(id) })
/** GET /visits/form — the station's topics and linked clients */
export const getVisitForm = () => request<VisitFormContext>({ method: 'GET', url: '/visits/form' })
/** GET /visits/follow-ups — not done, due within 7 days, overdue first */
export const listFollowUps = () => request<FollowUpList>({ method: 'GET', url: '/visits/follow-ups' })
/** GET /visits/figures — the station's figures (3 years; months of `year`) */
export const getStationFigures = (year?: number) =>
  request<StationFigures>({ method: 'GET', url: '/visits/figures', params: year ? { year } : {} })
