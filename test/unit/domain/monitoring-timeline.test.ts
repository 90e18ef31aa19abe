import { markTimeline } from '../../../src/domain/monitoring'

describe('a mark’s legal timeline (portfolio page)', () => {
  const mark = { registeredOn: '2017-04-03', validUntil: '2027-04-02' }

  test('in term: renewal window opened 12 months before the term end, grace ends 6 months after (moved off a weekend, 暂定 in 2027)', () => {
    const t = markTimeline({ ...mark, useEvidenceOn: ['2025-06-01', '2026-03-10', '2030-01-01'] }, '2026-11-24')
    expect(t.status).toBe('registered')
    expect(t.lastUseOn).toBe('2026-03-10') // a date after today is not evidence on file yet
    const by = Object.fromEntries(t.steps.map((s) => [s.step, s]))
    expect(by.renewal_opens).toMatchObject({ date: '2026-04-03', past: true })
    expect(by.expires).toMatchObject({ date: '2027-04-02', past: false, provisional: false })
    // 2027-10-02 is a Saturday; without the 2027 calendar only the weekend move is known → Monday, 暂定
    expect(by.grace_ends).toMatchObject({ date: '2027-10-04', provisional: true })
    // 撤三 exposure: 3 full years after the last use
    expect(by.nonuse_exposed).toMatchObject({ date: '2029-03-11', past: false })
    expect(t.steps.map((s) => s.date)).toEqual([...t.steps.map((s) => s.date)].sort())
  })

  test('no use evidence: exposed 3 years after registration; past the term end → grace, past the grace end → lapsed', () => {
    const exposed = markTimeline(mark, '2026-11-24').steps.find((s) => s.step === 'nonuse_exposed')!
    expect(exposed).toMatchObject({ date: '2020-04-04', past: true })
    expect(markTimeline(mark, '2027-04-02').status).toBe('registered')
    expect(markTimeline(mark, '2027-04-03')).toMatchObject({ status: 'grace', statusLabel: '宽展期' })
    expect(markTimeline(mark, '2027-10-05').status).toBe('lapsed')
  })
})
