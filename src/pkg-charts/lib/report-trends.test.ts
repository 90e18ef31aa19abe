import type { ReportHistory } from '@/domain/contract/report'
import { rawTable, submittedYears } from './report-trends'

const years = [
  {
    year: 2025,
    status: 'submitted',
    statusLabel: '已报送',
    figures: { economic: { brandSales: 1234.5 }, influence: { wellKnownMark: true } },
  },
  {
    year: 2024,
    status: 'revised',
    statusLabel: '已修改报送',
    figures: { economic: { brandSales: 1000 }, influence: { wellKnownMark: false } },
  },
  { year: 2026, status: 'draft', statusLabel: '草稿', figures: { economic: { brandSales: 99 } } },
] as unknown as ReportHistory['years']

describe('rawTable', () => {
  it('one row per filled item with its unit, one cell per year (oldest first), drafts left out, items never filled left out', () => {
    const table = rawTable('enterprise', submittedYears(years))
    expect(table.map((s) => s.title)).toEqual(['经济效益', '影响力'])
    const sales = table[0].rows
    expect(sales).toHaveLength(1)
    expect(sales[0]).toMatchObject({ path: 'economic.brandSales', cells: ['1,000', '1,234.5'] })
    expect(sales[0].label).toMatch(/（万元）$/)
    expect(table[1].rows[0].cells).toEqual(['否', '是'])
  })

  it('a year without an item shows a dash', () => {
    const table = rawTable(
      'enterprise',
      submittedYears([{ ...years[0] }, { ...years[1], figures: { influence: { wellKnownMark: true } } }] as never),
    )
    expect(table[0].rows[0].cells).toEqual(['—', '1,234.5'])
  })
})
