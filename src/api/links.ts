import type { CreateLinkRequest, DeclineLinkRequest, Link, LinkStatus } from '@/domain/contract'
import { request } from './http'

/** POST /links — enterprise / association asks a station to be "my station" */
export const createLink = (body: CreateLinkRequest) => request<Link>({ method: 'POST', url: '/links', data: body })
/** GET /links — the viewer's links (an org's own; staff: its station's), pending first: a plain array */
export const listLinks = (params: { status?: LinkStatus } = {}) => request<Link[]>({ method: 'GET', url: '/links', params })
export const acceptLink = (id: string) => request<Link>({ method: 'POST', url: `/links/${encodeURIComponent(id)}/accept`, data: {} })
export const declineLink = (id: string, body: DeclineLinkRequest = {}) =>
  request<Link>({ method: 'POST', url: `/links/${encodeURIComponent(id)}/decline`, data: body })
