import { validateUscc } from '../../src/domain/ids'
import type { ApplicantHome, ReviewerHome, StaffHome } from '../../src/domain/contract'
import { startMock, type Mock } from './harness'

describe('GET /home per role', () => {
  let mock: Mock
  beforeAll(async () => {
    mock = await startMock()
  })
  afterAll(async () => {
    await mock.close()
  })

  test('enterprise: its station in 福州, open alerts with deadlines, nearest first', async () => {
    const res = await (await mock.as('enterprise')).call<ApplicantHome>('GET', '/home')
    expect(res.status).toBe(200)
    const h = res.body
    expect(h.role).toBe('enterprise')
    expect(h.orgName).toBe('福州闽江源食品有限公司')
    expect(validateUscc(h.uscc, { kind: 'enterprise' })).toBeNull()
    expect(h.station?.name).toBe('福州市鼓楼区商标品牌指导站')
    expect(h.station?.phone).toMatch(/^0591-\d{8}$/)
    expect(h.alerts.length).toBeGreaterThanOrEqual(3)
    expect(h.unreadAlerts).toBeGreaterThanOrEqual(1)
    // the badge counts every unread open alert (the monitor's output), not only the five shown
    const open = (await (await mock.as('enterprise')).call<{ items: { read: boolean }[] }>('GET', '/alerts?limit=200')).body.items
    expect(h.unreadAlerts).toBe(open.filter((a) => !a.read).length)
    const deadlines = h.alerts.filter((a) => a.deadline).map((a) => a.deadline!)
    expect(deadlines).toEqual([...deadlines].sort())
    expect(h.alerts.some((a) => a.level === 'urgent')).toBe(true)
    expect(h.brand).toBeUndefined()
  })

  test('association: its regional brand (certification mark) and member count', async () => {
    const h = (await (await mock.as('association')).call<ApplicantHome>('GET', '/home')).body
    expect(h.role).toBe('association')
    expect(h.orgName).toBe('福州市脱胎漆器行业协会')
    expect(h.brand).toEqual({ name: '福州脱胎漆器', markTypeLabel: '证明商标', memberCount: 86, smeCount: 71 })
    expect(h.station?.name).toBe('福州市鼓楼区商标品牌指导站')
  })

  test('staff: its station, clients served include the demo enterprise and association', async () => {
    const h = (await (await mock.as('staff')).call<StaffHome>('GET', '/home')).body
    expect(h.role).toBe('staff')
    expect(h.stationName).toBe('福州市鼓楼区商标品牌指导站')
    expect(h.clientsServed).toBeGreaterThanOrEqual(2)
    expect(h.clientsWithOpenAlerts).toBeGreaterThanOrEqual(2) // the demo enterprise and association have open alerts
    expect(h.pendingLinks).toBeGreaterThanOrEqual(0)
    for (const b of h.todayBookings) expect(b.startsAt.slice(0, 10)).toBe('2026-11-24')
    // the station's own annex-3 application (seeded as submitted)
    expect(h.application?.track).toBe('station')
  })

  test('province: 福建省 scope with annex-4 limits (43 / 34 / 39)', async () => {
    const h = (await (await mock.as('province')).call<ReviewerHome>('GET', '/home')).body
    expect(h.role).toBe('province')
    expect(h.scopeName).toBe('福建省')
    expect(h.year).toBe(2026)
    expect(h.byTrack.enterprise.limit).toBe(43)
    expect(h.byTrack.regional.limit).toBe(34)
    expect(h.byTrack.station.limit).toBe(39)
    expect(h.waiting).toBe(h.byTrack.enterprise.waiting + h.byTrack.regional.waiting + h.byTrack.station.waiting)
  })

  test('national: 全国 scope with the national totals as limits', async () => {
    const h = (await (await mock.as('national')).call<ReviewerHome>('GET', '/home')).body
    expect(h.role).toBe('national')
    expect(h.scopeName).toBe('全国')
    expect(h.byTrack.enterprise.limit).toBe(1112)
    expect(h.byTrack.regional.limit).toBe(791)
    expect(h.byTrack.station.limit).toBe(957)
  })

  test('home follows the data: an accepted link shows up as the station; handled alerts drop out', async () => {
    const { store } = mock.ctx
    const alerts = store.alerts.where({ orgId: 'OG000001', status: 'open' })
    const before = (await (await mock.as('enterprise')).call<ApplicantHome>('GET', '/home')).body
    store.alerts.save({ ...alerts[0], status: 'handled' })
    const after = (await (await mock.as('enterprise')).call<ApplicantHome>('GET', '/home')).body
    expect(after.alerts.map((a) => a.id)).not.toContain(alerts[0].id)
    expect(after.alerts.length + after.unreadAlerts).toBeLessThan(before.alerts.length + before.unreadAlerts + 1)
    store.alerts.save(alerts[0])
  })
})

describe('seed', () => {
  // imported lazily so the world is built only for this block
  const { seedStore } = require('../../mock/seed') as typeof import('../../mock/seed')
  const { Store } = require('../../mock/store') as typeof import('../../mock/store')
  const seed = (now: Date) => {
    const store = Store.open(':memory:')
    try {
      seedStore(store, now)
      return store.dump()
    } finally {
      store.close()
    }
  }
  const { areaList } = require('@vant/area-data') as typeof import('@vant/area-data')
  const { validateUscc } = require('../../src/domain/ids') as typeof import('../../src/domain/ids')

  test('deterministic, ≥ 4,000 stations over every mainland province and prefecture, valid USCCs', () => {
    const now = new Date('2026-11-24T02:00:00Z')
    const a = seed(now) as any
    const b = seed(now) as any
    expect(JSON.stringify(a)).toBe(JSON.stringify(b))
    const stations: any[] = a.stations
    expect(stations.length).toBeGreaterThanOrEqual(4000)
    const mainland = (code: string) => !/^(71|81|82)/.test(code)
    const provinces = Object.keys(areaList.province_list).filter(mainland)
    const cities = Object.keys(areaList.city_list).filter(mainland)
    expect(new Set(stations.map((s) => s.provinceCode))).toEqual(new Set(provinces))
    expect(new Set(stations.map((s) => s.cityCode))).toEqual(new Set(cities))
    expect(new Set(stations.map((s) => s.name)).size).toBe(stations.length)
    for (const s of stations) {
      expect(s.countyCode.slice(0, 4)).toBe(s.cityCode.slice(0, 4))
      expect(s.phone).toMatch(/^0\d{2,3}-\d{8}$/)
      expect(s.topics.length).toBeGreaterThanOrEqual(2)
      expect(s.lat).toBeGreaterThan(15)
      expect(s.lat).toBeLessThan(54)
      expect(s.lng).toBeGreaterThan(73)
      expect(s.lng).toBeLessThan(136)
    }
    for (const o of a.orgs) expect([o.uscc, validateUscc(o.uscc)]).toEqual([o.uscc, null])
  })
})
