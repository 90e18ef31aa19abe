import { View, Text } from '@tarojs/components'
import type { FormDef } from '@/domain/contract'
import { isFieldVisible } from '@/domain/forms/defs'
import { Card } from '@/shared'
import { displayValue } from './display'
import './form.scss'

/** The form read-only, step by step (summary step, status page, reviewer detail). */
export function FormSummary({
  def,
  values,
  names = {},
  errors = {},
  onEdit,
}: {
  def: FormDef
  values: Record<string, unknown>
  names?: Record<string, string>
  errors?: Record<string, string>
  /** jump to a step to change it */
  onEdit?: (step: number) => void
}) {
  return (
    <View data-testid="form-summary">
      {def.steps.map((s, i) => (
        <Card key={s.key} title={s.title} extra={onEdit ? '修改' : undefined} onExtraClick={() => onEdit?.(i)}>
          {s.fields
            .filter((f) => isFieldVisible(f, values))
            .map((f) => {
              const v =
                f.type === 'region' && typeof values.regionName === 'string' && values.regionName
                  ? `${values.regionName}（${String(values[f.key] ?? '')}）`
                  : displayValue(f, values[f.key], names)
              const err = errors[f.key]
              return (
                <View key={f.key} className="af-sum__row">
                  <Text className="af-sum__label">
                    {f.group ? `${f.group} · ` : ''}
                    {f.label}
                  </Text>
                  <Text className={`af-sum__value ${v === '未填写' ? 'af-sum__value--empty' : ''}`}>{v}</Text>
                  {err && <Text className="ui-field-error">{err}</Text>}
                </View>
              )
            })}
        </Card>
      ))}
    </View>
  )
}
