// Applicant side of issue 4: drafts, validation (same schema as the app), eligibility, idempotent submission,
// two-sided station links, timeline + in-app notices.
import type { Application, ApplicationLinkCandidate, DraftSaveResponse, NoticeList, RegionalForm } from '../../src/domain/contract'
import { demoEnterpriseForm } from './application-fixtures'
import { startMock, type Client, type Mock } from './harness'

describe('applications (applicant side)', () => {
  let mock: Mock
  let ent: Client
  let assoc: Client
  let staff: Client
  let prov: Client
  let nat: Client
  let demoStationId: string
  beforeAll(async () => {
    mock = await startMock()
    ;[ent, assoc, staff, prov, nat] = await Promise.all(
      (['enterprise', 'association', 'staff', 'province', 'national'] as const).map((r) => mock.as(r)),
    )
    demoStationId = mock.ctx.store.users.first({ phone: '13800000003' })!.stationId!
  })
  afterAll(async () => {
    await mock.close()
  })

  test('the demo enterprise starts without an application', async () => {
    const res = await ent.call<Application[]>('GET', '/applications/mine')
    expect(res.status).toBe(200)
    expect(res.body).toEqual([])
  })

  test('sign-in required; reviewers cannot save drafts', async () => {
    expect((await mock.call('GET', '/applications/mine')).status).toBe(401)
    expect((await prov.call('PUT', '/applications/draft', { form: {} })).status).toBe(403)
    expect((await nat.call('GET', '/applications/mine')).status).toBe(403)
  })

  let appId = ''
  test('autosave a partial draft: saved even with a bad USCC, field errors in Chinese, eligibility explained', async () => {
    const res = await ent.call<DraftSaveResponse>('PUT', '/applications/draft', {
      form: { orgName: '福州闽江源食品有限公司', uscc: '91350203M0001QAY9B', revenueY1: '-5', markClasses: [29, 46], unknownKey: 'x' },
    })
    expect(res.status).toBe(200)
    const a = res.body.application
    appId = a.id
    expect(a.status).toBe('draft')
    expect(a.track).toBe('enterprise')
    expect(a.year).toBe(2026)
    expect(a.provinceCode).toBe('350000')
    expect(a.provinceName).toBe('福建省')
    expect(a.form).toMatchObject({ uscc: '91350203M0001QAY9B', revenueY1: -5 })
    expect((a.form as Record<string, unknown>).unknownKey).toBeUndefined()
    expect(res.body.fieldErrors.uscc).toBe('校验位应为 9，请核对是否输错')
    expect(res.body.fieldErrors.revenueY1).toBe('不能为负数')
    expect(res.body.fieldErrors.markClasses).toMatch(/1–45/)
    // missing required fields are not reported while drafting
    expect(res.body.fieldErrors.contactName).toBeUndefined()
    expect(a.eligibility.ok).toBe(false)
    expect(a.eligibility.checks.map((c) => c.rule)).toEqual(
      expect.arrayContaining(['enterprise_main_mark', 'enterprise_mark_business', 'enterprise_ip_status']),
    )
    expect(a.timeline).toHaveLength(1)
    expect(a.timeline[0]).toMatchObject({ from: null, to: 'draft', actorRole: 'enterprise' })
    expect(a.actions).toEqual(['submit'])
  })

  test('an association USCC (51…) is refused for an enterprise, an enterprise USCC accepted', async () => {
    let res = await ent.call<DraftSaveResponse>('PUT', '/applications/draft', { form: { uscc: '51350100MJ0000000X' } })
    expect(res.body.fieldErrors.uscc).toBeDefined()
    res = await ent.call<DraftSaveResponse>('PUT', '/applications/draft', { form: { uscc: '91350100M000100Y43', revenueY1: null } })
    expect(res.body.fieldErrors.uscc).toBeUndefined()
    expect(res.body.application.id).toBe(appId) // one application per applicant and year
    expect((res.body.application.form as Record<string, unknown>).revenueY1).toBeUndefined()
  })

  test('draft body validation: another year, another track, no form → 400', async () => {
    expect((await ent.call('PUT', '/applications/draft', { year: 2025, form: {} })).status).toBe(400)
    const r = await ent.call('PUT', '/applications/draft', { track: 'regional', form: {} })
    expect(r.status).toBe(400)
    expect(r.body.fieldErrors.track).toMatch(/企业商标品牌/)
    expect((await ent.call('PUT', '/applications/draft', {})).status).toBe(400)
  })

  test('submitting an incomplete form → 400 with the missing fields', async () => {
    const res = await ent.call('POST', `/applications/${appId}/submit`, { idempotencyKey: 'ent-submit-incomplete' })
    expect(res.status).toBe(400)
    expect(res.body.code).toBe('VALIDATION')
    expect(res.body.fieldErrors.contactName).toBe('请填写联系人')
    expect(res.body.fieldErrors.revenueY3).toBe('请填写主营业务收入金额（万元）：2023 年')
    expect(res.body.fieldErrors.declaration).toBe('请勾选确认')
    expect(res.body.fieldErrors.markIsMain).toBeDefined()
    // still a draft
    expect((await ent.call<Application>('GET', `/applications/${appId}`)).body.status).toBe('draft')
  })

  test('eligibility blocks: not the main mark → 400 on the field', async () => {
    await ent.call('PUT', '/applications/draft', { form: { ...demoEnterpriseForm(), markIsMain: false } })
    const res = await ent.call('POST', `/applications/${appId}/submit`, { idempotencyKey: 'ent-submit-notmain' })
    expect(res.status).toBe(400)
    expect(res.body.fieldErrors).toEqual({ markIsMain: '申报商标应为代表企业的主商标：请改为申报企业的主商标' })
  })

  test('submit a complete form; the same idempotency key twice → one submission, same result', async () => {
    await ent.call('PUT', '/applications/draft', { form: { markIsMain: true, stationId: demoStationId } })
    const [r1, r2] = await Promise.all([
      ent.call<Application>('POST', `/applications/${appId}/submit`, { idempotencyKey: 'ent-submit-0001' }),
      ent.call<Application>('POST', `/applications/${appId}/submit`, { idempotencyKey: 'ent-submit-0001' }),
    ])
    expect(r1.status).toBe(200)
    expect(r2.status).toBe(200)
    expect(r1.body.status).toBe('submitted')
    expect(r2.body.status).toBe('submitted')
    expect(r2.body.id).toBe(r1.body.id)
    expect(r1.body.timeline.map((t) => t.to)).toEqual(['draft', 'submitted'])
    const again = await ent.call<Application>('POST', `/applications/${appId}/submit`, { idempotencyKey: 'ent-submit-0001' })
    expect(again.status).toBe(200)
    expect(again.body.timeline).toHaveLength(2)
    const mine = await ent.call<Application[]>('GET', '/applications/mine')
    expect(mine.body).toHaveLength(1)
    // a new key on a submitted application is an illegal transition
    const other = await ent.call('POST', `/applications/${appId}/submit`, { idempotencyKey: 'ent-submit-0002' })
    expect(other.status).toBe(409)
    expect(other.body.code).toBe('INVALID_TRANSITION')
    // no editing once submitted
    const edit = await ent.call('PUT', '/applications/draft', { form: { opinion: '改' } })
    expect(edit.status).toBe(409)
    // bad key
    expect((await ent.call('POST', `/applications/${appId}/submit`, { idempotencyKey: 'x' })).status).toBe(400)
  })

  test('submission notice reaches the enterprise user', async () => {
    const n = await ent.call<NoticeList>('GET', '/notices')
    const notice = n.body.items.find((x) => x.link === `/pkg-apply/pages/status/index?id=${appId}`)
    expect(notice?.title).toBe('申报状态更新：已申报')
  })

  test('visibility: owner, own-province reviewer, national; not other applicants', async () => {
    expect((await prov.call('GET', `/applications/${appId}`)).status).toBe(200)
    const n = await nat.call<Application>('GET', `/applications/${appId}`)
    expect(n.status).toBe(200)
    expect(n.body.actions).toEqual([])
    const p = await prov.call<Application>('GET', `/applications/${appId}`)
    expect(p.body.actions).toEqual(['return', 'recommend'])
    expect((await assoc.call('GET', `/applications/${appId}`)).status).toBe(404)
    expect((await staff.call('GET', `/applications/${appId}`)).status).toBe(404)
    expect((await assoc.call('POST', `/applications/${appId}/submit`, { idempotencyKey: 'assoc-key-0001' })).status).toBe(404)
  })

  test('two-sided station link: the enterprise now names the demo station; the station already named it → confirmed on both sides', async () => {
    const e = (await ent.call<Application>('GET', `/applications/${appId}`)).body
    expect(e.stationConfirmations).toEqual([
      expect.objectContaining({ stationId: demoStationId, orgId: 'OG000001', track: 'enterprise', status: 'confirmed' }),
    ])
    const s = (await staff.call<Application[]>('GET', '/applications/mine')).body
    expect(s).toHaveLength(1)
    expect(s[0].track).toBe('station')
    const conf = s[0].stationConfirmations
    expect(conf.find((c) => c.orgId === 'OG000001')?.status).toBe('confirmed')
    expect(conf.find((c) => c.orgId === 'OG000002')?.status).toBe('confirmed') // the association's draft names the station
  })

  test('link candidates on both sides', async () => {
    const s = await staff.call<ApplicationLinkCandidate[]>('GET', '/applications/link-candidates')
    expect(s.status).toBe(200)
    const me = s.body.find((c) => c.id === 'OG000001')
    expect(me).toMatchObject({ kind: 'enterprise', namesMe: true, linked: true, applicationId: appId })
    const e = await ent.call<ApplicationLinkCandidate[]>('GET', '/applications/link-candidates')
    expect(e.body.find((c) => c.id === demoStationId)).toMatchObject({ kind: 'station', namesMe: true, linked: true })
  })

  test('station side pending: a served organisation that does not name the station stays pending (and the link is shown pending)', async () => {
    const mine = (await staff.call<Application[]>('GET', '/applications/mine')).body[0]
    expect(mine.status).toBe('submitted')
    // the association clears its station → pending on both sides
    const d = await assoc.call<DraftSaveResponse>('PUT', '/applications/draft', { form: { stationId: null } })
    expect(d.body.application.stationConfirmations).toEqual([])
    const after = (await staff.call<Application[]>('GET', '/applications/mine')).body[0]
    const c = after.stationConfirmations.find((x) => x.orgId === 'OG000002')
    expect(c).toMatchObject({ status: 'pending', waitingFor: 'participant' })
    expect(after.eligibility.checks.find((x) => x.rule === 'station_link')).toMatchObject({ ok: false, level: 'warn' })
    // named again → confirmed; the association sees it too
    const again = await assoc.call<DraftSaveResponse>('PUT', '/applications/draft', { form: { stationId: demoStationId } })
    expect(again.body.application.stationConfirmations[0]).toMatchObject({ status: 'confirmed', stationId: demoStationId })
  })

  test('association: regional rules — ordinary mark needs approval + ≥5 users, region below province, no primary agricultural products', async () => {
    const mine = (await assoc.call<Application[]>('GET', '/applications/mine')).body
    expect(mine).toHaveLength(1)
    expect(mine[0]).toMatchObject({ track: 'regional', status: 'draft' })
    const id = mine[0].id
    const complete: Partial<RegionalForm> = {
      promotionInvestment: 300,
      employees: 12000,
      avgIncome: 68000,
      incomeGrowth: -1.5,
      rdInvestment: 900,
      patentCount: 56,
      envInvestment: 400,
      govInvestment: '设立产业扶持资金',
      opinion: '同意申报',
      governmentOpinion: '同意推荐',
      declaration: true,
    }
    let r = await assoc.call<DraftSaveResponse>('PUT', '/applications/draft', {
      form: {
        ...complete,
        markType: 'ordinary',
        countyApproval: false,
        otherLawfulUsers: 4,
        regionCode: '350000',
        primaryAgricultural: true,
      },
    })
    expect(r.status).toBe(200)
    const rules = Object.fromEntries(r.body.application.eligibility.checks.map((c) => [c.rule, c]))
    expect(rules.regional_ordinary_approval.ok).toBe(false)
    expect(rules.regional_ordinary_users.message).toMatch(/5 家以上/)
    expect(rules.regional_region_level.ok).toBe(false)
    expect(rules.regional_primary_agri).toMatchObject({ ok: false, level: 'block' })
    let s = await assoc.call('POST', `/applications/${id}/submit`, { idempotencyKey: 'assoc-submit-1' })
    expect(s.status).toBe(400)
    expect(Object.keys(s.body.fieldErrors).sort()).toEqual(
      ['countyApproval', 'otherLawfulUsers', 'primaryAgricultural', 'regionCode'].sort(),
    )
    // a region in another province is refused too
    r = await assoc.call<DraftSaveResponse>('PUT', '/applications/draft', {
      form: {
        markType: 'ordinary',
        countyApproval: true,
        approvalAuthority: '鼓楼区人民政府',
        otherLawfulUsers: 5,
        regionCode: '330102',
        primaryAgricultural: false,
      },
    })
    s = await assoc.call('POST', `/applications/${id}/submit`, { idempotencyKey: 'assoc-submit-2' })
    expect(s.status).toBe(400)
    expect(s.body.fieldErrors.regionCode).toMatch(/本省/)
    r = await assoc.call<DraftSaveResponse>('PUT', '/applications/draft', { form: { regionCode: '350102' } })
    expect(r.body.application.eligibility.ok).toBe(true)
    s = await assoc.call<Application>('POST', `/applications/${id}/submit`, { idempotencyKey: 'assoc-submit-3' })
    expect(s.status).toBe(200)
    expect(s.body.status).toBe('submitted')
  })

  test('regional: an association USCC must not be an enterprise one; smeCount ≤ userCount', async () => {
    // another Fujian association without an application (session created directly)
    const { store } = mock.ctx
    const org = store.orgs
      .where({ kind: 'association', provinceCode: '350000' })
      .find((o) => store.applications.count({ orgId: o.id }) === 0)!
    const user = store.users.first({ orgId: org.id })!
    store.sessions.insert({ token: 'tok-assoc-x', userId: user.id, expiresAt: '2099-01-01T00:00:00.000Z' })
    const c = await mock.as('tok-assoc-x')
    const r = await c.call<DraftSaveResponse>('PUT', '/applications/draft', {
      form: { uscc: '91350100M000100Y43', userCount: 10, smeCount: 12 },
    })
    expect(r.status).toBe(200)
    expect(r.body.fieldErrors.uscc).toMatch(/51/)
    expect(r.body.fieldErrors.smeCount).toBe('中小企业数量不能超过使用企业总数')
    expect(r.body.application.track).toBe('regional')
  })

  test('station: at least one served participant; unknown organisations refused', async () => {
    // a Fujian station without an application
    const { store } = mock.ctx
    const staffUser = store.users
      .where({ role: 'staff' })
      .find((u) => u.stationId && store.applications.count({ stationId: u.stationId }) === 0)!
    store.sessions.insert({ token: 'tok-staff-x', userId: staffUser.id, expiresAt: '2099-01-01T00:00:00.000Z' })
    const c = await mock.as('tok-staff-x')
    const r = await c.call<DraftSaveResponse>('PUT', '/applications/draft', {
      form: {
        stationName: '测试指导站',
        host: '某市场监督管理局',
        approvedBy: '福建省知识产权局',
        address: '福州市某路 1 号',
        contactName: '李四',
        contactPhone: '13912345678',
        staffCount: '6',
        funding: '财政保障',
        serviceArea: '本区',
        businessScope: '商标注册指导',
        servedY3: 10,
        servedY2: 20,
        servedY1: 30,
        servedEnterpriseOrgIds: ['OG999999'],
        servedRegionalOrgIds: [],
        workPlan: '定期走访',
        opinion: '同意',
        declaration: true,
      },
    })
    expect(r.status).toBe(200)
    expect(r.body.application.form).toMatchObject({ staffCount: 6 })
    expect(r.body.fieldErrors.servedEnterpriseOrgIds).toBe('所选企业不存在或不是企业')
    const id = r.body.application.id
    let s = await c.call('POST', `/applications/${id}/submit`, { idempotencyKey: 'staff-x-1' })
    expect(s.status).toBe(400)
    await c.call('PUT', '/applications/draft', { form: { servedEnterpriseOrgIds: [] } })
    s = await c.call('POST', `/applications/${id}/submit`, { idempotencyKey: 'staff-x-2' })
    expect(s.status).toBe(400)
    expect(s.body.fieldErrors.servedEnterpriseOrgIds).toBe('须列明至少一个对接服务参加行动的企业或区域商标品牌')
    await c.call('PUT', '/applications/draft', { form: { servedEnterpriseOrgIds: ['OG000001'] } })
    s = await c.call<Application>('POST', `/applications/${id}/submit`, { idempotencyKey: 'staff-x-3' })
    expect(s.status).toBe(200)
    // the demo enterprise names the demo station, not this one → pending, waiting for the participant
    expect(s.body.stationConfirmations[0]).toMatchObject({ orgId: 'OG000001', status: 'pending', waitingFor: 'participant' })
  })

  test('unknown application → 404', async () => {
    expect((await ent.call('GET', '/applications/AP999999')).status).toBe(404)
    expect((await ent.call('POST', '/applications/AP999999/submit', { idempotencyKey: 'nothing-here' })).status).toBe(404)
  })
})
