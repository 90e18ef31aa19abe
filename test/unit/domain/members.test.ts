import {
  addEvidence,
  addMember,
  buildUseEvidenceBundle,
  changeMember,
  memberActions,
  memberConfirmation,
  memberCountsByMonth,
  memberCountsOn,
  nonUseWindow,
  standingOn,
  windowErrors,
  yearlyMemberUsage,
  type Member,
  type UseEvidence,
} from '../../../src/domain/members'
import { usccCheckChar } from '../../../src/domain/ids'
import type { Actor } from '../../../src/domain/outcome'

const assoc: Actor = { id: 'U2', role: 'association', orgId: 'OG2' }
const otherAssoc: Actor = { id: 'U7', role: 'association', orgId: 'OG7' }
const uscc = (body17: string) => body17 + usccCheckChar(body17)
const U1 = '91350100M000100Y43'
const U2 = uscc('91350100MA2XYW001')
const U3 = uscc('93350100MA2XYW002')

const now = new Date('2026-12-01T02:00:00Z')
const ctx = (today = '2026-12-01') => ({ today, now })

function add(id: string, input: Record<string, unknown>, register: Member[] = [], trademarkId = 'TM1'): Member {
  const r = addMember(
    assoc,
    {
      uscc: U1,
      name: '福州茶业有限公司',
      sme: true,
      products: ['茶叶'],
      licence: { start: '2024-01-01', end: '2026-12-31' },
      on: '2024-01-01',
      reason: '入会申请获理事会批准',
      ...input,
    },
    { ...ctx(), id, associationId: 'OG2', trademarkId, register },
  )
  if (!r.ok) throw new Error(JSON.stringify(r))
  return r.value
}

function change(
  m: Member,
  action: 'suspend' | 'reinstate' | 'withdraw' | 'renew',
  on: string,
  extra: Record<string, unknown> = {},
): Member {
  const r = changeMember(m, action, assoc, { on, reason: `${action} 原因`, ...extra }, ctx())
  if (!r.ok) throw new Error(JSON.stringify(r))
  return r.value
}

describe('member entry declaration', () => {
  test('USCC check digit, products, licence order, SME flag, all with field messages', () => {
    const r = addMember(
      assoc,
      {
        uscc: '91350203M0001QAY9B',
        name: '',
        products: [],
        licence: { start: '2026-01-01', end: '2025-12-31' },
        on: '2026-01-01',
        reason: '',
      },
      { ...ctx(), id: 'M1', associationId: 'OG2', trademarkId: 'TM1', register: [] },
    )
    expect(r).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: {
        uscc: '校验位应为 9，请核对是否输错',
        name: '请填写企业名称',
        sme: '请选择是否为中小企业',
        products: '请至少填写一种使用商标的商品',
        'licence.end': '许可结束日期应晚于开始日期',
        reason: '请填写授权依据',
      },
    })
  })

  test('a cooperative (93) is a valid member; an association code (51) is not', () => {
    expect(add('M1', { uscc: U3 }).uscc).toBe(U3)
    const r = addMember(
      assoc,
      {
        uscc: uscc('51350100MJ0000001'),
        name: 'x',
        sme: false,
        products: ['茶'],
        licence: { start: '2024-01-01', end: '2025-01-01' },
        on: '2024-01-01',
        reason: 'r',
      },
      {
        ...ctx(),
        id: 'M',
        associationId: 'OG2',
        trademarkId: 'TM1',
        register: [],
      },
    )
    expect(r).toMatchObject({ fieldErrors: { uscc: '企业的统一社会信用代码应以 91、92 或 93 开头' } })
  })

  test('only the holder association; no duplicate live licence; re-adding after withdrawal is a new entry', () => {
    const base = {
      uscc: U1,
      name: 'x',
      sme: false,
      products: ['茶'],
      licence: { start: '2024-01-01', end: '2025-01-01' },
      on: '2024-01-01',
      reason: 'r',
    }
    expect(addMember(otherAssoc, base, { ...ctx(), id: 'M', associationId: 'OG2', trademarkId: 'TM1', register: [] })).toMatchObject({
      status: 403,
    })
    const m = add('M1', {})
    expect(addMember(assoc, base, { ...ctx(), id: 'M2', associationId: 'OG2', trademarkId: 'TM1', register: [m] })).toMatchObject({
      status: 409,
      message: '福州茶业有限公司已在用标会员名单中（正常使用），不能重复添加',
    })
    expect(addMember(assoc, base, { ...ctx(), id: 'M2', associationId: 'OG2', trademarkId: 'TM9', register: [m] }).ok).toBe(true)
    const gone = change(m, 'withdraw', '2025-01-01')
    expect(addMember(assoc, base, { ...ctx(), id: 'M2', associationId: 'OG2', trademarkId: 'TM1', register: [gone] }).ok).toBe(true)
    expect(
      addMember(assoc, { ...base, on: '2026-12-02' }, { ...ctx(), id: 'M3', associationId: 'OG2', trademarkId: 'TM1', register: [] }),
    ).toMatchObject({
      fieldErrors: { on: '添加日期不能晚于今天' },
    })
  })
})

describe('member state machine', () => {
  test('allowed transitions, each with a dated reason in the history', () => {
    let m = add('M1', {})
    expect(memberActions(m)).toEqual(['suspend', 'withdraw', 'renew'])
    m = change(m, 'suspend', '2025-03-01')
    expect(memberActions(m)).toEqual(['reinstate', 'withdraw'])
    m = change(m, 'reinstate', '2025-04-01')
    m = change(m, 'renew', '2025-06-01', { licenceEnd: '2029-12-31' })
    expect(m.licence).toEqual({ start: '2024-01-01', end: '2029-12-31' })
    m = change(m, 'withdraw', '2026-01-10')
    expect(m.status).toBe('withdrawn')
    expect(memberActions(m)).toEqual([])
    expect(m.history.map((e) => [e.action, e.on, e.from, e.to, e.reason])).toEqual([
      ['add', '2024-01-01', null, 'active', '入会申请获理事会批准'],
      ['suspend', '2025-03-01', 'active', 'suspended', 'suspend 原因'],
      ['reinstate', '2025-04-01', 'suspended', 'active', 'reinstate 原因'],
      ['renew', '2025-06-01', 'active', 'active', 'renew 原因'],
      ['withdraw', '2026-01-10', 'active', 'withdrawn', 'withdraw 原因'],
    ])
    expect(m.history[4]).toMatchObject({ by: 'U2', at: '2026-12-01T02:00:00.000Z' })
  })

  test('refused transitions say why', () => {
    const m = add('M1', {})
    expect(changeMember(m, 'reinstate', assoc, { on: '2025-01-01', reason: 'r' }, ctx())).toMatchObject({
      status: 409,
      message: '福州茶业有限公司当前为“正常使用”，不能恢复使用',
    })
    const s = change(m, 'suspend', '2025-01-01')
    expect(changeMember(s, 'renew', assoc, { on: '2025-02-01', reason: 'r', licenceEnd: '2030-01-01' }, ctx())).toMatchObject({
      status: 409,
      message: '福州茶业有限公司当前为“暂停使用”，不能续期，请先恢复使用再续期',
    })
    const w = change(m, 'withdraw', '2025-01-01')
    for (const a of ['suspend', 'reinstate', 'withdraw', 'renew'] as const) {
      expect(changeMember(w, a, assoc, { on: '2025-02-01', reason: 'r', licenceEnd: '2030-01-01' }, ctx())).toMatchObject({ status: 409 })
    }
    expect(changeMember(m, 'suspend', otherAssoc, { on: '2025-01-01', reason: 'r' }, ctx())).toMatchObject({ status: 403 })
  })

  test('reason and date required; not in the future, not before the previous change; renewal must go later', () => {
    const m = change(add('M1', {}), 'suspend', '2025-03-01')
    expect(changeMember(m, 'reinstate', assoc, { on: '2025-02-28', reason: ' ' }, ctx())).toMatchObject({
      fieldErrors: { reason: '请填写原因' },
    })
    expect(changeMember(m, 'reinstate', assoc, { on: '2025-02-28', reason: '整改完成' }, ctx())).toMatchObject({
      fieldErrors: { on: '生效日期不能早于上一次变更（2025-03-01 暂停使用）' },
    })
    expect(changeMember(m, 'reinstate', assoc, { on: '2026-12-02', reason: '整改完成' }, ctx())).toMatchObject({
      fieldErrors: { on: '生效日期不能晚于今天' },
    })
    expect(changeMember(m, 'reinstate', assoc, { on: '2025-03-01', reason: '整改完成' }, ctx()).ok).toBe(true)
    const a = add('M2', {})
    expect(changeMember(a, 'renew', assoc, { on: '2025-01-01', reason: 'r' }, ctx())).toMatchObject({
      fieldErrors: { licenceEnd: expect.any(String) },
    })
    expect(changeMember(a, 'renew', assoc, { on: '2025-01-01', reason: 'r', licenceEnd: '2026-12-31' }, ctx())).toMatchObject({
      fieldErrors: { licenceEnd: '新的结束日期应晚于当前结束日期 2026-12-31' },
    })
  })

  test('confirmation texts say the consequence; suspension and withdrawal are destructive', () => {
    const m = add('M1', { products: ['茶叶', '茶饮料'] })
    const s = memberConfirmation('suspend', m, '福州茉莉花茶')
    expect(s).toMatchObject({ destructive: true, confirmLabel: '确认暂停', title: '暂停福州茶业有限公司使用“福州茉莉花茶”？' })
    expect(s.body).toContain('在恢复前不得在茶叶、茶饮料上使用“福州茉莉花茶”商标')
    const w = memberConfirmation('withdraw', m, '福州茉莉花茶')
    expect(w.destructive).toBe(true)
    expect(w.body).toContain('此操作不能恢复，如需再次授权，须重新添加为会员')
    expect(memberConfirmation('reinstate', m, '福州茉莉花茶').destructive).toBe(false)
  })
})

describe('counts as of a date', () => {
  const register = () => {
    const a = change(add('A', { uscc: U1, sme: true }), 'suspend', '2025-06-01')
    const b = change(
      add('B', { uscc: U2, sme: false, on: '2024-03-15', licence: { start: '2024-03-15', end: '2025-03-14' } }),
      'renew',
      '2025-03-01',
      {
        licenceEnd: '2026-03-14',
      },
    )
    const c = change(
      add('C', { uscc: U3, sme: true, on: '2025-02-01', licence: { start: '2025-02-01', end: '2027-01-31' } }),
      'withdraw',
      '2025-10-01',
    )
    return [a, b, c]
  }

  test('standing replayed from history: added, suspended, lapsed, withdrawn', () => {
    const [a, b, c] = register()
    expect(standingOn(a, '2023-12-31')).toBe('none')
    expect(standingOn(a, '2025-05-31')).toBe('active')
    expect(standingOn(a, '2025-06-01')).toBe('suspended')
    expect(standingOn(b, '2026-03-14')).toBe('active')
    expect(standingOn(b, '2026-03-15')).toBe('lapsed')
    expect(standingOn(c, '2025-09-30')).toBe('active')
    expect(standingOn(c, '2025-10-01')).toBe('withdrawn')
  })

  test('members and SMEs on given days', () => {
    const r = register()
    expect(memberCountsOn(r, '2024-02-01')).toEqual({ on: '2024-02-01', members: 1, active: 1, suspended: 0, sme: 1, activeSme: 1 })
    expect(memberCountsOn(r, '2025-03-01')).toEqual({ on: '2025-03-01', members: 3, active: 3, suspended: 0, sme: 2, activeSme: 2 })
    expect(memberCountsOn(r, '2025-07-01')).toEqual({ on: '2025-07-01', members: 3, active: 2, suspended: 1, sme: 2, activeSme: 1 })
    expect(memberCountsOn(r, '2025-12-31')).toEqual({ on: '2025-12-31', members: 2, active: 1, suspended: 1, sme: 1, activeSme: 0 })
    expect(memberCountsOn(r, '2026-06-01')).toEqual({ on: '2026-06-01', members: 1, active: 0, suspended: 1, sme: 1, activeSme: 0 })
  })

  test('month-end series and the yearly member-usage figures', () => {
    const r = register()
    const s = memberCountsByMonth(r, 2025)
    expect(s.map((c) => c.on)).toEqual([
      '2025-01-31',
      '2025-02-28',
      '2025-03-31',
      '2025-04-30',
      '2025-05-31',
      '2025-06-30',
      '2025-07-31',
      '2025-08-31',
      '2025-09-30',
      '2025-10-31',
      '2025-11-30',
      '2025-12-31',
    ])
    expect(s.map((c) => c.members)).toEqual([2, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 2])
    expect(yearlyMemberUsage(r, 2025)).toEqual({
      year: 2025,
      activeAtYearEnd: 1,
      smeActiveAtYearEnd: 0,
      membersAtYearEnd: 2,
      granted: 1,
      renewed: 1,
      suspended: 1,
      withdrawn: 1,
      // no evidence in this register (see the bundle tests for evidence)
      withEvidence: 0,
    })
    expect(yearlyMemberUsage(r, 2024)).toMatchObject({ granted: 2, activeAtYearEnd: 2, smeActiveAtYearEnd: 1 })
  })
})

describe('use evidence and the non-use defence bundle', () => {
  const ev = (id: string, on: string, kind: UseEvidence['kind'] = 'invoice'): Record<string, unknown> => ({
    on,
    kind,
    description: `证据 ${id}`,
    fileIds: [`F-${id}`],
    products: ['茶叶'],
  })
  function withEvidence(m: Member, items: [string, string][]): Member {
    return items.reduce((acc, [id, on]) => {
      const r = addEvidence(acc, assoc, ev(id, on), { ...ctx(), id })
      if (!r.ok) throw new Error(JSON.stringify(r))
      return r.value
    }, m)
  }

  test('evidence entry is dated, not in the future, with files', () => {
    const m = add('M1', {})
    expect(addEvidence(m, assoc, { ...ev('x', '2026-12-02') }, { ...ctx(), id: 'E' })).toMatchObject({
      fieldErrors: { on: '证据日期不能晚于今天' },
    })
    expect(addEvidence(m, assoc, { ...ev('x', '2026-01-01'), fileIds: [] }, { ...ctx(), id: 'E' })).toMatchObject({
      fieldErrors: { fileIds: '请至少上传一个证据文件' },
    })
    expect(addEvidence(m, otherAssoc, ev('x', '2026-01-01'), { ...ctx(), id: 'E' })).toMatchObject({ status: 403 })
  })

  test('window: the three years before filing; a chosen window is at most three years', () => {
    expect(nonUseWindow('2026-11-20')).toEqual({ from: '2023-11-20', to: '2026-11-19' })
    expect(windowErrors(nonUseWindow('2026-11-20'))).toEqual({})
    expect(windowErrors({ from: '2023-11-19', to: '2026-11-19' })).toEqual({})
    expect(windowErrors({ from: '2023-11-18', to: '2026-11-19' })).toEqual({ from: expect.stringContaining('期间最长三年') })
    expect(windowErrors({ from: '2026-01-02', to: '2026-01-01' })).toEqual({ to: '结束日期不能早于开始日期' })
    expect(windowErrors({ from: 'x' })).toEqual({ from: '请选择开始日期（YYYY-MM-DD）', to: '请选择结束日期（YYYY-MM-DD）' })
  })

  test('selects the holder and licensed members in the window, ordered, with exclusions and coverage', () => {
    // A: licensed 2024-01-01..2026-12-31, suspended from 2025-06-01
    const a = withEvidence(change(add('A', { uscc: U1, name: '甲茶业' }), 'suspend', '2025-06-01'), [
      ['a1', '2024-05-01'],
      ['a2', '2025-07-01'],
      ['a0', '2023-01-01'],
    ])
    // B: licensed from 2024-03-15
    const b = withEvidence(add('B', { uscc: U2, name: '乙茶业', on: '2024-03-15', licence: { start: '2024-03-15', end: '2027-03-14' } }), [
      ['b1', '2024-05-01'],
      ['b0', '2024-03-01'],
      ['b2', '2026-02-10'],
    ])
    // C: another mark's member — ignored
    const c = withEvidence(add('C', { uscc: U3, name: '丙茶业' }, [], 'TM2'), [['c1', '2024-06-01']])
    const holderEvidence: UseEvidence[] = [
      { id: 'h1', on: '2024-05-01', kind: 'advert', description: '展会宣传册', fileIds: ['F-h1'] },
      { id: 'h2', on: '2023-12-01', kind: 'product_photo', description: '包装照片', fileIds: ['F-h2'] },
    ]
    const bundle = buildUseEvidenceBundle({
      mark: { id: 'TM1', regNo: '12345678', name: '福州茉莉花茶' },
      holder: { name: '福州市茶业协会', uscc: uscc('51350100MJ0000001'), evidence: holderEvidence },
      members: [a, b, c],
      window: { from: '2023-11-20', to: '2026-11-19' },
    })
    expect(bundle.entries.map((e) => [e.no, e.on, e.who.name, e.evidenceId])).toEqual([
      [1, '2023-12-01', '福州市茶业协会', 'h2'],
      [2, '2024-05-01', '福州市茶业协会', 'h1'],
      [3, '2024-05-01', '甲茶业', 'a1'],
      [4, '2024-05-01', '乙茶业', 'b1'],
      [5, '2026-02-10', '乙茶业', 'b2'],
    ])
    expect(bundle.entries[0]).toMatchObject({ who: { role: 'holder' }, what: '标注商标的商品照片', fileIds: ['F-h2'] })
    expect(bundle.entries[3]).toMatchObject({
      who: { role: 'licensee', memberId: 'B', uscc: U2 },
      what: '销售发票',
      licence: { start: '2024-03-15', end: '2027-03-14' },
    })
    expect(bundle.excluded.map((x) => [x.evidenceId, x.reason])).toEqual([
      ['b0', '当日尚未成为用标会员'],
      ['a2', '当日处于暂停使用期间'],
    ])
    expect(bundle.coverage).toEqual([
      { from: '2023-11-20', to: '2024-11-19', count: 4 },
      { from: '2024-11-20', to: '2025-11-19', count: 0 },
      { from: '2025-11-20', to: '2026-11-19', count: 1 },
    ])
    expect(bundle.warnings).toEqual(['2024-11-20 至 2025-11-19 没有使用证据，建议补充'])
    // pinyin order: 甲 (jiǎ) before 乙 (yǐ), although 乙 has the lower code point
    expect(bundle.licensees).toEqual([
      { name: '甲茶业', uscc: U1, entries: 1 },
      { name: '乙茶业', uscc: U2, entries: 2 },
    ])
  })

  test('an empty window says so', () => {
    const b = buildUseEvidenceBundle({
      mark: { id: 'TM1', regNo: '1', name: 'x' },
      holder: { name: 'h', uscc: U1, evidence: [] },
      members: [],
      window: { from: '2025-01-01', to: '2025-06-30' },
    })
    expect(b.entries).toEqual([])
    expect(b.warnings[0]).toBe('所选期间没有可用的使用证据')
    expect(b.coverage).toEqual([{ from: '2025-01-01', to: '2025-06-30', count: 0 }])
  })
})
