import type { ApplicationAction, ApplicationStatus, User } from '../../../src/domain/contract'
import { APPLICATION_STATUSES, APPLICATION_STATUS_LABELS } from '../../../src/domain/contract'
import { APPLICATION_STATUS, APPLICATION_STATUS_TONES } from '../../../src/domain/status'
import {
  TRANSITIONS,
  availableActions,
  canView,
  decideTransition,
  enterpriseEligibility,
  evaluateEligibility,
  isBelowProvince,
  programmeYear,
  regionalEligibility,
  stationConfirmations,
  stationEligibility,
  validateNoticePeriod,
  type LinkApp,
  type TransitionSubject,
} from '../../../src/domain/application'

const users: Record<string, User> = {
  enterprise: { id: 'U1', phone: '13800000001', name: '陈', role: 'enterprise', orgId: 'OG1' },
  otherEnterprise: { id: 'U9', phone: '13800000009', name: '他', role: 'enterprise', orgId: 'OG9' },
  association: { id: 'U2', phone: '13800000002', name: '黄', role: 'association', orgId: 'OG2' },
  staff: { id: 'U3', phone: '13800000003', name: '王', role: 'staff', stationId: 'ST1' },
  province: { id: 'U4', phone: '13800000004', name: '林', role: 'province', provinceCode: '350000' },
  otherProvince: { id: 'U6', phone: '13800000006', name: '赵', role: 'province', provinceCode: '110000' },
  national: { id: 'U5', phone: '13800000005', name: '张', role: 'national' },
}
const entApp = (status: ApplicationStatus): TransitionSubject => ({ track: 'enterprise', status, provinceCode: '350000', orgId: 'OG1' })
const ACTIONS: ApplicationAction[] = ['submit', 'resubmit', 'return', 'recommend', 'national_review', 'publish', 'confirm', 'reject']
const input = { reason: '原因', start: '2026-11-24', end: '2026-11-30', today: '2026-11-24' }

describe('state machine', () => {
  // the complete legal table: (action, from, who) → to
  const LEGAL: Array<[ApplicationAction, ApplicationStatus, string, ApplicationStatus]> = [
    ['submit', 'draft', 'enterprise', 'submitted'],
    ['resubmit', 'returned', 'enterprise', 'resubmitted'],
    ['return', 'submitted', 'province', 'returned'],
    ['return', 'resubmitted', 'province', 'returned'],
    ['recommend', 'submitted', 'province', 'recommended'],
    ['recommend', 'resubmitted', 'province', 'recommended'],
    ['national_review', 'recommended', 'national', 'national_review'],
    ['publish', 'national_review', 'national', 'public_notice'],
    ['confirm', 'public_notice', 'national', 'confirmed'],
    ['reject', 'public_notice', 'national', 'not_selected'],
  ]

  test.each(LEGAL)('%s from %s by %s → %s', (action, from, who, to) => {
    const d = decideTransition(users[who], entApp(from), action, input)
    expect(d).toMatchObject({ ok: true, to })
  })

  test('every other (status, action, actor) combination is refused', () => {
    let refused = 0
    for (const status of APPLICATION_STATUSES) {
      for (const action of ACTIONS) {
        for (const who of Object.keys(users)) {
          const legal = LEGAL.some(([a, f, w]) => a === action && f === status && w === who)
          const d = decideTransition(users[who], entApp(status), action, input)
          expect(d.ok).toBe(legal)
          if (!d.ok) {
            refused++
            expect([403, 409]).toContain(d.status)
            expect(d.message).toMatch(/[\u4e00-\u9fa5]/)
          }
        }
      }
    }
    expect(refused).toBe(APPLICATION_STATUSES.length * ACTIONS.length * Object.keys(users).length - LEGAL.length)
  })

  test('role/scope refusals are 403, state refusals 409', () => {
    expect(decideTransition(users.otherProvince, entApp('submitted'), 'recommend')).toMatchObject({
      ok: false,
      status: 403,
      message: '只能审核本省（区、市）的申报',
    })
    expect(decideTransition(users.otherEnterprise, entApp('draft'), 'submit')).toMatchObject({ ok: false, status: 403 })
    expect(decideTransition(users.national, entApp('submitted'), 'recommend')).toMatchObject({ ok: false, status: 403 })
    expect(decideTransition(users.province, entApp('recommended'), 'recommend')).toMatchObject({
      ok: false,
      status: 409,
      code: 'INVALID_TRANSITION',
      message: '当前状态为“省级已推荐”，不能推荐',
    })
  })

  test('reasons are required for return and reject (400 with a field error)', () => {
    expect(decideTransition(users.province, entApp('submitted'), 'return', { reason: '  ' })).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { reason: '请填写退回原因' },
    })
    expect(decideTransition(users.national, entApp('public_notice'), 'reject', {})).toMatchObject({
      ok: false,
      fieldErrors: { reason: '请填写不予入选的原因' },
    })
    expect(decideTransition(users.province, entApp('submitted'), 'return', { reason: '字'.repeat(501) })).toMatchObject({
      ok: false,
      status: 400,
    })
  })

  test('the applicant of each track: enterprise org, association org, station staff', () => {
    expect(
      decideTransition(users.association, { track: 'regional', status: 'draft', provinceCode: '350000', orgId: 'OG2' }, 'submit').ok,
    ).toBe(true)
    expect(
      decideTransition(users.staff, { track: 'station', status: 'draft', provinceCode: '350000', stationId: 'ST1' }, 'submit').ok,
    ).toBe(true)
    // an enterprise user cannot file a regional application even for its own org id
    expect(
      decideTransition(users.enterprise, { track: 'regional', status: 'draft', provinceCode: '350000', orgId: 'OG1' }, 'submit').ok,
    ).toBe(false)
    expect(
      decideTransition(users.staff, { track: 'station', status: 'draft', provinceCode: '350000', stationId: 'ST2' }, 'submit').ok,
    ).toBe(false)
  })

  test('visibility and available actions', () => {
    expect(canView(users.province, entApp('draft'))).toBe(false)
    expect(canView(users.province, entApp('submitted'))).toBe(true)
    expect(canView(users.otherProvince, entApp('submitted'))).toBe(false)
    expect(canView(users.national, entApp('draft'))).toBe(false)
    expect(canView(users.enterprise, entApp('draft'))).toBe(true)
    expect(availableActions(users.province, entApp('resubmitted'))).toEqual(['return', 'recommend'])
    expect(availableActions(users.national, entApp('public_notice'))).toEqual(['confirm', 'reject'])
    expect(availableActions(users.enterprise, entApp('returned'))).toEqual(['resubmit'])
    expect(TRANSITIONS).toHaveLength(8)
  })
})

describe('public notice period', () => {
  test('end ≥ start + 5 days; start not before today; real dates', () => {
    expect(validateNoticePeriod('2026-11-24', '2026-11-29', '2026-11-24')).toEqual({})
    expect(validateNoticePeriod('2026-11-24', '2026-11-28', '2026-11-24').end).toMatch(/至少 5 天/)
    expect(validateNoticePeriod('2026-11-23', '2026-12-01', '2026-11-24').start).toMatch(/不能早于今天/)
    expect(validateNoticePeriod('2026-02-30', '2026-03-10')).toHaveProperty('start')
    expect(validateNoticePeriod(undefined, '2026-03-10')).toHaveProperty('start')
    expect(validateNoticePeriod('2026-12-29', '2027-01-03')).toEqual({}) // across the year end
  })
})

describe('eligibility', () => {
  test('enterprise: main mark and business match block; non-demonstration warns (30 % cap)', () => {
    const ok = enterpriseEligibility({ markIsMain: true, markMatchesBusiness: true, ipStatus: 'demonstration' })
    expect(ok.ok).toBe(true)
    expect(ok.checks.every((c) => c.ok)).toBe(true)
    const nonDemo = enterpriseEligibility({ markIsMain: true, markMatchesBusiness: true, ipStatus: 'none' })
    expect(nonDemo.ok).toBe(true)
    expect(nonDemo.checks.find((c) => c.rule === 'enterprise_ip_status')).toMatchObject({ ok: false, level: 'warn' })
    expect(nonDemo.checks.find((c) => c.rule === 'enterprise_ip_status')!.message).toContain('30%')
    const notMain = enterpriseEligibility({ markIsMain: false, markMatchesBusiness: true, ipStatus: 'advantage' })
    expect(notMain.ok).toBe(false)
    expect(enterpriseEligibility({}).ok).toBe(false)
  })

  const regionalOk = { markType: 'collective' as const, regionCode: '350102', primaryAgricultural: false, field: 'manufacturing' as const }

  test('regional: collective / certification marks qualify', () => {
    expect(regionalEligibility(regionalOk, { provinceCode: '350000' }).ok).toBe(true)
    expect(regionalEligibility({ ...regionalOk, markType: 'certification' }).ok).toBe(true)
    expect(regionalEligibility({ ...regionalOk, markType: undefined }).ok).toBe(false)
  })

  test('regional: an ordinary mark needs county-level approval AND ≥ 5 other lawful users (boundary 4/5)', () => {
    const base = { ...regionalOk, markType: 'ordinary' as const }
    expect(regionalEligibility({ ...base, countyApproval: true, otherLawfulUsers: 5 }).ok).toBe(true)
    expect(regionalEligibility({ ...base, countyApproval: true, otherLawfulUsers: 4 }).ok).toBe(false)
    expect(regionalEligibility({ ...base, countyApproval: false, otherLawfulUsers: 50 }).ok).toBe(false)
    expect(regionalEligibility(base).ok).toBe(false)
  })

  test('regional: region must be a city / county (not a province code) inside the applicant’s province', () => {
    expect(isBelowProvince('350100')).toBe(true)
    expect(isBelowProvince('350102')).toBe(true)
    expect(isBelowProvince('350000')).toBe(false)
    expect(isBelowProvince('3501')).toBe(false)
    const province = regionalEligibility({ ...regionalOk, regionCode: '350000' })
    expect(province.checks.find((c) => c.rule === 'regional_region_level')).toMatchObject({ ok: false, level: 'block' })
    const elsewhere = regionalEligibility({ ...regionalOk, regionCode: '330102' }, { provinceCode: '350000' })
    expect(elsewhere.checks.find((c) => c.rule === 'regional_region_province')).toMatchObject({ ok: false, level: 'block' })
  })

  test('regional: primary agricultural products are refused (block); processed agriculture only warns', () => {
    const primary = regionalEligibility({ ...regionalOk, field: 'agriculture', primaryAgricultural: true })
    expect(primary.ok).toBe(false)
    expect(primary.checks.find((c) => c.rule === 'regional_primary_agri')!.message).toContain('原则上不予申报')
    const processed = regionalEligibility({ ...regionalOk, field: 'agriculture', primaryAgricultural: false })
    expect(processed.ok).toBe(true)
    expect(processed.checks.find((c) => c.rule === 'regional_agri_share')).toMatchObject({ ok: false, level: 'warn' })
  })

  test('station: at least one served participant (block); pending confirmations warn', () => {
    expect(stationEligibility({}).ok).toBe(false)
    expect(stationEligibility({ servedEnterpriseOrgIds: [], servedRegionalOrgIds: [] }).checks[0].message).toContain('至少一个')
    const pending = stationEligibility(
      { servedEnterpriseOrgIds: ['OG1'] },
      { confirmations: [{ stationId: 'ST1', stationName: '站', orgId: 'OG1', orgName: '企业甲', track: 'enterprise', status: 'pending' }] },
    )
    expect(pending.ok).toBe(true)
    expect(pending.checks[1]).toMatchObject({ rule: 'station_link', ok: false, level: 'warn' })
    expect(pending.checks[1].message).toContain('企业甲')
  })

  test('participant side shows its station link state', () => {
    const r = evaluateEligibility(
      'enterprise',
      { markIsMain: true, markMatchesBusiness: true, ipStatus: 'advantage' },
      {
        confirmations: [
          {
            stationId: 'ST1',
            stationName: '鼓楼站',
            orgId: 'OG1',
            orgName: '甲',
            track: 'enterprise',
            status: 'pending',
            waitingFor: 'station',
          },
        ],
      },
    )
    expect(r.ok).toBe(true)
    expect(r.checks.find((c) => c.rule === 'station_link')!.message).toContain('待指导站')
  })
})

describe('two-sided station links', () => {
  const names = { stationName: (id: string) => `站${id}`, orgName: (id: string) => `单位${id}`, orgKind: () => 'enterprise' as const }
  const station: LinkApp = {
    id: 'A1',
    track: 'station',
    year: 2026,
    stationId: 'ST1',
    status: 'submitted',
    form: { servedEnterpriseOrgIds: ['OG1', 'OG3'], servedRegionalOrgIds: ['OG2'] },
  }
  const ent: LinkApp = { id: 'A2', track: 'enterprise', year: 2026, orgId: 'OG1', status: 'draft', form: { stationId: 'ST1' } }
  const reg: LinkApp = { id: 'A3', track: 'regional', year: 2026, orgId: 'OG2', status: 'submitted', form: { stationId: 'ST9' } }
  const lastYear: LinkApp = { id: 'A4', track: 'enterprise', year: 2025, orgId: 'OG3', status: 'confirmed', form: { stationId: 'ST1' } }

  test('confirmed only when both name each other; otherwise pending with who is awaited', () => {
    const all = [station, ent, reg, lastYear]
    const s = stationConfirmations(station, all, names)
    expect(s.map((c) => [c.orgId, c.status, c.waitingFor])).toEqual([
      ['OG1', 'confirmed', undefined],
      ['OG3', 'pending', 'participant'], // only last year's application names it
      ['OG2', 'pending', 'participant'], // names another station
    ])
    expect(stationConfirmations(ent, all, names)).toEqual([
      expect.objectContaining({ stationId: 'ST1', stationName: '站ST1', status: 'confirmed', otherApplicationId: 'A1' }),
    ])
    const r = stationConfirmations(reg, all, names)
    expect(r[0]).toMatchObject({ stationId: 'ST9', status: 'pending', waitingFor: 'station' })
    expect(r[0].otherApplicationId).toBeUndefined()
    expect(stationConfirmations({ ...ent, form: {} }, all, names)).toEqual([])
  })
})

describe('labels and tones', () => {
  test('every status has a Chinese label and a tone, matching src/domain/status.ts', () => {
    for (const s of APPLICATION_STATUSES) {
      expect(APPLICATION_STATUS_LABELS[s]).toMatch(/[\u4e00-\u9fa5]/)
      expect(APPLICATION_STATUS[s]).toEqual({ label: APPLICATION_STATUS_LABELS[s], tone: APPLICATION_STATUS_TONES[s] })
    }
  })
  test('programme year is the Beijing calendar year', () => {
    expect(programmeYear(new Date('2026-12-31T16:30:00Z'))).toBe(2027)
    expect(programmeYear(new Date('2026-11-24T02:00:00Z'))).toBe(2026)
  })
})
