import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button, Dialog } from '@nutui/nutui-react-taro'
import { acceptLink, declineLink } from '@/api'
import type { Link } from '@/domain/contract'
import { LINK_STATUS_LABELS } from '@/domain/contract/labels'
import { Card, EmptyState, FieldError, StatusTag, formatDate } from '@/shared'
import { TextBox } from '@/shared/components/TextBox'
import { LINK_TONE } from './LinkButton'
import './stations.scss'

/** Staff: link requests of the station (pending first) with accept / decline. */
export function LinkRequests({ links, onChange }: { links: Link[]; onChange: (l: Link) => void }) {
  const [busy, setBusy] = useState<string>()
  const [declining, setDeclining] = useState<Link>()
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string>()

  const pending = links.filter((l) => l.status === 'pending')
  const decided = links.filter((l) => l.status !== 'pending')

  const accept = async (l: Link) => {
    setBusy(l.id)
    const res = await acceptLink(l.id)
    setBusy(undefined)
    if (res.ok) {
      onChange(res.data)
      Taro.showToast({ title: '已接受对接', icon: 'success' })
    } else Taro.showToast({ title: res.error.message, icon: 'none' })
  }
  const decline = async () => {
    if (!declining) return
    setBusy(declining.id)
    const res = await declineLink(declining.id, reason.trim() ? { reason: reason.trim() } : {})
    setBusy(undefined)
    if (res.ok) {
      onChange(res.data)
      setDeclining(undefined)
      setReason('')
    } else setError(res.error.fieldErrors?.reason || res.error.message)
  }

  const row = (l: Link) => (
    <View key={l.id} className="st-linkrow" data-testid="link-row">
      <View className="st-linkrow__main">
        <Text className="st-linkrow__name">{l.orgName || l.orgId}</Text>
        <Text className="ui-muted">
          {l.orgKind === 'association' ? '区域品牌主体' : '企业'} · 申请于 {formatDate(l.createdAt)}
        </Text>
      </View>
      {l.status === 'pending' ? (
        <View className="st-linkrow__actions">
          <Button
            className="tap44"
            fill="outline"
            disabled={!!busy}
            onClick={() => {
              setError(undefined)
              setDeclining(l)
            }}
          >
            婉拒
          </Button>
          <Button className="tap44" type="primary" loading={busy === l.id} disabled={!!busy} onClick={() => accept(l)}>
            接受
          </Button>
        </View>
      ) : (
        <StatusTag label={LINK_STATUS_LABELS[l.status]} tone={LINK_TONE[l.status]} />
      )}
    </View>
  )

  return (
    <View>
      <Card title={`待处理（${pending.length}）`}>
        {pending.length === 0 ? (
          <EmptyState title="暂无待处理的对接申请" description="企业或区域品牌主体申请与本站对接后会显示在这里" />
        ) : (
          pending.map(row)
        )}
      </Card>
      {decided.length > 0 && <Card title="已处理">{decided.map(row)}</Card>}
      <Dialog
        visible={!!declining}
        title="婉拒对接申请"
        confirmText="确认婉拒"
        cancelText="再想想"
        onConfirm={decline}
        onCancel={() => setDeclining(undefined)}
        onClose={() => setDeclining(undefined)}
      >
        <View className="st-dialog">
          <Text className="ui-text">婉拒后，{declining?.orgName || '对方'}将收到通知，可另行申请其他指导站。</Text>
          <TextBox
            size="small"
            className="st-dialog__reason"
            label="婉拒原因"
            value={reason}
            maxLength={200}
            placeholder="婉拒原因（选填），如：不在本站服务区域"
            onChange={setReason}
          />
          <FieldError message={error} />
        </View>
      </Dialog>
    </View>
  )
}
