// One member: who, what, licence, status; the changes allowed now (each asks for a date and a reason, and
// the destructive ones — suspension, withdrawal — say what follows before they are confirmed); the history
// and the dated use evidence.
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { changeMember } from '@/api'
import type { MemberDetail } from '@/domain/contract/member'
import {
  EVIDENCE_KIND_LABELS,
  MEMBER_ACTION_LABELS,
  MEMBER_STATUS_LABELS,
  memberConfirmation,
  type MemberAction,
} from '@/domain/members/member'
import dayjs from 'dayjs'
import { Banner, Card, StatusTag, go } from '@/shared'
import { Sheet } from '@/shared/components/Sheet'
import { TextBox } from '@/shared/components/TextBox'
import { STATUS_TONE } from './MemberRow'
import { DateField, Field } from './fields'
import './members.scss'

type Change = Exclude<MemberAction, 'add'>
const today = () => dayjs().format('YYYY-MM-DD')

function ChangeSheet({
  member,
  action,
  onClose,
  onDone,
}: {
  member: MemberDetail
  action: Change
  onClose: () => void
  onDone: (m: MemberDetail) => void
}) {
  const c = memberConfirmation(action, member, member.markName)
  const [on, setOn] = useState(today())
  const [reason, setReason] = useState('')
  const [licenceEnd, setLicenceEnd] = useState(dayjs(member.licence.end).add(3, 'year').format('YYYY-MM-DD'))
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [refusal, setRefusal] = useState<string>()
  const [busy, setBusy] = useState(false)
  const confirm = async () => {
    if (busy) return
    const errs: Record<string, string> = {}
    if (!reason.trim()) errs.reason = '请填写原因'
    if (on > today()) errs.on = '生效日期不能晚于今天'
    setErrors(errs)
    if (Object.keys(errs).length) return
    setBusy(true)
    setRefusal(undefined)
    const res = await changeMember(member.id, { action, on, reason: reason.trim(), ...(action === 'renew' ? { licenceEnd } : {}) })
    setBusy(false)
    if (res.ok) return onDone(res.data)
    if (res.error.fieldErrors) setErrors(res.error.fieldErrors)
    setRefusal(res.error.message)
  }
  return (
    <Sheet visible title={c.title} onClose={onClose} className="mb-sheet" testId="change-sheet">
      <View className={c.destructive ? 'mb-sheet__warn' : ''}>
        <Text className="mb-sheet__text" data-testid="change-consequence">
          {c.body}
        </Text>
      </View>
      <DateField label="生效日期" value={on} error={errors.on} end={today()} testId="change-on" onChange={setOn} />
      {action === 'renew' && (
        <DateField
          label="新的许可结束日期"
          value={licenceEnd}
          error={errors.licenceEnd}
          start={member.licence.end}
          testId="change-licence-end"
          onChange={setLicenceEnd}
        />
      )}
      <Field label={action === 'renew' ? '续期依据' : '原因'} error={errors.reason} testId="change-reason">
        <TextBox
          label={action === 'renew' ? '续期依据' : '原因'}
          value={reason}
          maxLength={500}
          placeholder={action === 'suspend' ? '例如：抽检不合格，责令整改' : action === 'withdraw' ? '例如：整改期满仍不合格' : '请填写'}
          onChange={(v) => {
            setReason(v)
            if (errors.reason) setErrors((x) => ({ ...x, reason: '' }))
          }}
          testId="change-reason-input"
        />
      </Field>
      {refusal && (
        <View data-testid="change-refusal">
          <Banner tone="danger">{refusal}</Banner>
        </View>
      )}
      <View className="mb-sheet__buttons">
        <Button fill="outline" type="default" onClick={onClose} disabled={busy}>
          取消
        </Button>
        <Button type={c.destructive ? 'danger' : 'primary'} loading={busy} disabled={busy} onClick={confirm} data-testid="change-confirm">
          {c.confirmLabel}
        </Button>
      </View>
    </Sheet>
  )
}

export function MemberDetailView({ member, onChanged }: { member: MemberDetail; onChanged: (m: MemberDetail) => void }) {
  const [action, setAction] = useState<Change | null>(null)
  return (
    <View className="mb-page" data-testid="member-detail">
      <Card>
        <View className="mb-row__head">
          <Text className="mb-detail__name">{member.name}</Text>
          <StatusTag label={MEMBER_STATUS_LABELS[member.status]} tone={STATUS_TONE[member.status]} />
        </View>
        <Text className="mb-row__meta">统一社会信用代码 {member.uscc}</Text>
        <Text className="mb-row__meta">
          {member.sme ? '中小企业' : '非中小企业'} · 商品：{member.products.join('、')}
        </Text>
        <Text className="mb-row__meta">
          许可期 {member.licence.start} 至 {member.licence.end} · 商标「{member.markName}」
        </Text>
        {member.actions.length > 0 ? (
          <View className="mb-actions">
            {member.actions.map((a) => (
              <Button
                key={a}
                type={a === 'withdraw' || a === 'suspend' ? 'danger' : 'primary'}
                fill={a === 'withdraw' ? 'outline' : 'solid'}
                onClick={() => setAction(a)}
                data-testid={`action-${a}`}
              >
                {MEMBER_ACTION_LABELS[a]}
              </Button>
            ))}
          </View>
        ) : (
          <Text className="mb-row__meta">许可已撤销，记录仅供查阅；如需再次授权，请重新添加会员。</Text>
        )}
      </Card>
      <Card
        title={`使用证据（${member.evidence.length}）`}
        extra={member.status === 'withdrawn' ? undefined : '添加'}
        onExtraClick={() => go('assocEvidence', { memberId: member.id })}
      >
        {member.evidence.length === 0 && <Text className="mb-row__meta">还没有使用证据。商品照片、发票等带日期的材料可用于撤三答辩。</Text>}
        {member.evidence.map((e) => (
          <View key={e.id} className="mb-ev" data-testid={`evidence-${e.id}`}>
            <Text className="mb-ev__date">{e.on}</Text>
            <View className="mb-ev__body">
              <Text className="mb-ev__kind">{EVIDENCE_KIND_LABELS[e.kind]}</Text>
              <Text className="mb-row__meta">{e.description}</Text>
              <Text className="mb-row__meta">附件 {e.fileIds.length} 个</Text>
            </View>
          </View>
        ))}
      </Card>
      <Card title="变更记录">
        <View className="mb-history" data-testid="member-history">
          {[...member.history].reverse().map((h, i) => (
            <View key={`${h.at}-${i}`} className="mb-history__item">
              <Text className="mb-ev__date">{h.on}</Text>
              <View className="mb-ev__body">
                <Text className="mb-ev__kind">
                  {MEMBER_ACTION_LABELS[h.action]}
                  {h.from ? `（${MEMBER_STATUS_LABELS[h.from]} → ${MEMBER_STATUS_LABELS[h.to]}）` : ''}
                </Text>
                <Text className="mb-row__meta">{h.reason}</Text>
                {h.licence && (
                  <Text className="mb-row__meta">
                    许可期 {h.licence.start} 至 {h.licence.end}
                  </Text>
                )}
              </View>
            </View>
          ))}
        </View>
      </Card>
      {action && (
        <ChangeSheet
          member={member}
          action={action}
          onClose={() => setAction(null)}
          onDone={(m) => {
            setAction(null)
            onChanged(m)
            Taro.showToast({ title: `已${MEMBER_ACTION_LABELS[action]}`, icon: 'success' })
          }}
        />
      )}
    </View>
  )
}
