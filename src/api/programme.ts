// The programme year (行动年度): the national timetable and quota table, the provinces' calls (申报批次).
import type {
  ExtendCallRequest,
  OpenCallRequest,
  ProgrammeCurrent,
  ProgrammeYearView,
  ProvinceCallView,
  PutQuotasRequest,
  PutTimetableRequest,
} from '@/domain/contract/programme'
import { request } from './http'

export type { ProgrammeCurrent, ProgrammeYearView, ProvinceCallView, PutTimetableRequest, OpenCallRequest, ExtendCallRequest }

/** GET /programme/current — the programme year screens default to (from the timetables, not the calendar) */
export const getProgrammeCurrent = () => request<ProgrammeCurrent>({ method: 'GET', url: '/programme/current' })

/** GET /programme/years/{year} (reviewers) — 404 when the national office has not set the year yet */
export const getProgrammeYear = (year: number) => request<ProgrammeYearView>({ method: 'GET', url: `/programme/years/${year}` })

/** PUT /programme/years/{year}/timetable (national) — the first one opens the year */
export const putProgrammeTimetable = (year: number, body: PutTimetableRequest) =>
  request<ProgrammeYearView>({ method: 'PUT', url: `/programme/years/${year}/timetable`, data: body })

/** PUT /programme/years/{year}/quotas (national) */
export const putProgrammeQuotas = (year: number, body: PutQuotasRequest) =>
  request<ProgrammeYearView>({ method: 'PUT', url: `/programme/years/${year}/quotas`, data: body })

/** GET /programme/calls (province: own, with drafts/submissions; national: all) */
export const listCalls = (q: { year?: number; provinceCode?: string } = {}) =>
  request<ProvinceCallView[]>({ method: 'GET', url: '/programme/calls', params: q })

/** POST /programme/calls (province, own province) */
export const openCall = (body: OpenCallRequest) => request<ProvinceCallView>({ method: 'POST', url: '/programme/calls', data: body })

/** POST /programme/calls/{id}/extend (province, own province; a closed batch cannot be extended) */
export const extendCall = (id: string, body: ExtendCallRequest) =>
  request<ProvinceCallView>({ method: 'POST', url: `/programme/calls/${encodeURIComponent(id)}/extend`, data: body })
