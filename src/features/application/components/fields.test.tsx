import type { FormFieldDef } from '@/domain/contract'
import { displayValue } from './display'

const num = (type: 'amount' | 'integer' | 'percent', unit?: string) => ({ key: 'x', label: 'x', type, unit }) as unknown as FormFieldDef

describe('displayValue of numbers (reviewer detail, summary step)', () => {
  it('thousands separators, at most 2 decimals, trailing zeros dropped', () => {
    expect(displayValue(num('amount'), 1234.5)).toBe('1,234.5')
    expect(displayValue(num('amount'), 1200)).toBe('1,200')
    expect(displayValue(num('amount'), 100)).toBe('100')
    expect(displayValue(num('amount'), 0)).toBe('0')
    expect(displayValue(num('amount'), 1.256)).toBe('1.26')
    expect(displayValue(num('amount'), 10.5)).toBe('10.5')
    expect(displayValue(num('amount'), 1234567.891)).toBe('1,234,567.89')
    expect(displayValue(num('amount'), -2500.4)).toBe('-2,500.4')
  })
  it('keeps the unit, numeric strings and what is not a number', () => {
    expect(displayValue(num('amount', '万元'), 3000)).toBe('3,000 万元')
    expect(displayValue(num('percent', '%'), '12.50')).toBe('12.5 %')
    expect(displayValue(num('integer'), 'abc')).toBe('abc')
    expect(displayValue(num('integer'), '')).toBe('未填写')
  })
})
