import { useState } from 'react'
import { View, Input } from '@tarojs/components'
import { Button, DatePicker } from '@nutui/nutui-react-taro'
import { formatLocalDateTime } from '@/domain/outcome'
import { Field } from '@/shared/components/Field'
import { dateTimeError, fromPickerValues, pickerStart, wallClockDate } from './dateTime'

/**
 * A Beijing minute ("YYYY-MM-DDTHH:mm"): typed, or picked with NutUI's DatePicker inside [min, max].
 * Cancelling the picker keeps what was typed; the format and the window are checked when the field is left.
 */
export function DateTimeField(props: {
  label: string
  value: string
  onInput: (v: string) => void
  error?: string
  testId: string
  /** where the picker opens when nothing valid is typed */
  fallback: string
  min?: string
  max?: string
  /** show "可选范围" under the field (off where one line above a group of fields says it) */
  rangeHint?: boolean
}) {
  const [open, setOpen] = useState(false)
  const [own, setOwn] = useState<string>()
  const shown = props.error || own
  const start = pickerStart(props.value, props.fallback, props.min, props.max)
  const change = (v: string) => {
    setOwn(undefined)
    props.onInput(v)
  }
  return (
    <Field
      label={props.label}
      error={shown}
      testId={`${props.testId}-field`}
      hint={
        props.rangeHint !== false && (props.min || props.max)
          ? `可选范围：${props.min ? formatLocalDateTime(props.min) : '不限'} 至 ${props.max ? formatLocalDateTime(props.max) : '不限'}（北京时间）`
          : undefined
      }
    >
      <View className="rv-datetime">
        <Input
          className="ui-input rv-datetime__input"
          data-testid={props.testId}
          value={props.value}
          placeholder="YYYY-MM-DDTHH:mm（北京时间）"
          onInput={(e) => change(e.detail.value)}
          onBlur={() => setOwn(dateTimeError(props.value, props.min, props.max))}
        />
        <Button size="small" fill="outline" onClick={() => setOpen(true)} data-testid={`${props.testId}-pick`}>
          选择
        </Button>
      </View>
      <DatePicker
        title={`选择${props.label}（北京时间）`}
        type="datetime"
        visible={open}
        showChinese
        value={wallClockDate(start)}
        {...(props.min ? { startDate: wallClockDate(props.min) } : {})}
        {...(props.max ? { endDate: wallClockDate(props.max) } : {})}
        onClose={() => setOpen(false)}
        onConfirm={(_options, values) => {
          const picked = fromPickerValues(values)
          if (picked) change(picked)
        }}
      />
    </Field>
  )
}
