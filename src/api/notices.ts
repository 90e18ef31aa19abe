import type { Notice, NoticeList } from '@/domain/contract'
import { request } from './http'

/** GET /notices — the signed-in user's in-app notices */
export const listNotices = () => request<NoticeList>({ method: 'GET', url: '/notices' })
/** POST /notices/{id}/read */
export const markNoticeRead = (id: string) => request<Notice>({ method: 'POST', url: `/notices/${encodeURIComponent(id)}/read`, data: {} })
/** POST /notices/read-all */
export const markAllNoticesRead = () => request<{ updated: number }>({ method: 'POST', url: '/notices/read-all', data: {} })
