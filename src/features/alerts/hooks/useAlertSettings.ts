// Which kinds of new alerts the user is told about. Turning a kind on, on weapp, first shows WeChat's
// subscribe-message consent for the alert template (one acceptance = one message; the in-app notice comes
// either way); H5 has no subscribe messages, only the in-app notices.
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { getAlertSettings, updateAlertSettings } from '@/api'
import { ALERT_SUBSCRIBE_TEMPLATE, type AlertKind, type AlertSettings } from '@/domain/contract'
import { askSubscribe, useQuery } from '@/shared'

export function useAlertSettings() {
  const query = useQuery(getAlertSettings, [])
  const [saving, setSaving] = useState<AlertKind>()

  const toggle = async (kind: AlertKind, on: boolean) => {
    const cur = query.data
    if (!cur) return
    const kinds = cur.kinds.filter((k) => (k.kind === kind ? on : k.enabled)).map((k) => k.kind)
    setSaving(kind)
    // weapp: the consent dialog must follow the tap directly; H5 resolves to [] without asking
    const accepted = on && process.env.TARO_ENV === 'weapp' ? (await askSubscribe([ALERT_SUBSCRIBE_TEMPLATE])).length > 0 : undefined
    const res = await updateAlertSettings({ kinds, ...(accepted !== undefined ? { accepted } : {}) })
    setSaving(undefined)
    if (!res.ok) return Taro.showToast({ title: res.error.message, icon: 'none' })
    query.setData(res.data)
    Taro.showToast({ title: on ? '已开启' : '已关闭', icon: 'none' })
  }

  return { query, saving, toggle }
}

export type AlertSettingsState = ReturnType<typeof useAlertSettings>
export type { AlertSettings }
