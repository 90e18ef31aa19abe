import type { Alert, Page } from '../../src/domain/contract'
import { startMock, type Mock } from './harness'

describe('risk alerts', () => {
  let mock: Mock
  beforeAll(async () => {
    mock = await startMock()
  })
  afterAll(async () => {
    await mock.close()
  })

  test('enterprise sees only its own open alerts, most urgent first, with days left computed', async () => {
    const ent = await mock.as('enterprise')
    const me = (await ent.call('GET', '/me')).body
    const res = await ent.call<Page<Alert>>('GET', '/alerts')
    expect(res.status).toBe(200)
    expect(res.body.items.length).toBeGreaterThanOrEqual(3)
    expect(res.body.items.every((a) => a.orgId === me.orgId && a.status === 'open')).toBe(true)
    const order = { overdue: 0, urgent: 1, soon: 2, info: 3 }
    const levels = res.body.items.map((a) => order[a.level])
    expect(levels).toEqual([...levels].sort((x, y) => x - y))
    const urgent = res.body.items.find((a) => a.level === 'urgent')!
    expect(urgent.daysLeft).toBeGreaterThanOrEqual(0)
    expect(urgent.daysLeft).toBeLessThanOrEqual(15)
    expect(urgent.advice).toContain('异议')
  })

  test('opening marks read; handling moves it to handled and is visible to the linked station', async () => {
    const ent = await mock.as('enterprise')
    const list = (await ent.call<Page<Alert>>('GET', '/alerts')).body.items
    const unread = list.find((a) => !a.read)!
    expect((await ent.call<Alert>('GET', `/alerts/${unread.id}`)).body.read).toBe(true)

    const staff = await mock.as('staff')
    const staffView = (await staff.call<Page<Alert>>('GET', '/alerts')).body.items
    expect(staffView.some((a) => a.id === unread.id)).toBe(true)

    const handled = await ent.call<Alert>('POST', `/alerts/${unread.id}/handle`, { note: '已委托代理机构提出异议' })
    expect(handled.status).toBe(200)
    expect(handled.body.status).toBe('handled')
    const open = (await ent.call<Page<Alert>>('GET', '/alerts')).body.items
    expect(open.some((a) => a.id === unread.id)).toBe(false)
    const done = (await ent.call<Page<Alert>>('GET', '/alerts?status=handled')).body.items
    expect(done.find((a) => a.id === unread.id)?.handledNote).toBe('已委托代理机构提出异议')
  })

  test('roles and ownership: 401 signed out, 403 reviewers, 403 another organisation’s alert, 400 long note', async () => {
    expect((await mock.call('GET', '/alerts')).status).toBe(401)
    expect((await (await mock.as('province')).call('GET', '/alerts')).status).toBe(403)
    const assoc = await mock.as('association')
    const entAlert = (await (await mock.as('enterprise')).call<Page<Alert>>('GET', '/alerts')).body.items[0]
    expect((await assoc.call('GET', `/alerts/${entAlert.id}`)).status).toBe(403)
    expect((await assoc.call('POST', `/alerts/${entAlert.id}/handle`, {})).status).toBe(403)
    const bad = await (await mock.as('enterprise')).call('POST', `/alerts/${entAlert.id}/handle`, { note: '长'.repeat(201) })
    expect(bad.status).toBe(400)
    expect(bad.body.fieldErrors.note).toBeTruthy()
    expect((await (await mock.as('enterprise')).call('GET', '/alerts/AL999999')).status).toBe(404)
  })

  test('cursor paging: pages follow each other without gaps or repeats; the kinds under the other filters come along', async () => {
    const ent = await mock.as('enterprise')
    const whole = (await ent.call<Page<Alert> & { kinds: string[] }>('GET', '/alerts?status=all&limit=200')).body
    expect(whole.total).toBe(whole.items.length)
    expect(whole.total).toBeGreaterThan(10)
    const seen: string[] = []
    let cursor: string | null = null
    let pages = 0
    do {
      const res: { status: number; body: Page<Alert> } = await ent.call<Page<Alert>>(
        'GET',
        `/alerts?status=all&limit=7${cursor ? `&cursor=${cursor}` : ''}`,
      )
      expect(res.status).toBe(200)
      expect(res.body.total).toBe(whole.total)
      expect(res.body.items.length).toBeLessThanOrEqual(7)
      seen.push(...res.body.items.map((a) => a.id))
      cursor = res.body.next
      pages++
    } while (cursor)
    expect(pages).toBe(Math.ceil(whole.total / 7))
    expect(seen).toEqual(whole.items.map((a) => a.id))
    // the kind filter's choices: every kind in the list, whatever kind is chosen
    expect(whole.kinds.sort()).toEqual([...new Set(whole.items.map((a) => a.kind))].sort())
    const one = (await ent.call<Page<Alert> & { kinds: string[] }>('GET', `/alerts?status=all&kind=${whole.items[0].kind}`)).body
    expect(one.kinds.sort()).toEqual(whole.kinds.sort())
    expect(one.items.every((a) => a.kind === whole.items[0].kind)).toBe(true)
    const bad = await ent.call('GET', '/alerts?cursor=zz&limit=0')
    expect(bad.status).toBe(400)
    expect(Object.keys(bad.body.fieldErrors).sort()).toEqual(['cursor', 'limit'])
  })
})
