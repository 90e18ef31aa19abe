// The suspected-squatting rule on worked cases, both ways: same or near-identical name, distinctive names only,
// other classes, another holder, published recently and after our mark.
import {
  type GazetteEntry,
  type PortfolioMark,
  distinctiveCore,
  isDistinctivePart,
  matchNames,
  nameParts,
  runMonitor,
  squattingVerdict,
} from '../../../src/domain/monitoring'

const TODAY = '2026-12-01'
const ours = (name: string, extra: Partial<PortfolioMark> = {}): PortfolioMark => ({
  id: 'TM-1',
  regNo: '12345678',
  name,
  markType: 'ordinary',
  classes: [29],
  groups: ['2901'],
  ownerOrgId: 'OG-1',
  ownerName: '福州闽江源食品有限公司',
  status: 'registered',
  registeredOn: '2018-05-10',
  validUntil: '2028-05-09',
  useEvidenceOn: ['2026-06-01'],
  ...extra,
})
const theirs = (name: string, extra: Partial<GazetteEntry> = {}): GazetteEntry => ({
  regNo: '80000001',
  name,
  classes: [35],
  groups: ['3501'],
  applicant: '深圳某某商贸有限公司',
  publishedOn: '2026-11-28',
  type: 'preliminary',
  ...extra,
})

/** the engine's verdict: does this pair raise a squatting alert? */
const squats = (m: PortfolioMark, e: GazetteEntry, today = TODAY) =>
  runMonitor({ today, marks: [m], gazette: [e] }).alerts.some((a) => a.rule === 'squatting')
const verdict = (m: PortfolioMark, e: GazetteEntry, shared = 0, today = TODAY) => {
  const match = matchNames(m.name, e.name)!
  const part = nameParts(m.name).find((p) => p.text === match.ours)!
  return squattingVerdict(m, e, match, part, shared, today)
}

describe('suspected squatting: raised', () => {
  it.each([
    ['identical distinctive name in another class', ours('闽江源'), theirs('闽江源')],
    ['same sound (闽江圆 for 闽江源)', ours('闽江源'), theirs('闽江圆')],
    ['the pinyin spelled in Latin letters', ours('闽江源'), theirs('MINJIANGYUAN')],
    ['a Latin name of 6+ letters', ours('MINJIANGYUAN'), theirs('minjiangyuan')],
    ['a regional brand (place + product) copied', ours('福州脱胎漆器', { classes: [20], groups: ['2001'] }), theirs('福州脱胎漆器')],
    ['a registration notice in another class', ours('闽江源'), theirs('闽江源', { type: 'registration', registeredOn: '2026-11-28' })],
    [
      'our mark is only applied for, earlier',
      ours('闽江源', { status: 'applied', registeredOn: undefined, appliedOn: '2025-03-01' }),
      theirs('闽江源'),
    ],
  ])('%s', (_, m, e) => {
    expect(verdict(m, e)).toEqual({ suspected: true })
    expect(squats(m, e)).toBe(true)
  })
})

describe('suspected squatting: not raised', () => {
  it.each([
    ['two-character auspicious word (华鑫)', ours('华鑫'), theirs('华鑫'), 'generic_name'],
    ['two characters once the generic suffix is taken out (华鑫优选)', ours('华鑫优选'), theirs('华鑫优选'), 'generic_name'],
    ['generic suffix 小厨 leaves two characters (江源小厨)', ours('江源小厨'), theirs('江源小厨'), 'generic_name'],
    ['a short Latin name (ANTAI)', ours('ANTAI'), theirs('ANTAI'), 'generic_name'],
    ['one character different', ours('闽江源'), theirs('闽海源'), 'weak_match'],
    ['containment only', ours('闽江源'), theirs('闽江源优选'), 'weak_match'],
    ['published more than 3 months ago', ours('闽江源'), theirs('闽江源', { publishedOn: '2026-08-20' }), 'not_recent'],
    ['their filing is older than our mark', ours('闽江源', { registeredOn: '2026-11-30' }), theirs('闽江源'), 'not_earlier'],
  ] as const)('%s', (_, m, e, reason) => {
    expect(verdict(m, e)).toEqual({ suspected: false, reason })
    expect(squats(m, e)).toBe(false)
  })

  it('a shared similarity group is the opposition rule, not squatting', () => {
    const e = theirs('闽江源', { classes: [29], groups: ['2901'] })
    expect(verdict(ours('闽江源'), e, 1)).toEqual({ suspected: false, reason: 'shared_group' })
    expect(runMonitor({ today: TODAY, marks: [ours('闽江源')], gazette: [e] }).alerts.map((a) => a.rule)).toEqual(['similar_published'])
  })

  it('the same holder filing its own name elsewhere is not squatting', () => {
    expect(squats(ours('闽江源'), theirs('闽江源', { applicant: '福州闽江源食品有限公司' }))).toBe(false)
  })
})

describe('distinctiveness', () => {
  it.each([
    ['闽江源', '闽江源', true],
    ['华鑫优选', '华鑫', false],
    ['福州脱胎漆器', '福州脱胎漆器', true],
    ['闽江源食品', '闽江源', true],
    ['家', '', false],
  ])('%s → core %s, distinctive %s', (name, core, distinctive) => {
    expect(distinctiveCore(name)).toBe(core)
    const part = nameParts(name)[0]
    expect(part ? isDistinctivePart(part) : false).toBe(distinctive)
  })
  it('digits alone are not a distinctive Latin part', () => {
    expect(isDistinctivePart({ text: '123456', script: 'latin', sound: '123456' })).toBe(false)
  })
})
