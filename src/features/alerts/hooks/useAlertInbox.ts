// The risk-alert inbox: open / handled tabs, one alert expanded at a time (opening an unread one marks it
// read on the server), and 标记为已处理 with a confirmation.
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { getAlert, handleAlert, listAlerts } from '@/api'
import type { Alert } from '@/domain/contract'
import { useQuery } from '@/shared'

export type AlertTab = 'open' | 'handled'

export function useAlertInbox(openId?: string) {
  const [tab, setTab] = useState<AlertTab>('open')
  const [expanded, setExpanded] = useState<string | undefined>(openId)
  const [handling, setHandling] = useState<string>()
  const query = useQuery(() => listAlerts({ status: tab }), [tab])

  const toggle = (alert: Alert) => {
    const next = expanded === alert.id ? undefined : alert.id
    setExpanded(next)
    // Opening an unread alert marks it read on the server; reflect it locally at once.
    if (next && !alert.read && query.data) {
      getAlert(alert.id)
      query.setData({ ...query.data, items: query.data.items.map((a) => (a.id === alert.id ? { ...a, read: true } : a)) })
    }
  }

  const markHandled = async (alert: Alert) => {
    const { confirm } = await Taro.showModal({
      title: '标记为已处理',
      content: '确认已处理这条风险提醒？处理后它会移到“已处理”。',
      confirmText: '确定',
      confirmColor: '#1a5fb4' /* the theme's --app-primary (showModal takes a literal) */,
    })
    if (!confirm) return
    setHandling(alert.id)
    const res = await handleAlert(alert.id)
    setHandling(undefined)
    if (!res.ok) return Taro.showToast({ title: res.error.message, icon: 'none' })
    Taro.showToast({ title: '已处理', icon: 'success' })
    query.reload()
  }

  return { query, tab, setTab, expanded, handling, toggle, markHandled }
}

export type AlertInbox = ReturnType<typeof useAlertInbox>
