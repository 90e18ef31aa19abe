// What the home page calls (weapp main package). Kept apart from the capability modules (programme, visits)
// on purpose: a module the main package imports ships in it with every function any subpackage uses from it.
import type { HomeSummary, Visit } from '@/domain/contract'
import type { CurrentCall, NotRecommended } from '@/domain/contract/programme'
import { request } from './http'

export const getHome = () => request<HomeSummary>({ method: 'GET', url: '/home' })

/** GET /programme/calls/current — the caller's province: open batch, else the next one */
export const getCurrentCall = () => request<CurrentCall>({ method: 'GET', url: '/programme/calls/current' })

/** GET /programme/years/{year}/not-recommended (national) */
export const getNotRecommended = (year: number) =>
  request<NotRecommended>({ method: 'GET', url: `/programme/years/${year}/not-recommended` })

/** POST /visits/{id}/follow-up-done (staff: the follow-up of a visit is done) */
export const markFollowUpDone = (id: string) =>
  request<Visit>({ method: 'POST', url: `/visits/${encodeURIComponent(id)}/follow-up-done`, data: {} })
