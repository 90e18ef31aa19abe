import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { createLink, listLinks } from '@/api'
import type { Link } from '@/domain/contract'
import { LINK_STATUS_LABELS } from '@/domain/contract/labels'
import { StatusTag, buildUrl, currentPageUrl, ROUTES, useSession } from '@/shared'
import './stations.scss'

export const LINK_TONE = { pending: 'warning', accepted: 'success', declined: 'danger' } as const

/** 申请对接: an enterprise / association asks this station to be "my station"; shows pending / accepted. */
export function LinkButton({ stationId, stationName }: { stationId: string; stationName: string }) {
  const user = useSession((s) => s.session?.user)
  const applicant = user && (user.role === 'enterprise' || user.role === 'association')
  const [links, setLinks] = useState<Link[]>()
  const [sending, setSending] = useState(false)
  const [error, setError] = useState<string>()

  useEffect(() => {
    if (!applicant) return
    listLinks().then((res) => setLinks(res.ok ? res.data : []))
  }, [applicant, stationId])

  if (!user) {
    return (
      <View className="st-link">
        <Text className="ui-muted">登录后可申请与本站建立对接联系</Text>
        <Button
          className="tap44"
          fill="outline"
          type="primary"
          onClick={() => Taro.navigateTo({ url: buildUrl(ROUTES.login, { redirect: currentPageUrl() }) })}
        >
          登录
        </Button>
      </View>
    )
  }
  if (!applicant) return null
  if (!links)
    return (
      <View className="st-link">
        <Text className="ui-muted">正在查询对接状态…</Text>
      </View>
    )

  const here = links.filter((l) => l.stationId === stationId).sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))[0]
  if (here && here.status !== 'declined') {
    return (
      <View className="st-link" data-testid="link-status">
        <Text className="ui-text">{here.status === 'accepted' ? '本单位已与本站建立对接' : '已申请对接，等待本站确认'}</Text>
        <StatusTag label={LINK_STATUS_LABELS[here.status]} tone={LINK_TONE[here.status]} />
      </View>
    )
  }
  // one active link per organisation (对接联系机制): elsewhere pending / accepted → no button here
  const elsewhere = links.find((l) => l.stationId !== stationId && (l.status === 'accepted' || l.status === 'pending'))
  if (elsewhere) {
    return (
      <View className="st-link st-link--col" data-testid="link-elsewhere">
        <Text className="ui-muted">
          {elsewhere.status === 'accepted'
            ? `本单位已与“${elsewhere.stationName || '其他指导站'}”建立对接，如需更换请联系该指导站。`
            : `已向“${elsewhere.stationName || '其他指导站'}”申请对接，请等待其确认。`}
        </Text>
      </View>
    )
  }

  const request = async () => {
    setSending(true)
    setError(undefined)
    const res = await createLink({ stationId })
    setSending(false)
    if (res.ok) {
      setLinks([res.data, ...links])
      Taro.showToast({ title: '已提交对接申请', icon: 'success' })
    } else setError(res.error.message)
  }

  return (
    <View className="st-link st-link--col" data-testid="link-request">
      <Text className="ui-muted">
        {here?.status === 'declined'
          ? `上次申请未通过${here.reason ? `（${here.reason}）` : ''}，可重新申请。`
          : `申请后由${stationName}工作人员确认，对接后双方可互相查看联系方式。`}
      </Text>
      <Button className="tap44" type="primary" fill="outline" block loading={sending} disabled={sending} onClick={request}>
        申请对接
      </Button>
      {error && <Text className="ui-field-error">{error}</Text>}
    </View>
  )
}
