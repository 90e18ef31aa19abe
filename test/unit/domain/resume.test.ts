import type { Application } from '../../../src/domain/contract'
import { formDef, validateApplicationForm } from '../../../src/domain/forms'
import {
  fillEmpty,
  firstStepOf,
  identityToRemember,
  pickApplication,
  planResume,
  prefillValues,
  resumeStep,
  resumeYear,
  stripEmpty,
} from '../../../src/domain/forms/resume'
import { demoEnterpriseForm } from '../../api/application-fixtures'

const YEAR = 2025
const app = (over: Partial<Application>): Application =>
  ({ id: 'A1', track: 'enterprise', year: YEAR, status: 'draft', form: {}, ...over }) as Application

describe('pickApplication', () => {
  const mine = [app({ id: 'E24', year: 2024 }), app({ id: 'E25', year: 2025 }), app({ id: 'R25', year: 2025, track: 'regional' })]
  test('the newest of the track, another track never', () => {
    expect(pickApplication(mine, 'enterprise')?.id).toBe('E25')
    expect(pickApplication(mine, 'regional')?.id).toBe('R25')
    expect(pickApplication(mine, 'station')).toBeUndefined()
  })
  test('the one asked for by id; an unknown id falls back to the newest', () => {
    expect(pickApplication(mine, 'enterprise', 'E24')?.id).toBe('E24')
    expect(pickApplication(mine, 'enterprise', 'R25')?.id).toBe('E25')
    expect(pickApplication(mine, 'enterprise', 'nope')?.id).toBe('E25')
  })
})

describe('resumeYear', () => {
  test('the application’s year wins; offline the last draft’s year; otherwise the clock', () => {
    expect(resumeYear({ target: app({ year: 2024 }), serverReached: true, lastYear: 2026, clockYear: 2025 })).toBe(2024)
    expect(resumeYear({ serverReached: false, lastYear: 2024, clockYear: 2025 })).toBe(2024)
    expect(resumeYear({ serverReached: true, lastYear: 2024, clockYear: 2025 })).toBe(2025)
    expect(resumeYear({ serverReached: false, clockYear: 2025 })).toBe(2025)
  })
})

describe('resumeStep / firstStepOf', () => {
  const def = formDef('enterprise', YEAR)
  const full = demoEnterpriseForm() as unknown as Record<string, unknown>
  const without = (keys: string[]) => Object.fromEntries(Object.entries(full).filter(([k]) => !keys.includes(k)))
  const stepKeys = (i: number) => def.steps[i].fields.map((f) => f.key)

  test('the fixture is a complete form (else the cases below prove nothing)', () => {
    expect(validateApplicationForm('enterprise', YEAR, full, 'submit')).toEqual({})
  })
  test('an empty form starts at the first step', () => {
    expect(resumeStep('enterprise', YEAR, {})).toBe(0)
  })
  test('a complete form opens on the summary step', () => {
    expect(resumeStep('enterprise', YEAR, full)).toBe(def.steps.length)
  })
  test('resumes at the first step that still needs input', () => {
    for (const i of [1, 2, def.steps.length - 1]) {
      const missing = stepKeys(i).filter((k) => k in full)
      expect(resumeStep('enterprise', YEAR, without([...missing, ...stepKeys(def.steps.length - 1)]))).toBe(i)
    }
  })
  test('only empty required fields hold it back: a filled but wrong value is left to the summary step', () => {
    const wrongUscc = { ...full, uscc: '91350100M000100Y44' }
    expect(Object.keys(validateApplicationForm('enterprise', YEAR, wrongUscc, 'submit'))).toContain('uscc')
    expect(resumeStep('enterprise', YEAR, wrongUscc)).toBe(def.steps.length)
  })
  test('firstStepOf ignores keys that are not on the form', () => {
    expect(firstStepOf(def, ['nope'])).toBeUndefined()
    expect(firstStepOf(def, ['nope', stepKeys(2)[0], stepKeys(1)[0]])).toBe(1)
  })
})

describe('planResume', () => {
  const local = (over = {}) => ({ values: { orgName: '本机' }, dirty: false, ...over })

  test('offline with a draft this device submitted: locked, not editable again', () => {
    const plan = planResume({
      track: 'enterprise',
      year: YEAR,
      serverReached: false,
      local: local({ status: 'submitted', applicationId: 'A9' }),
    })
    expect(plan).toEqual({ kind: 'locked', locked: { id: 'A9', year: YEAR, status: 'submitted', track: 'enterprise' } })
  })
  test('offline with an editable draft: carry on with it', () => {
    const plan = planResume({
      track: 'enterprise',
      year: YEAR,
      serverReached: false,
      local: local({ status: 'returned', applicationId: 'A9' }),
    })
    expect(plan).toEqual({ kind: 'edit', draft: { kind: 'keep' }, fresh: false })
  })
  test('a submitted application on the server is locked whatever the device has', () => {
    const target = app({ status: 'recommended' })
    expect(planResume({ track: 'enterprise', year: YEAR, target, serverReached: true, local: local({ dirty: true }) })).toEqual({
      kind: 'locked',
      locked: target,
      application: target,
    })
  })
  test('a server draft new to this device: created from the server’s values at its resume step', () => {
    const target = app({ form: { orgName: '服务器' } as any })
    const plan = planResume({ track: 'enterprise', year: YEAR, target, serverReached: true })
    expect(plan).toEqual({
      kind: 'edit',
      draft: { kind: 'create', init: { values: { orgName: '服务器' }, applicationId: 'A1', status: 'draft', step: 0 } },
      application: target,
      fresh: false,
    })
  })
  test('unsynced local edits win over the server; only its id and status are noted', () => {
    const target = app({ status: 'returned', form: { orgName: '服务器' } as any })
    const plan = planResume({ track: 'enterprise', year: YEAR, target, serverReached: true, local: local({ dirty: true }) })
    expect(plan).toMatchObject({ kind: 'edit', draft: { kind: 'link', patch: { applicationId: 'A1', status: 'returned' } }, fresh: false })
  })
  test('a local copy in sync takes the server’s values over its own', () => {
    const target = app({ form: { orgName: '服务器', uscc: 'X' } as any })
    const plan = planResume({
      track: 'enterprise',
      year: YEAR,
      target,
      serverReached: true,
      local: local({ values: { orgName: '本机', contactName: '陈' } }),
    })
    expect(plan).toMatchObject({
      draft: {
        kind: 'merge',
        patch: { values: { orgName: '服务器', uscc: 'X', contactName: '陈' }, applicationId: 'A1', status: 'draft' },
      },
    })
  })
  test('fresh only for a new form: no local draft and no (or an empty) server form', () => {
    expect(planResume({ track: 'enterprise', year: YEAR, serverReached: true })).toEqual({
      kind: 'edit',
      draft: { kind: 'create', init: { values: {} } },
      fresh: true,
    })
    expect(planResume({ track: 'enterprise', year: YEAR, target: app({}), serverReached: true })).toMatchObject({ fresh: true })
    expect(planResume({ track: 'enterprise', year: YEAR, serverReached: true, local: local() })).toMatchObject({ fresh: false })
  })
})

describe('prefill', () => {
  const user = { name: '陈志远', phone: '13800000001' }
  const home = { orgName: '福州闽江源食品有限公司', uscc: '91350100M000100Y43', station: { id: 'ST1' } }

  test('enterprise: contact, organisation, USCC and the linked station', () => {
    expect(prefillValues('enterprise', { user, home })).toEqual({
      contactName: '陈志远',
      contactPhone: '13800000001',
      orgName: '福州闽江源食品有限公司',
      uscc: '91350100M000100Y43',
      stationId: 'ST1',
    })
  })
  test('regional: the organisation is the holder; remembered input wins over the home', () => {
    const remembered = { holderName: '某协会', uscc: '51350000MJ0000000X', contactPhone: '13900000000' }
    expect(prefillValues('regional', { user, home, remembered })).toMatchObject({
      holderName: '某协会',
      uscc: '51350000MJ0000000X',
      contactPhone: '13900000000',
      stationId: 'ST1',
    })
  })
  test('station: its own name, no station to link to', () => {
    const v = prefillValues('station', { user, home: { stationName: '福州指导站', station: { id: 'ST1' } } })
    expect(v).toEqual({ contactName: '陈志远', contactPhone: '13800000001', stationName: '福州指导站' })
  })
  test('fillEmpty: only fields of the form that are still empty, never an empty prefill', () => {
    const def = formDef('enterprise', YEAR)
    const fill = fillEmpty(
      def,
      { orgName: '已填写', uscc: '', contactName: null },
      {
        orgName: '覆盖',
        uscc: '91350100M000100Y43',
        contactName: '陈志远',
        contactPhone: '',
        notAField: 'x',
      },
    )
    expect(fill).toEqual({ uscc: '91350100M000100Y43', contactName: '陈志远' })
  })
})

describe('after submission', () => {
  test('the identity fields of the track are remembered, strings only', () => {
    const v = { orgName: '甲', holderName: '乙', uscc: 'U', contactName: '陈', contactPhone: 138, markName: '闽江源' }
    expect(identityToRemember('enterprise', v)).toEqual({ orgName: '甲', uscc: 'U', contactName: '陈' })
    expect(identityToRemember('regional', v)).toEqual({ holderName: '乙', uscc: 'U', contactName: '陈' })
    expect(identityToRemember('station', v)).toEqual({ contactName: '陈' })
  })
  test('stripEmpty leaves out cleared fields but keeps falsy answers', () => {
    expect(stripEmpty({ a: undefined, b: 0, c: false, d: '', e: null })).toEqual({ b: 0, c: false, d: '', e: null })
  })
})
