import Taro from '@tarojs/taro'
import type {
  Alert,
  AlertAdviceRequest,
  AlertKind,
  AlertQuery,
  AlertSettings,
  CalendarLink,
  HandleAlertRequest,
  Page,
  Portfolio,
  UpdateAlertSettingsRequest,
} from '@/domain/contract'
import { useSession } from '@/shared/session'
import { API_BASE, request, type Result } from './http'

export const listAlerts = (query: AlertQuery = {}) =>
  request<Page<Alert> & { kinds?: AlertKind[] }>({ method: 'GET', url: '/alerts', params: query })
export const getAlert = (id: string) => request<Alert>({ method: 'GET', url: `/alerts/${id}` })
export const handleAlert = (id: string, body: HandleAlertRequest = {}) =>
  request<Alert>({ method: 'POST', url: `/alerts/${id}/handle`, data: body })
export const adviseAlert = (id: string, body: AlertAdviceRequest) =>
  request<Alert>({ method: 'POST', url: `/alerts/${id}/advice`, data: body })
/** GET|PUT /alert-settings — which kinds of new alerts are announced */
export const getAlertSettings = () => request<AlertSettings>({ method: 'GET', url: '/alert-settings' })
export const updateAlertSettings = (body: UpdateAlertSettingsRequest) =>
  request<AlertSettings>({ method: 'PUT', url: '/alert-settings', data: body })
/** GET /orgs/{id}/calendar-link — the calendar as a subscription address (a phone calendar polls it) */
export const getCalendarLink = (orgId: string) => request<CalendarLink>({ method: 'GET', url: `/orgs/${orgId}/calendar-link` })
export const getPortfolio = (orgId: string) => request<Portfolio>({ method: 'GET', url: `/orgs/${orgId}/portfolio` })

/**
 * The organisation's legal last days as an .ics file (text/calendar, signed-in request). H5: the file's text, to
 * save as a download; weapp: a temporary file path, to share to a chat or open.
 */
export async function downloadCalendar(orgId: string): Promise<Result<{ text?: string; filePath?: string }>> {
  const url = `${API_BASE}/orgs/${orgId}/calendar.ics`
  const token = useSession.getState().session?.token
  const header: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {}
  const fail = (message: string): Result<never> => ({ ok: false, error: { code: 'NETWORK', message, status: 0 } })
  try {
    if (process.env.TARO_ENV === 'h5') {
      const res = await fetch(url, { headers: header })
      if (!res.ok) return fail(res.status === 403 ? '只能导出本单位或对接客户的日历' : '日历导出失败，请稍后重试')
      return { ok: true, status: res.status, data: { text: await res.text() } }
    }
    const res = await Taro.downloadFile({ url, header })
    if (res.statusCode !== 200) return fail('日历导出失败，请稍后重试')
    return { ok: true, status: 200, data: { filePath: res.tempFilePath } }
  } catch {
    return fail('网络不可用，请检查网络后重试')
  }
}
