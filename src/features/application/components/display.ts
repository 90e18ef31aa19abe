import type { FormFieldDef } from '@/domain/contract'
import { formatNumber } from '@/shared'

/** Read-only display of a value (summary step, reviewer detail). */
export function displayValue(def: FormFieldDef, value: unknown, names: Record<string, string> = {}): string {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return '未填写'
  switch (def.type) {
    case 'select':
      return def.options?.find((o) => o.value === value)?.label ?? String(value)
    case 'boolean':
      return value === true ? '是' : value === false ? '否' : String(value)
    case 'confirm':
      return value === true ? '已确认' : '未确认'
    case 'classes':
      return (value as number[]).map((c) => `第 ${c} 类`).join('、')
    case 'amount':
    case 'integer':
    case 'percent': {
      const n = Number(value)
      // up to 2 decimals, trailing zeros dropped ("1,234.5"); not toLocaleString, which builds a number formatter
      // per call (most of the reviewer detail's first render went there)
      const txt = Number.isFinite(n)
        ? formatNumber(n, 2)
            .replace(/(\.\d*?)0+$/, '$1')
            .replace(/\.$/, '')
        : String(value)
      return def.unit ? `${txt} ${def.unit}` : txt
    }
    case 'station':
      return names[String(value)] ?? String(value)
    case 'orgs':
      return (value as string[]).map((id) => names[id] ?? id).join('、')
    default:
      return String(value)
  }
}
