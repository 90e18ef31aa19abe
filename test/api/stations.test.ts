// Station directory (public): paging, region / topic / text filters, distance sort, detail.
import type { Page, StationDetail, StationSummary } from '../../src/domain/contract'
import { startMock, type Mock } from './harness'

let mock: Mock
beforeAll(async () => {
  mock = await startMock()
})
afterAll(async () => {
  await mock.close()
})

const list = (qs = '') => mock.call<Page<StationSummary>>('GET', `/stations${qs}`)
const DEMO = '福州市鼓楼区商标品牌指导站'

describe('GET /stations (public)', () => {
  test('about 4,000 stations, pages of 20 by default, cursor paging without overlap', async () => {
    const p1 = await list()
    expect(p1.status).toBe(200)
    expect(p1.body.total).toBeGreaterThan(3500)
    expect(p1.body.items).toHaveLength(20)
    expect(p1.body.next).toEqual(expect.any(String))
    const p2 = await list(`?cursor=${p1.body.next}`)
    const ids1 = new Set(p1.body.items.map((s) => s.id))
    expect(p2.body.items.some((s) => ids1.has(s.id))).toBe(false)
    expect(p1.body.items[0]).not.toHaveProperty('distanceKm')
    expect(p1.body.items[0]).not.toHaveProperty('servedOrgIds')
  })

  test('walking a filtered list to the end returns every match once, next = null at the end', async () => {
    const seen: string[] = []
    let cursor: string | null = ''
    let total = 0
    for (let i = 0; i < 50 && cursor !== null; i++) {
      const res: Awaited<ReturnType<typeof list>> = await list(`?provinceCode=350000&limit=50${cursor ? `&cursor=${cursor}` : ''}`)
      total = res.body.total
      seen.push(...res.body.items.map((s) => s.id))
      cursor = res.body.next
    }
    expect(cursor).toBeNull()
    expect(seen).toHaveLength(total)
    expect(new Set(seen).size).toBe(total)
  })

  test('region filters: the narrowest code wins', async () => {
    const prov = await list('?provinceCode=350000&limit=50')
    expect(prov.body.items.every((s) => s.provinceCode === '350000')).toBe(true)
    const city = await list('?provinceCode=350000&cityCode=350100&limit=50')
    expect(city.body.items.every((s) => s.cityCode === '350100')).toBe(true)
    expect(city.body.total).toBeLessThan(prov.body.total)
    const county = await list('?cityCode=350100&countyCode=350102')
    expect(county.body.items.every((s) => s.countyCode === '350102')).toBe(true)
    expect(county.body.items.map((s) => s.name)).toContain(DEMO)
  })

  test('text search over name, host and address; all words must match; case-insensitive', async () => {
    const byName = await list(`?q=${encodeURIComponent('鼓楼区商标')}`)
    expect(byName.body.items.map((s) => s.name)).toContain(DEMO)
    const demo = byName.body.items.find((s) => s.name === DEMO)!
    const byHost = await list(`?q=${encodeURIComponent(demo.host)}`)
    expect(byHost.body.items.map((s) => s.id)).toContain(demo.id)
    const byAddr = await list(`?q=${encodeURIComponent(demo.address.slice(-8))}`)
    expect(byAddr.body.items.map((s) => s.id)).toContain(demo.id)
    const two = await list(`?q=${encodeURIComponent('福州 鼓楼')}`)
    expect(
      two.body.items.every((s) => `${s.name}${s.host}${s.address}`.includes('福州') && `${s.name}${s.host}${s.address}`.includes('鼓楼')),
    ).toBe(true)
    expect((await list('?q=zzzz-no-such-station')).body).toEqual({ items: [], total: 0, next: null })
  })

  test('topic filter', async () => {
    const res = await list('?topic=overseas&limit=50')
    expect(res.body.total).toBeGreaterThan(0)
    expect(res.body.items.every((s) => s.topics.includes('overseas'))).toBe(true)
  })

  test('distance sort: nearest first with distanceKm; a point in 福州 finds 福州 stations first', async () => {
    const res = await list('?lat=26.08&lng=119.30&limit=30')
    const d = res.body.items.map((s) => s.distanceKm!)
    expect(d.every((x) => typeof x === 'number')).toBe(true)
    expect(d).toEqual([...d].sort((a, b) => a - b))
    expect(res.body.items[0].cityCode).toBe('350100')
    const p2 = await list(`?lat=26.08&lng=119.30&limit=30&cursor=${res.body.next}`)
    expect(p2.body.items[0].distanceKm!).toBeGreaterThanOrEqual(d[d.length - 1])
  })

  test('400 with fieldErrors on bad parameters', async () => {
    const res = await list('?limit=0&lat=200&topic=nope&cursor=xyz&countyCode=12')
    expect(res.status).toBe(400)
    expect(Object.keys((res.body as any).fieldErrors).sort()).toEqual(['countyCode', 'cursor', 'lat', 'limit', 'lng', 'topic'])
  })
})

describe('GET /stations/{id} (public)', () => {
  test('detail with the brands it serves and its booking rules', async () => {
    const id = (await list(`?q=${encodeURIComponent(DEMO)}`)).body.items[0].id
    const res = await mock.call<StationDetail>('GET', `/stations/${id}`)
    expect(res.status).toBe(200)
    const st = res.body
    expect(st.name).toBe(DEMO)
    expect(st.officeHours).toContain('09:00')
    expect(st.staffCount).toBeGreaterThan(0)
    const names = st.servedBrands.map((b) => b.name)
    expect(names).toContain('福州脱胎漆器') // the association's regional brand
    expect(names).toContain('福州闽江源食品有限公司')
    expect(st.booking).toEqual({ horizonDays: 14, slotMinutes: 30, cancelCutoffHours: 24, visitAllowed: true })
  })
  test('404 for an unknown id', async () => {
    const res = await mock.call('GET', '/stations/ST999999')
    expect(res.status).toBe(404)
    expect(res.body.code).toBe('NOT_FOUND')
  })
})
