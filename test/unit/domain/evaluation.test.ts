import {
  DEFAULT_EVALUATION_CONFIG as CFG,
  evaluateYear,
  growthRate,
  rankResults,
  selfAssess,
  summariseAlerts,
  summariseStationYear,
  type EvaluationConfig,
  type EvaluationSubject,
  type EvaluationTrack,
  type IndicatorDef,
  type IndicatorResult,
} from '../../../src/domain/evaluation'
import { put, subject } from './evaluation-helpers'

const Y = 2025
const TRACKS: EvaluationTrack[] = ['enterprise', 'regional', 'station']

const indicatorOf = (subjects: EvaluationSubject[], id: string, indicator: string, config?: EvaluationConfig): IndicatorResult => {
  const r = evaluateYear(subjects, Y, { config, only: new Set([id]) })[0]
  return r.indicators.find((i) => i.id === indicator) as IndicatorResult
}

/** `me` plus five peers of the same group holding 10, 20, 30, 40, 50 at the indicator's source */
function scenario(track: EvaluationTrack, ind: IndicatorDef, mine: number | boolean | string, previous?: number): EvaluationSubject[] {
  const me = put(subject('me', track), ind.source, Y, mine)
  if (previous !== undefined) put(me, ind.source, Y - (ind.rule.kind === 'growth' ? ind.rule.years : 1), previous)
  const peers = [10, 20, 30, 40, 50].map((v, i) => put(subject(`p${i}`, track), ind.source, Y, v))
  return [me, ...peers]
}

/** worked examples per indicator: [value, previous?, expected share of the weight] */
function examples(ind: IndicatorDef): Array<[number | boolean | string, number | undefined, number]> {
  const r = ind.rule
  switch (r.kind) {
    case 'growth': {
      const at = (g: number) => 100 * (1 + g) ** r.years
      return [
        [at(r.full), 100, 1],
        [at(r.zero), 100, 0],
        [at((r.zero + r.full) / 2), 100, 0.5],
        [50, 0, 1],
      ]
    }
    case 'peerRank':
      // peers 10…50 (me excluded): 35 is above three of five → 0.6; 10 ties the lowest → half a place of five;
      // above all → 1; a positive value below all → 0; zero scores nothing
      return [
        [35, undefined, 0.6],
        [10, undefined, 0.1],
        [60, undefined, 1],
        [5, undefined, 0],
        [0, undefined, 0],
      ]
    case 'peerRatio':
      // peers' median 30
      return [
        [30 * r.fullAt, undefined, 1],
        [30, undefined, 1 / r.fullAt],
        [0, undefined, 0],
      ]
    case 'presence':
      return r.levels
        ? Object.entries(r.levels).map(([k, s]) => [k, undefined, s])
        : [
            [true, undefined, 1],
            [false, undefined, 0],
          ]
    case 'threshold': {
      const best = [...r.steps].sort((a, b) => b.share - a.share)[0]
      const ats = r.steps.map((s) => s.at)
      const outside = ind.direction === 'higher' ? Math.min(...ats) - 1 : Math.max(...ats) + 1
      return [
        [best.at, undefined, 1],
        [outside, undefined, 0],
        ...r.steps.map((s): [number, undefined, number] => [
          s.at,
          undefined,
          Math.max(...r.steps.filter((t) => (ind.direction === 'higher' ? s.at >= t.at : s.at <= t.at)).map((t) => t.share)),
        ]),
      ]
    }
    case 'linear':
      return [
        [r.zero, undefined, 0],
        [r.full, undefined, 1],
        [(r.zero + r.full) / 2, undefined, 0.5],
      ]
  }
}

describe('every indicator of the default method, on worked examples', () => {
  for (const track of TRACKS) {
    for (const ind of CFG.tracks[track].indicators) {
      test(`${track} ${ind.id} ${ind.label} (${ind.rule.kind})`, () => {
        for (const [v, prev, share] of examples(ind)) {
          const r = indicatorOf(scenario(track, ind, v, prev), 'me', ind.id)
          expect({ v, prev, status: r.status }).toEqual({ v, prev, status: 'scored' })
          expect({ v, prev, points: r.points }).toEqual({ v, prev, points: Math.round(share * ind.weight * 100) / 100 })
          expect(r.rule.length).toBeGreaterThan(4)
          // what would raise it: full points say so, anything less names a target
          if (share === 1) expect({ v, toRaise: r.toRaise }).toEqual({ v, toRaise: '已得满分' })
          else expect(r.toRaise).toMatch(/可得|大于 0/)
          expect(r.inputs[0]).toMatchObject({ source: ind.source, year: Y, value: v })
        }
      })
    }
  }
})

describe('hand-worked examples', () => {
  test('E1.salesGrowth: 1,000 → 1,100 万元 is 10 % growth, half of 20 % → 3.5 of 7 points; says how to reach full', () => {
    const me = put(put(subject('me'), 'report.economic.brandSales', 2024, 1000), 'report.economic.brandSales', Y, 1100)
    const r = indicatorOf([me], 'me', 'E1.salesGrowth')
    expect(r.points).toBe(3.5)
    expect(r.inputs.map((i) => [i.year, i.value])).toEqual([
      [2025, 1100],
      [2024, 1000],
    ])
    expect(r.toRaise).toBe('达到 1,200 万元（较 2024 年年均增长 20%）可得满分 7 分')
  })

  test('E1.sales among peers 100…900 万元: 500 beats 4 of 8 peers → 4 of 8 points, with the peer figures', () => {
    const subs = [100, 200, 300, 400, 600, 700, 800, 900].map((v, i) => put(subject(`p${i}`), 'report.economic.brandSales', Y, v))
    subs.push(put(subject('me'), 'report.economic.brandSales', Y, 500))
    const r = indicatorOf(subs, 'me', 'E1.sales')
    expect(r.points).toBe(4)
    expect(r.peers).toEqual({ group: '企业商标品牌 · 制造业 · 福建省', size: 8, median: 500, p25: 275, p75: 725, percentile: 0.5 })
    expect(r.toRaise).toBe('达到同组前 25% 的水平（725 万元以上）约可得 6 分')
  })

  test('S4.noShow: 10 % no-shows on the 30 % → 2 % scale = 0.2 / 0.28 → 7.14 of 10 points (lower is better)', () => {
    const r = indicatorOf([put(subject('s', 'station'), 'station.noShowRate', Y, 0.1)], 's', 'S4.noShow')
    expect(r.points).toBe(7.14)
    expect(r.toRaise).toBe('降至 2% 可得满分 10 分')
  })

  test('E19.opinion: no negative event → 2 points, one → 1, three → 0', () => {
    const at = (n: number) => indicatorOf([put(subject('me'), 'opinion.negativeEvents', Y, n)], 'me', 'E19.opinion').points
    expect([at(0), at(1), at(2), at(3)]).toEqual([2, 1, 0.4, 0])
  })

  test('growth from zero: any positive value is full growth; staying at zero says what to do', () => {
    const me = (v: number) => put(put(subject('me'), 'report.social.employees', 2024, 0), 'report.social.employees', Y, v)
    expect(indicatorOf([me(3)], 'me', 'E3.jobsGrowth').points).toBe(4)
    expect(indicatorOf([me(0)], 'me', 'E3.jobsGrowth')).toMatchObject({ points: 0, toRaise: '2024 年为 0，本年大于 0 即可得满分 4 分' })
  })

  test('growth rate: compound over several years, and never decreasing through a loss', () => {
    expect(growthRate(121, 100, 2)).toBeCloseTo(0.1, 10)
    expect(growthRate(0, 100, 2)).toBe(-1)
    expect(growthRate(-10, 100, 2)).toBeLessThan(-1)
    expect(growthRate(-50, -100, 1)).toBe(0.5)
  })
})

describe('missing data, ties, small groups', () => {
  const fullSet = () => {
    const me = subject('me')
    for (const ind of CFG.tracks.enterprise.indicators) {
      const v = ind.rule.kind === 'presence' ? (ind.rule.levels ? Object.keys(ind.rule.levels)[0] : true) : 5
      put(me, ind.source, Y, v)
      if (ind.rule.kind === 'growth') put(me, ind.source, Y - 1, 4)
    }
    return me
  }

  test('missing data is shown as missing, lowers confidence, and is not scored zero', () => {
    const all = evaluateYear([fullSet()], Y)[0]
    expect(all.confidence).toBe(1)
    const gap = put(fullSet(), 'report.economic.brandSales', Y, undefined)
    const r = evaluateYear([gap], Y)[0]
    const sales = r.indicators.filter((i) => i.inputs[0].source === 'report.economic.brandSales')
    expect(sales.map((i) => [i.id, i.status, i.points])).toEqual([
      ['E1.sales', 'missing', null],
      ['E1.salesGrowth', 'missing', null],
    ])
    expect(r.missing).toEqual(['E1.sales', 'E1.salesGrowth'])
    expect(r.confidence).toBe(0.85) // 15 of 100 points without data
    // the score is over the weight with data: the same points over 85 instead of 100
    const pointsLeft = all.indicators.filter((i) => !r.missing.includes(i.id)).reduce((s, i) => s + (i.points ?? 0), 0)
    expect(Math.abs((r.score as number) - (100 * pointsLeft) / 85)).toBeLessThan(0.3)
    // scoring the missing 15 points as zero would have given exactly pointsLeft out of 100
    expect(r.score).toBeGreaterThan(pointsLeft + 1)
    expect(sales[0].toRaise).toContain('请补报 2025 年的「品牌商品销售收入」')
  })

  test('a growth indicator without the earlier year is missing, naming that year', () => {
    const r = indicatorOf([put(subject('me'), 'report.economic.brandSales', Y, 100)], 'me', 'E1.salesGrowth')
    expect(r.status).toBe('missing')
    expect(r.toRaise).toContain('2024 年')
  })

  test('not applicable (nothing to handle) neither scores nor lowers confidence', () => {
    const me = put(fullSet(), 'alerts.handledOnTimeRate', Y, null)
    const r = evaluateYear([me], Y)[0]
    expect(r.indicators.find((i) => i.id === 'E6.alerts')).toMatchObject({ status: 'not_applicable', points: null })
    expect(r.confidence).toBe(1)
  })

  test('ties share the middle rank and get equal points', () => {
    const subs = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => put(subject(id), 'ip.patents', Y, 7))
    const rs = evaluateYear(subs, Y).map((r) => r.indicators.find((i) => i.id === 'E8.patents'))
    expect(new Set(rs.map((r) => r?.points))).toEqual(new Set([1.5]))
    expect(rs[0]?.peers?.percentile).toBe(0.5)
  })

  test('a province group too small falls back to the national field group, then to the absolute rule', () => {
    const fj = [1, 2, 3].map((v, i) => put(subject(`fj${i}`), 'ip.patents', Y, v * 10))
    const gd = [4, 5, 6].map((v, i) => put(subject(`gd${i}`, 'enterprise', { provinceCode: '440000' }), 'ip.patents', Y, v * 10))
    const me = put(subject('me'), 'ip.patents', Y, 35)
    const national = indicatorOf([me, ...fj, ...gd], 'me', 'E8.patents')
    expect(national.peers?.group).toBe('企业商标品牌 · 制造业')
    expect(national.peers?.size).toBe(6)
    expect(national.points).toBe(1.5) // above 3 of 6
    // services are another field: no comparable peers at all → absolute: 40 of the 200 件 full mark
    const alone = indicatorOf(
      [put(subject('me', 'enterprise', { field: 'service' }), 'ip.patents', Y, 40), ...fj, ...gd],
      'me',
      'E8.patents',
    )
    expect(alone.peers).toBeUndefined()
    expect(alone.fallback).toBe('同组可比参与者不足 5 个，改按绝对标准计分：达到 200 件 得满分')
    expect(alone.points).toBe(0.6)
    const few = indicatorOf([me, ...fj], 'me', 'E8.patents')
    expect(few.fallback).toBe('同组可比参与者不足 5 个（「企业商标品牌 · 制造业」仅 3 个），改按绝对标准计分：达到 200 件 得满分')
  })

  test('peers without data are not peers', () => {
    const subs = [1, 2, 3, 4, 5].map((v, i) => put(subject(`p${i}`), 'ip.patents', Y, v))
    subs.push(subject('empty1'), subject('empty2'))
    const r = indicatorOf([put(subject('me'), 'ip.patents', Y, 3), ...subs], 'me', 'E8.patents')
    expect(r.peers?.size).toBe(5)
  })

  test('each track is compared only with itself; every result records the method version', () => {
    const e = put(subject('e'), 'ip.patents', Y, 3)
    const r = put(subject('r', 'regional'), 'ip.patents', Y, 3)
    const res = evaluateYear([e, r], Y)
    expect(res.map((x) => [x.subjectId, x.track, x.methodVersion])).toEqual([
      ['e', 'enterprise', '2026.1'],
      ['r', 'regional', '2026.1'],
    ])
    expect(res[0].indicators.find((i) => i.id === 'E8.patents')?.fallback).toBeDefined()
    const tuned = { ...CFG, version: 'FJ-2026.2' }
    expect(evaluateYear([e], Y, { config: tuned })[0].methodVersion).toBe('FJ-2026.2')
  })

  test('no data at all: no score, zero confidence, every indicator missing', () => {
    const r = evaluateYear([subject('x')], Y)[0]
    expect(r.score).toBeNull()
    expect(r.confidence).toBe(0)
    expect(r.missing.length).toBe(CFG.tracks.enterprise.indicators.length)
    expect(r.dimensions.map((d) => d.score)).toEqual([null, null, null, null])
  })
})

describe('stations (优秀指导站)', () => {
  test('yearly figures from visit log, bookings and client alerts', () => {
    const f = summariseStationYear({
      year: Y,
      today: '2025-12-31',
      visits: [
        {
          clientId: 'a',
          date: '2025-02-01',
          mode: 'onsite',
          topics: ['registration'],
          followUpDue: '2025-02-10',
          followUpDoneAt: '2025-02-10T09:00:00Z',
        },
        {
          clientId: 'a',
          date: '2025-03-01',
          mode: 'visit',
          topics: ['finance', 'registration'],
          followUpDue: '2025-03-10',
          followUpDoneAt: '2025-03-12T01:00:00Z',
        },
        { clientId: 'b', date: '2025-04-01', mode: 'online', topics: ['overseas'] },
        { clientId: 'c', date: '2024-12-30', mode: 'onsite', topics: ['risk'] },
      ],
      bookings: [
        { date: '2025-01-05', status: 'completed' },
        { date: '2025-01-06', status: 'no_show' },
        { date: '2025-01-07', status: 'cancelled' },
        { date: '2025-01-08', status: 'completed' },
      ],
      // deadline 2025-05-01: handled 2025-05-01 23:30 Beijing (15:30Z) is on time; the second is late, the third not due yet
      clientAlerts: [
        { deadline: '2025-05-01', handledAt: '2025-05-01T15:30:00Z' },
        { deadline: '2025-06-01', handledAt: '2025-06-01T16:30:00Z' },
        { deadline: '2026-01-15' },
      ],
      linkedParticipants: 4,
    })
    expect(f).toEqual({
      clientsServed: 2,
      visits: 3,
      visitsByMode: { onsite: 1, visit: 1, online: 1 },
      visitsByTopic: { registration: 2, finance: 1, overseas: 1 },
      modesUsed: 3,
      topicsCovered: 3,
      followUpOnTimeRate: 0.5,
      noShowRate: 1 / 3,
      cancellationRate: 0.25,
      clientAlertsHandled: 1,
      clientAlertsHandledOnTimeRate: 0.5,
      linkedParticipants: 4,
    })
    expect(summariseAlerts([], Y, '2025-12-31').handledOnTimeRate).toBeNull()
  })

  test('a station scored on those figures, with each indicator explained', () => {
    const st = subject('s', 'station')
    st.years[Y] = {
      station: {
        clientsServed: 40,
        visits: 60,
        modesUsed: 3,
        topicsCovered: 4,
        followUpOnTimeRate: 0.95,
        noShowRate: 0.02,
        cancellationRate: 0.05,
        clientAlertsHandled: 10,
        clientAlertsHandledOnTimeRate: 1,
        linkedParticipants: 5,
      },
    }
    st.years[Y - 1] = { station: { clientsServed: 20 } }
    const r = evaluateYear([st], Y)[0]
    const pts = Object.fromEntries(r.indicators.map((i) => [i.id, i.points]))
    expect(pts).toEqual({
      'S1.clients': 2.4, // fallback: 40 of 200
      'S1.growth': 8,
      'S2.modes': 5,
      'S2.topics': 3.5,
      'S3.linked': 1.25, // fallback: 5 of 20
      'S4.followUp': 15,
      'S4.noShow': 10,
      'S4.cancel': 8,
      'S4.visits': 1.4, // fallback: 60 of 300
      'S5.alerts': 20,
      'S5.alertsVolume': 5,
    })
    expect(r.score).toBe(79.55)
    expect(r.dimensions.map((d) => [d.key, d.points])).toEqual([
      ['reach', 20.15],
      ['quality', 34.4],
      ['risk', 25],
    ])
  })
})

describe('self-assessment', () => {
  test('the applicant alone is scored; its weakest indicators come first, missing ones included, each with what to do', () => {
    const peers = [100, 200, 300, 400, 500].map((v, i) => put(subject(`p${i}`), 'report.economic.brandSales', Y, v))
    const me = put(put(subject('me'), 'report.economic.brandSales', Y, 150), 'report.influence.wellKnownMark', Y, true)
    const { result, weakest } = selfAssess(me, peers, Y, { limit: 3 })
    expect(result.subjectId).toBe('me')
    expect(weakest.map((w) => [w.id, w.status, w.lost])).toEqual([
      ['E1.salesGrowth', 'missing', 7],
      ['E1.sales', 'scored', 6.4], // above 1 of 5 → 1.6 of 8
      ['E1.profit', 'missing', 6],
    ])
    expect(weakest[1].toRaise).toBe('达到同组前 25% 的水平（400 万元以上）约可得 6 分')
    expect(weakest[1].advice).toBe('准确统计使用本商标的商品和服务收入，扩大品牌商品销售')
    expect(weakest.find((w) => w.id === 'E18.wellKnown')).toBeUndefined()
  })
})

describe('rankings', () => {
  const mk = (id: string, patents: number, provinceCode = '350000', field: 'manufacturing' | 'service' = 'manufacturing') =>
    put(subject(id, 'enterprise', { provinceCode, field }), 'ip.patents', Y, patents)
  const subs = [mk('a', 100), mk('b', 40), mk('c', 40), mk('d', 10, '440000'), mk('e', 200, '350000', 'service'), subject('nodata')]
  const results = evaluateYear(subs, Y)

  test('equal scores share a rank; no data, no rank; filters by province, field and score band', () => {
    const all = rankResults(results, subs)
    // fewer than 5 peers everywhere → absolute rule (200 件 = full); one indicator with data, so score = its share
    expect(all.ok && all.entries.map((e) => [e.subjectId, e.rank, e.score])).toEqual([
      ['e', 1, 100],
      ['a', 2, 50],
      ['b', 3, 20],
      ['c', 3, 20],
      ['d', 5, 5],
    ])
    const fj = rankResults(results, subs, { provinceCode: '350102', field: 'manufacturing' })
    expect(fj.ok && fj.entries.map((e) => e.subjectId)).toEqual(['a', 'b', 'c'])
    const band = rankResults(results, subs, { minScore: 50 })
    expect(band.ok && band.entries.map((e) => e.subjectId)).toEqual(['e', 'a'])
  })

  test('results of different method versions are not ranked together', () => {
    const other = evaluateYear([mk('z', 5)], Y, { config: { ...CFG, version: 'X-1' } })
    expect(rankResults([...results, ...other], subs)).toEqual({
      ok: false,
      error: '不同评价方法版本（2026.1、X-1）的结果不可比较，不能一起排名',
    })
  })
})
