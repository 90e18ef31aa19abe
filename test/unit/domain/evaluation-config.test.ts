import {
  ConfigError,
  DEFAULT_EVALUATION_CONFIG,
  evaluateYear,
  validateConfig,
  type EvaluationConfig,
  type IndicatorDef,
} from '../../../src/domain/evaluation'
import { put, subject } from './evaluation-helpers'

/** a deep copy of the default with one enterprise indicator changed */
function withIndicator(id: string, change: (i: IndicatorDef) => IndicatorDef | null): EvaluationConfig {
  const c = JSON.parse(JSON.stringify(DEFAULT_EVALUATION_CONFIG)) as EvaluationConfig
  const list = c.tracks.enterprise.indicators
  const at = list.findIndex((i) => i.id === id)
  const next = change(list[at])
  if (next) list[at] = next
  else list.splice(at, 1)
  return c
}
const errorsOf = (c: EvaluationConfig) => {
  const r = validateConfig(c)
  return r.ok ? [] : r.errors
}

describe('validateConfig', () => {
  test('the default method is valid, covers every check-list point, and every weight has a reason', () => {
    expect(validateConfig(DEFAULT_EVALUATION_CONFIG)).toEqual({ ok: true })
    for (const t of Object.values(DEFAULT_EVALUATION_CONFIG.tracks))
      for (const i of t.indicators) expect(i.reason.length).toBeGreaterThan(2)
  })

  test("a dimension's weights not summing to its share, naming the dimension and its indicators", () => {
    const errs = errorsOf(withIndicator('E1.sales', (i) => ({ ...i, weight: 9 })))
    expect(errs).toHaveLength(1)
    expect(errs[0]).toMatch(/^企业商标品牌维度「经济效益」的指标权重合计 31，应等于该维度分值 30（指标：E1\.sales 9、E1\.salesGrowth 7、/)
  })

  test('shares of a track not summing to 100', () => {
    const c = JSON.parse(JSON.stringify(DEFAULT_EVALUATION_CONFIG)) as EvaluationConfig
    c.tracks.station.dimensions[0].share = 30
    expect(errorsOf(c)).toEqual([
      '指导站各维度分值合计为 95，应为 100',
      '指导站维度「服务规模」的指标权重合计 35，应等于该维度分值 30（指标：S1.clients 12、S1.growth 8、S2.modes 5、S2.topics 5、S3.linked 5）',
    ])
  })

  test('an indicator reading a field that does not exist, or one of another track', () => {
    expect(errorsOf(withIndicator('E1.sales', (i) => ({ ...i, source: 'report.economic.brandSale' })))).toEqual([
      '企业商标品牌指标「E1.sales 品牌商品销售收入（同组比较）」：读取的数据项 report.economic.brandSale 不存在',
    ])
    expect(errorsOf(withIndicator('E1.sales', (i) => ({ ...i, source: 'members.active' })))).toEqual([
      '企业商标品牌指标「E1.sales 品牌商品销售收入（同组比较）」：读取的数据项 members.active 不适用于企业商标品牌',
    ])
  })

  test('rules with missing or broken parameters', () => {
    const growth = withIndicator('E1.salesGrowth', (i) => ({ ...i, rule: { kind: 'growth', years: 1, zero: 0 } as never }))
    expect(errorsOf(growth)).toEqual([
      '企业商标品牌指标「E1.salesGrowth 品牌商品销售收入增长」：规则参数 full 缺失或无效（大于 zero 的数值）',
    ])
    const peer = withIndicator('E1.sales', (i) => ({ ...i, rule: { kind: 'peerRank' } as never }))
    expect(errorsOf(peer)[0]).toContain('「E1.sales 品牌商品销售收入（同组比较）」：规则参数 fallbackFull 缺失或无效')
    const steps = withIndicator('E2.licence', (i) => ({ ...i, rule: { kind: 'threshold', steps: [] } }))
    expect(errorsOf(steps)).toEqual(['企业商标品牌指标「E2.licence 商标许可」：规则参数 steps 缺失或为空'])
    const levels = withIndicator('E15.srdi', (i) => ({ ...i, rule: { kind: 'presence', levels: { gold: 1 } } }))
    expect(errorsOf(levels)).toEqual([
      '企业商标品牌指标「E15.srdi 专精特新/单项冠军」：levels 中的选项「gold」不是 report.influence.srdiStatus 的可选值',
    ])
    const kind = withIndicator('E2.equity', (i) => ({ ...i, rule: { kind: 'magic' } as never }))
    expect(errorsOf(kind)).toEqual(['企业商标品牌指标「E2.equity 商标作价入股」：未知的计分规则「magic」'])
    const wrongWay = withIndicator('E3.income', (i) => ({ ...i, rule: { kind: 'linear', zero: 10, full: 0 } }))
    expect(errorsOf(wrongWay)).toEqual(['企业商标品牌指标「E3.income 从业人员增收」：方向为「越高越好」时，full 应大于 zero'])
    const notYearly = withIndicator('E15.timeHonored', (i) => ({ ...i, rule: { kind: 'growth', years: 1, zero: 0, full: 1 } }))
    expect(errorsOf(notYearly)).toContain(
      '企业商标品牌指标「E15.timeHonored 老字号」：规则「growth」需要数值数据，application.timeHonored 不是数值',
    )
  })

  test('a check-list point left without indicator, and one input scored in opposite directions', () => {
    const c = withIndicator('E9.patentProducts', () => null)
    c.tracks.enterprise.indicators.find((i) => i.id === 'E10.station')!.weight = 2
    expect(errorsOf(c)).toEqual(['企业商标品牌评价要点 E9「专利密集型产品备案情况」没有任何指标'])
    const opposite = withIndicator('E1.exports', (i) => ({
      ...i,
      source: 'report.economic.brandSales',
      direction: 'lower',
      rule: { kind: 'threshold', steps: [{ at: 0, share: 1 }] },
    }))
    expect(errorsOf(opposite)).toEqual([
      '企业商标品牌指标「E1.exports 品牌商品出口额（同组比较）」：与指标「E1.sales 品牌商品销售收入（同组比较）」读取同一数据项 report.economic.brandSales，但计分方向相反',
    ])
  })

  test('version and group settings', () => {
    expect(errorsOf({ ...DEFAULT_EVALUATION_CONFIG, version: '', minGroupSize: 1 })).toEqual([
      '评价配置缺少方法版本号（version）',
      '最小可比组规模（minGroupSize）应为不小于 2 的整数',
    ])
  })

  test('an invalid configuration is never applied: evaluateYear refuses it as a whole', () => {
    const bad = withIndicator('E1.sales', (i) => ({ ...i, weight: 9 }))
    const run = () => evaluateYear([put(subject('a'), 'ip.patents', 2025, 3)], 2025, { config: bad })
    expect(run).toThrow(ConfigError)
    expect(run).toThrow(/维度「经济效益」的指标权重合计 31/)
  })

  test('a configuration edited in place after use is checked again, not served from the cache', () => {
    const c = JSON.parse(JSON.stringify(DEFAULT_EVALUATION_CONFIG)) as EvaluationConfig
    const subs = [put(subject('a'), 'ip.patents', 2025, 3)]
    expect(evaluateYear(subs, 2025, { config: c })[0].methodVersion).toBe('2026.1')
    c.tracks.enterprise.indicators[0].weight = 100
    expect(() => evaluateYear(subs, 2025, { config: c })).toThrow(ConfigError)
  })
})
