import type { HomeSummary } from '@/domain/contract'
import { request } from './http'

export const getHome = () => request<HomeSummary>({ method: 'GET', url: '/home' })
