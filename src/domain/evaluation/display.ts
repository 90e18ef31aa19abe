// How an indicator's input reads on screen: the figure with its unit (rates as percentages, choices by their
// label), or 缺失 (no data: lowers confidence) / 不适用 (nothing to count that year) — never a silent 0.
import { show } from './rules'
import { sourceDef } from './sources'
import type { InputValue } from './types'

export const MISSING_TEXT = '缺失'
export const NOT_APPLICABLE_TEXT = '不适用'

export function inputText(input: InputValue): string {
  const v = input.value
  if (v === undefined) return MISSING_TEXT
  if (v === null) return NOT_APPLICABLE_TEXT
  if (typeof v === 'boolean') return v ? '是' : '否'
  const src = sourceDef(input.source)
  if (typeof v === 'string') return src?.values?.[v] ?? v
  return src ? show(v, src) : String(v)
}
