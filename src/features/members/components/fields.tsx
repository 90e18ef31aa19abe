// Small form pieces shared by the member forms: a labelled field with its error, a date field, choice chips.
import type { ReactNode } from 'react'
import { Picker, Text, View } from '@tarojs/components'
import { FieldError } from '@/shared'

export function Field({
  label,
  error,
  hint,
  children,
  testId,
}: {
  label: string
  error?: string
  hint?: string
  children: ReactNode
  testId?: string
}) {
  return (
    <View className={`mb-field ${error ? 'mb-field--error' : ''}`} data-testid={testId}>
      <Text className="mb-field__label">{label}</Text>
      {children}
      {hint && !error && <Text className="mb-field__hint">{hint}</Text>}
      <FieldError message={error} />
    </View>
  )
}

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
        <View className="mb-date">
          <Text className={props.value ? '' : 'ui-muted'}>{props.value || '请选择日期'}</Text>
          <Text className="ui-muted">选择</Text>
        </View>
      </Picker>
    </Field>
  )
}

export function Chips<T extends string>(props: {
  options: { key: T; label: string }[]
  value?: T
  testId: string
  onChange: (v: T) => void
}) {
  return (
    <View className="mb-chips mb-chips--wrap" data-testid={props.testId} role="radiogroup">
      {props.options.map((o) => (
        <View
          key={o.key}
          role="radio"
          aria-checked={props.value === o.key}
          className={`mb-chip ${props.value === o.key ? 'mb-chip--on' : ''}`}
          data-testid={`${props.testId}-${o.key}`}
          onClick={() => props.onChange(o.key)}
        >
          <Text>{o.label}</Text>
        </View>
      ))}
    </View>
  )
}

export const eventValue = (e: any): string => String(e?.detail?.value ?? e?.target?.value ?? '')
