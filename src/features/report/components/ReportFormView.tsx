// The yearly brand report form (annex 6 for enterprises, annex 7 for regional brands): the four dimensions
// as tabs, each item with its unit and a one-line hint. Everything typed goes into the persisted draft store
// at once (survives app kill / offline); 保存草稿 and 报送 write to the server, which checks the same schema.
// A figure more than 10× last year's shows a warning to confirm; it never blocks.
import { useEffect, useMemo, useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Input } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { saveMyReport, type ReportView } from '@/api'
import {
  DIMENSIONS,
  DIMENSION_LABELS,
  REPORT_ACTION_LABELS,
  REPORT_FIELDS,
  compareWithLastYear,
  fieldPath,
  validateReport,
  type Dimension,
  type ReportAction,
  type ReportFieldDef,
} from '@/domain/report'
import { ActionBar, Banner, Card, FieldError, StatusTag, formatDateTime } from '@/shared'
import { Chips, Segmented, type ChoiceOption } from '@/shared/components/Choice'
import { Field } from '@/shared/components/Field'
import { isReportDirty, reportDraftKey, useReportStore } from '../store'
import { filledCount, toFigures, toInput } from '../figures'
import './report.scss'

const eventValue = (e: any): string => String(e?.detail?.value ?? e?.target?.value ?? '')
const deadlineText = (d: string) => d.replace('T', ' ')

interface Props {
  report: ReportView
  userId: string
  /** the server's answer after a save / submit */
  onSaved: (view: ReportView) => void
}

function NumberField({
  def,
  value,
  error,
  warning,
  disabled,
  prefilled,
  onChange,
  onConfirm,
}: {
  def: ReportFieldDef
  value: string | undefined
  prefilled?: boolean
  error?: string
  warning?: { message: string; confirmed: boolean }
  disabled: boolean
  onChange: (v: string) => void
  onConfirm: () => void
}) {
  return (
    <Field
      label={def.label}
      required={def.required}
      name={fieldPath(def)}
      error={error}
      hint={<FieldHint hint={def.hint} prefilled={prefilled} />}
    >
      <View className="ui-input">
        <Input
          className="ui-input__control"
          type={(def.min ?? 0) < 0 ? 'text' : def.integer ? 'number' : 'digit'}
          value={value ?? ''}
          placeholder={def.required ? '请填写' : '选填'}
          disabled={disabled}
          aria-label={`${def.label}（${def.unit ?? ''}）`}
          onInput={(e) => onChange(eventValue(e))}
        />
        {def.unit && <Text className="ui-input__unit">{def.unit}</Text>}
      </View>
      {warning && !error && (
        <View className={`rf-jump ${warning.confirmed ? 'rf-jump--ok' : ''}`} data-testid="report-jump">
          <Text>{warning.confirmed ? `已确认：${warning.message.replace('，请确认数据和单位无误', '')}` : warning.message}</Text>
          {!warning.confirmed && !disabled && (
            <Text className="rf-jump__action" onClick={onConfirm}>
              确认无误
            </Text>
          )}
        </View>
      )}
    </Field>
  )
}

function ChoiceField({
  def,
  value,
  error,
  disabled,
  prefilled,
  onChange,
}: {
  def: ReportFieldDef
  value: string | boolean | undefined
  prefilled?: boolean
  error?: string
  disabled: boolean
  onChange: (v: string | boolean) => void
}) {
  const options: ChoiceOption<string | boolean>[] =
    def.kind === 'flag'
      ? [
          { value: true, label: '是' },
          { value: false, label: '否' },
        ]
      : Object.entries(def.options ?? {}).map(([v, label]) => ({ value: v, label }))
  return (
    <Field
      label={def.label}
      required={def.required}
      name={fieldPath(def)}
      error={error}
      hint={<FieldHint hint={def.hint} prefilled={prefilled} />}
    >
      <Chips
        kind="radio"
        stack={options.length > 2}
        label={def.label}
        options={options}
        value={value}
        disabled={disabled}
        onChange={onChange}
      />
    </Field>
  )
}

/** the item's hint, after a small tag when the value still is the one the application put there */
function FieldHint({ hint, prefilled }: { hint: string; prefilled?: boolean }) {
  return (
    <>
      {prefilled && <Text className="rf-field__from">申报材料</Text>}
      {hint}
    </>
  )
}

export function ReportFormView({ report, userId, onSaved }: Props) {
  const key = reportDraftKey(userId, report.year)
  const track = report.track
  const draft = useReportStore((s) => s.drafts[key])
  const { reset, setValue, setValues, prefill, confirm, markSynced } = useReportStore.getState()
  const [tab, setTab] = useState<Dimension>('economic')
  const [showRequired, setShowRequired] = useState(false)
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({})
  const [busy, setBusy] = useState<ReportAction | null>(null)
  // the inputs mount once the draft holds its starting values: on H5, Taro's <Input> throws
  // ("reading 'value'") when its value changes before the web component has rendered its <input>
  const [ready, setReady] = useState(false)

  // start from the server's copy unless this phone holds changes the server has not seen
  useEffect(() => {
    const cur = useReportStore.getState().drafts[key]
    if (!cur || (!isReportDirty(cur) && cur.baseUpdatedAt !== report.updatedAt))
      reset(key, toInput(track, report.figures as never), report.updatedAt)
    // a report not started, with no last year to copy: start from the application's figures, into empty fields only
    const from = report.fromApplication
    if (from && !report.id && !report.previous) prefill(key, from, toInput(track, from.figures as never))
    setReady(true)
  }, [key, report.updatedAt, report.figures, report.id, report.previous, report.fromApplication, track, reset, prefill])

  const values = useMemo(() => draft?.values ?? {}, [draft])
  const figures = useMemo(() => toFigures(track, values), [track, values])
  const errors = useMemo(() => {
    const e = validateReport(track, figures, showRequired ? 'submit' : 'draft')
    return { ...serverErrors, ...e }
  }, [track, figures, showRequired, serverErrors])
  const jumps = useMemo(() => compareWithLastYear(track, figures, report.previous?.figures as never), [track, figures, report.previous])
  const confirmed = draft?.confirmedJumps ?? []
  const editable = report.open && report.actions.length > 0
  const primary: ReportAction | undefined = report.actions.find((a) => a === 'submit' || a === 'revise')
  const dirty = isReportDirty(draft)
  const prefilled = draft?.prefill && (report.status === null || report.status === 'draft') ? draft.prefill : undefined
  /** a field still holding the value the application put there */
  const fromApp = (path: string) =>
    prefilled !== undefined && prefilled.values[path] !== undefined && prefilled.values[path] === values[path]

  const fields = REPORT_FIELDS[track]
  const errorsIn = (d: Dimension) => fields.filter((f) => f.dimension === d && errors[fieldPath(f)]).length + (errors[d] ? 1 : 0)

  const change = (path: string, v: string | boolean | undefined) => {
    if (serverErrors[path]) setServerErrors(({ [path]: _gone, ...rest }) => rest)
    setValue(key, path, v)
  }

  async function send(action: ReportAction) {
    if (action !== 'save') {
      setShowRequired(true)
      const errs = validateReport(track, figures, 'submit')
      const paths = Object.keys(errs)
      if (paths.length > 0) {
        const first = fields.find((f) => errs[fieldPath(f)] || errs[f.dimension])
        if (first) setTab(first.dimension)
        return Taro.showToast({ title: `还有 ${paths.length} 项需要填写或修改`, icon: 'none' })
      }
      const open = jumps.filter((j) => !confirmed.includes(j.path))
      if (open.length > 0) {
        const r = await Taro.showModal({
          title: '以下数据与上年相差 10 倍以上',
          content: open.map((j) => j.message).join('\n'),
          confirmText: '确认无误',
          cancelText: '返回修改',
        })
        if (!r.confirm) {
          setTab(fields.find((f) => fieldPath(f) === open[0].path)?.dimension ?? tab)
          return
        }
        confirm(
          key,
          open.map((j) => j.path),
        )
      }
    }
    setBusy(action)
    const sentAt = Date.now()
    const res = await saveMyReport(report.year, {
      action,
      figures: figures as never,
      confirmedJumps: useReportStore.getState().drafts[key]?.confirmedJumps ?? [],
    })
    setBusy(null)
    if (!res.ok) {
      if (res.error.fieldErrors) setServerErrors(res.error.fieldErrors)
      const offline = res.error.code === 'NETWORK' || res.error.code === 'TIMEOUT'
      return Taro.showToast({ title: offline ? '网络不可用：已保存在本机，联网后再提交' : res.error.message, icon: 'none' })
    }
    setServerErrors({})
    markSynced(key, sentAt, res.data.updatedAt)
    Taro.showToast({ title: action === 'save' ? '草稿已保存' : action === 'submit' ? '已报送' : '已重新报送', icon: 'success' })
    onSaved(res.data)
  }

  const tone = report.status === 'submitted' || report.status === 'revised' ? 'success' : report.status === 'draft' ? 'warning' : 'default'
  return (
    <View className="rf" data-testid="report-form">
      <Card title={`${report.year} 年度报送 · ${track === 'enterprise' ? '企业（附件6）' : '区域品牌（附件7）'}`}>
        <View className="rf-head">
          <Text className="ui-text">{report.orgName}</Text>
          <StatusTag label={report.statusLabel} tone={tone as never} />
        </View>
        {report.deadline && <Text className="ui-muted">截止时间：{deadlineText(report.deadline)}（北京时间），截止前可修改后重新报送</Text>}
        {report.submittedAt && (
          <Text className="ui-muted rf-block">
            报送于 {formatDateTime(report.submittedAt)}
            {report.revision > 0 ? `，已修改 ${report.revision} 次` : ''}
          </Text>
        )}
        {!report.open && report.closedMessage && <Banner tone="warning">{report.closedMessage}</Banner>}
        {prefilled && editable && Object.keys(prefilled.values).length > 0 && (
          <View data-testid="report-prefilled">
            <Banner tone="info">
              已根据申报材料预填，请核对（{Object.keys(prefilled.values).length} 项，来自 {prefilled.year} 年度申报；标有“申报材料”的项）
            </Banner>
          </View>
        )}
        {dirty && editable && <Banner tone="info">本机有尚未保存到服务器的修改（已自动保存在本机）</Banner>}
        {editable && report.previous && Object.keys(values).length === 0 && (
          <View className="rf-prefill">
            <Button fill="outline" type="primary" onClick={() => setValues(key, toInput(track, report.previous!.figures as never))}>
              按 {report.previous.year} 年度数据填入
            </Button>
          </View>
        )}
      </Card>

      <Segmented
        className="rf-tabs"
        label="评价维度"
        value={tab}
        onChange={setTab}
        options={DIMENSIONS.map((d) => {
          const n = filledCount(track, values, d)
          const bad = errorsIn(d)
          return { value: d, label: DIMENSION_LABELS[d], sub: bad ? `${bad} 项待改` : `${n.filled}/${n.total}`, subAlert: bad > 0 }
        })}
      />

      <Card>
        {errors[tab] && <FieldError message={errors[tab]} />}
        <View className="ui-fields">
          {ready &&
            fields
              .filter((f) => f.dimension === tab)
              .map((f) => {
                const path = fieldPath(f)
                const jump = jumps.find((j) => j.path === path)
                return f.kind === 'number' ? (
                  <NumberField
                    key={path}
                    def={f}
                    value={values[path] as string | undefined}
                    error={errors[path]}
                    warning={jump ? { message: jump.message, confirmed: confirmed.includes(path) } : undefined}
                    disabled={!editable}
                    prefilled={fromApp(path)}
                    onChange={(v) => change(path, v)}
                    onConfirm={() => confirm(key, [path])}
                  />
                ) : (
                  <ChoiceField
                    key={path}
                    def={f}
                    value={values[path]}
                    error={errors[path]}
                    disabled={!editable}
                    prefilled={fromApp(path)}
                    onChange={(v) => change(path, v)}
                  />
                )
              })}
        </View>
      </Card>

      {editable && (
        <ActionBar testId="report-actions">
          {report.actions.includes('save') && (
            <View className="ui-action-bar__secondary">
              <Button block fill="outline" type="primary" loading={busy === 'save'} disabled={!!busy} onClick={() => send('save')}>
                {REPORT_ACTION_LABELS.save}
              </Button>
            </View>
          )}
          {primary && (
            <View className="ui-action-bar__primary">
              <Button block type="primary" loading={busy === primary} disabled={!!busy} onClick={() => send(primary)}>
                {primary === 'submit' ? '报送' : '重新报送'}
              </Button>
            </View>
          )}
        </ActionBar>
      )}
    </View>
  )
}
