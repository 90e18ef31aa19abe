// Issue 11 over HTTP — the yearly brand report (年度报送): each organisation reads and writes only its own
// report; the province reviewer sees only its province's participants and reports; the figures get the same
// field-level Chinese errors the form shows (exports ≤ sales, non-negative, complete on submission); a jump of
// more than 10× against last year is reported and never refused; reminders are one per organisation and
// Beijing day; the programme year's deadline refuses a save from its first minute (Beijing time), keeping the
// stored report as it was. The clock is moved by replacing the harness ctx's `now`.
import type { NoticeList, Session } from '../../src/domain/contract'
import type { RemindReportsResponse, ReportHistory, ReportProgress, ReportView } from '../../src/domain/contract/report'
import { prefillFromApplication, type ReportFigures } from '../../src/domain/report'
import { DEMO_PHONES, DEMO_SECOND_ENTERPRISE } from '../../mock/seed/demo'
import { reportSeries } from '../../mock/seed/reports'
import { createRng } from '../../mock/seed/rng'
import { DEV_CODE, startMock, type Client, type Mock } from './harness'

type Role = 'enterprise' | 'association' | 'staff' | 'province' | 'national'
const bj = (local: string) => new Date(`${local}+08:00`)
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v))

/** A complete, consistent enterprise report (the seed's generator, for an organisation of its own). */
const fullEnterprise = (): ReportFigures => clone(reportSeries('enterprise', createRng('api-test'), 2026).get(2026)!)

describe('yearly brand reports (issue 11)', () => {
  let mock: Mock
  const c = {} as Record<Role, Client>
  const setNow = (d: Date) => {
    mock.ctx.now = () => new Date(d.getTime())
  }
  const signIn = async (role: Role): Promise<Client> => {
    const res = await mock.call<Session>('POST', '/auth/login/phone', { phone: DEMO_PHONES[role], code: DEV_CODE })
    expect(res.status).toBe(200)
    return mock.as(res.body.token)
  }

  beforeAll(async () => {
    mock = await startMock()
    for (const r of ['enterprise', 'association', 'staff', 'province', 'national'] as Role[]) c[r] = await mock.as(r)
  })
  afterAll(async () => {
    await mock.close()
  })

  test('each organisation reads only its own reports; other roles cannot use the own-report endpoints', async () => {
    const ent = await c.enterprise.call<ReportHistory>('GET', '/reports/mine')
    expect(ent.status).toBe(200)
    expect(ent.body).toMatchObject({ orgId: 'OG000001', track: 'enterprise', currentYear: 2026 })
    expect(ent.body.years.map((y) => y.year)).toEqual([2023, 2024, 2025])
    // grown year to year (the seed's plausible series)
    const sales = ent.body.years.map((y) => y.figures.economic?.brandSales as number)
    expect(sales[1]).toBeGreaterThan(sales[0])
    expect(sales[2]).toBeGreaterThan(sales[1])

    const assoc = await c.association.call<ReportHistory>('GET', '/reports/mine')
    expect(assoc.body).toMatchObject({ orgId: 'OG000002', track: 'regional' })
    expect(assoc.body.years.every((y) => typeof y.figures.economic?.outputValue === 'number')).toBe(true)

    for (const r of ['staff', 'province', 'national'] as Role[]) {
      expect((await c[r].call('GET', '/reports/mine')).status).toBe(403)
      expect((await c[r].call('PUT', '/reports/mine/2026', { action: 'save', figures: {} })).status).toBe(403)
    }
    expect((await mock.call('GET', '/reports/mine/2026')).status).toBe(401)

    const cur = await c.enterprise.call<ReportView>('GET', '/reports/mine/2026')
    expect(cur.body).toMatchObject({
      status: null,
      statusLabel: '未开始',
      open: true,
      deadline: '2027-03-31T17:00',
      actions: ['save', 'submit'],
    })
    expect(cur.body.previous?.year).toBe(2025)
  })

  test('field-level Chinese errors on draft and submit; nothing of the stored draft is lost on a refusal', async () => {
    const draft = { economic: { totalRevenue: 8000, brandSales: 6000 } }
    const saved = await c.enterprise.call<ReportView>('PUT', '/reports/mine/2026', { action: 'save', figures: draft })
    expect(saved.status).toBe(200)
    expect(saved.body).toMatchObject({ status: 'draft', statusLabel: '草稿', figures: draft })

    const bad = await c.enterprise.call('PUT', '/reports/mine/2026', {
      action: 'save',
      figures: {
        economic: { totalRevenue: 8000, brandSales: 6000, exportSales: 7000, importValue: -1 },
        social: { employees: 12.5, bogus: 1 },
      },
    })
    expect(bad.status).toBe(400)
    expect(bad.body.code).toBe('VALIDATION')
    expect(bad.body.fieldErrors).toMatchObject({
      'economic.exportSales': '出口额不能超过品牌商品销售收入',
      'economic.importValue': '品牌相关进口额不能为负数',
      'social.employees': '从业人员数应为整数',
      'social.bogus': '不是本年度报送的填报项',
    })
    // the refused save changed nothing
    expect((await c.enterprise.call<ReportView>('GET', '/reports/mine/2026')).body.figures).toEqual(draft)

    const incomplete = await c.enterprise.call('PUT', '/reports/mine/2026', { action: 'submit', figures: draft })
    expect(incomplete.status).toBe(400)
    expect(incomplete.body.fieldErrors['social']).toBe('请填写「社会效益」部分')
  })

  test('a >10× jump against last year is flagged for confirmation and never refused; then revise until the deadline', async () => {
    const figures = fullEnterprise()
    const last = (await c.enterprise.call<ReportView>('GET', '/reports/mine/2026')).body.previous!.figures
    const lastSales = last.economic!.brandSales as number
    figures.economic!.totalRevenue = lastSales * 30
    figures.economic!.brandSales = lastSales * 20
    const sub = await c.enterprise.call<ReportView>('PUT', '/reports/mine/2026', { action: 'submit', figures })
    expect(sub.status).toBe(200)
    expect(sub.body).toMatchObject({ status: 'submitted', statusLabel: '已报送', actions: ['revise'] })
    const jump = sub.body.jumps.find((j) => j.path === 'economic.brandSales')!
    expect(jump).toMatchObject({ confirmed: false, previous: lastSales, current: lastSales * 20 })
    expect(jump.message).toContain('请确认数据和单位无误')

    // submitting twice is a state error; a revision with the jump confirmed is accepted
    expect((await c.enterprise.call('PUT', '/reports/mine/2026', { action: 'submit', figures })).body.code).toBe('INVALID_TRANSITION')
    expect((await c.enterprise.call('PUT', '/reports/mine/2026', { action: 'save', figures })).status).toBe(409)
    const rev = await c.enterprise.call<ReportView>('PUT', '/reports/mine/2026', {
      action: 'revise',
      figures,
      confirmedJumps: ['economic.brandSales', 'economic.notAJump'],
    })
    expect(rev.status).toBe(200)
    expect(rev.body).toMatchObject({ status: 'revised', revision: 1, confirmedJumps: ['economic.brandSales'] })
    expect(rev.body.jumps.find((j) => j.path === 'economic.brandSales')?.confirmed).toBe(true)
    // a revision is checked like a submission
    const broken = clone(figures)
    broken.economic!.exportSales = (broken.economic!.brandSales as number) + 1
    const refused = await c.enterprise.call('PUT', '/reports/mine/2026', { action: 'revise', figures: broken })
    expect(refused.body.fieldErrors).toEqual({ 'economic.exportSales': '出口额不能超过品牌商品销售收入' })
  })

  test('the province reviewer sees its own province only, and a report of another province is refused', async () => {
    const prog = await c.province.call<ReportProgress>('GET', '/review/reports')
    expect(prog.status).toBe(200)
    expect(prog.body).toMatchObject({ year: 2026, provinceCode: '350000', provinceName: '福建省', open: true })
    expect(prog.body.items.length).toBeGreaterThanOrEqual(5)
    for (const i of prog.body.items) expect(mock.ctx.store.orgs.get(i.orgId)?.provinceCode).toBe('350000')
    const mine = prog.body.items.find((i) => i.orgId === 'OG000001')!
    expect(mine).toMatchObject({ status: 'revised', statusLabel: '已修改报送' })
    expect(prog.body.submitted).toBe(prog.body.items.filter((i) => i.status === 'submitted' || i.status === 'revised').length)

    const own = await c.province.call<ReportView>('GET', `/review/reports/${mine.reportId}`)
    expect(own.status).toBe(200)
    expect(own.body.orgName).toBe('福州闽江源食品有限公司')
    const elsewhere = mock.ctx.store.reports.all().find((r) => r.provinceCode !== '350000')!
    expect((await c.province.call('GET', `/review/reports/${elsewhere.id}`)).status).toBe(403)
    expect((await c.national.call('GET', `/review/reports/${elsewhere.id}`)).status).toBe(200)
    for (const r of ['enterprise', 'association', 'staff'] as Role[])
      expect((await c[r].call('GET', `/review/reports/${mine.reportId}`)).status).toBe(403)
    expect((await c.province.call('GET', '/review/reports/RP999999')).status).toBe(404)
    expect((await c.province.call('GET', '/review/reports?year=20x6')).body.fieldErrors.year).toBe('年度应为 4 位数字')
  })

  test('a province reviewer reads its own participants’ submitted figures by year; another province’s → 403, unknown → 404', async () => {
    const prog = (await c.province.call<ReportProgress>('GET', '/review/reports')).body
    const withReports = prog.items.find((i) => i.orgId === 'OG000001')!
    const res = await c.province.call<ReportHistory>('GET', `/review/participants/${withReports.orgId}/reports`)
    expect(res.status).toBe(200)
    const stored = mock.ctx.store.reports
      .where({ orgId: withReports.orgId })
      .filter((r) => r.status !== 'draft')
      .sort((a, b) => a.year - b.year)
    expect(stored.length).toBeGreaterThanOrEqual(3)
    expect(res.body).toMatchObject({ orgId: withReports.orgId, orgName: withReports.orgName, track: 'enterprise', currentYear: 2026 })
    expect(res.body.years.map((y) => y.year)).toEqual(stored.map((r) => r.year))
    expect(res.body.years[0].figures).toEqual(stored[0].figures)
    // a draft is not handed in: the reviewer does not see it
    const drafting = prog.items.find((i) => i.status === 'draft')!
    const draftView = await c.province.call<ReportHistory>('GET', `/review/participants/${drafting.orgId}/reports`)
    expect(draftView.status).toBe(200)
    expect(draftView.body.years.some((y) => y.status === 'draft')).toBe(false)
    // a participant that has not started this year is still one of the province's: its earlier years, if any
    const notStarted = prog.items.find((i) => i.status === null)!
    const earlier = mock.ctx.store.reports.where({ orgId: notStarted.orgId }).filter((r) => r.status !== 'draft')
    const notStartedView = await c.province.call<ReportHistory>('GET', `/review/participants/${notStarted.orgId}/reports`)
    expect(notStartedView.status).toBe(200)
    expect(notStartedView.body.years.map((y) => y.year).sort()).toEqual(earlier.map((r) => r.year).sort())

    const elsewhere = mock.ctx.store.reports.all().find((r) => r.provinceCode !== '350000')!
    const refused = await c.province.call('GET', `/review/participants/${elsewhere.orgId}/reports`)
    expect(refused.status).toBe(403)
    expect(refused.body.message).toBe('只能查看本省参与单位的年度报送')
    expect((await c.national.call('GET', `/review/participants/${elsewhere.orgId}/reports`)).status).toBe(200)
    expect((await c.province.call('GET', '/review/participants/OG999999/reports')).status).toBe(404)
    // an organisation of the province that is not a participant (no report, not on the list)
    const onList = new Set(prog.items.map((i) => i.orgId))
    const outsider = mock.ctx.store.orgs
      .where({ provinceCode: '350000' })
      .find((o) => !onList.has(o.id) && mock.ctx.store.reports.where({ orgId: o.id }).length === 0)!
    expect((await c.province.call('GET', `/review/participants/${outsider.id}/reports`)).status).toBe(404)
    for (const r of ['enterprise', 'association', 'staff'] as Role[])
      expect((await c[r].call('GET', `/review/participants/${withReports.orgId}/reports`)).status).toBe(403)
  })

  test('reminders: an in-app notice to each participant not submitted, at most once per Beijing day', async () => {
    const before = (await c.province.call<ReportProgress>('GET', '/review/reports')).body
    const due = before.items.filter((i) => i.status !== 'submitted' && i.status !== 'revised')
    expect(due.length).toBeGreaterThan(0)
    expect(before.remindable).toBe(due.length)

    const first = await c.province.call<RemindReportsResponse>('POST', '/review/reports/remind', { year: 2026 })
    expect(first.body).toEqual({ sent: due.length, alreadyToday: 0, notNeeded: before.items.length - due.length })
    const again = await c.province.call<RemindReportsResponse>('POST', '/review/reports/remind', { year: 2026 })
    expect(again.body).toEqual({ sent: 0, alreadyToday: due.length, notNeeded: before.items.length - due.length })

    // each reminded organisation's users got exactly one notice, linking to the report form
    const target = due[0]
    const users = mock.ctx.store.users.where({ orgId: target.orgId })
    expect(users.length).toBeGreaterThan(0)
    const notices = mock.ctx.store.notices.where({ userId: users[0].id }).filter((n) => n.title === '请报送 2026 年度商标品牌数据')
    expect(notices).toHaveLength(1)
    expect(notices[0].link).toBe('/pkg-apply/pages/report/index?year=2026')
    const after = (await c.province.call<ReportProgress>('GET', '/review/reports')).body
    expect(after.remindable).toBe(0)
    expect(after.items.find((i) => i.orgId === target.orgId)?.remindedToday).toBe(true)

    // another province's organisation cannot be reminded by this reviewer
    const stranger = mock.ctx.store.reports.all().find((r) => r.provinceCode !== '350000')!.orgId
    const refused = await c.province.call('POST', '/review/reports/remind', { year: 2026, orgIds: [stranger] })
    expect(refused.status).toBe(400)
    expect(refused.body.fieldErrors.orgIds).toContain(stranger)

    // the next Beijing day (00:00 is 16:00 UTC) may remind again
    setNow(bj('2026-11-25T00:00:00.000'))
    const province = await signIn('province')
    const next = await province.call<RemindReportsResponse>('POST', '/review/reports/remind', { year: 2026, orgIds: [target.orgId] })
    expect(next.body).toEqual({ sent: 1, alreadyToday: 0, notNeeded: 0 })
    setNow(new Date('2026-11-24T02:00:00.000Z'))
  })

  test('a report not started, with no report last year, offers the figures of the application form where the fields match', async () => {
    const login = await mock.call<Session>('POST', '/auth/login/phone', { phone: DEMO_SECOND_ENTERPRISE.phone, code: DEV_CODE })
    const second = await mock.as(login.body.token)
    const orgId = login.body.user.orgId!
    const app = mock.ctx.store.applications.where({ orgId, track: 'enterprise' }).find((a) => a.status !== 'draft')!
    expect(mock.ctx.store.reports.where({ orgId })).toEqual([])
    const view = await second.call<ReportView>('GET', '/reports/mine/2026')
    expect(view.status).toBe(200)
    expect(view.body.previous).toBeNull()
    const expected = prefillFromApplication('enterprise', app.form)
    expect(Object.keys(expected.economic ?? {})).toContain('totalRevenue')
    expect(view.body.fromApplication).toEqual({ applicationId: app.id, year: app.year, figures: expected })
    expect(view.body.figures).toEqual({})

    // once a draft is saved, or where last year's report exists, there is nothing to prefill
    const saved = await second.call<ReportView>('PUT', '/reports/mine/2026', { action: 'save', figures: expected })
    expect(saved.status).toBe(200)
    expect(saved.body.fromApplication).toBeUndefined()
    expect((await c.enterprise.call<ReportView>('GET', '/reports/mine/2026')).body.fromApplication).toBeUndefined()
  })

  test('the deadline refuses a save from its first minute (Beijing), keeping the stored draft', async () => {
    const assoc = c.association
    const draft = { economic: { outputValue: 500000, exportValue: 20000 } }
    expect((await assoc.call('PUT', '/reports/mine/2026', { action: 'save', figures: draft })).status).toBe(200)
    // the national office moves the yearly-report deadline to 2026-11-26 00:00 (Beijing, exclusive)
    const y = mock.ctx.store.programmeYears.get('2026')!
    const tt = y.timetableVersions[y.timetableVersions.length - 1].timetable
    const put = await c.national.call('PUT', '/programme/years/2026/timetable', {
      ...tt,
      yearlyReportDeadline: '2026-11-26T00:00',
      reason: '测试截止',
    })
    expect(put.status).toBe(200)

    setNow(bj('2026-11-25T23:59:59.999'))
    const late = await signIn('association')
    const ok = await late.call<ReportView>('PUT', '/reports/mine/2026', { action: 'save', figures: { economic: { outputValue: 510000 } } })
    expect(ok.status).toBe(200)
    expect(ok.body.open).toBe(true)

    setNow(bj('2026-11-26T00:00:00.000'))
    const closed = await late.call('PUT', '/reports/mine/2026', { action: 'submit', figures: { economic: { outputValue: 520000 } } })
    expect(closed.status).toBe(409)
    expect(closed.body.code).toBe('DEADLINE_PASSED')
    expect(closed.body.message).toBe('2026 年度报送已于 2026年11月26日 00:00（北京时间）截止，不能再提交或修改')
    const view = await late.call<ReportView>('GET', '/reports/mine/2026')
    expect(view.body).toMatchObject({ open: false, actions: [], figures: { economic: { outputValue: 510000 } } })
    expect(view.body.closedMessage).toContain('截止')
    // a year without a programme year is not open at all
    expect((await late.call('PUT', '/reports/mine/2031', { action: 'save', figures: {} })).body.message).toBe('2031 年度未开放年度报送')
    const notices = await late.call<NoticeList>('GET', '/notices')
    expect(notices.status).toBe(200)
  })
})
