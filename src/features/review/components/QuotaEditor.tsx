import { useState } from 'react'
import { View, Text, Input } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { putProgrammeQuotas, type ProgrammeYearView } from '@/api'
import type { ApplicationTrack } from '@/domain/contract'
import { TRACK_LABELS } from '@/domain/status'
import { Banner, Card } from '@/shared'
import { Field } from '@/shared/components/Field'
import { TextBox } from '@/shared/components/TextBox'
import './review.scss'
import './programme.scss'

const TRACKS: ApplicationTrack[] = ['enterprise', 'regional', 'station']

/** A whole number 0–1000 as typed, else the Chinese error for the field (the server says the same). */
export function limitError(raw: string): string | undefined {
  const v = raw.trim()
  if (!v) return '请填写名额'
  if (!/^\d+$/.test(v)) return '名额应为不小于 0 的整数'
  if (Number(v) > 1000) return '名额不能超过 1000'
  return undefined
}

/**
 * National reviewer: one province's limits in the year's table (annex 4 until edited), versioned. The rules
 * are the server's: never below what the province has recommended on a track; once the year's first
 * recommendation exists a reason is required and kept with who and when. The 30 % / 70 % ratio rules are
 * applied to whatever limits the table holds, so they are shown, not edited.
 */
export function QuotaEditor({
  view,
  provinceCode,
  onSaved,
}: {
  view: ProgrammeYearView
  provinceCode: string
  onSaved: (v: ProgrammeYearView) => void
}) {
  const row = view.quotaRows.find((r) => r.provinceCode === provinceCode)
  const [values, setValues] = useState<Record<ApplicationTrack, string>>({
    enterprise: String(row?.enterprise ?? ''),
    regional: String(row?.regional ?? ''),
    station: String(row?.station ?? ''),
  })
  const [reason, setReason] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [message, setMessage] = useState<{ tone: 'danger' | 'info'; text: string }>()
  const [busy, setBusy] = useState(false)
  if (!row) return null
  const set = (t: ApplicationTrack) => (v: string) => {
    setValues((s) => ({ ...s, [t]: v }))
    setErrors((e) => ({ ...e, [t]: limitError(v) ?? '' }))
  }
  const warning = view.quotaWarnings.find((w) => w.provinceCode === provinceCode)
  const history = view.quotaHistory.filter((r) => r.version === 1 || r.changes.some((c) => c.startsWith(row.provinceName)))

  const save = async () => {
    if (busy) return
    const local: Record<string, string> = {}
    for (const t of TRACKS) {
      const e = limitError(values[t])
      if (e) local[t] = e
    }
    if (view.recommendationsStarted && !reason.trim()) local.reason = '本年度已开始推荐，修改须填写原因（将记录修改人和时间）'
    if (Object.keys(local).length) {
      setErrors(local)
      setMessage({ tone: 'danger', text: '请按提示修改后再保存' })
      return
    }
    const changed = TRACKS.filter((t) => Number(values[t]) !== row[t])
    if (changed.length === 0) {
      setMessage({ tone: 'info', text: '名额没有变化' })
      return
    }
    setBusy(true)
    setMessage(undefined)
    const res = await putProgrammeQuotas(view.year, {
      edits: changed.map((t) => ({ provinceCode, track: t, limit: Number(values[t]) })),
      ...(reason.trim() ? { reason: reason.trim() } : {}),
    })
    setBusy(false)
    if (res.ok) {
      setErrors({})
      setReason('')
      setMessage({ tone: 'info', text: `已保存（第 ${res.data.quotaHistory.length} 版）` })
      onSaved(res.data)
      return
    }
    // the server names edits by position ("edits.0.limit"): back onto the track's field
    const fe: Record<string, string> = {}
    for (const [k, v] of Object.entries(res.error.fieldErrors ?? {})) {
      const m = /^edits\.(\d+)\./.exec(k)
      fe[m ? changed[Number(m[1])] : k] = v
    }
    setErrors(fe)
    setMessage({ tone: 'danger', text: res.error.message })
  }

  return (
    <View>
      <Card title={`${row.provinceName} · ${view.year} 年度名额设置`} testId="quota-editor">
        <Text className="ui-muted" style={{ display: 'block', marginBottom: '12px' }}>
          {view.quotaBasis === 'annex4' ? '当前为方案附件 4 的名额。' : '已在附件 4 基础上调整。'}
          比例要求不随名额改变：非示范企业不超过企业名额的 30%，制造业和服务业区域品牌不少于 70%。
        </Text>
        {TRACKS.map((t) => (
          <Field key={t} label={`${TRACK_LABELS[t]}名额`} error={errors[t]}>
            <Input
              className="ui-input"
              data-testid={`quota-limit-${t}`}
              type="number"
              value={values[t]}
              onInput={(e) => set(t)(e.detail.value)}
            />
          </Field>
        ))}
        {warning && <Banner tone="warning">{warning.message}</Banner>}
        <Field
          label={`修改原因${view.recommendationsStarted ? '（本年度已开始推荐，须填写）' : '（选填）'}`}
          error={errors.reason}
          name="reason"
        >
          <TextBox
            testId="quota-reason"
            value={reason}
            maxLength={500}
            onChange={(v) => {
              setReason(v)
              setErrors((x) => ({ ...x, reason: '' }))
            }}
          />
        </Field>
        {message && <Banner tone={message.tone}>{message.text}</Banner>}
        <Button type="primary" block loading={busy} onClick={save} data-testid="quota-save">
          保存名额
        </Button>
      </Card>
      <Card title="名额修改记录" testId="quota-history">
        {[...history].reverse().map((r) => (
          <View key={r.version} className="rv-history">
            <Text className="ui-text">
              第 {r.version} 版 · {r.byName ?? r.by} · {r.at.slice(0, 10)}
            </Text>
            {r.changes.map((c) => (
              <Text key={c} className="ui-muted" style={{ display: 'block' }}>
                {c}
              </Text>
            ))}
            {r.reason && <Text className="ui-muted">原因：{r.reason}</Text>}
          </View>
        ))}
      </Card>
    </View>
  )
}
