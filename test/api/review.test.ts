// Reviewer side of issue 4: every transition allowed and refused per role, quotas and ratios at their boundaries
// (annex 4), the quota panel, the annex-5 table (JSON + CSV with BOM), public-notice batches, the full pipeline.
import type {
  Application,
  ApplicationStatus,
  ApplicationSummary,
  NoticeList,
  Page,
  QuotaSummary,
  RecommendationTable,
  ReviewBatch,
} from '../../src/domain/contract'
import type { StoredApplication } from '../../mock/store'
import { demoEnterpriseForm } from './application-fixtures'
import { startMock, type Client, type Mock } from './harness'

type Role = 'enterprise' | 'association' | 'staff' | 'province' | 'national'
const REVIEW_ACTIONS = ['return', 'recommend', 'national-review', 'publish', 'confirm', 'reject'] as const
type ReviewAction = (typeof REVIEW_ACTIONS)[number]
/** the only legal (status, action) pairs, and who does them */
const ALLOWED: Record<ReviewAction, { from: ApplicationStatus[]; role: Role }> = {
  return: { from: ['submitted', 'resubmitted'], role: 'province' },
  recommend: { from: ['submitted', 'resubmitted'], role: 'province' },
  'national-review': { from: ['recommended'], role: 'national' },
  publish: { from: ['national_review'], role: 'national' },
  confirm: { from: ['public_notice'], role: 'national' },
  reject: { from: ['public_notice'], role: 'national' },
}
const STATUSES: ApplicationStatus[] = [
  'draft',
  'submitted',
  'returned',
  'resubmitted',
  'recommended',
  'national_review',
  'public_notice',
  'confirmed',
  'not_selected',
]
const TODAY = '2026-11-24'

function bodyFor(action: ReviewAction): Record<string, unknown> | undefined {
  if (action === 'return' || action === 'reject') return { reason: '材料不全，请补充' }
  if (action === 'publish') return { start: TODAY, end: '2026-11-30' }
  return undefined
}

describe('review (province + national)', () => {
  let mock: Mock
  const c: Record<Role, Client> = {} as Record<Role, Client>
  const apps = () => mock.ctx.store.applications.all()
  /** writes test-made changes of applications to the store */
  const save = (...list: StoredApplication[]) => list.forEach((a) => mock.ctx.store.applications.save(a))
  const fj = (status: ApplicationStatus, track?: string) =>
    apps().find((a) => a.provinceCode === '350000' && a.year === 2026 && a.status === status && (!track || a.track === track))

  beforeAll(async () => {
    mock = await startMock()
    for (const r of ['enterprise', 'association', 'staff', 'province', 'national'] as Role[]) c[r] = await mock.as(r)
  })
  afterAll(async () => {
    await mock.close()
  })

  test('province lists its own province only (waiting and recommended), filters by status and track', async () => {
    const all = await c.province.call<Page<ApplicationSummary>>('GET', '/review/applications?limit=200')
    expect(all.status).toBe(200)
    expect(all.body.items.length).toBeGreaterThan(20)
    expect(all.body.items.every((a) => a.provinceCode === '350000' && a.year === 2026)).toBe(true)
    expect(all.body.items.some((a) => a.status === 'draft')).toBe(false)
    const waiting = await c.province.call<Page<ApplicationSummary>>('GET', '/review/applications?status=submitted,resubmitted')
    expect(waiting.body.total).toBeGreaterThanOrEqual(5)
    expect(waiting.body.items.every((a) => a.status === 'submitted' || a.status === 'resubmitted')).toBe(true)
    const ent = await c.province.call<Page<ApplicationSummary>>('GET', '/review/applications?status=recommended&track=enterprise')
    expect(ent.body.total).toBeGreaterThan(0)
    expect(ent.body.items.every((a) => a.track === 'enterprise' && typeof a.nonDemo === 'boolean')).toBe(true)
    // paging
    const p1 = await c.province.call<Page<ApplicationSummary>>('GET', '/review/applications?limit=5')
    expect(p1.body.items).toHaveLength(5)
    const p2 = await c.province.call<Page<ApplicationSummary>>('GET', `/review/applications?limit=5&cursor=${p1.body.next}`)
    expect(p2.body.items[0].id).not.toBe(p1.body.items[0].id)
    // another province's data is refused
    expect((await c.province.call('GET', '/review/applications?provinceCode=110000')).status).toBe(403)
    expect((await c.province.call('GET', '/review/applications?status=bogus')).status).toBe(400)
    // applicants cannot list
    expect((await c.enterprise.call('GET', '/review/applications')).status).toBe(403)
  })

  test('review detail: own province with the actions it may take; other provinces and drafts are not found', async () => {
    const a = fj('submitted')!
    const r = await c.province.call<Application>('GET', `/review/applications/${a.id}`)
    expect(r.status).toBe(200)
    expect(r.body.actions).toEqual(['return', 'recommend'])
    const other = apps().find((x) => x.provinceCode === '110000' && x.status === 'submitted')!
    expect((await c.province.call('GET', `/review/applications/${other.id}`)).status).toBe(404)
    expect((await c.national.call<Application>('GET', `/review/applications/${other.id}`)).body.actions).toEqual([])
    expect((await c.national.call('GET', `/review/applications/${fj('draft')!.id}`)).status).toBe(404)
    expect((await c.staff.call('GET', `/review/applications/${a.id}`)).status).toBe(403)
    const lastYear = await c.national.call<Page<ApplicationSummary>>('GET', '/review/applications?year=all&status=confirmed&limit=200')
    expect(lastYear.body.items.some((x) => x.year === 2025)).toBe(true)
  })

  test('national lists every province, filters by province and batch', async () => {
    const all = await c.national.call<Page<ApplicationSummary>>('GET', '/review/applications?limit=200')
    expect(new Set(all.body.items.map((a) => a.provinceCode)).size).toBeGreaterThan(5)
    const bj = await c.national.call<Page<ApplicationSummary>>('GET', '/review/applications?provinceCode=110000')
    expect(bj.body.items.every((a) => a.provinceCode === '110000')).toBe(true)
    const b1 = await c.national.call<Page<ApplicationSummary>>('GET', '/review/applications?batch=1&status=public_notice&limit=200')
    expect(b1.body.total).toBeGreaterThan(0)
    expect(b1.body.items.every((a) => a.batch === 1 && a.status === 'public_notice')).toBe(true)
  })

  test('every review action is refused in every other state and for every other role', async () => {
    const before = JSON.stringify(apps().map((a) => [a.id, a.status]))
    for (const action of REVIEW_ACTIONS) {
      const rule = ALLOWED[action]
      for (const status of STATUSES) {
        // an application in that state in the demo province (or any province for the national steps)
        const a = apps().find((x) => x.provinceCode === '350000' && x.status === status) ?? apps().find((x) => x.status === status)
        if (!a) throw new Error(`no seeded application in ${status}`)
        for (const role of ['enterprise', 'association', 'staff', 'province', 'national'] as Role[]) {
          const legal = role === rule.role && rule.from.includes(status) && (role !== 'province' || a.provinceCode === '350000')
          if (legal) continue
          const res = await c[role].call('POST', `/review/applications/${a.id}/${action}`, bodyFor(action))
          const expected =
            role !== rule.role
              ? [403] // wrong role for the endpoint
              : status === 'draft' || (role === 'province' && a.provinceCode !== '350000')
                ? [404] // drafts are invisible to reviewers; other provinces too
                : [409]
          if (!expected.includes(res.status)) {
            throw new Error(`${role} ${action} on ${status} (${a.id}) → ${res.status} ${JSON.stringify(res.body)}; expected ${expected}`)
          }
          if (res.status === 409) expect(res.body.code).toBe('INVALID_TRANSITION')
        }
      }
    }
    // nothing changed
    expect(JSON.stringify(apps().map((a) => [a.id, a.status]))).toBe(before)
  })

  test('applicant submit is refused outside draft/returned, and for reviewers', async () => {
    for (const status of STATUSES.filter((s) => s !== 'draft' && s !== 'returned')) {
      const a = apps().find(
        (x) =>
          x.track === 'station' && x.status === status && x.stationId === mock.ctx.store.users.first({ phone: '13800000003' })!.stationId,
      )
      if (!a) continue
      const r = await c.staff.call('POST', `/applications/${a.id}/submit`, { idempotencyKey: `staff-${status}-01` })
      expect(r.status).toBe(409)
    }
    const sub = fj('submitted')!
    expect((await c.province.call('POST', `/applications/${sub.id}/submit`, { idempotencyKey: 'prov-submit-01' })).status).toBe(403)
    expect((await c.national.call('POST', `/applications/${sub.id}/submit`, { idempotencyKey: 'nat-submit-001' })).status).toBe(403)
  })

  test('province return needs a reason; the applicant sees it on the timeline and gets a notice', async () => {
    const a = fj('submitted', 'enterprise')!
    let r = await c.province.call('POST', `/review/applications/${a.id}/return`, {})
    expect(r.status).toBe(400)
    expect(r.body.fieldErrors.reason).toBeDefined()
    r = await c.province.call('POST', `/review/applications/${a.id}/return`, { reason: '   ' })
    expect(r.status).toBe(400)
    r = await c.province.call<Application>('POST', `/review/applications/${a.id}/return`, { reason: '请补充近三年财务数据' })
    expect(r.status).toBe(200)
    expect(r.body.status).toBe('returned')
    const last = r.body.timeline[r.body.timeline.length - 1]
    expect(last).toMatchObject({ from: 'submitted', to: 'returned', actorRole: 'province', reason: '请补充近三年财务数据' })
    expect(last.actorName).toMatch(/^福建省知识产权局/)
    const notices = mock.ctx.store.notices.all().filter((n) => n.link?.endsWith(a.id))
    expect(notices.some((n) => n.title === '申报状态更新：退回修改' && n.body.includes('请补充近三年财务数据'))).toBe(true)
  })

  // ── quotas (annex 4) ────────────────────────────────────────────────────────

  /** Replace 福建省's applications of a track this year with `spec` (status + flags), all with valid forms. */
  function craft(
    track: 'enterprise' | 'regional' | 'station',
    spec: Array<{ status: ApplicationStatus; nonDemo?: boolean; field?: string }>,
  ): StoredApplication[] {
    const template = apps().find((a) => a.track === track && a.status !== 'draft' && a.provinceCode === '350000')!
    mock.ctx.store.applications.deleteWhere({ provinceCode: '350000', year: 2026, track })
    return spec.map((s, i) => {
      const form = JSON.parse(JSON.stringify(template.form)) as Record<string, unknown>
      if (track === 'enterprise') form.ipStatus = s.nonDemo ? 'none' : 'demonstration'
      if (track === 'regional' && s.field) form.field = s.field
      const a: StoredApplication = {
        ...(JSON.parse(JSON.stringify(template)) as StoredApplication),
        id: `QX${track.slice(0, 1)}${String(i).padStart(4, '0')}`,
        status: s.status,
        form: form as StoredApplication['form'],
        timeline: [],
        year: 2026,
      }
      save(a)
      return a
    })
  }
  const recommend = (id: string) => c.province.call('POST', `/review/applications/${id}/recommend`)

  test('enterprise 30 % cap, computed including the candidate: 3/10 allowed, 4/11 refused; demo enterprises always fit', async () => {
    const spec = [
      ...Array.from({ length: 7 }, () => ({ status: 'recommended' as const })),
      { status: 'recommended' as const, nonDemo: true },
      { status: 'national_review' as const, nonDemo: true },
      { status: 'submitted' as const, nonDemo: true }, // → 3/10 = 30 %
      { status: 'submitted' as const, nonDemo: true }, // → 4/11 = 36.4 %
      { status: 'submitted' as const }, // demonstration
    ]
    const made = craft('enterprise', spec)
    let r = await recommend(made[9].id)
    expect(r.status).toBe(200)
    expect(r.body.status).toBe('recommended')
    r = await recommend(made[10].id)
    expect(r.status).toBe(409)
    expect(r.body.code).toBe('QUOTA_EXCEEDED')
    expect(r.body.message).toContain('30%')
    expect(r.body.message).toContain('4/11')
    expect(r.body.message).toContain('已推荐企业 10 个，其中非示范优势企业 3 个')
    r = await recommend(made[11].id)
    expect(r.status).toBe(200)
    // 4/12 = 33.3 % still over the cap
    expect((await recommend(made[10].id)).status).toBe(409)
    // the quota panel agrees
    const q = await c.province.call<QuotaSummary>('GET', '/review/quota')
    const e = q.body.tracks.find((t) => t.track === 'enterprise')!
    expect(e).toMatchObject({ limit: 43, used: 11, remaining: 32, waiting: 1 })
    expect(e.ratio).toMatchObject({ count: 3, total: 11, percent: 27.3, ok: true })
  })

  test('enterprise: the first recommendation cannot be a non-demonstration enterprise (1/1 = 100 %)', async () => {
    const made = craft('enterprise', [{ status: 'submitted', nonDemo: true }])
    const r = await recommend(made[0].id)
    expect(r.status).toBe(409)
    expect(r.body.message).toContain('1/1')
  })

  test('enterprise track limit: 43 counted → the 44th refused', async () => {
    const made = craft('enterprise', [...Array.from({ length: 43 }, () => ({ status: 'recommended' as const })), { status: 'submitted' }])
    const r = await recommend(made[43].id)
    expect(r.status).toBe(409)
    expect(r.body.code).toBe('QUOTA_EXCEEDED')
    expect(r.body.message).toContain('推荐名额为 43 个，已推荐 43 个')
    // not_selected frees a place
    made[0].status = 'not_selected'
    save(made[0])
    expect((await recommend(made[43].id)).status).toBe(200)
  })

  test('regional: manufacturing+service ≥ 70 % — 3 agriculture of 10 allowed, the 4th (4/11) refused', async () => {
    const made = craft('regional', [
      ...Array.from({ length: 7 }, () => ({ status: 'recommended' as const, field: 'manufacturing' })),
      { status: 'recommended', field: 'agriculture' },
      { status: 'confirmed', field: 'agriculture' },
      { status: 'submitted', field: 'agriculture' }, // 3/10 = 30 % → ok
      { status: 'submitted', field: 'agriculture' }, // 4/11 > 30 % and > 2 → refused
      { status: 'submitted', field: 'service' },
    ])
    expect((await recommend(made[9].id)).status).toBe(200)
    const r = await recommend(made[10].id)
    expect(r.status).toBe(409)
    expect(r.body.code).toBe('QUOTA_EXCEEDED')
    expect(r.body.message).toContain('70%')
    expect(r.body.message).toContain('7/11')
    expect((await recommend(made[11].id)).status).toBe(200)
    const q = await c.province.call<QuotaSummary>('GET', '/review/quota')
    expect(q.body.tracks.find((t) => t.track === 'regional')!.ratio).toMatchObject({ count: 8, total: 11, agriculture: 3, ok: true })
  })

  test('regional: above 30 % agriculture is allowed up to 2 agriculture brands in total (note 2)', async () => {
    const made = craft('regional', [
      { status: 'submitted', field: 'agriculture' },
      { status: 'submitted', field: 'agriculture' },
      { status: 'submitted', field: 'agriculture' },
    ])
    expect((await recommend(made[0].id)).status).toBe(200) // 1/1 agriculture, ≤ 2
    expect((await recommend(made[1].id)).status).toBe(200) // 2/2 agriculture, ≤ 2
    const r = await recommend(made[2].id) // 3/3
    expect(r.status).toBe(409)
    expect(r.body.message).toContain('农业品牌 3 个')
  })

  test('station: table quota (39 for 福建省) and a two-sided confirmed link are required', async () => {
    const made = craft('station', [...Array.from({ length: 39 }, () => ({ status: 'recommended' as const })), { status: 'submitted' }])
    let r = await recommend(made[39].id)
    expect(r.status).toBe(409)
    expect(r.body.code).toBe('QUOTA_EXCEEDED')
    expect(r.body.message).toContain('商标品牌指导站推荐名额为 39 个')
    made[0].status = 'not_selected'
    // the crafted station's served organisations name another station? make it unconfirmed explicitly
    ;(made[39].form as Record<string, unknown>).servedEnterpriseOrgIds = ['OG000001']
    ;(made[39].form as Record<string, unknown>).servedRegionalOrgIds = []
    made[39].stationId = 'ST_NONE'
    save(made[0], made[39])
    r = await recommend(made[39].id)
    expect(r.status).toBe(409)
    expect(r.body.code).toBe('CONFLICT')
    expect(r.body.message).toContain('双向确认')
  })

  test('quota endpoint: national must name a province; province cannot look at another', async () => {
    expect((await c.national.call('GET', '/review/quota')).status).toBe(400)
    const q = await c.national.call<QuotaSummary>('GET', '/review/quota?provinceCode=540000')
    expect(q.status).toBe(200)
    expect(q.body).toMatchObject({ provinceName: '西藏自治区', tableYear: 2023, year: 2026 })
    expect(q.body.tracks.map((t) => t.limit)).toEqual([2, 1, 1])
    expect((await c.province.call('GET', '/review/quota?provinceCode=110000')).status).toBe(403)
    expect((await c.enterprise.call('GET', '/review/quota')).status).toBe(403)
    const bt = await c.national.call<QuotaSummary>('GET', '/review/quota?provinceCode=660000')
    expect(bt.body.provinceName).toBe('新疆生产建设兵团')
  })

  test('annex-5 recommendation table: JSON rows per section, CSV with UTF-8 BOM and the annex headers', async () => {
    const j = await c.province.call<RecommendationTable>('GET', '/review/recommendation-table?format=json')
    expect(j.status).toBe(200)
    expect(j.body.unitName).toBe('福建省知识产权局')
    expect(j.body.enterprise.length).toBeGreaterThan(0)
    expect(j.body.enterprise[0]).toMatchObject({ seq: 1 })
    expect(['国家知识产权示范企业', '国家知识产权优势企业', '否']).toContain(j.body.enterprise[0].ipStatusLabel)
    expect(j.body.regional.every((r) => ['制造业', '服务业', '农业'].includes(r.fieldLabel))).toBe(true)
    const csv = await fetch(`${mock.baseUrl}/api/review/recommendation-table?format=csv`, {
      headers: { authorization: `Bearer ${c.province.token}` },
    })
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/)
    expect(csv.headers.get('content-disposition')).toMatch(/attachment/)
    const bytes = new Uint8Array(await csv.arrayBuffer())
    expect([bytes[0], bytes[1], bytes[2]]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder().decode(bytes)
    expect(text).toContain('"序号","企业商标品牌名称","申报企业名称","是否为国家知识产权优势示范企业","所属领域","企业联系人","联系方式"')
    expect(text).toContain('"商标品牌指导站名称"')
    expect(text).toContain(j.body.enterprise[0].brandName)
    // through the harness too (checks the documented content type)
    const h = await c.province.call('GET', '/review/recommendation-table?format=csv')
    expect(h.status).toBe(200)
    expect((await c.province.call('GET', '/review/recommendation-table?format=xls')).status).toBe(400)
  })

  // ── national steps and batches ─────────────────────────────────────────────

  test('publish validates the notice period (start ≥ today, end ≥ start + 5 days); same dates join the same batch', async () => {
    const recs = apps()
      .filter((a) => a.status === 'recommended' && a.provinceCode !== '350000')
      .slice(0, 3)
    for (const a of recs) expect((await c.national.call('POST', `/review/applications/${a.id}/national-review`)).status).toBe(200)
    const [a, b, d] = recs
    let r = await c.national.call('POST', `/review/applications/${a.id}/publish`, { start: TODAY, end: '2026-11-28' })
    expect(r.status).toBe(400)
    expect(r.body.fieldErrors.end).toMatch(/至少 5 天/)
    r = await c.national.call('POST', `/review/applications/${a.id}/publish`, { start: '2026-11-20', end: '2026-11-30' })
    expect(r.status).toBe(400)
    expect(r.body.fieldErrors.start).toMatch(/不能早于今天/)
    r = await c.national.call('POST', `/review/applications/${a.id}/publish`, { start: '2026-02-30', end: '2026-03-09' })
    expect(r.status).toBe(400)
    r = await c.national.call<Application>('POST', `/review/applications/${a.id}/publish`, { start: TODAY, end: '2026-11-29' })
    expect(r.status).toBe(200)
    expect(r.body).toMatchObject({ status: 'public_notice', publicNotice: { start: TODAY, end: '2026-11-29' }, batch: 2 })
    const r2 = await c.national.call<Application>('POST', `/review/applications/${b.id}/publish`, { start: TODAY, end: '2026-11-29' })
    expect(r2.body.batch).toBe(2)
    // batch publish: all or nothing
    const notReady = apps().find((x) => x.status === 'recommended')!
    const bad = await c.national.call('POST', '/review/batches', {
      year: 2026,
      start: '2026-12-01',
      end: '2026-12-08',
      applicationIds: [d.id, notReady.id],
    })
    expect(bad.status).toBe(409)
    expect(apps().find((x) => x.id === d.id)!.status).toBe('national_review')
    const ok = await c.national.call<ReviewBatch>('POST', '/review/batches', {
      year: 2026,
      start: '2026-12-01',
      end: '2026-12-08',
      applicationIds: [d.id],
    })
    expect(ok.status).toBe(200)
    expect(ok.body).toMatchObject({ year: 2026, batch: 3, applicationIds: [d.id] })
    expect(ok.body.counts[d.track].publicNotice).toBe(1)
    const list = await c.national.call<ReviewBatch[]>('GET', '/review/batches')
    expect(list.body.map((x) => x.batch)).toEqual([3, 2, 1])
    const last = await c.national.call<ReviewBatch[]>('GET', '/review/batches?year=2025')
    expect(last.body).toHaveLength(1)
    expect(last.body[0].counts.enterprise.confirmed).toBeGreaterThan(0)
    expect(last.body[0].counts.enterprise.notSelected).toBeGreaterThan(0)
    // a province sees the batches holding its own applications only
    const pb = await c.province.call<ReviewBatch[]>('GET', '/review/batches?year=all')
    for (const x of pb.body) {
      for (const id of x.applicationIds) expect(apps().find((y) => y.id === id)!.provinceCode).toBe('350000')
    }
    expect(
      (await c.province.call('POST', '/review/batches', { year: 2026, start: TODAY, end: '2026-12-01', applicationIds: [d.id] })).status,
    ).toBe(403)
  })

  test('reject needs a reason; confirm and reject end the pipeline', async () => {
    // seeded: this year's first notice ended two days ago, so these may be confirmed
    const inNotice = apps()
      .filter((a) => a.status === 'public_notice' && a.publicNotice!.end < TODAY)
      .slice(0, 2)
    let r = await c.national.call('POST', `/review/applications/${inNotice[0].id}/reject`, {})
    expect(r.status).toBe(400)
    r = await c.national.call<Application>('POST', `/review/applications/${inNotice[0].id}/reject`, { reason: '公示期内收到异议' })
    expect(r.status).toBe(200)
    expect(r.body).toMatchObject({ status: 'not_selected', lastReason: '公示期内收到异议' })
    r = await c.national.call<Application>('POST', `/review/applications/${inNotice[1].id}/confirm`)
    expect(r.body.status).toBe('confirmed')
    expect((await c.national.call('POST', `/review/applications/${inNotice[1].id}/confirm`)).status).toBe(409)
  })

  test('the whole pipeline for the demo enterprise: timeline shows every step with who, when and why', async () => {
    // fresh server: the crafted data above changed 福建省's counts
    const lines: string[] = []
    const m2 = await startMock({ log: (l) => lines.push(l) })
    try {
      const ent = await m2.as('enterprise')
      const prov = await m2.as('province')
      const nat = await m2.as('national')
      // weapp consent for one status message (一次性订阅: one message per acceptance)
      expect((await ent.call('POST', '/subscriptions', { templateId: 'TPL_APPLICATION_STATUS', accepted: true })).status).toBe(200)
      const d = await ent.call('PUT', '/applications/draft', { form: demoEnterpriseForm() })
      const id = d.body.application.id as string
      expect((await ent.call('POST', `/applications/${id}/submit`, { idempotencyKey: 'flow-submit-1' })).status).toBe(200)
      expect((await prov.call('POST', `/review/applications/${id}/return`, { reason: '请补充海外布局情况' })).body.status).toBe('returned')
      // the applicant edits the returned application and resubmits
      const edit = await ent.call('PUT', '/applications/draft', { form: { overseas: '产品出口东南亚，已在越南、泰国注册商标' } })
      expect(edit.status).toBe(200)
      expect(edit.body.application.status).toBe('returned')
      const re = await ent.call<Application>('POST', `/applications/${id}/submit`, { idempotencyKey: 'flow-submit-2' })
      expect(re.body.status).toBe('resubmitted')
      expect((await prov.call('POST', `/review/applications/${id}/recommend`)).body.status).toBe('recommended')
      expect((await nat.call('POST', `/review/applications/${id}/national-review`)).body.status).toBe('national_review')
      expect((await nat.call('POST', `/review/applications/${id}/publish`, { start: TODAY, end: '2026-12-01' })).body.status).toBe(
        'public_notice',
      )
      // confirmation waits for the notice to end: possible from the day after its last day (Beijing)
      const early = await nat.call('POST', `/review/applications/${id}/confirm`)
      expect(early.status).toBe(409)
      expect(early.body.message).toContain('12月2日起')
      m2.ctx.now = () => new Date('2026-12-02T01:00:00.000Z') // 09:00 in Beijing on 12-02
      expect((await nat.call('POST', `/review/applications/${id}/confirm`)).body.status).toBe('confirmed')
      const final = (await ent.call<Application>('GET', `/applications/${id}`)).body
      expect(final.timeline.map((t) => t.to)).toEqual([
        'draft',
        'submitted',
        'returned',
        'resubmitted',
        'recommended',
        'national_review',
        'public_notice',
        'confirmed',
      ])
      expect(final.timeline.map((t) => t.actorRole)).toEqual([
        'enterprise',
        'enterprise',
        'province',
        'enterprise',
        'province',
        'national',
        'national',
        'national',
      ])
      expect(final.timeline[2].reason).toBe('请补充海外布局情况')
      expect(final.publicNotice).toEqual({ start: TODAY, end: '2026-12-01' })
      expect(final.batch).toBe(2)
      expect(final.actions).toEqual([])
      const notices = (await ent.call<NoticeList>('GET', '/notices')).body.items.filter((n) => n.link?.endsWith(id))
      expect(notices).toHaveLength(7)
      const sent = lines.filter((l) => l.startsWith('[订阅消息] 模板 TPL_APPLICATION_STATUS'))
      expect(sent).toHaveLength(1)
      expect(sent[0]).toContain('申报状态：已申报')
      const quota = await ent.call<Array<{ templateId: string; remaining: number }>>('GET', '/subscriptions')
      expect(quota.body).toContainEqual({ templateId: 'TPL_APPLICATION_STATUS', remaining: 0 })
      // the recommended table lists it
      const t = await prov.call<RecommendationTable>('GET', '/review/recommendation-table')
      expect(t.body.enterprise.some((r) => r.applicationId === id && r.brandName === '闽江源')).toBe(true)
    } finally {
      await m2.close()
    }
  })
})
