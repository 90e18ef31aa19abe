// Add one dated piece of use evidence — for a member, or for the mark holder itself: the date the material
// shows use on, its kind, what it shows, and the files (photos of labelled goods, invoices…). The draft is
// kept locally per target; a refusal keeps everything typed and points at the field.
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Input, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { addHolderEvidence, addMemberEvidence } from '@/api'
import { validate } from '@/domain/contract/z'
import { EVIDENCE_FILES_MAX, EVIDENCE_KIND_LABELS, evidenceInputSchema, type EvidenceKind } from '@/domain/members/member'
import dayjs from 'dayjs'
import { Banner, useSession } from '@/shared'
import { useMemberDrafts, type EvidenceDraft } from '../store'
import { Chips, DateField, Field, eventValue } from './fields'
import { PhotoField } from './PhotoField'
import './members.scss'

const today = () => dayjs().format('YYYY-MM-DD')
const KINDS = (Object.keys(EVIDENCE_KIND_LABELS) as EvidenceKind[]).map((k) => ({ key: k, label: EVIDENCE_KIND_LABELS[k] }))
const emptyDraft = (): EvidenceDraft => ({ on: today(), description: '', fileIds: [] })

export type EvidenceTarget = { memberId: string } | { markId: string }

export function EvidenceForm({ target, onDone }: { target: EvidenceTarget; onDone: () => void }) {
  const userId = useSession((s) => s.session?.user.id) ?? 'anon'
  const key = `${userId}:${'memberId' in target ? target.memberId : `mark-${target.markId}`}`
  const draft = useMemberDrafts((s) => s.evidence[key]) ?? emptyDraft()
  const setEvidence = useMemberDrafts((s) => s.setEvidence)
  const clearEvidence = useMemberDrafts((s) => s.clearEvidence)
  const [tried, setTried] = useState(false)
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({})
  const [refusal, setRefusal] = useState<string>()
  const [busy, setBusy] = useState(false)
  const set = (patch: Partial<EvidenceDraft>) => {
    setEvidence(key, patch, emptyDraft)
    setServerErrors({})
  }
  const input = { on: draft.on, kind: draft.kind, description: draft.description, fileIds: draft.fileIds }
  const local = validate(evidenceInputSchema, input)
  if (!local.on && draft.on > today()) local.on = '证据日期不能晚于今天'
  const shown = { ...(tried ? local : {}), ...serverErrors }

  const submit = async () => {
    if (busy) return
    setTried(true)
    setRefusal(undefined)
    if (Object.keys(local).length) return
    setBusy(true)
    const body = { ...input, kind: draft.kind as EvidenceKind }
    const res = 'memberId' in target ? await addMemberEvidence(target.memberId, body) : await addHolderEvidence(target.markId, body)
    setBusy(false)
    if (res.ok) {
      clearEvidence(key)
      Taro.showToast({ title: '已添加使用证据', icon: 'success' })
      return onDone()
    }
    if (res.error.fieldErrors) setServerErrors(res.error.fieldErrors)
    setRefusal(res.error.message)
  }

  return (
    <View className="mb-form ui-fields" data-testid="evidence-form">
      <DateField label="证据日期" value={draft.on} error={shown.on} end={today()} testId="field-ev-on" onChange={(v) => set({ on: v })} />
      <Field label="证据类型" error={shown.kind} testId="field-ev-kind">
        <Chips testId="ev-kind" options={KINDS} value={draft.kind as EvidenceKind | undefined} onChange={(v) => set({ kind: v })} />
      </Field>
      <Field label="证据说明" error={shown.description} hint="写明商品、商标标注位置、发票号等" testId="field-ev-description">
        <Input
          className="ui-input"
          value={draft.description}
          maxlength={200}
          placeholder="例如：标注证明商标的漆画礼盒实物照片"
          onInput={(e) => set({ description: eventValue(e) })}
          data-testid="input-ev-description"
        />
      </Field>
      <Field label={`证据文件（最多 ${EVIDENCE_FILES_MAX} 个）`} error={shown.fileIds} testId="field-ev-files">
        <PhotoField value={draft.fileIds} max={EVIDENCE_FILES_MAX} onChange={(fileIds) => set({ fileIds })} />
      </Field>
      {refusal && (
        <View data-testid="evidence-refusal">
          <Banner tone="danger">{refusal}</Banner>
        </View>
      )}
      <View className="mb-submit">
        <Button type="primary" block loading={busy} disabled={busy} onClick={submit} data-testid="submit-evidence">
          保存使用证据
        </Button>
      </View>
    </View>
  )
}
