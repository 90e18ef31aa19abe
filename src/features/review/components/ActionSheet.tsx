import { useEffect, useState } from 'react'
import { View, Text, Picker } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { REASON_MAX, validateNoticePeriod } from '@/domain/application'
import dayjs from 'dayjs'
import { Banner } from '@/shared'
import { Chips } from '@/shared/components/Choice'
import { Field } from '@/shared/components/Field'
import { Sheet } from '@/shared/components/Sheet'
import { TextBox } from '@/shared/components/TextBox'
import './review.scss'

export interface ActionInput {
  reason?: string
  start?: string
  end?: string
}

export interface ActionSheetProps {
  visible: boolean
  title: string
  /** the consequence, spelled out */
  text: string
  confirmText: string
  danger?: boolean
  reason?: { label: string; placeholder: string; presets?: string[] }
  dates?: boolean
  onClose: () => void
  /** resolves to an error message to show in the sheet, or null when done */
  onConfirm: (input: ActionInput) => Promise<string | null>
}

const today = () => dayjs().format('YYYY-MM-DD')

const reasonParts = (text: string) =>
  text
    .split('；')
    .map((x) => x.trim())
    .filter(Boolean)

/** A preset tapped: added after what is written (；-separated), or taken out again when it is already there. */
export function togglePreset(text: string, preset: string): string {
  const parts = reasonParts(text)
  if (parts.includes(preset)) return parts.filter((x) => x !== preset).join('；')
  return text.trim() ? `${text.trim()}；${preset}` : preset
}

/** A confirmation sheet: what will happen, the inputs the action needs (reason / notice dates), one confirm button. */
export function ActionSheet(props: ActionSheetProps) {
  const [reason, setReason] = useState('')
  const [start, setStart] = useState(today())
  const [end, setEnd] = useState(dayjs().add(7, 'day').format('YYYY-MM-DD'))
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [refusal, setRefusal] = useState<string>()
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (props.visible) {
      setErrors({})
      setRefusal(undefined)
    }
  }, [props.visible])

  const confirm = async () => {
    if (busy) return
    const errs: Record<string, string> = {}
    if (props.reason) {
      const t = reason.trim()
      if (!t) errs.reason = `请填写${props.reason.label.replace(/（[^）]*）/g, '')}`
      else if (Array.from(t).length > REASON_MAX) errs.reason = `最多 ${REASON_MAX} 字`
    }
    if (props.dates) Object.assign(errs, validateNoticePeriod(start, end, today()))
    setErrors(errs)
    if (Object.keys(errs).length) return
    setBusy(true)
    setRefusal(undefined)
    const msg = await props.onConfirm({
      reason: props.reason ? reason.trim() : undefined,
      start: props.dates ? start : undefined,
      end: props.dates ? end : undefined,
    })
    setBusy(false)
    if (msg) setRefusal(msg)
    else setReason('')
  }

  return (
    <Sheet visible={props.visible} title={props.title} onClose={props.onClose} className="rv-sheet" testId="action-sheet">
      <Text className="rv-sheet__text">{props.text}</Text>
      {props.reason && (
        <View>
          <Field label={props.reason.label} error={errors.reason}>
            {props.reason.presets && (
              // presets add up (several reasons, joined by ；): a group of checkboxes, on while in the text
              <Chips
                kind="checkbox"
                label="常用原因"
                testId="reason-presets"
                options={props.reason.presets.map((p) => ({ value: p, label: p }))}
                value={props.reason.presets.filter((p) => reasonParts(reason).includes(p))}
                onChange={(p) => {
                  setReason((r) => togglePreset(r, p))
                  if (errors.reason) setErrors({})
                }}
              />
            )}
            <TextBox
              value={reason}
              maxLength={REASON_MAX}
              placeholder={props.reason.placeholder}
              onChange={(v) => {
                setReason(v)
                if (errors.reason) setErrors({})
              }}
              testId="action-reason"
            />
          </Field>
        </View>
      )}
      {props.dates && (
        <View>
          <Field label="公示开始日期" error={errors.start}>
            <Picker mode="date" value={start} start={today()} onChange={(e) => setStart(String(e.detail.value))}>
              <View className="rv-sheet__date" data-testid="notice-start">
                <Text>{start}</Text>
                <Text className="ui-muted">修改</Text>
              </View>
            </Picker>
          </Field>
          <Field label="公示结束日期" error={errors.end}>
            <Picker mode="date" value={end} start={start} onChange={(e) => setEnd(String(e.detail.value))}>
              <View className="rv-sheet__date" data-testid="notice-end">
                <Text>{end}</Text>
                <Text className="ui-muted">修改</Text>
              </View>
            </Picker>
          </Field>
        </View>
      )}
      {refusal && (
        <View data-testid="action-refusal">
          <Banner tone="danger">{refusal}</Banner>
        </View>
      )}
      <View className="rv-sheet__buttons">
        <View className="rv-sheet__cancel">
          <Button fill="outline" type="default" block onClick={props.onClose} disabled={busy}>
            取消
          </Button>
        </View>
        <View className="rv-sheet__ok">
          <Button
            type={props.danger ? 'danger' : 'primary'}
            block
            loading={busy}
            disabled={busy}
            onClick={confirm}
            data-testid="sheet-confirm"
          >
            {props.confirmText}
          </Button>
        </View>
      </View>
    </Sheet>
  )
}
