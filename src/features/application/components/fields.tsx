// One renderer per field kind of the domain form definitions (src/domain/contract/application.ts FormFieldDef).
// Values are kept exactly as typed (numbers as strings while typing) so nothing the user entered is lost;
// the shared schema accepts numeric strings and the server's sanitizeForm converts them.
import { useState, type ReactNode } from 'react'
import { View, Text, Input } from '@tarojs/components'
import type { FormFieldDef } from '@/domain/contract'
import { FieldError } from '@/shared'
import { Chips } from '@/shared/components/Choice'
import { Field } from '@/shared/components/Field'
import { TextBox } from '@/shared/components/TextBox'
import { ClassesField } from './ClassesField'
import { RegionField, type AreaSource } from './RegionField'
import { StationField } from './StationField'
import { OrgsField } from './OrgsField'
import './form.scss'

export interface FieldProps {
  def: FormFieldDef
  /** rendered inside its group: label beside the input, no group prefix */
  inline?: boolean
  /** GB/T 2260 area data for region fields, or its loader (from the page, kept out of other packages) */
  area?: AreaSource
  value: unknown
  values: Record<string, unknown>
  error?: string
  required: boolean
  onChange: (value: unknown, extra?: Record<string, unknown>) => void
  onBlur: () => void
}

/** value of a Taro input event (detail.value on both targets; target.value as a fallback in tests) */
export const eventValue = (e: any): string => String(e?.detail?.value ?? e?.target?.value ?? '')

const NUMERIC = new Set(['amount', 'integer', 'percent'])

export function FieldShell({
  def,
  required,
  error,
  children,
  inline,
}: {
  def: FormFieldDef
  required: boolean
  error?: string
  children: ReactNode
  inline?: boolean
}) {
  return (
    <Field
      className={inline ? 'ui-field--inline' : undefined}
      label={`${def.group && !inline ? `${def.group.replace(/（[^）]*）$/, '')} · ` : ''}${def.label}`}
      required={required}
      name={def.key}
      error={error}
      hint={def.hint}
    >
      {children}
    </Field>
  )
}

function TextInput({ def, value, onChange, onBlur }: FieldProps) {
  const upper = def.type === 'uscc' || def.type === 'trademarkNo'
  const type: any =
    def.type === 'phone'
      ? 'number'
      : def.type === 'integer'
        ? 'number'
        : NUMERIC.has(def.type)
          ? (def.min ?? 0) < 0
            ? 'text'
            : 'digit'
          : 'text'
  const maxlength =
    def.type === 'uscc'
      ? 18
      : def.type === 'phone'
        ? 11
        : def.type === 'trademarkNo'
          ? 10
          : NUMERIC.has(def.type)
            ? 16
            : (def.maxLength ?? 100)
  return (
    <View className="ui-input">
      <Input
        className="ui-input__control"
        type={type}
        value={value === undefined || value === null ? '' : String(value)}
        maxlength={maxlength}
        placeholder={def.placeholder ?? (NUMERIC.has(def.type) ? '请输入数值' : `请输入${def.label.length <= 10 ? def.label : ''}`)}
        onInput={(e) => {
          const v = eventValue(e)
          onChange(upper ? v.replace(/\s+/g, '').toUpperCase() : v)
        }}
        onBlur={onBlur}
        aria-label={def.label}
        data-testid={`field-${def.key}`}
      />
      {def.unit && <Text className="ui-input__unit">{def.unit}</Text>}
    </View>
  )
}

/** Short option sets as chips; long labels (or many options) as full-width rows with a radio mark. */
export function ChoiceInput({
  options,
  value,
  onPick,
  label,
  testId,
}: {
  options: Array<{ value: string | boolean; label: string }>
  value: unknown
  onPick: (v: string | boolean) => void
  label: string
  testId?: string
}) {
  const long = options.some((o) => o.label.length > 8) || options.length > 4
  return (
    <Chips
      kind="radio"
      stack={long}
      label={label}
      testId={testId}
      options={options}
      value={value as string | boolean | undefined}
      onChange={onPick}
    />
  )
}

/** A declaration to agree to: one checkbox row carrying the whole text. */
function ConfirmInput({ def, value, onChange }: FieldProps) {
  return (
    <Chips
      kind="checkbox"
      stack
      label={def.label}
      options={[{ value: true, label: def.label, testId: `field-${def.key}` }]}
      value={value === true ? [true] : []}
      onChange={() => onChange(value !== true)}
    />
  )
}

export function FieldRenderer(props: FieldProps) {
  const { def, required, error } = props
  switch (def.type) {
    case 'confirm':
      return (
        <View className={`ui-field ${error ? 'ui-field--error' : ''}`} data-field={def.key}>
          <ConfirmInput {...props} />
          <FieldError message={error} />
        </View>
      )
    case 'textarea':
      return (
        <FieldShell def={def} required={required} error={error}>
          <TextBox
            value={typeof props.value === 'string' ? props.value : ''}
            maxLength={def.maxLength ?? 2000}
            placeholder={def.placeholder}
            label={def.label}
            testId={`field-${def.key}`}
            onChange={(v) => props.onChange(v)}
            onBlur={props.onBlur}
          />
        </FieldShell>
      )
    case 'select':
      return (
        <FieldShell def={def} required={required} error={error}>
          <ChoiceInput
            options={def.options ?? []}
            value={props.value}
            onPick={(v) => {
              props.onChange(v)
              props.onBlur()
            }}
            label={def.label}
            testId={`field-${def.key}`}
          />
        </FieldShell>
      )
    case 'boolean':
      return (
        <FieldShell def={def} required={required} error={error}>
          <ChoiceInput
            options={[
              { value: true, label: '是' },
              { value: false, label: '否' },
            ]}
            value={props.value}
            onPick={(v) => {
              props.onChange(v)
              props.onBlur()
            }}
            label={def.label}
            testId={`field-${def.key}`}
          />
        </FieldShell>
      )
    case 'classes':
      return (
        <FieldShell def={def} required={required} error={error}>
          <ClassesField value={props.value} onChange={(v) => props.onChange(v)} testId={`field-${def.key}`} />
        </FieldShell>
      )
    case 'region':
      return (
        <FieldShell def={def} required={required} error={error}>
          <RegionField area={props.area} value={props.value} onChange={(code, name) => props.onChange(code, { regionName: name })} />
        </FieldShell>
      )
    case 'station':
      return (
        <FieldShell def={def} required={required} error={error}>
          <StationField value={props.value} onChange={(v) => props.onChange(v)} />
        </FieldShell>
      )
    case 'orgs':
      return (
        <FieldShell def={def} required={required} error={error}>
          <OrgsField value={props.value} kind={def.orgKind ?? 'enterprise'} onChange={(v) => props.onChange(v)} />
        </FieldShell>
      )
    default:
      return (
        <FieldShell def={def} required={required} error={error} inline={props.inline}>
          <TextInput {...props} />
        </FieldShell>
      )
  }
}

/** Small local state helper for popups. */
export function useToggle(initial = false) {
  const [on, setOn] = useState(initial)
  return { on, open: () => setOn(true), close: () => setOn(false) }
}
