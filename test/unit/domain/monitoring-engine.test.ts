import { compareYmd, dayInfo } from '../../../src/domain/calendar'
import {
  type GazetteEntry,
  type MonitorInput,
  type OpinionItem,
  type PortfolioMark,
  matchNames,
  nameParts,
  reconcile,
  runMonitor,
  squattingVerdict,
} from '../../../src/domain/monitoring'
import { matchNameParts } from '../../../src/domain/monitoring/names'
import { gazetteIssue } from '../../../mock/seed/gazette'

const TODAY = '2026-12-01'
const OWNER_A = '福州闽江源食品有限公司'

const mark = (m: Partial<PortfolioMark> & Pick<PortfolioMark, 'id' | 'name' | 'classes'>): PortfolioMark => ({
  regNo: `R${m.id}`,
  markType: 'ordinary',
  ownerOrgId: 'OG-A',
  ownerName: OWNER_A,
  status: 'registered',
  ...m,
})
const entry = (e: Partial<GazetteEntry> & Pick<GazetteEntry, 'regNo' | 'name' | 'groups'>): GazetteEntry => ({
  classes: [...new Set(e.groups.map((g) => Number(g.slice(0, 2))))],
  applicant: '厦门某某贸易有限公司',
  publishedOn: '2026-11-28',
  type: 'preliminary',
  ...e,
})

const MARKS: PortfolioMark[] = [
  mark({
    id: 'TM-A',
    name: '闽江源',
    classes: [29, 30],
    groups: ['2901', '3001'],
    registeredOn: '2017-03-20',
    validUntil: '2027-03-19',
    useEvidenceOn: ['2026-06-01'],
  }),
  mark({ id: 'TM-B', name: '江源小厨', classes: [43], registeredOn: '2022-06-01', validUntil: '2032-05-31' }),
  mark({
    id: 'TM-C',
    name: '福州脱胎漆器',
    markType: 'certification',
    classes: [20, 21],
    ownerOrgId: 'OG-C',
    ownerName: '福州市脱胎漆器行业协会',
    registeredOn: '2016-11-15',
    validUntil: '2026-11-14',
    useEvidenceOn: ['2026-05-01'],
  }),
  mark({ id: 'TM-D', name: '华鑫', classes: [9], registeredOn: '2005-05-05', validUntil: '2025-05-04' }),
  mark({
    id: 'TM-E',
    regNo: 'G1234567',
    name: '安泰',
    classes: [5],
    registeredOn: '2024-03-01',
    validUntil: '2034-02-28',
    useEvidenceOn: ['2026-01-01'],
    madrid: {
      events: [
        { id: 'R1', type: 'refusal', servedOn: '2026-11-20' },
        { id: 'O1', type: 'opposition', servedOn: '2026-11-25', respondedOn: '2026-11-30' },
      ],
    },
  }),
  mark({ id: 'TM-F', name: '百川', classes: [1], status: 'cancelled', registeredOn: '2010-01-01' }),
  mark({
    id: 'TM-G',
    name: '瑞丰',
    classes: [30],
    groups: ['3001'],
    ownerOrgId: 'OG-G',
    ownerName: '泉州瑞丰食品有限公司',
    registeredOn: '2024-06-01',
    useEvidenceOn: ['2026-01-01'],
  }),
  mark({ id: 'TM-H', name: '坏数据', classes: [30] }), // registered without a registration date
]
const GAZETTE: GazetteEntry[] = [
  entry({ regNo: '70000001', name: '闽江圆', groups: ['3001'] }),
  entry({ regNo: '70000002', name: 'MINJIANG YUAN', groups: ['2901'] }),
  entry({ regNo: '70000003', name: '闽江源', groups: ['3501'], applicant: '深圳某某商贸有限公司' }),
  entry({ regNo: '70000004', name: '闽江源臻品', groups: ['2901'] }),
  entry({ regNo: '70000005', name: '江源小楚', groups: ['4302'] }),
  entry({ regNo: '70000006', name: '福州脱胎', groups: ['3502'], type: 'registration', registeredOn: '2026-11-28' }),
  entry({ regNo: '70000007', name: '百川', groups: ['0101'] }),
  entry({ regNo: '70000008', name: '瑞丰优选', groups: ['3001'], applicant: '泉州瑞丰食品有限公司' }),
  entry({
    regNo: '60000009',
    name: '闽江源',
    groups: ['3001'],
    type: 'registration',
    registeredOn: '2024-05-10',
    publishedOn: '2024-05-10',
  }),
  entry({ regNo: '60000010', name: '闽江源', groups: ['2901'], publishedOn: '2026-08-01' }), // opposition closed 2026-11-02
  entry({ regNo: '70000011', name: '闽江源', groups: ['3001'], publishedOn: '2026-12-05' }), // not yet published
  entry({ regNo: '70000012', name: '无类似群', groups: [] }),
]
const OPINIONS: OpinionItem[] = [
  {
    id: 'OP1',
    orgId: 'OG-A',
    trademarkId: 'TM-A',
    title: '网传“闽江源”产品质量问题',
    source: '某网络媒体',
    publishedOn: '2026-11-29',
    severity: 'high',
  },
]
const INPUT: MonitorInput = { today: TODAY, marks: MARKS, gazette: GAZETTE, opinions: OPINIONS }

const summary = (input: MonitorInput) =>
  runMonitor(input).alerts.map((a) => [a.key, a.rule, a.lastDay, a.daysLeft, a.level, a.provisional] as const)

describe('runMonitor: a portfolio with known marks', () => {
  it('yields exactly the expected alerts, sorted by last day', () => {
    expect(summary(INPUT)).toEqual([
      ['renewal:TM-D:2025-05-04', 'lapsed', '2025-11-04', -392, 'overdue', false], // grace ended 2025-11-04
      ['madrid:TM-E:R1', 'madrid_refusal', '2026-12-07', 6, 'urgent', false], // 15 days → Saturday 12-05 → Monday
      ['similar:TM-A:70000001', 'similar_published', '2027-03-01', 90, 'info', true], // homophone
      ['similar:TM-A:70000002', 'similar_published', '2027-03-01', 90, 'info', true], // Latin spelling of the pinyin
      ['similar:TM-A:70000004', 'similar_published', '2027-03-01', 90, 'info', true], // containment
      ['similar:TM-B:70000005', 'similar_published', '2027-03-01', 90, 'info', true], // homophone, class-wide watch
      ['squatting:TM-A:70000003:preliminary', 'squatting', '2027-03-01', 90, 'info', true], // same name, class 35
      ['renewal:TM-A:2027-03-19', 'renewal_open', '2027-03-19', 108, 'info', false], // term end: exact, not 暂定
      ['renewal:TM-C:2026-11-14', 'renewal_grace', '2027-05-14', 164, 'soon', true], // grace: at least 'soon'
      ['invalidation:TM-A:60000009', 'invalidation_window', '2029-05-10', 891, 'info', true],
      ['nonuse:TM-B', 'nonuse_risk', null, null, 'soon', false],
      ['opinion:OP1', 'negative_opinion', null, null, 'urgent', false],
    ])
  })

  it('reports each bad record with a field-level Chinese message and still runs the rest', () => {
    expect(runMonitor(INPUT).problems).toEqual([
      { path: 'marks[7].registeredOn', message: '已注册商标须填写注册公告日' },
      { path: 'gazette[11].classes', message: '至少填写一个类别' },
      { path: 'gazette[11].groups', message: '公告条目须列明类似群' },
    ])
    expect(runMonitor({ ...INPUT, today: '2026-13-01' }).problems).toEqual([{ path: 'today', message: '监测日期格式应为 YYYY-MM-DD' }])
  })

  it('states the legal basis, what to do, and why a date is 暂定', () => {
    const byKey = new Map(runMonitor(INPUT).alerts.map((a) => [a.key, a]))
    const opp = byKey.get('similar:TM-A:70000001')!
    expect(opp).toMatchObject({
      basis: '商标法第三十三条',
      nominalLastDay: '2027-02-28',
      title: '近似商标「闽江圆」初步审定公告（第30类），异议截止 2027-03-01（暂定）',
      provisionalReason: '2027 年法定节假日安排尚未发布，截止日按周末和法定节日推算（暂定），发布后将重新核算。',
      counterpart: { regNo: '70000001', match: 'homophone', applicant: '厦门某某贸易有限公司' },
    })
    expect(opp.detail).toContain('类似群 3001 相同')
    expect(opp.advice).toContain('异议')
    const renewal = byKey.get('renewal:TM-A:2027-03-19')!
    expect(renewal.provisionalReason).toBeUndefined()
    expect(renewal.detail).toBe('续展期自 2026-03-20 起；期满后有 6 个月宽展期，至 2027-09-20（暂定） 止（须缴纳延迟费）。')
    expect(byKey.get('renewal:TM-C:2026-11-14')!.basis).toBe('商标法第四十条')
    expect(byKey.get('nonuse:TM-B')!.detail).toContain('自 2025-06-02 起任何单位或个人均可申请撤销')
    expect(byKey.get('madrid:TM-E:R1')!.basis).toBe('商标法第三十四条')
    expect(byKey.get('opinion:OP1')!.basis).toBeNull()
  })

  it('watches a collective/certification mark with its members’ use in the advice', () => {
    const m = mark({ id: 'TM-X', name: '古田银耳', markType: 'collective', classes: [31], registeredOn: '2019-01-10' })
    const [a] = runMonitor({ today: TODAY, marks: [m], gazette: [] }).alerts
    expect(a).toMatchObject({ rule: 'nonuse_risk', level: 'soon' })
    expect(a.advice).toContain('集体商标成员（使用人）的使用记录可作为使用证据')
  })

  it('warns before non-use exposure begins, counting a licensee’s use', () => {
    const m = mark({
      id: 'TM-Y',
      name: '青禾',
      classes: [30],
      registeredOn: '2015-01-10',
      validUntil: '2035-01-09', // renewed once
      useEvidenceOn: ['2020-01-01'],
      licences: [{ licensee: '某食品厂', from: '2022-01-01', useEvidenceOn: ['2024-01-15'] }],
    })
    // exposure from 2027-01-16 (3 years after the licensee's 2024-01-15 use): 45 days ahead
    expect(summary({ today: TODAY, marks: [m], gazette: [] })).toEqual([['nonuse:TM-Y', 'nonuse_risk', '2027-01-15', 45, 'soon', false]])
    expect(summary({ today: '2027-01-16', marks: [m], gazette: [] })).toEqual([['nonuse:TM-Y', 'nonuse_risk', null, null, 'soon', false]])
  })

  it('a filed renewal silences the renewal alert', () => {
    const m = { ...MARKS[0], renewalFiledOn: '2026-11-01' }
    expect(runMonitor({ today: TODAY, marks: [m], gazette: [] }).alerts.map((a) => a.rule)).toEqual([])
  })

  it('keys are stable and versions follow the inputs', () => {
    const a = runMonitor(INPUT).alerts
    const b = runMonitor(JSON.parse(JSON.stringify(INPUT))).alerts
    expect(b).toEqual(a)
    const changed = runMonitor({
      ...INPUT,
      marks: MARKS.map((m) => (m.id === 'TM-A' ? { ...m, useEvidenceOn: ['2026-07-01'] } : m)),
    }).alerts
    const versions = (xs: typeof a, key: string) => xs.find((x) => x.key === key)!.inputVersion
    expect(versions(changed, 'similar:TM-A:70000001')).not.toBe(versions(a, 'similar:TM-A:70000001'))
    expect(versions(changed, 'similar:TM-B:70000005')).toBe(versions(a, 'similar:TM-B:70000005'))
  })
})

describe('reconcile: alerts as derived state', () => {
  const first = runMonitor(INPUT).alerts

  it('a re-run adds, updates and resolves nothing', () => {
    const r = reconcile(first, runMonitor(INPUT).alerts)
    expect([r.added.length, r.updated.length, r.resolved.length, r.unchanged.length]).toEqual([0, 0, 0, first.length])
  })

  it('a new day alone (days left changes) is not an update', () => {
    const r = reconcile(first, runMonitor({ ...INPUT, today: '2026-12-02' }).alerts)
    // e.g. the Madrid refusal goes from 6 to 5 days left: still urgent, nothing to store
    expect(r.updated.map((u) => [u.next.key, u.changes])).toEqual([])
    expect(r.added).toEqual([])
    expect(r.resolved).toEqual([])
  })

  it('a later clock escalates, resolves and raises', () => {
    const r = reconcile(first, runMonitor({ ...INPUT, today: '2027-03-02' }).alerts)
    // the opposition windows closed on 2027-03-01
    expect(r.resolved.map((a) => a.key)).toEqual([
      'similar:TM-A:70000001',
      'similar:TM-A:70000002',
      'similar:TM-A:70000004',
      'similar:TM-B:70000005',
      'squatting:TM-A:70000003:preliminary',
    ])
    expect(r.updated.map((u) => [u.next.key, u.next.rule, u.next.level, u.changes])).toEqual([
      ['madrid:TM-E:R1', 'madrid_refusal', 'overdue', ['level']],
      ['renewal:TM-A:2027-03-19', 'renewal_due', 'soon', ['rule', 'level']], // 17 days left
    ])
    // the entry dated 2026-12-05 is published by now: its window (to 2027-03-05) is open
    expect(r.added.map((a) => [a.key, a.lastDay, a.level])).toEqual([['similar:TM-A:70000011', '2027-03-05', 'urgent']])
  })

  it('a changed trademark updates its alerts; a new gazette entry raises one', () => {
    const marks = MARKS.map((m) => (m.id === 'TM-A' ? { ...m, validUntil: '2027-03-18' } : m))
    const gazette = [...GAZETTE, entry({ regNo: '70000013', name: '江源小厨', groups: ['4301'] })]
    const r = reconcile(first, runMonitor({ ...INPUT, marks, gazette }).alerts)
    expect(r.added.map((a) => a.key).sort()).toEqual(['renewal:TM-A:2027-03-18', 'similar:TM-B:70000013'])
    expect(r.resolved.map((a) => a.key)).toEqual(['renewal:TM-A:2027-03-19'])
    expect(r.updated.map((u) => [u.next.key, u.changes])).toEqual(
      first.filter((a) => a.trademarkId === 'TM-A' && a.counterpart).map((a) => [a.key, ['inputVersion']]),
    )
  })

  it('leaves stored alerts outside the run’s scope alone', () => {
    const onlyB = runMonitor({ ...INPUT, marks: MARKS.filter((m) => m.id === 'TM-B') }).alerts
    const r = reconcile(first, onlyB, { inScope: (key) => key.includes(':TM-B') })
    expect(r.resolved).toEqual([])
    expect(r.unchanged.map((u) => u.next.key)).toEqual(['similar:TM-B:70000005', 'nonuse:TM-B'])
  })

  it('refuses duplicate keys', () => {
    expect(() => reconcile([], [first[0], first[0]])).toThrow('duplicate computed key')
  })
})

describe('name similarity', () => {
  it.each([
    ['闽江源', '闽江源', 'identical'],
    ['闽江源', '闽江源及图', 'identical'],
    ['ＭＩＮ　Ｊｉａｎｇ', 'minjiang', 'identical'], // full width, case, spaces
    ['闽江源', '闽江圆', 'homophone'],
    ['闽江源', 'MINJIANG YUAN', 'homophone'],
    ['闽江源 MINJIANGYUAN', '民江元', 'homophone'],
    ['闽江源', '闽光源', 'one_char'],
    ['福州脱胎漆器', '福利脱胎漆器', 'one_char'],
    ['HUAXIN', 'HUAXIA', 'one_char'],
    ['闽江源', '闽江源臻品', 'contains'],
    ['福州脱胎漆器', '福州脱胎', 'contains'],
    ['华鑫', '华鑫家', 'contains'],
  ] as const)('%s ~ %s: %s', (a, b, kind) => {
    expect(matchNames(a, b)?.kind).toBe(kind)
    expect(matchNames(b, a)?.kind).toBe(kind) // symmetric
  })
  it.each([
    ['华鑫', '华为'], // two characters, one different: a different word
    ['华鑫', '福州华鑫食品'], // too small a part of the longer name
    ['HUAXIN', 'HUAXINGQ'],
    ['闽江源', '江源小厨'],
    ['天泽', '泽天'],
    ['源', '源'], // one character carries no weight
  ])('%s vs %s: no match', (a, b) => expect(matchNames(a, b)).toBeNull())
  it('splits a combined mark into its Chinese and Latin parts', () => {
    expect(nameParts('闽江源 MINJIANGYUAN（及图）')).toEqual([
      { text: '闽江源', script: 'han', sound: 'minjiangyuan' },
      { text: 'minjiangyuan', script: 'latin', sound: 'minjiangyuan' },
    ])
  })
})

describe('the index finds every pair the rules accept (no pair is missed by not comparing all)', () => {
  it('agrees with a brute-force comparison on a generated gazette', () => {
    const issue = gazetteIssue(2051, { size: 1500, plant: 'all' })
    // watched names: the demo marks plus names taken from the gazette and perturbed, in random groups
    const marks: PortfolioMark[] = issue.entries.slice(0, 300).map((e, i) => ({
      id: `W${i}`,
      regNo: `W${i}`,
      name: i % 3 === 0 ? e.name : i % 3 === 1 ? `${e.name}家` : [...e.name].reverse().join(''),
      markType: 'ordinary',
      classes: [((i * 7) % 45) + 1],
      ...(i % 2 ? { groups: [`${String(((i * 7) % 45) + 1).padStart(2, '0')}01`] } : {}),
      ownerOrgId: `O${i}`,
      ownerName: `权利人${i}`,
      status: 'published',
    }))
    marks.push(...MARKS.slice(0, 3))
    const got = new Set(
      runMonitor({ today: '2026-12-01', marks, gazette: issue.entries })
        .alerts.filter((a) => a.counterpart)
        .map((a) => `${a.trademarkId}|${a.counterpart!.regNo}`),
    )
    const expected = new Set<string>()
    for (const m of marks)
      for (const e of issue.entries) {
        if (m.ownerName === e.applicant || m.regNo === e.regNo) continue
        const match = matchNameParts(nameParts(m.name), nameParts(e.name))
        if (!match) continue
        const shared = m.groups
          ? e.groups.some((g) => m.groups!.includes(g))
          : e.groups.some((g) => m.classes.includes(Number(g.slice(0, 2))))
        const ourPart = nameParts(m.name).find((p) => p.text === match.ours)!
        const squat = !shared && squattingVerdict(m, e, match, ourPart, 0, '2026-12-01').suspected
        if (shared || squat) expected.add(`${m.id}|${e.regNo}`)
      }
    expect(expected.size).toBeGreaterThan(60)
    expect([...got].sort()).toEqual([...expected].sort())
  })
})

describe('alert dates', () => {
  it('a moved last day is later than the nominal one and a working day', () => {
    const moved = runMonitor(INPUT).alerts.filter((a) => a.lastDay && a.nominalLastDay !== a.lastDay)
    expect(moved.length).toBeGreaterThan(0)
    for (const a of moved) {
      expect(compareYmd(a.lastDay!, a.nominalLastDay!)).toBe(1)
      expect(dayInfo(a.lastDay!).working).toBe(true)
    }
  })
})
