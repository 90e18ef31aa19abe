// Issue 13 over HTTP: the national timetable and quota table (national only, versioned), the provinces' calls
// (own province only, extensions recorded, a closed batch never reopens), the submit gate at the boundary
// minutes in Beijing time (draft kept), the recommendation deadline, the year's quota table in the quota
// check, and the 7-day / 1-day reminders. The clock is moved by replacing the harness ctx's `now`.
import type { Application, DraftSaveResponse, NoticeList, QuotaSummary, Session } from '../../src/domain/contract'
import type {
  CurrentCall,
  NotRecommended,
  ProgrammeCurrent,
  ProgrammeYearView,
  ProvinceCallView,
} from '../../src/domain/contract/programme'
import { DEMO_PHONES } from '../../mock/seed/demo'
import { sendCallReminders } from '../../mock/server/routes/programme'
import { demoEnterpriseForm } from './application-fixtures'
import { DEV_CODE, startMock, type Client, type Mock } from './harness'

type Role = 'enterprise' | 'association' | 'staff' | 'province' | 'national'

// Seed at the harness clock 2026-11-24 10:00 Beijing: national window 2026-01-01T09:00 → 2026-12-24T17:00,
// recommendation deadline 2027-01-13T17:00; every province's batch 1 closes 2026-12-15T17:00.
const CLOSE = '2026-12-15T17:00'
/** A Beijing wall-clock instant ("YYYY-MM-DDTHH:mm:ss.SSS") as a Date. */
const bj = (local: string) => new Date(`${local}+08:00`)

const TIMETABLE = {
  applicationOpensAt: '2026-01-01T09:00',
  applicationClosesAt: '2026-12-24T17:00',
  recommendationDeadline: '2027-01-13T17:00',
  noticeDays: 5,
  yearlyReportDeadline: '2027-03-31T17:00',
}

describe('programme year (issue 13)', () => {
  let mock: Mock
  const c = {} as Record<Role, Client>
  const setNow = (d: Date) => {
    mock.ctx.now = () => new Date(d.getTime())
  }
  /** a fresh sign-in (sessions are dated by the clock, so one is needed after a long jump) */
  const signIn = async (role: Role): Promise<Client> => {
    const res = await mock.call<Session>('POST', '/auth/login/phone', { phone: DEMO_PHONES[role], code: DEV_CODE })
    expect(res.status).toBe(200)
    const anon = await mock.as(res.body.token)
    return anon
  }
  const fjCall = () => mock.ctx.store.calls.first({ provinceCode: '350000', year: 2026 })!

  beforeAll(async () => {
    mock = await startMock()
    for (const r of ['enterprise', 'association', 'staff', 'province', 'national'] as Role[]) c[r] = await mock.as(r)
  })
  afterAll(async () => {
    await mock.close()
  })

  test('the seeded year: timetable, annex-4 quota table, an open batch 1 for the demo province', async () => {
    const y = await c.national.call<ProgrammeYearView>('GET', '/programme/years/2026')
    expect(y.status).toBe(200)
    expect(y.body.timetable).toEqual({ year: 2026, ...TIMETABLE })
    expect(y.body.quotaBasis).toBe('annex4')
    expect(y.body.quotaRows.find((r) => r.provinceCode === '350000')).toMatchObject({ enterprise: 43, regional: 34, station: 39 })
    expect(y.body.recommendationsStarted).toBe(true) // the seed has recommended applications this year
    expect((await c.national.call('GET', '/programme/years/2031')).status).toBe(404)
    const cur = await c.enterprise.call<CurrentCall>('GET', '/programme/calls/current')
    expect(cur.status).toBe(200)
    expect(cur.body.provinceCode).toBe('350000')
    expect(cur.body.open).toMatchObject({ batch: 1, closesAt: CLOSE, phase: 'open', label: '剩余 21 天', daysLeft: 21 })
    expect(cur.body.message).toBe('')
  })

  test('the current programme year comes from the timetables, for every role', async () => {
    for (const r of ['enterprise', 'association', 'staff', 'province', 'national'] as Role[]) {
      const cur = await c[r].call<ProgrammeCurrent>('GET', '/programme/current')
      expect(cur.status).toBe(200)
      expect(cur.body).toEqual({ year: 2026, configured: true, years: [2026] })
    }
    expect((await mock.call('GET', '/programme/current')).status).toBe(401)
  })

  test('only the national reviewer sets the timetable; bad input gets field errors; a change after recommendations needs a reason', async () => {
    const body = { ...TIMETABLE, applicationClosesAt: '2026-12-28T17:00' }
    for (const r of ['province', 'enterprise', 'staff'] as Role[]) {
      expect((await c[r].call('PUT', '/programme/years/2026/timetable', body)).status).toBe(403)
    }
    expect((await mock.call('PUT', '/programme/years/2026/timetable', body)).status).toBe(401)
    const bad = await c.national.call('PUT', '/programme/years/2026/timetable', {
      ...body,
      recommendationDeadline: '2026-12-20T17:00',
      noticeDays: 2,
    })
    expect(bad.status).toBe(400)
    expect(bad.body.fieldErrors.recommendationDeadline).toMatch(/应晚于申报截止时间/)
    expect(bad.body.fieldErrors.noticeDays).toBe('公示期至少 5 天')
    const noReason = await c.national.call('PUT', '/programme/years/2026/timetable', body)
    expect(noReason.status).toBe(400)
    expect(noReason.body.fieldErrors.reason).toMatch(/须填写原因/)
    const ok = await c.national.call<ProgrammeYearView>('PUT', '/programme/years/2026/timetable', { ...body, reason: '延长受理时间' })
    expect(ok.status).toBe(200)
    expect(ok.body.timetable.applicationClosesAt).toBe('2026-12-28T17:00')
    expect(ok.body.timetableHistory).toHaveLength(2)
    expect(ok.body.timetableHistory[1]).toMatchObject({
      version: 2,
      reason: '延长受理时间',
      afterRecommendationsStarted: true,
      by: expect.stringMatching(/^US/),
    })
    expect(ok.body.timetableHistory[1].changes).toEqual(['申报截止时间：2026年12月24日 17:00 → 2026年12月28日 17:00'])
    // the window may not shrink so that an open batch falls outside it
    const shrink = await c.national.call('PUT', '/programme/years/2026/timetable', {
      ...body,
      applicationClosesAt: '2026-12-10T17:00',
      reason: '提前截止',
    })
    expect(shrink.status).toBe(409)
    expect(shrink.body.message).toMatch(/350000 第 1 批/)
    // a new year: the first PUT opens it with annex 4, no reason needed
    const next = await c.national.call<ProgrammeYearView>('PUT', '/programme/years/2027/timetable', {
      applicationOpensAt: '2026-12-28T09:00',
      applicationClosesAt: '2027-06-30T17:00',
      recommendationDeadline: '2027-07-31T17:00',
      noticeDays: 7,
      yearlyReportDeadline: '2028-03-31T17:00',
    })
    expect(next.status).toBe(200)
    expect(next.body).toMatchObject({ year: 2027, quotaBasis: 'annex4', recommendationsStarted: false })
    // configured, but its window has not opened yet: the screens still default to 2026
    expect((await c.province.call<ProgrammeCurrent>('GET', '/programme/current')).body).toEqual({
      year: 2026,
      configured: true,
      years: [2026, 2027],
    })
    expect((await c.national.call('PUT', '/programme/years/20x6/timetable', body)).status).toBe(400)
  })

  test("only the national reviewer edits quotas; never below what is recommended; the quota check uses the year's table", async () => {
    const store = mock.ctx.store
    const fjEnt = store.applications.where({ provinceCode: '350000', year: 2026, track: 'enterprise' })
    const recommended = fjEnt.filter((a) =>
      ['recommended', 'national_review', 'public_notice', 'confirmed', 'not_selected'].includes(a.status),
    ).length
    expect(recommended).toBeGreaterThan(0)
    const edit = (limit: number, reason?: string) => ({
      edits: [{ provinceCode: '350000', track: 'enterprise', limit }],
      ...(reason ? { reason } : {}),
    })
    expect((await c.province.call('PUT', '/programme/years/2026/quotas', edit(50, '调整'))).status).toBe(403)
    const below = await c.national.call('PUT', '/programme/years/2026/quotas', edit(recommended - 1, '调整'))
    expect(below.status).toBe(400)
    expect(below.body.fieldErrors['edits.0.limit']).toMatch(new RegExp(`已推荐企业商标品牌 ${recommended} 个`))
    const counted = (await c.province.call<QuotaSummary>('GET', '/review/quota')).body.tracks.find((t) => t.track === 'enterprise')!
    // exactly what is counted now: the next enterprise recommendation no longer fits
    const set = await c.national.call<ProgrammeYearView>('PUT', '/programme/years/2026/quotas', edit(counted.used, '名额核减'))
    expect(set.status).toBe(200)
    expect(set.body.quotaBasis).toBe('edited')
    expect(set.body.quotaHistory[1]).toMatchObject({ reason: '名额核减', changes: [`福建省 企业商标品牌名额：43 → ${counted.used}`] })
    const panel = await c.province.call<QuotaSummary>('GET', '/review/quota')
    expect(panel.body.tracks.find((t) => t.track === 'enterprise')!.limit).toBe(counted.used)
    expect(panel.body.tableYear).toBe(2026)
    const waiting = store.applications
      .where({ provinceCode: '350000', year: 2026, track: 'enterprise', status: ['submitted', 'resubmitted'] })
      .find((a) => a.eligibility.ok)!
    expect(waiting).toBeDefined()
    const refused = await c.province.call('POST', `/review/applications/${waiting.id}/recommend`)
    expect(refused.status).toBe(409)
    expect(refused.body.code).toBe('QUOTA_EXCEEDED')
    // one more place: the same recommendation now goes through
    expect((await c.national.call('PUT', '/programme/years/2026/quotas', edit(counted.used + 1, '名额补充'))).status).toBe(200)
    const ok = await c.province.call<Application>('POST', `/review/applications/${waiting.id}/recommend`)
    expect(ok.status).toBe(200)
    expect(ok.body.status).toBe('recommended')
  })

  test('quota edits: field errors per edit, a reason once recommendations started, every version recorded with who and why', async () => {
    const bad = await c.national.call('PUT', '/programme/years/2026/quotas', {
      edits: [
        { provinceCode: '350000', track: 'regional', limit: -1 },
        { provinceCode: '990000', track: 'station', limit: 5 },
        { provinceCode: '350000', track: 'nothing', limit: 5 },
      ],
      reason: '调整',
    })
    expect(bad.status).toBe(400)
    expect(bad.body.fieldErrors['edits.0.limit']).toBe('名额不能为负数')
    expect(bad.body.fieldErrors['edits.2.track']).toMatch(/请选择名额类别/)
    const unknown = await c.national.call('PUT', '/programme/years/2026/quotas', {
      edits: [{ provinceCode: '990000', track: 'station', limit: 5 }],
      reason: '调整',
    })
    expect(unknown.status).toBe(400)
    expect(unknown.body.fieldErrors['edits.0.provinceCode']).toBe('附件4 中没有这个省份')
    const before = (await c.national.call<ProgrammeYearView>('GET', '/programme/years/2026')).body
    const edits = { edits: [{ provinceCode: '110000', track: 'regional', limit: 30 }] }
    // recommendations of 2026 exist: no reason, no change
    const noReason = await c.national.call('PUT', '/programme/years/2026/quotas', edits)
    expect(noReason.status).toBe(400)
    expect(noReason.body.fieldErrors.reason).toMatch(/须填写原因/)
    expect((await c.national.call('PUT', '/programme/years/2026/quotas', { ...edits, reason: ' ' })).status).toBe(400)
    const same = await c.national.call('PUT', '/programme/years/2026/quotas', {
      edits: [{ provinceCode: '110000', track: 'regional', limit: before.quotaRows.find((r) => r.provinceCode === '110000')!.regional }],
      reason: '核对',
    })
    expect(same.status).toBe(409)
    const ok = await c.national.call<ProgrammeYearView>('PUT', '/programme/years/2026/quotas', {
      ...edits,
      reason: '北京市区域品牌申报较多',
    })
    expect(ok.status).toBe(200)
    const rec = ok.body.quotaHistory[ok.body.quotaHistory.length - 1]
    expect(ok.body.quotaHistory).toHaveLength(before.quotaHistory.length + 1)
    expect(rec).toMatchObject({
      version: before.quotaHistory.length + 1,
      by: expect.stringMatching(/^US/),
      byName: expect.any(String),
      reason: '北京市区域品牌申报较多',
      afterRecommendationsStarted: true,
    })
    expect(rec.changes).toEqual([`北京市 区域商标品牌名额：${before.quotaRows.find((r) => r.provinceCode === '110000')!.regional} → 30`])
    expect(ok.body.quotaRows.find((r) => r.provinceCode === '110000')!.regional).toBe(30)
    // the earlier versions stay as they were
    expect(ok.body.quotaHistory.slice(0, -1)).toEqual(before.quotaHistory)
    // a year nobody has set up cannot get quotas; a year without recommendations needs no reason
    expect((await c.national.call('PUT', '/programme/years/2030/quotas', { ...edits, reason: '调整' })).status).toBe(404)
    const y2027 = await c.national.call<ProgrammeYearView>('PUT', '/programme/years/2027/quotas', edits)
    expect(y2027.status).toBe(200)
    expect(y2027.body.quotaHistory[1]).toMatchObject({ afterRecommendationsStarted: false })
    expect(y2027.body.quotaHistory[1].reason).toBeUndefined()
  })

  test('a province reviewer opens batches of its own province only, after the previous one closes', async () => {
    const body = { opensAt: '2026-12-16T09:00', closesAt: '2026-12-20T17:00', notice: '第 2 批申报通知' }
    expect((await c.national.call('POST', '/programme/calls', body)).status).toBe(403)
    expect((await c.enterprise.call('POST', '/programme/calls', body)).status).toBe(403)
    const other = await c.province.call('POST', '/programme/calls', { ...body, provinceCode: '110000' })
    expect(other.status).toBe(403)
    expect(other.body.message).toMatch(/只能管理本省/)
    const overlap = await c.province.call('POST', '/programme/calls', { ...body, opensAt: '2026-12-01T09:00' })
    expect(overlap.status).toBe(400)
    expect(overlap.body.fieldErrors.opensAt).toMatch(/第 1 批截止/)
    const outside = await c.province.call('POST', '/programme/calls', { ...body, closesAt: '2027-01-05T17:00' })
    expect(outside.status).toBe(400)
    expect(outside.body.fieldErrors.closesAt).toMatch(/不能晚于全国申报截止时间/)
    expect((await c.province.call('POST', '/programme/calls', { ...body, notice: '  ' })).body.fieldErrors.notice).toBe('请填写申报通知')
    const ok = await c.province.call<ProvinceCallView>('POST', '/programme/calls', body)
    expect(ok.status).toBe(201)
    expect(ok.body).toMatchObject({ batch: 2, provinceCode: '350000', phase: 'scheduled', year: 2026, extensions: [] })
    const list = await c.province.call<ProvinceCallView[]>('GET', '/programme/calls')
    expect(list.body.map((x) => [x.provinceCode, x.batch])).toEqual([
      ['350000', 2],
      ['350000', 1],
    ])
    expect(list.body[1].tally).toEqual({ drafts: expect.any(Number), submitted: expect.any(Number) })
    const all = await c.national.call<ProvinceCallView[]>('GET', '/programme/calls')
    expect(all.body.length).toBeGreaterThan(30)
  })

  test("extending a call is recorded; another province's call is refused; never past the next batch", async () => {
    const bjCall = mock.ctx.store.calls.first({ provinceCode: '110000' })!
    expect(
      (await c.province.call('POST', `/programme/calls/${bjCall.id}/extend`, { closesAt: '2026-12-16T09:00', reason: '延期' })).status,
    ).toBe(403)
    expect(
      (await c.national.call('POST', `/programme/calls/${fjCall().id}/extend`, { closesAt: '2026-12-16T09:00', reason: '延期' })).status,
    ).toBe(403)
    expect(
      (await c.province.call('POST', '/programme/calls/CL999999/extend', { closesAt: '2026-12-16T09:00', reason: '延期' })).status,
    ).toBe(404)
    const pastNext = await c.province.call('POST', `/programme/calls/${fjCall().id}/extend`, {
      closesAt: '2026-12-17T17:00',
      reason: '延期',
    })
    expect(pastNext.status).toBe(400)
    expect(pastNext.body.fieldErrors.closesAt).toMatch(/第 2 批的开始时间/)
    expect(
      (await c.province.call('POST', `/programme/calls/${fjCall().id}/extend`, { closesAt: '2026-12-16T09:00', reason: '' })).body
        .fieldErrors.reason,
    ).toBe('请填写延期原因')
    const ok = await c.province.call<ProvinceCallView>('POST', `/programme/calls/${fjCall().id}/extend`, {
      closesAt: '2026-12-16T09:00',
      reason: '部分企业材料盖章需要时间',
    })
    expect(ok.status).toBe(200)
    expect(ok.body.closesAt).toBe('2026-12-16T09:00')
    expect(ok.body.extensions).toEqual([
      {
        from: CLOSE,
        to: '2026-12-16T09:00',
        by: expect.stringMatching(/^US/),
        byName: expect.any(String),
        at: '2026-11-24T02:00:00.000Z',
        reason: '部分企业材料盖章需要时间',
      },
    ])
    expect(fjCall().extensions).toHaveLength(1) // stored
  })

  test('submit: refused from the close minute (Beijing) with when the next batch opens, draft kept; accepted the millisecond before', async () => {
    const ent = c.enterprise
    const stationId = mock.ctx.store.users.first({ phone: DEMO_PHONES.staff })!.stationId!
    const draft = await ent.call<DraftSaveResponse>('PUT', '/applications/draft', { form: demoEnterpriseForm(stationId) })
    expect(draft.status).toBe(200)
    const id = draft.body.application.id
    const before = mock.ctx.store.applications.get(id)!
    // batch 1 now closes 2026-12-16 09:00 (extended above); batch 2 opens then. The last millisecond is batch 1's:
    setNow(bj('2026-12-16T08:59:59.999'))
    const last = await ent.call('POST', `/applications/${id}/submit`, { idempotencyKey: 'late-0000' })
    expect(last.status).toBe(200)
    expect(last.body).toMatchObject({ status: 'submitted', callBatch: 1, callId: fjCall().id, year: 2026 })
    mock.ctx.store.applications.save(before)
    setNow(bj('2026-12-16T09:00:00.000'))
    const late = await ent.call('POST', `/applications/${id}/submit`, { idempotencyKey: 'late-0001' })
    // the close and the next opening are the same minute: batch 2 is open, so this one goes in batch 2
    expect(late.status).toBe(200)
    expect(late.body).toMatchObject({ status: 'submitted', callBatch: 2, year: 2026 })
    // undo in the store, then try outside every batch: after batch 2 closed
    mock.ctx.store.applications.save(before)
    setNow(bj('2026-12-20T17:00:00.000'))
    const refused = await ent.call('POST', `/applications/${id}/submit`, { idempotencyKey: 'late-0002' })
    expect(refused.status).toBe(409)
    expect(refused.body.code).toBe('CALL_CLOSED')
    expect(refused.body.message).toBe(
      '第 2 批申报已于 2026年12月20日 17:00（北京时间）截止，现在不能提交，草稿已为您保存。下一批的开始时间尚未公布，请留意省级知识产权管理部门的申报通知。',
    )
    const kept = await ent.call<Application>('GET', `/applications/${id}`)
    expect(kept.body.status).toBe('draft')
    expect(kept.body.form).toEqual(before.form)
    expect(kept.body.updatedAt).toBe(before.updatedAt)
    // the province announces batch 3: the refusal now says when it opens
    const b3 = await c.province.call<ProvinceCallView>('POST', '/programme/calls', {
      opensAt: '2026-12-22T09:00',
      closesAt: '2026-12-24T17:00',
      notice: '第 3 批申报通知',
    })
    expect(b3.status).toBe(201)
    const again = await ent.call('POST', `/applications/${id}/submit`, { idempotencyKey: 'late-0002b' })
    expect(again.status).toBe(409)
    expect(again.body.message).toMatch(/草稿已为您保存。下一批（第 3 批）将于 2026年12月22日 09:00（北京时间）开始申报。$/)
    const cur = await ent.call<CurrentCall>('GET', '/programme/calls/current')
    expect(cur.body.open).toBeNull()
    expect(cur.body.next).toMatchObject({ batch: 3, phase: 'scheduled', label: '将于 2026年12月22日 09:00 开始' })
    expect(cur.body.message).toMatch(/可以先填写并保存草稿。下一批（第 3 批）将于/)
    expect(mock.ctx.store.applications.get(id)).toEqual(before)
    // the last millisecond of batch 2 is still inside
    setNow(bj('2026-12-20T16:59:59.999'))
    const inside = await ent.call<Application>('POST', `/applications/${id}/submit`, { idempotencyKey: 'late-0003' })
    expect(inside.status).toBe(200)
    expect(inside.body.callId).toMatch(/^CL/)
    expect(inside.body.callBatch).toBe(2)
    setNow(bj('2026-11-24T10:00:00.000'))
  })

  test('7-day and 1-day reminders go to applicants with a draft, once each — in-app and as a consented subscribe message', async () => {
    const store = mock.ctx.store
    const drafts = store.applications.where({ provinceCode: '350000', status: 'draft' })
    expect(drafts.length).toBeGreaterThan(0)
    // the demo association (a draft in Fujian) accepted the call-reminder subscription on two 下一步 taps
    for (let i = 0; i < 2; i++) {
      const r = await c.association.call('POST', '/subscriptions', { templateId: 'TPL_CALL_REMINDER', accepted: true })
      expect(r.status).toBe(200)
    }
    const quota = async () =>
      (await c.association.call<{ templateId: string; remaining: number }[]>('GET', '/subscriptions')).body.find(
        (q) => q.templateId === 'TPL_CALL_REMINDER',
      )?.remaining
    expect(await quota()).toBe(2)
    const lines: string[] = []
    const log = mock.ctx.log
    mock.ctx.log = (line) => {
      lines.push(line)
      log(line)
    }
    // batch 1 closes 2026-12-16 09:00: the 7-day mark is 2026-12-09 09:00
    expect(sendCallReminders(mock.ctx, bj('2026-12-09T08:59:00.000')).filter((k) => k.startsWith(fjCall().id))).toEqual([])
    const first = sendCallReminders(mock.ctx, bj('2026-12-09T09:00:00.000')).filter((k) => k.startsWith(fjCall().id))
    expect(first.length).toBe(drafts.length)
    expect(first.every((k) => k.endsWith(':close_in_7_days'))).toBe(true)
    expect(await quota()).toBe(1)
    expect(sendCallReminders(mock.ctx, bj('2026-12-10T09:00:00.000')).filter((k) => k.startsWith(fjCall().id))).toEqual([])
    // nothing due: the consent left is not used up by a second run
    expect(await quota()).toBe(1)
    const oneDay = sendCallReminders(mock.ctx, bj('2026-12-15T09:00:00.000')).filter((k) => k.startsWith(fjCall().id))
    expect(oneDay.length).toBe(drafts.length)
    expect(oneDay.every((k) => k.endsWith(':close_in_1_day'))).toBe(true)
    expect(await quota()).toBe(0)
    mock.ctx.log = log
    const sent = lines.filter((l) => l.includes('[订阅消息] 模板 TPL_CALL_REMINDER') && l.includes('黄丽华'))
    expect(sent).toHaveLength(2)
    expect(sent[0]).toMatch(/申报将在 7 天后截止/)
    expect(sent[1]).toMatch(/申报将在 1 天后截止/)
    const notices = await c.association.call<NoticeList>('GET', '/notices')
    expect(notices.body.items.filter((n) => n.title === '申报将在 1 天后截止')).toHaveLength(1)
    expect(notices.body.items.filter((n) => n.title === '申报将在 7 天后截止')).toHaveLength(1)
  })

  test("in late December the next year's window is open: the screens, the quota panel, the annex-5 table and new drafts use 2027, not the calendar", async () => {
    setNow(bj('2026-12-29T10:00:00.000')) // 2027's window opened 2026-12-28 09:00
    const province = await signIn('province')
    expect((await province.call<ProgrammeCurrent>('GET', '/programme/current')).body.year).toBe(2027)
    expect((await province.call<QuotaSummary>('GET', '/review/quota')).body.year).toBe(2027)
    expect((await province.call<QuotaSummary>('GET', '/review/quota?year=2026')).body.year).toBe(2026)
    const table = await province.call<{ year: number }>('GET', '/review/recommendation-table?format=json')
    expect(table.status).toBe(200)
    expect(table.body.year).toBe(2027)
    const calls = await province.call<ProvinceCallView[]>('GET', '/programme/calls')
    expect(calls.body).toEqual([]) // 2027 has no Fujian batch yet
    const staff = await signIn('staff')
    const draft = await staff.call<DraftSaveResponse>('PUT', '/applications/draft', { form: {} })
    expect(draft.status).toBe(200)
    expect(draft.body.application.year).toBe(2027)
    setNow(bj('2026-11-24T10:00:00.000'))
  })

  test('after the recommendation deadline a recommendation is refused; the national home lists provinces not recommended', async () => {
    const waiting = mock.ctx.store.applications
      .where({ provinceCode: '350000', year: 2026, status: ['submitted', 'resubmitted'] })
      .find((a) => a.eligibility.ok && a.track !== 'enterprise')!
    expect(waiting).toBeDefined()
    setNow(bj('2027-01-13T17:00:00.000'))
    const province = await signIn('province')
    const r = await province.call('POST', `/review/applications/${waiting.id}/recommend`)
    expect(r.status).toBe(409)
    expect(r.body.code).toBe('DEADLINE_PASSED')
    expect(r.body.message).toMatch(/2026 年度省级推荐已于 2027年1月13日 17:00（北京时间）截止/)
    expect(mock.ctx.store.applications.get(waiting.id)!.status).toBe(waiting.status)
    const national = await signIn('national')
    const nr = await national.call<NotRecommended>('GET', '/programme/years/2026/not-recommended')
    expect(nr.status).toBe(200)
    expect(nr.body.provinces.some((p) => p.provinceCode === '350000')).toBe(false) // Fujian has recommended
    expect(nr.body.provinces.length).toBeGreaterThan(0)
    expect((await province.call('GET', '/programme/years/2026/not-recommended')).status).toBe(403)
    setNow(bj('2026-11-24T10:00:00.000'))
  })
})
