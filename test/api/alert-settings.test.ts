// Alert settings per kind: a new alert of a chosen kind is announced to the organisation's users — an in-app
// notice on both targets, and on weapp a subscribe message while the consent quota lasts; other kinds are not.
import type { AlertSettings, CalendarLink, NoticeList } from '../../src/domain/contract'
import { rerunMonitorFor } from '../../mock/server/routes/alerts'
import { startMock, type Mock } from './harness'

const ENT = 'OG000001'

// each monitor re-run screens the open gazette weeks: seconds on a busy machine
jest.setTimeout(180_000)

describe('alert settings and notices of new alerts', () => {
  let mock: Mock
  beforeAll(async () => {
    mock = await startMock()
  })
  afterAll(async () => {
    await mock.close()
  })

  const dormant = () => mock.ctx.store.trademarks.where({ ownerOrgId: ENT }).find((t) => t.name === '江源小厨')!
  const alertNotices = async () =>
    (await (await mock.as('enterprise')).call<NoticeList>('GET', '/notices')).body.items.filter((n) => n.title.startsWith('风险提醒'))
  /** resolves the 撤三 alert of the dormant mark (use evidence filed), then raises it again (evidence removed) */
  const raiseNonUse = () => {
    const tm = dormant()
    mock.ctx.store.trademarks.save({ ...tm, useEvidenceOn: ['2026-10-01'] })
    rerunMonitorFor(mock.ctx, ENT)
    mock.ctx.store.trademarks.save(tm)
    return rerunMonitorFor(mock.ctx, ENT)
  }

  test('every kind is listed, none on by default; saving keeps the chosen kinds', async () => {
    const ent = await mock.as('enterprise')
    const first = (await ent.call<AlertSettings>('GET', '/alert-settings')).body
    expect(first.kinds).toHaveLength(11)
    expect(first.kinds.every((k) => !k.enabled && k.label)).toBe(true)
    expect(first).toMatchObject({ templateId: 'TPL_RISK_ALERT', remaining: 0 })
    const saved = await ent.call<AlertSettings>('PUT', '/alert-settings', { kinds: ['renewal_due', 'renewal_due', 'squatting'] })
    expect(saved.status).toBe(200)
    expect(saved.body.kinds.filter((k) => k.enabled).map((k) => k.kind)).toEqual(['renewal_due', 'squatting'])
    expect((await ent.call<AlertSettings>('GET', '/alert-settings')).body).toEqual(saved.body)
  })

  test('a kind not chosen raises no notice; a chosen one does, on H5 without a subscribe message', async () => {
    const ent = await mock.as('enterprise')
    const before = (await alertNotices()).length
    expect(raiseNonUse()).toMatchObject({ added: 1 })
    expect(await alertNotices()).toHaveLength(before)

    await ent.call('PUT', '/alert-settings', { kinds: ['nonuse_risk'] })
    expect(raiseNonUse()).toMatchObject({ added: 1 })
    const notices = await alertNotices()
    expect(notices).toHaveLength(before + 1)
    const alert = mock.ctx.store.alerts.where({ orgId: ENT, status: 'open' }).find((a) => a.kind === 'nonuse_risk')!
    expect(notices[0]).toMatchObject({ title: '风险提醒：撤三风险', body: alert.title, read: false })
    expect(notices[0].link).toBe(`/pkg-me/pages/alerts/index?id=${alert.id}`)
    // a re-run with nothing new announces nothing
    expect(rerunMonitorFor(mock.ctx, ENT)).toMatchObject({ added: 0, updated: 0 })
    expect(await alertNotices()).toHaveLength(before + 1)
  })

  test('weapp: an accepted consent adds one subscribe message, used by the next new alert; a refusal adds none', async () => {
    const ent = await mock.as('enterprise')
    expect((await ent.call<AlertSettings>('PUT', '/alert-settings', { kinds: ['nonuse_risk'], accepted: true })).body.remaining).toBe(1)
    const logged: string[] = []
    const log = mock.ctx.log
    mock.ctx.log = (line: string) => void logged.push(line)
    try {
      raiseNonUse()
      expect(logged.filter((l) => l.includes('[订阅消息] 模板 TPL_RISK_ALERT'))).toHaveLength(1)
      expect((await ent.call<AlertSettings>('GET', '/alert-settings')).body.remaining).toBe(0)
      raiseNonUse() // quota used up: the in-app notice only
      expect(logged.filter((l) => l.includes('TPL_RISK_ALERT'))).toHaveLength(1)
    } finally {
      mock.ctx.log = log
    }
    expect((await ent.call<AlertSettings>('PUT', '/alert-settings', { kinds: ['nonuse_risk'], accepted: false })).body.remaining).toBe(0)
  })

  test('bad input is a field error; only enterprises and associations have settings', async () => {
    const ent = await mock.as('enterprise')
    const bad = await ent.call('PUT', '/alert-settings', { kinds: ['nope'] })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body.fieldErrors)).toContain('提醒类型不正确')
    expect((await ent.call('PUT', '/alert-settings', {})).status).toBe(400)
    expect((await (await mock.as('staff')).call('GET', '/alert-settings')).status).toBe(403)
    expect((await mock.call('GET', '/alert-settings')).status).toBe(401)
  })

  test('calendar subscription link: a public feed with the .ics events; a wrong token finds nothing', async () => {
    const ent = await mock.as('enterprise')
    const link = await ent.call<CalendarLink>('GET', `/orgs/${ENT}/calendar-link`)
    expect(link.status).toBe(200)
    expect(link.body.url).toMatch(/^http:\/\/[^/]+\/api\/calendar-feeds\/OG000001\.[A-Za-z0-9_-]{22}$/)
    expect(link.body.webcal).toBe(link.body.url.replace(/^http:/, 'webcal:'))
    // stable: a subscribed calendar keeps polling the same address
    expect((await ent.call<CalendarLink>('GET', `/orgs/${ENT}/calendar-link`)).body.url).toBe(link.body.url)
    const path = link.body.url.slice(link.body.url.indexOf('/api') + 4)
    const feed = await mock.call<string>('GET', path) // signed out: the token is the credential
    expect(feed.status).toBe(200)
    expect(feed.headers.get('content-type')).toMatch(/^text\/calendar/)
    const ics = await ent.call<string>('GET', `/orgs/${ENT}/calendar.ics`)
    expect(feed.body).toBe(ics.body)
    const token = path.split('/').pop()!
    const forged = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`
    expect((await mock.call('GET', `/calendar-feeds/${forged}`)).status).toBe(404)
    expect((await mock.call('GET', `/calendar-feeds/OG000002.${token.slice(9)}`)).status).toBe(404)
    expect((await mock.call('GET', '/calendar-feeds/nope')).status).toBe(400)
    expect((await (await mock.as('association')).call('GET', `/orgs/${ENT}/calendar-link`)).status).toBe(403)
  })
})
