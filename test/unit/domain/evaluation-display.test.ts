// How inputs read on screen: missing and not-applicable say so; figures carry their unit, rates are percentages.
import { inputText } from '../../../src/domain/evaluation'

const at = (source: string, value: number | boolean | string | null | undefined) => inputText({ source, label: '', year: 2025, value })

describe('inputText', () => {
  it('never shows missing data as 0', () => {
    expect(at('report.economic.brandSales', undefined)).toBe('缺失')
    expect(at('alerts.handledOnTimeRate', null)).toBe('不适用')
    expect(at('report.economic.brandSales', 0)).toBe('0 万元')
  })
  it('formats figures, rates, flags and choices', () => {
    expect(at('report.economic.brandSales', 1234567.5)).toBe('1,234,567.5 万元')
    expect(at('station.noShowRate', 0.125)).toBe('12.5%')
    expect(at('application.isGI', true)).toBe('是')
    expect(at('application.timeHonored', 'china')).toBe('中华老字号企业')
  })
})
