import type { Alert, AlertQuery, HandleAlertRequest, Page } from '@/domain/contract'
import { request } from './http'

export const listAlerts = (query: AlertQuery = {}) => request<Page<Alert>>({ method: 'GET', url: '/alerts', params: query })
export const getAlert = (id: string) => request<Alert>({ method: 'GET', url: `/alerts/${id}` })
export const handleAlert = (id: string, body: HandleAlertRequest = {}) =>
  request<Alert>({ method: 'POST', url: `/alerts/${id}/handle`, data: body })
