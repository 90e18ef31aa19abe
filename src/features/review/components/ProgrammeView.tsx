import { useState } from 'react'
import { View, Text, Input } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { extendCall, openCall, putProgrammeTimetable, type ProgrammeYearView, type ProvinceCallView, type PutTimetableRequest } from '@/api'
import { formatLocalDateTime } from '@/domain/outcome'
import { Banner, Card, StatusTag } from '@/shared'
import { Field } from '@/shared/components/Field'
import { TextBox } from '@/shared/components/TextBox'
import { DateTimeField } from './DateTimeField'
import './review.scss'
import './programme.scss'

type Errors = Record<string, string>
const TONE: Record<ProvinceCallView['phase'], 'success' | 'default' | 'warning'> = {
  open: 'success',
  scheduled: 'warning',
  closed: 'default',
}

const TIMETABLE_FIELDS: { key: Exclude<keyof PutTimetableRequest, 'reason' | 'noticeDays'>; label: string }[] = [
  { key: 'applicationOpensAt', label: '申报开始时间' },
  { key: 'applicationClosesAt', label: '申报截止时间' },
  { key: 'recommendationDeadline', label: '省级推荐截止时间' },
  { key: 'yearlyReportDeadline', label: '年度报送截止时间' },
]

/** National reviewer: the year's timetable (a form) and its change record. */
export function TimetableEditor({
  year,
  view,
  onSaved,
}: {
  year: number
  view: ProgrammeYearView | null
  onSaved: (v: ProgrammeYearView) => void
}) {
  const t = view?.timetable
  const [values, setValues] = useState<Record<string, string>>({
    applicationOpensAt: t?.applicationOpensAt ?? `${year}-01-01T09:00`,
    applicationClosesAt: t?.applicationClosesAt ?? '',
    recommendationDeadline: t?.recommendationDeadline ?? '',
    yearlyReportDeadline: t?.yearlyReportDeadline ?? `${year + 1}-03-31T17:00`,
    noticeDays: String(t?.noticeDays ?? 5),
    reason: '',
  })
  const [errors, setErrors] = useState<Errors>({})
  const [message, setMessage] = useState<{ tone: 'danger' | 'info'; text: string }>()
  const [busy, setBusy] = useState(false)
  const set = (k: string) => (v: string) => {
    setValues((s) => ({ ...s, [k]: v }))
    setErrors((e) => ({ ...e, [k]: '' }))
  }
  const save = async () => {
    if (busy) return
    setBusy(true)
    setMessage(undefined)
    const res = await putProgrammeTimetable(year, {
      applicationOpensAt: values.applicationOpensAt.trim(),
      applicationClosesAt: values.applicationClosesAt.trim(),
      recommendationDeadline: values.recommendationDeadline.trim(),
      yearlyReportDeadline: values.yearlyReportDeadline.trim(),
      noticeDays: Number(values.noticeDays),
      ...(values.reason.trim() ? { reason: values.reason.trim() } : {}),
    })
    setBusy(false)
    if (res.ok) {
      setErrors({})
      setValues((s) => ({ ...s, reason: '' }))
      setMessage({ tone: 'info', text: `已保存（第 ${res.data.timetableHistory.length} 版）` })
      onSaved(res.data)
      return
    }
    setErrors(res.error.fieldErrors ?? {})
    setMessage({ tone: 'danger', text: res.error.message })
  }
  return (
    <View>
      <Card title={`${year} 年度时间安排`} testId="timetable">
        {!view && <Banner tone="warning">{year} 年度尚未设置。保存后即开通该年度，推荐名额默认采用方案附件 4。</Banner>}
        <Text className="ui-muted" style={{ display: 'block', marginBottom: '12px' }}>
          时间均为北京时间，可直接填写或点“选择”；可选 {year - 1} 年初至 {year + 1} 年底。
        </Text>
        {TIMETABLE_FIELDS.map((f) => (
          <DateTimeField
            key={f.key}
            label={f.label}
            testId={`tt-${f.key}`}
            value={values[f.key]}
            onInput={set(f.key)}
            error={errors[f.key]}
            // a year's window opens in it or the year before; the yearly report is due by the end of the next year
            min={`${year - 1}-01-01T00:00`}
            max={`${year + 1}-12-31T23:59`}
            rangeHint={false}
            fallback={f.key === 'yearlyReportDeadline' ? `${year + 1}-03-31T17:00` : `${year}-01-01T09:00`}
          />
        ))}
        <Field label="公示期（天）" error={errors.noticeDays} name="noticeDays">
          <Input
            className="ui-input"
            data-testid="tt-noticeDays"
            type="number"
            placeholder="5–30"
            value={values.noticeDays}
            onInput={(e) => set('noticeDays')(e.detail.value)}
          />
        </Field>
        {view?.recommendationsStarted && (
          <Field label="修改原因（本年度已开始推荐，须填写）" error={errors.reason} name="reason">
            <TextBox testId="tt-reason" value={values.reason} maxLength={500} onChange={(v) => set('reason')(v)} />
          </Field>
        )}
        {message && <Banner tone={message.tone}>{message.text}</Banner>}
        <Button type="primary" block loading={busy} onClick={save} data-testid="tt-save">
          保存时间安排
        </Button>
      </Card>
      {view && (
        <Card title="修改记录" testId="timetable-history">
          {[...view.timetableHistory].reverse().map((r) => (
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
      )}
    </View>
  )
}

/** The national application window the province's batches must lie in (from the year's timetable). */
export interface CallWindow {
  opensAt: string
  closesAt: string
}

function CallItem({ call, window, onChanged }: { call: ProvinceCallView; window?: CallWindow; onChanged: (c: ProvinceCallView) => void }) {
  const [open, setOpen] = useState(false)
  const [closesAt, setClosesAt] = useState(call.closesAt)
  const [reason, setReason] = useState('')
  const [errors, setErrors] = useState<Errors>({})
  const [message, setMessage] = useState<string>()
  const [busy, setBusy] = useState(false)
  const submit = async () => {
    if (busy) return
    setBusy(true)
    const res = await extendCall(call.id, { closesAt: closesAt.trim(), reason })
    setBusy(false)
    if (res.ok) {
      setOpen(false)
      setErrors({})
      setMessage(undefined)
      onChanged(res.data)
      return
    }
    setErrors(res.error.fieldErrors ?? {})
    setMessage(res.error.message)
  }
  return (
    <View className="rv-history" data-testid={`call-${call.batch}`}>
      <View style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
        <Text className="ui-text">
          第 {call.batch} 批 · {formatLocalDateTime(call.opensAt)} 至 {formatLocalDateTime(call.closesAt)}
        </Text>
        <StatusTag label={call.phase === 'open' ? call.label : call.phaseLabel} tone={TONE[call.phase]} />
      </View>
      {call.tally && (
        <Text className="ui-muted" style={{ display: 'block' }}>
          草稿 {call.tally.drafts} 份 · 已提交 {call.tally.submitted} 份
        </Text>
      )}
      {call.extensions.map((x) => (
        <Text key={x.at} className="ui-muted" style={{ display: 'block' }}>
          延期：{formatLocalDateTime(x.from)} → {formatLocalDateTime(x.to)}（{x.byName ?? x.by}，{x.reason}）
        </Text>
      ))}
      {call.phase !== 'closed' &&
        (open ? (
          <View>
            <DateTimeField
              label="新的截止时间"
              testId={`extend-closesAt-${call.batch}`}
              value={closesAt}
              onInput={(v) => {
                setClosesAt(v)
                setErrors((e) => ({ ...e, closesAt: '' }))
              }}
              error={errors.closesAt}
              min={call.closesAt}
              {...(window ? { max: window.closesAt } : {})}
              fallback={call.closesAt}
            />
            <Field label="延期原因" error={errors.reason} name="reason">
              <TextBox testId={`extend-reason-${call.batch}`} value={reason} maxLength={500} onChange={(v) => setReason(v)} />
            </Field>
            {message && <Banner tone="danger">{message}</Banner>}
            <Button type="primary" size="small" loading={busy} onClick={submit} data-testid={`extend-save-${call.batch}`}>
              确认延期
            </Button>
          </View>
        ) : (
          <Button size="small" fill="outline" onClick={() => setOpen(true)} data-testid={`extend-${call.batch}`}>
            延长截止时间
          </Button>
        ))}
    </View>
  )
}

/** Province reviewer: the province's batches (drafts / submissions, extensions) and opening the next one. */
export function CallsEditor({ calls, window, onChanged }: { calls: ProvinceCallView[]; window?: CallWindow; onChanged: () => void }) {
  const [values, setValues] = useState({ opensAt: '', closesAt: '', notice: '' })
  const [errors, setErrors] = useState<Errors>({})
  const [message, setMessage] = useState<{ tone: 'danger' | 'info'; text: string }>()
  const [busy, setBusy] = useState(false)
  const set = (k: keyof typeof values) => (v: string) => {
    setValues((s) => ({ ...s, [k]: v }))
    setErrors((e) => ({ ...e, [k]: '' }))
  }
  const submit = async () => {
    if (busy) return
    setBusy(true)
    const res = await openCall({ opensAt: values.opensAt.trim(), closesAt: values.closesAt.trim(), notice: values.notice })
    setBusy(false)
    if (res.ok) {
      setErrors({})
      setValues({ opensAt: '', closesAt: '', notice: '' })
      setMessage({ tone: 'info', text: `已开通第 ${res.data.batch} 批（${res.data.phaseLabel}）` })
      onChanged()
      return
    }
    setErrors(res.error.fieldErrors ?? {})
    setMessage({ tone: 'danger', text: res.error.message })
  }
  return (
    <View>
      <Card title="本省申报批次" testId="calls">
        {calls.length === 0 ? (
          <Text className="ui-muted">本年度还没有开通申报批次。</Text>
        ) : (
          calls.map((c) => <CallItem key={c.id} call={c} {...(window ? { window } : {})} onChanged={onChanged} />)
        )}
      </Card>
      <Card title="开通下一批" testId="open-call">
        {window && (
          <Text className="ui-muted" style={{ display: 'block', marginBottom: '12px' }}>
            开始和截止时间须在全国申报时间内：{formatLocalDateTime(window.opensAt)} 至 {formatLocalDateTime(window.closesAt)}（北京时间）
          </Text>
        )}
        <DateTimeField
          label="开始时间"
          testId="call-opensAt"
          value={values.opensAt}
          onInput={set('opensAt')}
          error={errors.opensAt}
          {...(window ? { min: window.opensAt, max: window.closesAt } : {})}
          fallback={calls[0]?.closesAt ?? window?.opensAt ?? '2026-01-01T09:00'}
          rangeHint={false}
        />
        <DateTimeField
          label="截止时间"
          testId="call-closesAt"
          value={values.closesAt}
          onInput={set('closesAt')}
          error={errors.closesAt}
          {...(window ? { min: window.opensAt, max: window.closesAt } : {})}
          fallback={window?.closesAt ?? '2026-12-31T17:00'}
          rangeHint={false}
        />
        <Field label="申报通知" error={errors.notice} name="notice">
          <TextBox testId="call-notice" value={values.notice} maxLength={2000} onChange={(v) => set('notice')(v)} />
        </Field>
        {message && <Banner tone={message.tone}>{message.text}</Banner>}
        <Button type="primary" block loading={busy} onClick={submit} data-testid="call-open">
          开通申报批次
        </Button>
      </Card>
    </View>
  )
}
