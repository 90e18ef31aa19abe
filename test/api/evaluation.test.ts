// The yearly evaluation over the real mock: who sees what (rankings for reviewers only, applicants only their
// own result), publishing a list batch once, and the public list pages (no sign-in, no contact data).
// Fixtures (yearly reports) go straight into the in-process store: the reports table is filled by its own
// capability, and the evaluation only reads it.
import type { StoredMember, StoredReport, StoredVisit } from '../../mock/store'
import { loadYear } from '../../mock/server/evaluation/inputs'
import { startMock, type Mock } from './harness'

const ENT = 'OG000001' // the demo enterprise (福建省)
const YEAR = 2026 // programme year of the harness clock
const AT = '2026-11-20T02:00:00.000Z'

function report(orgId: string, year: number, status: StoredReport['status'], figures: StoredReport['figures']): StoredReport {
  return {
    id: `RP-${orgId}-${year}`,
    orgId,
    year,
    track: 'enterprise',
    status,
    state: status === 'draft' ? { status, revision: 0 } : { status, revision: 0, submittedAt: AT },
    figures,
    createdAt: AT,
    updatedAt: AT,
  }
}

const putReport = (mock: Mock, r: StoredReport) => mock.ctx.store.tx(() => mock.ctx.store.reports.save(r))
// the seed logs visits for every station: the "nothing logged" cases start from a store without them
const clearVisits = (mock: Mock) => mock.ctx.store.tx(() => mock.ctx.store.visits.deleteWhere({}))

describe('evaluation API', () => {
  let mock: Mock
  beforeAll(async () => {
    mock = await startMock()
  })
  afterAll(async () => {
    await mock.close()
  })

  test('rankings: reviewers only; a province reviewer sees its own province and nothing else', async () => {
    expect((await mock.call('GET', `/evaluation/rankings?year=${YEAR}`)).status).toBe(401)
    for (const role of ['enterprise', 'association', 'staff'] as const) {
      expect((await (await mock.as(role)).call('GET', `/evaluation/rankings?year=${YEAR}`)).status).toBe(403)
    }
    const province = await mock.as('province')
    const own = await province.call('GET', `/evaluation/rankings?year=${YEAR}&limit=200`)
    expect(own.status).toBe(200)
    expect(own.body.total).toBeGreaterThan(0)
    expect(new Set(own.body.items.map((e: any) => e.provinceCode))).toEqual(new Set(['350000']))
    const other = await province.call('GET', `/evaluation/rankings?year=${YEAR}&provinceCode=440000`)
    expect(other.status).toBe(403)
    expect(other.body.message).toContain('本省')

    const national = await mock.as('national')
    const all = await national.call('GET', `/evaluation/rankings?year=${YEAR}&limit=200`)
    expect(new Set(all.body.items.map((e: any) => e.provinceCode)).size).toBeGreaterThan(1)
    expect(all.body.methodVersion).toBe('2026.1')
  })

  test('rankings filter by track, field, province and score band, and page by cursor without overlap', async () => {
    const national = await mock.as('national')
    const full = (await national.call('GET', `/evaluation/rankings?year=${YEAR}&track=enterprise&limit=200`)).body
    expect(full.items.every((e: any) => e.track === 'enterprise')).toBe(true)
    // ranks follow the scores, ties share a rank
    for (let i = 1; i < full.items.length; i++) {
      expect(full.items[i].score).toBeLessThanOrEqual(full.items[i - 1].score)
      if (full.items[i].score === full.items[i - 1].score) expect(full.items[i].rank).toBe(full.items[i - 1].rank)
    }
    const scores = full.items.map((e: any) => e.score).sort((a: number, b: number) => a - b)
    const mid = scores[Math.floor(scores.length / 2)]
    const band = (await national.call('GET', `/evaluation/rankings?year=${YEAR}&track=enterprise&minScore=${mid}&maxScore=100&limit=200`))
      .body
    expect(band.total).toBe(scores.filter((s: number) => s >= mid).length)
    const field = full.items[0].field
    const byField = (await national.call('GET', `/evaluation/rankings?year=${YEAR}&field=${field}&provinceCode=350000&limit=200`)).body
    expect(byField.items.every((e: any) => e.field === field && e.provinceCode === '350000')).toBe(true)

    const p1 = (await national.call('GET', `/evaluation/rankings?year=${YEAR}&limit=3`)).body
    expect(p1.items).toHaveLength(3)
    expect(p1.next).toBe('o3')
    const p2 = (await national.call('GET', `/evaluation/rankings?year=${YEAR}&limit=3&cursor=${p1.next}`)).body
    const ids1 = p1.items.map((e: any) => e.subjectId)
    expect(p2.items.some((e: any) => ids1.includes(e.subjectId))).toBe(false)

    const bad = await national.call('GET', `/evaluation/rankings?year=${YEAR}&minScore=120`)
    expect(bad.status).toBe(400)
    expect(bad.body.fieldErrors.minScore).toBe('最低分应为 0–100')
  })

  test('an applicant sees only its own result, with missing data shown as missing (never as 0)', async () => {
    clearVisits(mock)
    putReport(mock, report(ENT, YEAR, 'submitted', { economic: { brandSales: 52_000, brandProfit: 4_100 }, social: { employees: 380 } }))
    const ent = await mock.as('enterprise')
    const mine = await ent.call('GET', `/evaluation/results/mine?year=${YEAR}`)
    expect(mine.status).toBe(200)
    expect(mine.body.subject.id).toBe(ENT)
    expect(mine.body.methodVersion).toBe('2026.1')
    const sales = mine.body.indicators.find((i: any) => i.id === 'E1.sales')
    expect(sales.status).toBe('scored')
    expect(sales.inputs[0]).toMatchObject({ value: 52_000, missing: false, text: '52,000 万元' })
    expect(sales.peers ?? sales.fallback).toBeTruthy()
    // no service visit is logged anywhere: the visit figures are missing, not zero
    const visits = mine.body.indicators.find((i: any) => i.inputs.some((x: any) => x.source === 'visits.count'))
    expect(visits).toMatchObject({ status: 'missing', points: null })
    expect(visits.inputs[0]).toMatchObject({ missing: true, text: '缺失' })
    expect(visits.inputs[0]).not.toHaveProperty('value')
    expect(mine.body.missing).toContain(visits.id)
    expect(mine.body.confidence).toBeGreaterThan(0)
    expect(mine.body.confidence).toBeLessThan(1)

    // the reviewers' endpoint for one participant is not open to applicants
    expect((await ent.call('GET', `/evaluation/results/${ENT}?year=${YEAR}`)).status).toBe(403)
    // the association is not this enterprise: it gets its own result or none, never the enterprise's
    const assoc = await (await mock.as('association')).call('GET', `/evaluation/results/mine?year=${YEAR}`)
    if (assoc.status === 200) expect(assoc.body.subject.id).not.toBe(ENT)
    else expect(assoc.status).toBe(404)
    // a province reviewer of Fujian may open it; the national reviewer too
    expect((await (await mock.as('province')).call('GET', `/evaluation/results/${ENT}?year=${YEAR}`)).body.subject.id).toBe(ENT)
  })

  test('self-assessment uses the draft report, names the weakest indicators, and a higher figure never lowers it', async () => {
    const ent = await mock.as('enterprise')
    putReport(mock, { ...report(ENT, 2027, 'draft', { economic: { brandSales: 1_000 } }), id: 'RP-self' })
    const first = await ent.call('GET', '/evaluation/self-assessment?year=2027')
    expect(first.status).toBe(200)
    expect(first.body.basis).toBe('draft_report')
    expect(first.body.basisLabel).toContain('草稿')
    expect(first.body.result.subject.id).toBe(ENT)
    const w = first.body.weakest
    expect(w.length).toBeGreaterThan(0)
    expect(w.length).toBeLessThanOrEqual(5)
    for (let i = 1; i < w.length; i++) expect(w[i].lost).toBeLessThanOrEqual(w[i - 1].lost)
    for (const x of w) {
      expect(x.advice.length).toBeGreaterThan(0)
      expect(x.toRaise.length).toBeGreaterThan(0)
    }
    putReport(mock, { ...report(ENT, 2027, 'draft', { economic: { brandSales: 90_000 } }), id: 'RP-self' })
    const more = await ent.call('GET', '/evaluation/self-assessment?year=2027')
    expect(more.body.result.score).toBeGreaterThanOrEqual(first.body.result.score)
    const sales = (b: any) => b.result.indicators.find((i: any) => i.id === 'E1.sales').points
    expect(sales(more.body)).toBeGreaterThanOrEqual(sales(first.body))
    // a draft is the applicant's own: it never enters the reviewers' results of that year
    expect((await (await mock.as('national')).call('GET', `/evaluation/results/${ENT}?year=2027`)).status).toBe(404)
    mock.ctx.store.tx(() => mock.ctx.store.reports.delete('RP-self'))
  })

  test('publishing: national only; the same batch twice is refused with a clear message; the public sees it', async () => {
    const body = { year: YEAR, list: 'qianqi', batch: 1, minScore: 0, limit: 5 }
    expect((await (await mock.as('province')).call('POST', '/evaluation/lists', body)).status).toBe(403)
    expect((await mock.call('POST', '/evaluation/lists', body)).status).toBe(401)
    const national = await mock.as('national')
    // reading results never writes them: they are stored when the first batch of the year is published
    expect(mock.ctx.store.evaluationResults.count({ year: YEAR })).toBe(0)
    const skip = await national.call('POST', '/evaluation/lists', { ...body, batch: 3 })
    expect(skip.status).toBe(409)
    expect(skip.body.message).toContain('请先发布')

    const ok = await national.call('POST', '/evaluation/lists', body)
    expect(ok.status).toBe(200)
    expect(ok.body).toMatchObject({ year: YEAR, list: 'qianqi', listLabel: '千企千标', batch: 1, methodVersion: '2026.1' })
    expect(ok.body.count).toBeGreaterThan(0)
    expect(ok.body.count).toBeLessThanOrEqual(5)

    const again = await national.call('POST', '/evaluation/lists', body)
    expect(again.status).toBe(409)
    expect(again.body.code).toBe('CONFLICT')
    expect(again.body.message).toContain('不能重复发布')
    expect(again.body.message).toContain('第 1 批')
    expect(mock.ctx.store.listEntries.count({ year: YEAR, list: 'qianqi' })).toBe(ok.body.count)

    // from now on the year's results are final: a later change of the data does not move them
    const ent = await mock.as('enterprise')
    const stored = mock.ctx.store.evaluationResults.count({ year: YEAR })
    expect(stored).toBeGreaterThan(0)
    const before = (await ent.call('GET', `/evaluation/results/mine?year=${YEAR}`)).body
    putReport(mock, report(ENT, YEAR, 'submitted', { economic: { brandSales: 1 } }))
    const after = (await ent.call('GET', `/evaluation/results/mine?year=${YEAR}`)).body
    expect(after.score).toBe(before.score)
    expect(after.computedAt).toBe(before.computedAt)

    // batch 2 takes the next ones: nobody is listed twice
    const second = await national.call('POST', '/evaluation/lists', { ...body, batch: 2 })
    expect(second.status).toBe(200)
    const entries = mock.ctx.store.listEntries.where({ year: YEAR, list: 'qianqi' })
    expect(new Set(entries.map((e) => e.subjectId)).size).toBe(entries.length)

    // the rankings mark who is on a published batch
    const ranked = (await national.call('GET', `/evaluation/rankings?year=${YEAR}&track=enterprise&limit=200`)).body.items
    expect(ranked.filter((e: any) => e.publishedBatch === 1)).toHaveLength(ok.body.count)

    const index = await mock.call('GET', '/public/lists/index')
    const y = index.body.years.find((x: any) => x.year === YEAR)
    expect(y.lists.find((l: any) => l.list === 'qianqi').batches.map((b: any) => b.batch)).toEqual([1, 2])
  })

  test('public list pages and cards need no sign-in and carry no contact data, figures or scores', async () => {
    const page = await mock.call('GET', `/public/lists?year=${YEAR}&list=qianqi&batch=1&limit=50`)
    expect(page.status).toBe(200)
    expect(page.body.items.length).toBeGreaterThan(0)
    const first = page.body.items[0]
    expect(first.seq).toBe(1)
    const byProvince = await mock.call('GET', `/public/lists?provinceCode=${first.provinceCode}&field=${first.field}`)
    expect(byProvince.body.items.every((e: any) => e.provinceCode === first.provinceCode && e.field === first.field)).toBe(true)
    const found = await mock.call('GET', `/public/lists?q=${encodeURIComponent(first.brandName)}`)
    expect(found.body.items.map((e: any) => e.subjectId)).toContain(first.subjectId)

    const card = await mock.call('GET', `/public/brands/${first.subjectId}`)
    expect(card.status).toBe(200)
    expect(card.body.listings.some((l: any) => l.year === YEAR && l.list === 'qianqi')).toBe(true)
    const org = mock.ctx.store.orgs.get(first.subjectId)!
    const text = JSON.stringify([page.body, card.body])
    for (const secret of [org.contactPhone, org.contactName, org.uscc]) expect(text).not.toContain(secret)
    for (const key of ['score', 'confidence', 'contactPhone', 'contactName', 'uscc', 'phone', 'figures', 'indicators']) {
      expect(Object.keys(card.body)).not.toContain(key)
      expect(Object.keys(first)).not.toContain(key)
    }
    expect((await mock.call('GET', '/public/brands/OG999999')).status).toBe(404)
  })
})

describe('the input loader: records become figures, absent sources stay missing', () => {
  let mock: Mock
  beforeAll(async () => {
    mock = await startMock()
  })
  afterAll(async () => {
    await mock.close()
  })
  const subjectOf = (id: string) => loadYear(mock.ctx, YEAR).find((l) => l.subject.id === id)!.subject

  test('visit log: missing for every participant while nothing is logged that year, counted once something is', () => {
    clearVisits(mock)
    const loaded = loadYear(mock.ctx, YEAR)
    const station = loaded.find((l) => l.subject.track === 'station')!.subject
    const ent = loaded.find((l) => l.subject.track === 'enterprise')!.subject
    expect(station.years[YEAR]?.station?.visits).toBeUndefined()
    expect(station.years[YEAR]?.station?.clientsServed).toBeUndefined()
    expect(ent.years[YEAR]?.visits).toBeUndefined()
    // the register of marks is always known: a count, possibly 0, never missing
    expect(typeof ent.years[YEAR]?.ip?.marks).toBe('number')

    const visit: StoredVisit = {
      id: 'VS-T1',
      stationId: station.id,
      staffId: 'U-staff',
      createdAt: AT,
      date: `${YEAR}-06-02`,
      client: { kind: 'org', orgId: ent.id },
      clientOrgId: ent.id,
      mode: 'visit',
      topics: ['registration', 'risk'] as StoredVisit['topics'],
      asked: '续展',
      advised: '按期续展',
      outcome: '已办理',
      followUpOn: `${YEAR}-06-20`,
      followUpDoneAt: `${YEAR}-06-19T02:00:00.000Z`,
      photos: [],
    }
    mock.ctx.store.tx(() => mock.ctx.store.visits.insert(visit))
    const st = subjectOf(station.id).years[YEAR]!.station!
    expect(st).toMatchObject({ visits: 1, clientsServed: 1, modesUsed: 1, topicsCovered: 2, followUpOnTimeRate: 1 })
    expect(subjectOf(ent.id).years[YEAR]?.visits).toEqual({ count: 1, topics: 2 })
    // other participants: the log exists for the year, so no visit is a real 0
    const other = loadYear(mock.ctx, YEAR).find((l) => l.subject.track === 'enterprise' && l.subject.id !== ent.id)!.subject
    expect(other.years[YEAR]?.visits).toEqual({ count: 0, topics: 0 })
    // the year before has no log at all: still missing
    expect(subjectOf(ent.id).years[YEAR - 1]?.visits).toBeUndefined()
  })

  test('member register: missing without one, year-end figures with one', () => {
    let regional = loadYear(mock.ctx, YEAR).find((l) => l.subject.track === 'regional')!.subject
    // the seed gives every association a register: this one starts without
    mock.ctx.store.tx(() => mock.ctx.store.members.deleteWhere({ associationId: regional.id }))
    regional = subjectOf(regional.id)
    expect(regional.years[YEAR]?.members).toBeUndefined()
    const licence = { start: `${YEAR}-01-10`, end: `${YEAR + 2}-01-09` }
    const member = (id: string, sme: boolean, evidenceOn?: string): StoredMember => ({
      id,
      associationId: regional.id,
      trademarkId: 'TM-x',
      uscc: '91350100MA2XXXXX0X',
      name: `企业${id}`,
      sme,
      products: ['茶叶'],
      licence,
      status: 'active',
      history: [{ action: 'add', on: licence.start, reason: '入会', by: 'U', at: AT, from: null, to: 'active', licence }],
      evidence: evidenceOn ? [{ id: `EV-${id}`, on: evidenceOn, kind: 'invoice', description: '发票', fileIds: [] }] : [],
    })
    mock.ctx.store.tx(() => mock.ctx.store.members.insertMany([member('M1', true, `${YEAR}-05-01`), member('M2', false)]))
    expect(subjectOf(regional.id).years[YEAR]?.members).toEqual({ active: 2, sme: 1, joined: 2, withdrawn: 0, withEvidence: 1 })
    // the register starts in YEAR: it says nothing about the year before
    expect(subjectOf(regional.id).years[YEAR - 1]?.members).toBeUndefined()
  })

  test('an application declares the figures of the year before it; a submitted report takes precedence', () => {
    const app = mock.ctx.store.applications
      .where({ year: YEAR, track: 'enterprise' })
      .find((a) => a.status !== 'draft' && (a.form as Record<string, unknown>).revenueY1)!
    const org = app.orgId!
    mock.ctx.store.tx(() => {
      const a = mock.ctx.store.applications.get(app.id)!
      mock.ctx.store.applications.save({ ...a, status: 'confirmed' })
    })
    const y1 = subjectOf(org).years[YEAR - 1]?.report?.economic?.totalRevenue
    expect(y1).toBe(Number((app.form as Record<string, unknown>).revenueY1))
    putReport(mock, report(org, YEAR - 1, 'submitted', { economic: { totalRevenue: 777 } }))
    expect(subjectOf(org).years[YEAR - 1]?.report?.economic?.totalRevenue).toBe(777)
  })
})
