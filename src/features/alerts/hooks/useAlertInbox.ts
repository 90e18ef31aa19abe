// The risk-alert inbox: open / handled tabs, filters (severity, kind, mark), one alert expanded at a time
// (opening an unread one marks it read on the server), 标记为已处理 with a confirmation, "ask my station"
// (a booking prefilled with the alert) and, for station staff, an advisory note to the client.
import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { adviseAlert, getAlert, getHome, handleAlert, listAlerts } from '@/api'
import type { Alert, AlertKind, AlertLevel } from '@/domain/contract'
import { go, usePagedQuery } from '@/shared'
import { THEME_COLORS } from '@/shared/theme'

/** Rows per page: a phone screen shows about six, so one page covers a few screens of scrolling. */
export const ALERT_PAGE_SIZE = 50

export type AlertTab = 'open' | 'handled'
export type LevelFilter = AlertLevel | 'all'
export type KindFilter = AlertKind | 'all'

/** The booking's starting 问题描述 for an alert (the server accepts 5–500 characters). */
export function askDescription(alert: Alert): string {
  const parts = [
    `关于风险提醒：${alert.title}`,
    alert.deadline ? `截止日期：${alert.deadline}${alert.provisional ? '（暂定）' : ''}` : '',
    alert.trademark ? `涉及商标：「${alert.trademark.name}」注册号 ${alert.trademark.regNo}` : '',
    '希望指导站帮助评估风险并给出处理建议。',
  ]
  return parts.filter(Boolean).join('\n').slice(0, 500)
}

export function useAlertInbox(openId?: string, trademarkId?: string) {
  const [tab, setTab] = useState<AlertTab>('open')
  const [level, setLevel] = useState<LevelFilter>('all')
  const [kind, setKind] = useState<KindFilter>('all')
  const [mark, setMark] = useState<string | undefined>(trademarkId)
  /** the alert open in the detail sheet (a row of the list, or the one the page was opened with) */
  const [detail, setDetail] = useState<Alert>()
  const [handling, setHandling] = useState<string>()
  const query = usePagedQuery(
    (cursor?: string) =>
      listAlerts({
        status: tab,
        ...(level !== 'all' ? { level } : {}),
        ...(kind !== 'all' ? { kind } : {}),
        ...(mark ? { trademarkId: mark } : {}),
        ...(cursor ? { cursor, limit: ALERT_PAGE_SIZE } : { limit: ALERT_PAGE_SIZE }),
      }),
    [tab, level, kind, mark],
  )

  // Opened from the home or a notice with ?id=: that alert may be on any page, so it is fetched on its own
  // (reading it marks it read, as opening it does).
  useEffect(() => {
    if (!openId) return
    getAlert(openId).then((res) => {
      if (res?.ok) setDetail(res.data)
    })
  }, [openId])

  /** replace one alert in the loaded rows (and in the sheet) */
  const patch = (next: Alert) => {
    if (query.data) query.setData({ ...query.data, items: query.data.items.map((a) => (a.id === next.id ? next : a)) })
    setDetail((d) => (d?.id === next.id ? next : d))
  }

  const toggle = (alert: Alert) => {
    if (detail?.id === alert.id) return setDetail(undefined)
    setDetail(alert)
    // Opening an unread alert marks it read on the server; reflect it locally at once.
    if (!alert.read) {
      getAlert(alert.id)
      patch({ ...alert, read: true })
    }
  }

  const markHandled = async (alert: Alert) => {
    const { confirm } = await Taro.showModal({
      title: '标记为已处理',
      content: '确认已处理这条风险提醒？处理后它会移到“已处理”。',
      confirmText: '确定',
      confirmColor: THEME_COLORS.primary /* showModal takes a literal */,
    })
    if (!confirm) return
    setHandling(alert.id)
    const res = await handleAlert(alert.id)
    setHandling(undefined)
    if (!res.ok) return Taro.showToast({ title: res.error.message, icon: 'none' })
    Taro.showToast({ title: '已处理', icon: 'success' })
    setDetail(undefined)
    query.reload()
  }

  /** "Ask my station": the booking flow of the linked station, topic 风险预警应对 and the alert as the description. */
  const askStation = async (alert: Alert) => {
    const home = await getHome()
    if (!home.ok) return Taro.showToast({ title: home.error.message, icon: 'none' })
    const station = home.data.role === 'enterprise' || home.data.role === 'association' ? home.data.station : null
    if (!station) {
      Taro.showToast({ title: '请先对接一个指导站', icon: 'none' })
      return go('stationDirectory')
    }
    return go('book', { stationId: station.id, topic: 'risk', description: askDescription(alert) })
  }

  /** Staff: send the client an advisory note on this alert. Returns the field error, if any. */
  const sendAdvice = async (alert: Alert, note: string): Promise<string | undefined> => {
    setHandling(alert.id)
    const res = await adviseAlert(alert.id, { note })
    setHandling(undefined)
    if (!res.ok) {
      const field = res.error.fieldErrors?.note
      if (!field) Taro.showToast({ title: res.error.message, icon: 'none' })
      return field ?? res.error.message
    }
    Taro.showToast({ title: '已发送', icon: 'success' })
    patch(res.data)
    return undefined
  }

  return {
    query,
    tab,
    setTab,
    level,
    setLevel,
    kind,
    setKind,
    mark,
    clearMark: () => setMark(undefined),
    detail,
    close: () => setDetail(undefined),
    handling,
    toggle,
    markHandled,
    askStation,
    sendAdvice,
  }
}

export type AlertInbox = ReturnType<typeof useAlertInbox>
