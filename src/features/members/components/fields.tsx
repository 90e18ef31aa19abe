// Small form pieces shared by the member forms: the shared labelled field, a date field, choice chips.
import { Picker, Text, View } from '@tarojs/components'
import { Chips as SharedChips } from '@/shared/components/Choice'
import { Field } from '@/shared/components/Field'

export { Field }

export function DateField(props: {
  label: string
  value: string
  error?: string
  start?: string
  end?: string
  testId: string
  onChange: (v: string) => void
}) {
  return (
    <Field label={props.label} error={props.error} testId={props.testId}>
      <Picker mode="date" value={props.value} start={props.start} end={props.end} onChange={(e) => props.onChange(String(e.detail.value))}>
        <View className="ui-select">
          <Text className={props.value ? '' : 'ui-placeholder'}>{props.value || '请选择日期'}</Text>
          <Text className="ui-select__arrow">›</Text>
        </View>
      </Picker>
    </Field>
  )
}

/** a one-of choice (radio chips); each option gets the test id `${testId}-${key}` */
export function Chips<T extends string>(props: {
  options: { key: T; label: string }[]
  value?: T
  testId: string
  onChange: (v: T) => void
}) {
  return (
    <SharedChips
      kind="radio"
      testId={props.testId}
      options={props.options.map((o) => ({ value: o.key, label: o.label, testId: `${props.testId}-${o.key}` }))}
      value={props.value}
      onChange={props.onChange}
    />
  )
}

export const eventValue = (e: any): string => String(e?.detail?.value ?? e?.target?.value ?? '')
