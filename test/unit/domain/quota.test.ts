import {
  QUOTA_TABLE_2023,
  QUOTA_TOTALS_2023,
  checkRecommendationQuota,
  provinceCodeOf,
  provinceName,
  quotaRow,
  quotaTableYear,
  quotaUse,
  type QuotaItem,
} from '../../../src/domain/quota'

const fj = quotaRow('350000', 2023)!
const rec = (n: number, extra: Partial<QuotaItem> = {}): QuotaItem[] =>
  Array.from({ length: n }, () => ({ track: 'enterprise', status: 'recommended', nonDemo: false, ...extra }) as QuotaItem)

describe('annex 4 table (2023)', () => {
  test('32 rows with GB/T 2260 province codes; the columns add up to the 合计 row', () => {
    expect(QUOTA_TABLE_2023).toHaveLength(32)
    expect(new Set(QUOTA_TABLE_2023.map((r) => r.provinceCode)).size).toBe(32)
    for (const r of QUOTA_TABLE_2023) expect(r.provinceCode).toMatch(/^\d{2}0000$/)
    const sum = (k: 'enterprise' | 'regional' | 'station') => QUOTA_TABLE_2023.reduce((s, r) => s + r[k], 0)
    expect({ enterprise: sum('enterprise'), regional: sum('regional'), station: sum('station') }).toEqual(QUOTA_TOTALS_2023)
  })

  test('spot checks: 北京 110000, 福建 350000, 广东 440000, 西藏 540000, 兵团 660000', () => {
    expect(quotaRow('110000', 2023)).toMatchObject({ provinceName: '北京市', enterprise: 51, regional: 12, station: 32 })
    expect(fj).toMatchObject({ provinceName: '福建省', enterprise: 43, regional: 34, station: 39 })
    expect(quotaRow('440000', 2023)).toMatchObject({ enterprise: 134, regional: 58, station: 96 })
    expect(quotaRow('540000', 2023)).toMatchObject({ enterprise: 2, regional: 1, station: 1 })
    expect(quotaRow('660000', 2023)).toMatchObject({ provinceName: '新疆生产建设兵团', enterprise: 4, regional: 2, station: 3 })
    expect(quotaRow('710000', 2023)).toBeUndefined()
  })

  test('station column ≈ 50 % of enterprise + regional (rounded in the table)', () => {
    for (const r of QUOTA_TABLE_2023) expect(Math.abs(r.station - (r.enterprise + r.regional) / 2)).toBeLessThanOrEqual(1.5)
  })

  test('later years reuse the 2023 table', () => {
    expect(quotaTableYear(2025)).toBe(2023)
    expect(quotaRow('350000', 2026)).toEqual(fj)
  })

  test('province names from any code of the province', () => {
    expect(provinceName('350102')).toBe('福建省')
    expect(provinceCodeOf('350102')).toBe('350000')
    expect(provinceName('990000')).toBe('')
  })
})

describe('checkRecommendationQuota', () => {
  test('track limit: used + 1 ≤ limit', () => {
    expect(checkRecommendationQuota(fj, rec(42), { track: 'enterprise', status: 'submitted' }).ok).toBe(true)
    const r = checkRecommendationQuota(fj, rec(43), { track: 'enterprise', status: 'submitted' })
    expect(r).toMatchObject({ ok: false, rule: 'track_limit' })
    if (!r.ok) expect(r.message).toContain('推荐名额为 43 个，已推荐 43 个')
  })

  test('only recommended and later states count; not_selected and waiting do not', () => {
    const items: QuotaItem[] = [
      ...rec(40),
      { track: 'enterprise', status: 'national_review' },
      { track: 'enterprise', status: 'public_notice' },
      { track: 'enterprise', status: 'not_selected' },
      { track: 'enterprise', status: 'submitted' },
      { track: 'regional', status: 'recommended' },
    ]
    expect(checkRecommendationQuota(fj, items, { track: 'enterprise', status: 'submitted' }).ok).toBe(true)
    items.push({ track: 'enterprise', status: 'confirmed' })
    expect(checkRecommendationQuota(fj, items, { track: 'enterprise', status: 'submitted' }).ok).toBe(false)
  })

  test('the candidate is not counted twice when it is in the list', () => {
    const items: QuotaItem[] = [...rec(42), { id: 'X', track: 'enterprise', status: 'recommended' }]
    expect(checkRecommendationQuota(fj, items, { id: 'X', track: 'enterprise', status: 'recommended' }).ok).toBe(true)
  })

  test('30 % non-demonstration cap, including the candidate: 3/10 ok, 4/11 refused (the 31st %)', () => {
    const seven = rec(7)
    const withTwo = [...seven, ...rec(2, { nonDemo: true })]
    expect(checkRecommendationQuota(fj, withTwo, { track: 'enterprise', status: 'submitted', nonDemo: true }).ok).toBe(true) // 3/10
    const withThree = [...seven, ...rec(3, { nonDemo: true })]
    const r = checkRecommendationQuota(fj, withThree, { track: 'enterprise', status: 'submitted', nonDemo: true }) // 4/11
    expect(r).toMatchObject({ ok: false, rule: 'enterprise_non_demo_max_30' })
    if (!r.ok) expect(r.message).toContain('4/11（36.4%）')
    // a demonstration enterprise always fits the ratio
    expect(checkRecommendationQuota(fj, withThree, { track: 'enterprise', status: 'submitted', nonDemo: false }).ok).toBe(true)
    // 3/11 after that
    expect(checkRecommendationQuota(fj, [...withTwo, ...rec(1)], { track: 'enterprise', status: 'submitted', nonDemo: true }).ok).toBe(true)
  })

  test('30 % boundary is exact: 30/100 allowed, 31/101 refused (integer arithmetic)', () => {
    const big = { ...fj, enterprise: 200 }
    expect(
      checkRecommendationQuota(big, [...rec(70), ...rec(29, { nonDemo: true })], {
        track: 'enterprise',
        status: 'submitted',
        nonDemo: true,
      }).ok,
    ).toBe(true)
    expect(
      checkRecommendationQuota(big, [...rec(70), ...rec(30, { nonDemo: true })], {
        track: 'enterprise',
        status: 'submitted',
        nonDemo: true,
      }).ok,
    ).toBe(false)
  })

  test('the first non-demonstration recommendation is refused (1/1)', () => {
    expect(checkRecommendationQuota(fj, [], { track: 'enterprise', status: 'submitted', nonDemo: true }).ok).toBe(false)
  })

  const reg = (field: 'manufacturing' | 'service' | 'agriculture', n: number): QuotaItem[] =>
    Array.from({ length: n }, () => ({ track: 'regional', status: 'recommended', field }) as QuotaItem)

  test('regional ≥ 70 % manufacturing + service: 3 agriculture of 10 allowed, 4 of 11 refused', () => {
    expect(
      checkRecommendationQuota(fj, [...reg('manufacturing', 7), ...reg('agriculture', 2)], {
        track: 'regional',
        status: 'submitted',
        field: 'agriculture',
      }).ok,
    ).toBe(true)
    const r = checkRecommendationQuota(fj, [...reg('manufacturing', 4), ...reg('service', 3), ...reg('agriculture', 3)], {
      track: 'regional',
      status: 'submitted',
      field: 'agriculture',
    })
    expect(r).toMatchObject({ ok: false, rule: 'regional_mfg_service_min_70' })
    if (!r.ok) expect(r.message).toContain('7/11（63.6%）')
  })

  test('regional: agriculture above 30 % allowed while at most 2 agriculture brands in total (note 2)', () => {
    expect(checkRecommendationQuota(fj, [], { track: 'regional', status: 'submitted', field: 'agriculture' }).ok).toBe(true)
    expect(checkRecommendationQuota(fj, reg('agriculture', 1), { track: 'regional', status: 'submitted', field: 'agriculture' }).ok).toBe(
      true,
    )
    expect(checkRecommendationQuota(fj, reg('agriculture', 2), { track: 'regional', status: 'submitted', field: 'agriculture' }).ok).toBe(
      false,
    )
    // 西藏: regional quota 1 — one agricultural brand may be its only recommendation
    expect(
      checkRecommendationQuota(quotaRow('540000', 2023), [], { track: 'regional', status: 'submitted', field: 'agriculture' }).ok,
    ).toBe(true)
  })

  test('regional: manufacturing / service candidates never break the ratio', () => {
    expect(checkRecommendationQuota(fj, reg('agriculture', 5), { track: 'regional', status: 'submitted', field: 'service' }).ok).toBe(true)
  })

  test('station: the table column is the limit', () => {
    const st = (n: number) => Array.from({ length: n }, () => ({ track: 'station', status: 'recommended' }) as QuotaItem)
    expect(checkRecommendationQuota(fj, st(38), { track: 'station', status: 'submitted' }).ok).toBe(true)
    expect(checkRecommendationQuota(fj, st(39), { track: 'station', status: 'submitted' })).toMatchObject({
      ok: false,
      rule: 'track_limit',
    })
  })

  test('no table row → refused', () => {
    expect(checkRecommendationQuota(undefined, [], { track: 'station', status: 'submitted' })).toMatchObject({
      ok: false,
      rule: 'no_quota',
    })
  })
})

describe('quotaUse', () => {
  test('used / remaining / waiting per track with the ratios', () => {
    const items: QuotaItem[] = [
      ...rec(8),
      ...rec(2, { nonDemo: true }),
      { track: 'enterprise', status: 'submitted', nonDemo: true },
      { track: 'enterprise', status: 'resubmitted' },
      { track: 'enterprise', status: 'draft' },
      { track: 'regional', status: 'confirmed', field: 'agriculture' },
      { track: 'regional', status: 'recommended', field: 'service' },
      { track: 'station', status: 'public_notice' },
    ]
    const [e, r, s] = quotaUse(fj, items)
    expect(e).toMatchObject({ track: 'enterprise', limit: 43, used: 10, remaining: 33, waiting: 2 })
    expect(e.ratio).toMatchObject({ count: 2, total: 10, percent: 20, ok: true })
    expect(r).toMatchObject({ used: 2, waiting: 0 })
    expect(r.ratio).toMatchObject({ count: 1, total: 2, agriculture: 1, percent: 50, ok: true })
    expect(s).toMatchObject({ used: 1, limit: 39, remaining: 38 })
    expect(s.ratio).toBeUndefined()
  })
})
