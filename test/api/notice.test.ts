// Issue 9, items 2 and 6: confirmation waits for the public notice (公示) to end and for its objections (异议)
// to be resolved; the national home's count is the queue its 去审核 opens; the national list filters by
// province and searches by name / USCC, cursor-paged.
import type { Application, ApplicationSummary, HomeSummary, Page } from '../../src/domain/contract'
import { NATIONAL_WAITING_STATUSES } from '../../src/domain/contract'
import { startMock, type Client, type Mock } from './harness'

const TODAY = '2026-11-24' // the harness clock (Beijing)
const at = (ymd: string, hhmm = '09:00') => new Date(`${ymd}T${hhmm}:00+08:00`)

describe('public notice: confirmation after the notice, objections', () => {
  let mock: Mock
  let nat: Client
  let prov: Client
  let app: Application
  const realNow = () => new Date('2026-11-24T02:00:00.000Z')

  beforeAll(async () => {
    mock = await startMock()
    nat = await mock.as('national')
    prov = await mock.as('province')
    // one recommended application (福建省, so the province may look at it too) into a notice 11-24 → 11-30
    const rec = mock.ctx.store.applications.all().find((a) => a.status === 'recommended' && a.provinceCode === '350000')!
    expect((await nat.call('POST', `/review/applications/${rec.id}/national-review`)).status).toBe(200)
    const r = await nat.call<Application>('POST', `/review/applications/${rec.id}/publish`, { start: TODAY, end: '2026-11-30' })
    expect(r.status).toBe(200)
    app = r.body
  })
  afterEach(() => {
    mock.ctx.now = realNow
  })
  afterAll(async () => {
    await mock.close()
  })

  test('during the notice: no confirm action, confirmableFrom is the day after its end, confirm → 409 naming that day', async () => {
    expect(app.confirmableFrom).toBe('2026-12-01')
    expect(app.actions).toEqual(['reject'])
    const r = await nat.call('POST', `/review/applications/${app.id}/confirm`)
    expect(r.status).toBe(409)
    expect(r.body.code).toBe('INVALID_TRANSITION')
    expect(r.body.message).toBe('公示期至 11月30日，届满后（12月1日起）方可确认入选')
    // on the last day of the notice (23:59 Beijing) still refused
    mock.ctx.now = () => at('2026-11-30', '23:59')
    expect((await nat.call('POST', `/review/applications/${app.id}/confirm`)).status).toBe(409)
    // 00:05 Beijing on 12-01 is still 11-30 in UTC: the Beijing calendar decides
    mock.ctx.now = () => at('2026-12-01', '00:05')
    const d = await nat.call<Application>('GET', `/review/applications/${app.id}`)
    expect(d.body.actions).toEqual(['confirm', 'reject'])
  })

  test('recording an objection: national only, inside the notice period, not in the future, every field checked', async () => {
    const path = `/review/applications/${app.id}/objections`
    const good = { raisedBy: '福州某某商贸有限公司', content: '申报商标与我司在先商标近似，存在争议', raisedOn: '2026-11-24' }
    expect((await prov.call('POST', path, good)).status).toBe(403)
    let r = await nat.call('POST', path, {})
    expect(r.status).toBe(400)
    expect(Object.keys(r.body.fieldErrors).sort()).toEqual(['content', 'raisedBy', 'raisedOn'])
    r = await nat.call('POST', path, { ...good, raisedOn: '2026-11-25' })
    expect(r.status).toBe(400)
    expect(r.body.fieldErrors.raisedOn).toBe('异议提出日期不能晚于今天')
    r = await nat.call('POST', path, { ...good, raisedOn: '2026-11-23' })
    expect(r.status).toBe(400)
    expect(r.body.fieldErrors.raisedOn).toBe('异议应在公示期内提出（11月24日至11月30日）')
    r = await nat.call<Application>('POST', path, good)
    expect(r.status).toBe(200)
    expect(r.body.objections).toEqual([
      expect.objectContaining({ ...good, status: 'open', recordedBy: expect.stringContaining('国家知识产权局') }),
    ])
    // visible to the province on its own application
    const pv = await prov.call<Application>('GET', `/review/applications/${app.id}`)
    expect(pv.body.objections).toHaveLength(1)
    // not for an application outside public notice
    const other = mock.ctx.store.applications.all().find((a) => a.status === 'submitted')!
    expect((await nat.call('POST', `/review/applications/${other.id}/objections`, good)).status).toBe(409)
    // survives a restart-free re-read from the store
    expect(mock.ctx.store.applications.get(app.id)!.objections).toHaveLength(1)
  })

  test('an open objection blocks confirmation after the notice; resolving it (with an outcome) unblocks', async () => {
    mock.ctx.now = () => at('2026-12-01', '10:00')
    let d = await nat.call<Application>('GET', `/review/applications/${app.id}`)
    expect(d.body.actions).toEqual(['reject'])
    const r = await nat.call('POST', `/review/applications/${app.id}/confirm`)
    expect(r.status).toBe(409)
    expect(r.body.message).toBe('公示期内的异议尚有 1 条未处理，处理完毕后方可确认入选')
    // an objection posted on the last day may be recorded after the notice ended
    const late = await nat.call<Application>('POST', `/review/applications/${app.id}/objections`, {
      raisedBy: '张某',
      content: '对经营数据有疑问',
      raisedOn: '2026-11-30',
    })
    expect(late.status).toBe(200)
    const [o1, o2] = late.body.objections!
    const resolve = (id: string, body: unknown) => nat.call('POST', `/review/applications/${app.id}/objections/${id}/resolve`, body)
    expect((await resolve(o1.id, {})).status).toBe(400)
    expect((await resolve(o1.id, { resolution: '  ' })).body.fieldErrors.resolution).toBe('请填写核实处理结果')
    expect((await resolve('OB_NONE', { resolution: '不成立' })).status).toBe(404)
    const r1 = await resolve(o1.id, { resolution: '经核实，两商标不构成近似，异议不成立' })
    expect(r1.status).toBe(200)
    expect(r1.body.objections![0]).toMatchObject({ status: 'resolved', resolution: '经核实，两商标不构成近似，异议不成立' })
    expect((await resolve(o1.id, { resolution: '再次' })).status).toBe(409)
    expect((await nat.call('POST', `/review/applications/${app.id}/confirm`)).body.message).toContain('尚有 1 条')
    expect((await resolve(o2.id, { resolution: '数据与财务报表一致' })).status).toBe(200)
    d = await nat.call<Application>('GET', `/review/applications/${app.id}`)
    expect(d.body.actions).toEqual(['confirm', 'reject'])
    const ok = await nat.call<Application>('POST', `/review/applications/${app.id}/confirm`)
    expect(ok.status).toBe(200)
    expect(ok.body.status).toBe('confirmed')
    expect(ok.body.confirmableFrom).toBeUndefined()
    // the record stays on the confirmed application
    expect(ok.body.objections!.map((o) => o.status)).toEqual(['resolved', 'resolved'])
  })
})

describe('national home count = the queue it opens; national list: province filter and search', () => {
  let mock: Mock
  let nat: Client
  beforeAll(async () => {
    mock = await startMock()
    nat = await mock.as('national')
  })
  afterAll(async () => {
    await mock.close()
  })

  test('the home waiting count is the total of the list opened with the queue statuses', async () => {
    const home = (await nat.call<HomeSummary & { waiting: number }>('GET', '/home')).body
    const list = await nat.call<Page<ApplicationSummary>>('GET', `/review/applications?status=${NATIONAL_WAITING_STATUSES.join(',')}`)
    expect(home.waiting).toBeGreaterThan(0)
    expect(list.body.total).toBe(home.waiting)
    // and the provinces' own queues are not part of it
    const provinces = await nat.call<Page<ApplicationSummary>>('GET', '/review/applications?status=submitted,resubmitted&limit=1')
    expect(provinces.body.total).toBeGreaterThan(0)
  })

  test('province filter, search by applicant / brand name and by USCC prefix, paged with the cursor', async () => {
    const fj = await nat.call<Page<ApplicationSummary>>('GET', '/review/applications?provinceCode=350000&limit=200')
    expect(fj.body.total).toBeGreaterThan(5)
    expect(fj.body.items.every((a) => a.provinceCode === '350000')).toBe(true)
    const all = await nat.call<Page<ApplicationSummary>>('GET', '/review/applications?limit=200')
    expect(all.body.total).toBeGreaterThan(fj.body.total)

    const one = fj.body.items.find((a) => a.track === 'enterprise')!
    const part = Array.from(one.applicantName).slice(2, 5).join('')
    const byName = await nat.call<Page<ApplicationSummary>>('GET', `/review/applications?q=${encodeURIComponent(part)}&limit=200`)
    expect(byName.body.items.map((a) => a.id)).toContain(one.id)
    expect(byName.body.items.every((a) => a.applicantName.includes(part) || a.brandName.includes(part))).toBe(true)

    const uscc = String((mock.ctx.store.applications.get(one.id)!.form as Record<string, unknown>).uscc)
    expect(uscc).toMatch(/^[0-9A-Z]{18}$/)
    const byCode = await nat.call<Page<ApplicationSummary>>('GET', `/review/applications?q=${uscc.slice(0, 12).toLowerCase()}`)
    expect(byCode.body.items.map((a) => a.id)).toContain(one.id)

    const none = await nat.call<Page<ApplicationSummary>>('GET', `/review/applications?q=${encodeURIComponent('不存在的名称')}`)
    expect(none.body).toMatchObject({ total: 0, items: [] })
    expect((await nat.call('GET', `/review/applications?q=${'字'.repeat(41)}`)).status).toBe(400)

    // search and province combine; pages join up to the full result
    const p1 = await nat.call<Page<ApplicationSummary>>('GET', '/review/applications?provinceCode=350000&limit=4')
    const p2 = await nat.call<Page<ApplicationSummary>>('GET', `/review/applications?provinceCode=350000&limit=4&cursor=${p1.body.next}`)
    expect([...p1.body.items, ...p2.body.items].map((a) => a.id)).toEqual(fj.body.items.slice(0, 8).map((a) => a.id))
  })
})
