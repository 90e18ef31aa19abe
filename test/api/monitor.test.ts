// The mock runs the trademark monitor: the alerts served are the engine's output for each organisation's
// portfolio + the seeded gazette weeks + today, stored as derived state and brought up to date on a re-run.
import fs from 'node:fs'
import path from 'node:path'
import type { Alert, Page } from '../../src/domain/contract'
import { currentTermEnd, oppositionDeadline } from '../../src/domain/deadlines'
import { runMonitor } from '../../src/domain/monitoring'
import { gazetteIssue, openIssues } from '../../mock/seed/gazette'
import { GAZETTE_SIZE, gazetteFor, runStoredMonitor, toPortfolioMark } from '../../mock/seed/monitor'
import { rerunMonitorFor } from '../../mock/server/routes/alerts'
import { DEFAULT_NOW, startMock, type Mock } from './harness'

const TODAY = '2026-11-24' // Beijing day of DEFAULT_NOW
const ENT = 'OG000001'

describe('the mock runs the monitor', () => {
  let mock: Mock
  beforeAll(async () => {
    mock = await startMock()
  })
  afterAll(async () => {
    await mock.close()
  })

  const all = async (role: 'enterprise' | 'association' | 'staff') =>
    (await (await mock.as(role)).call<Page<Alert>>('GET', '/alerts?status=all&limit=200')).body.items
  const mark = (name: string) => mock.ctx.store.trademarks.where({ ownerOrgId: ENT }).find((t) => t.name === name)!

  test('the demo enterprise’s seeded marks yield exactly the expected alerts', async () => {
    const items = await all('enterprise')
    const brand = mark('闽江源')
    const dormant = mark('江源小厨')

    // renewal: the term end (registration + 10 years, day before the anniversary), a fixed date, never 暂定
    const renewal = items.filter((a) => a.kind === 'renewal_open' || a.kind === 'renewal_due')
    expect(renewal.map((a) => [a.trademark?.id, a.kind, a.deadline, a.provisional])).toEqual([
      [brand.id, 'renewal_open', currentTermEnd(brand.registeredOn, TODAY), false],
    ])
    // 撤三: only the mark registered 3+ years ago without use evidence
    expect(items.filter((a) => a.kind === 'nonuse_risk').map((a) => a.trademark?.id)).toEqual([dormant.id])

    // near-identical marks planted in the open gazette issues, in the mark's own group → opposition by pub + 3 months
    const expected: string[] = []
    for (const n of openIssues(TODAY)) {
      const issue = gazetteIssue(n, { size: GAZETTE_SIZE })
      for (const p of issue.planted) {
        if (p.target !== '闽江源' || !['homophone', 'pinyin', 'one_char', 'contains'].includes(p.kind)) continue
        const e = issue.entries.find((x) => x.regNo === p.regNo)!
        const dl = oppositionDeadline(e.publishedOn)
        expected.push(`${e.name}|${dl.date}|${dl.provisional}`)
      }
    }
    expect(expected.length).toBeGreaterThanOrEqual(6)
    const similar = items
      .filter((a) => a.kind === 'similar_published' && a.trademark?.id === brand.id)
      .map((a) => `${/「(.+?)」/.exec(a.title)![1]}|${a.deadline}|${a.provisional}`)
    expect(similar.sort()).toEqual(expected.sort())
    // deadlines in 2027 (not covered by the official holiday calendar) are 暂定 with a reason; 2026 ones are not
    for (const a of items.filter((x) => x.deadline)) {
      if (a.kind === 'renewal_open' || a.kind === 'renewal_due') continue
      expect(a.provisional).toBe(a.deadline!.startsWith('2027'))
      if (a.provisional) expect(a.provisionalReason).toContain('2027 年')
    }
    expect(items.find((a) => a.kind === 'similar_published')!.basis).toContain('商标法')

    // and the whole list is the engine's output for this portfolio, nothing more, nothing less
    const org = mock.ctx.store.orgs.get(ENT)!
    const marks = mock.ctx.store.trademarks.where({ ownerOrgId: ENT }).map((t) => toPortfolioMark(t, org.name))
    const engine = runMonitor({ today: TODAY, marks, gazette: gazetteFor(TODAY) }).alerts
    const sig = (a: { kind?: string; rule?: string; title: string; deadline?: string; lastDay?: string | null }) =>
      `${a.kind ?? a.rule}|${a.title}|${a.deadline ?? a.lastDay ?? ''}`
    expect(items.map(sig).sort()).toEqual(engine.map(sig).sort())
  })

  test('re-running the monitor adds none and changes nothing', async () => {
    const before = mock.ctx.store.alerts.all()
    const run = mock.ctx.store.tx(() => runStoredMonitor(mock.ctx.store, mock.ctx.now(), () => mock.ctx.store.nextId('AL')))
    expect(run).toMatchObject({ added: 0, updated: 0, resolved: 0 })
    expect(run.unchanged).toBe(before.filter((a) => a.status !== 'resolved').length)
    expect(mock.ctx.store.alerts.all()).toEqual(before)
  })

  test('a data file from before (hand-written alert rows without a key): the run replaces them', async () => {
    const legacy = {
      id: 'AL900001',
      orgId: ENT,
      trademarkId: mark('闽江源').id,
      kind: 'renewal_due',
      title: '旧的手写提醒',
      status: 'open',
      createdAt: '2026-01-01T00:00:00.000Z',
    }
    mock.ctx.store.alerts.insert(legacy as never)
    const run = mock.ctx.store.tx(() => runStoredMonitor(mock.ctx.store, mock.ctx.now(), () => mock.ctx.store.nextId('AL')))
    expect(run).toMatchObject({ added: 0, updated: 0, resolved: 0 })
    expect(mock.ctx.store.alerts.get('AL900001')).toBeUndefined()
  })

  test('a changed trademark: use evidence filed resolves the 撤三 alert; removing it raises a new one', async () => {
    const ent = await mock.as('enterprise')
    const dormant = mark('江源小厨')
    const nonuse = (await all('enterprise')).find((a) => a.kind === 'nonuse_risk')!
    mock.ctx.store.trademarks.save({ ...dormant, useEvidenceOn: ['2026-10-01'] })
    expect(rerunMonitorFor(mock.ctx, ENT)).toMatchObject({ added: 0, resolved: 1 })
    expect((await ent.call('GET', `/alerts/${nonuse.id}`)).status).toBe(404)
    expect((await all('enterprise')).some((a) => a.kind === 'nonuse_risk')).toBe(false)
    mock.ctx.store.trademarks.save(dormant)
    expect(rerunMonitorFor(mock.ctx, ENT)).toMatchObject({ added: 1, resolved: 0 })
    const back = (await all('enterprise')).filter((a) => a.kind === 'nonuse_risk')
    expect(back).toHaveLength(1)
    expect(back[0].status).toBe('open')
  })

  test('roles read only their own alerts; staff read their linked clients’ only', async () => {
    const [ent, assoc, staff] = await Promise.all([all('enterprise'), all('association'), all('staff')])
    const orgOf = async (role: 'enterprise' | 'association') => (await (await mock.as(role)).call('GET', '/me')).body.orgId
    const entOrg = await orgOf('enterprise')
    const assocOrg = await orgOf('association')
    expect(ent.length).toBeGreaterThan(0)
    expect(assoc.length).toBeGreaterThan(0)
    expect(ent.every((a) => a.orgId === entOrg)).toBe(true)
    expect(assoc.every((a) => a.orgId === assocOrg)).toBe(true)
    const staffUser = mock.ctx.store.users.first({ role: 'staff' })!
    const me = (await (await mock.as('staff')).call('GET', '/me')).body
    const linked = new Set(mock.ctx.store.links.where({ stationId: me.stationId, status: 'accepted' }).map((l) => l.orgId))
    expect(staffUser).toBeTruthy()
    expect(staff.length).toBeGreaterThan(0)
    expect(staff.every((a) => linked.has(a.orgId))).toBe(true)
    // every open alert of every linked client, none of anyone else's
    const expectedOpen = mock.ctx.store.alerts.where({ orgId: [...linked], status: 'open' }).length
    expect(staff.filter((a) => a.status === 'open')).toHaveLength(expectedOpen)
    const other = mock.ctx.store.alerts.all().find((a) => !linked.has(a.orgId) && a.status === 'open')!
    expect((await (await mock.as('staff')).call('GET', `/alerts/${other.id}`)).status).toBe(403)
    expect((await (await mock.as('enterprise')).call('GET', `/alerts/${assoc[0].id}`)).status).toBe(403)
  })
})

describe('portfolio, calendar export, filters and the station’s advisory note', () => {
  let mock: Mock
  beforeAll(async () => {
    mock = await startMock()
  })
  afterAll(async () => {
    await mock.close()
  })

  /** Unfolds RFC 5545 content lines (CRLF + one space continues a line) and splits the VEVENTs into fields. */
  function parseIcs(text: string) {
    expect(text.endsWith('\r\n')).toBe(true)
    for (const raw of text.split('\r\n')) expect(Buffer.byteLength(raw, 'utf8')).toBeLessThanOrEqual(75)
    const lines = text.replace(/\r\n /g, '').split('\r\n').filter(Boolean)
    expect(lines[0]).toBe('BEGIN:VCALENDAR')
    expect(lines[lines.length - 1]).toBe('END:VCALENDAR')
    const events: Record<string, string>[] = []
    let cur: Record<string, string> | null = null
    let inAlarm = false
    for (const l of lines) {
      if (l === 'BEGIN:VEVENT') cur = {}
      else if (l === 'END:VEVENT') {
        events.push(cur!)
        cur = null
      } else if (l === 'BEGIN:VALARM') inAlarm = true
      else if (l === 'END:VALARM') inAlarm = false
      else if (cur && !inAlarm) {
        const i = l.indexOf(':')
        cur[l.slice(0, i)] = l
          .slice(i + 1)
          .replace(/\\n/g, '\n')
          .replace(/\\([,;\\])/g, '$1')
      }
    }
    return events
  }

  test('GET an organisation’s .ics: one event per last day still ahead, stable UIDs, 暂定 marked; others’ refused', async () => {
    const ent = await mock.as('enterprise')
    const res = await ent.call<string>('GET', `/orgs/${ENT}/calendar.ics`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/)
    const events = parseIcs(res.body)
    const open = (await ent.call<Page<Alert>>('GET', '/alerts?status=all&limit=200')).body.items.filter(
      (a) => a.deadline && a.daysLeft! >= 0,
    )
    expect(events).toHaveLength(open.length)
    expect(new Set(events.map((e) => e.UID)).size).toBe(events.length)
    const days = events.map((e) => e['DTSTART;VALUE=DATE'])
    expect(days.sort()).toEqual(open.map((a) => a.deadline!.replace(/-/g, '')).sort())
    for (const e of events) {
      expect(e.DTSTAMP).toBe('20261124T020000Z')
      expect(e.SUMMARY).toMatch(/「.+」/)
      const provisional = e['DTSTART;VALUE=DATE'].startsWith('2027') && !/续展截止（期满日）/.test(e.SUMMARY)
      expect(e.STATUS).toBe(provisional ? 'TENTATIVE' : 'CONFIRMED')
      expect(e.SUMMARY.startsWith('【暂定】')).toBe(provisional)
    }
    // a second export gives the same UIDs (a phone calendar updates instead of duplicating)
    const again = parseIcs((await ent.call<string>('GET', `/orgs/${ENT}/calendar.ics`)).body)
    expect(again.map((e) => e.UID)).toEqual(parseIcs(res.body).map((e) => e.UID))
    expect((await (await mock.as('association')).call('GET', `/orgs/${ENT}/calendar.ics`)).status).toBe(403)
    expect((await ent.call('GET', '/orgs/OG999999/calendar.ics')).status).toBe(404)
  })

  test('portfolio: each mark with its legal timeline, in date order, and its open alert count', async () => {
    const ent = await mock.as('enterprise')
    const res = await ent.call('GET', `/orgs/${ENT}/portfolio`)
    expect(res.status).toBe(200)
    const brand = res.body.marks.find((m: any) => m.name === '闽江源')
    expect(brand.status).toBe('registered')
    expect(brand.validUntil).toBe(currentTermEnd(brand.registeredOn, TODAY))
    const steps = brand.timeline.map((s: any) => s.step)
    expect([...steps].sort()).toEqual(['expires', 'grace_ends', 'nonuse_exposed', 'registered', 'renewal_opens'])
    const dates = brand.timeline.map((s: any) => s.date)
    expect(dates).toEqual([...dates].sort())
    const byStep = Object.fromEntries(brand.timeline.map((s: any) => [s.step, s]))
    expect(byStep.renewal_opens.past).toBe(true) // the renewal window opened 12 months before 2027-04-02
    expect(byStep.expires).toMatchObject({ date: brand.validUntil, past: false, provisional: false })
    expect(byStep.grace_ends.provisional).toBe(true) // 2027-10: the 2027 holiday calendar is not published
    const alerts = (await ent.call<Page<Alert>>('GET', `/alerts?trademarkId=${brand.id}&limit=200`)).body.items
    expect(brand.openAlerts).toBe(alerts.length)
    // use evidence on file moves the 撤三 exposure to 3 years after the last use; none on file: 3 years after registration
    const exposed = (m: any) => m.timeline.find((s: any) => s.step === 'nonuse_exposed')
    expect(brand.lastUseOn).toBeTruthy()
    expect(exposed(brand).date > brand.lastUseOn).toBe(true)
    expect(exposed(brand).past).toBe(false)
    const dormant = res.body.marks.find((m: any) => m.name === '江源小厨')
    expect(dormant.lastUseOn).toBeUndefined()
    expect(exposed(dormant).past).toBe(true)
    expect((await (await mock.as('staff')).call('GET', `/orgs/${ENT}/portfolio`)).status).toBe(200) // a linked client
    expect((await (await mock.as('association')).call('GET', `/orgs/${ENT}/portfolio`)).status).toBe(403)
  })

  test('alert filters: severity, kind and mark; a bad filter is a field error', async () => {
    const ent = await mock.as('enterprise')
    const all = (await ent.call<Page<Alert>>('GET', '/alerts?limit=200')).body.items
    for (const [q, pred] of [
      ['level=urgent', (a: Alert) => a.level === 'urgent'],
      ['kind=squatting', (a: Alert) => a.kind === 'squatting'],
      [`trademarkId=${all[0].trademark!.id}`, (a: Alert) => a.trademark?.id === all[0].trademark!.id],
      [`kind=similar_published&level=soon`, (a: Alert) => a.kind === 'similar_published' && a.level === 'soon'],
    ] as const) {
      const got = (await ent.call<Page<Alert>>('GET', `/alerts?${q}&limit=200`)).body.items
      expect(got.length).toBeGreaterThan(0)
      expect(got.map((a) => a.id)).toEqual(all.filter(pred).map((a) => a.id))
    }
    const bad = await ent.call('GET', '/alerts?kind=nope&level=high')
    expect(bad.status).toBe(400)
    expect(bad.body.fieldErrors.kind).toBe('提醒类型不正确')
    expect(bad.body.fieldErrors.level).toContain('紧急程度')
  })

  test('station staff send a linked client an advisory note that the client reads on the alert', async () => {
    const staff = await mock.as('staff')
    const ent = await mock.as('enterprise')
    const target = (await ent.call<Page<Alert>>('GET', '/alerts?limit=200')).body.items[0]
    const res = await staff.call<Alert>('POST', `/alerts/${target.id}/advice`, { note: '建议本周内提交异议申请，材料可来站里核对。' })
    expect(res.status).toBe(200)
    expect(res.body.advisory?.note).toBe('建议本周内提交异议申请，材料可来站里核对。')
    const seen = (await ent.call<Alert>('GET', `/alerts/${target.id}`)).body
    expect(seen.advisory).toMatchObject({ note: '建议本周内提交异议申请，材料可来站里核对。', stationName: '福州市鼓楼区商标品牌指导站' })
    // the note survives a monitor re-run (derived fields are recomputed, the human ones are kept)
    mock.ctx.store.tx(() => runStoredMonitor(mock.ctx.store, mock.ctx.now(), () => mock.ctx.store.nextId('AL')))
    expect((await ent.call<Alert>('GET', `/alerts/${target.id}`)).body.advisory?.note).toBe('建议本周内提交异议申请，材料可来站里核对。')
    // only staff, only for linked clients, and the note is required
    expect((await ent.call('POST', `/alerts/${target.id}/advice`, { note: '自己写' })).status).toBe(403)
    const empty = await staff.call('POST', `/alerts/${target.id}/advice`, { note: '' })
    expect(empty.status).toBe(400)
    expect(empty.body.fieldErrors.note).toBeTruthy()
    const linked = new Set(
      mock.ctx.store.links
        .where({ status: 'accepted' })
        .filter((l) => l.stationId === mock.ctx.store.users.first({ role: 'staff' })!.stationId)
        .map((l) => l.orgId),
    )
    const other = mock.ctx.store.alerts.all().find((a) => !linked.has(a.orgId) && a.status === 'open')!
    expect((await staff.call('POST', `/alerts/${other.id}/advice`, { note: '越权' })).status).toBe(403)
  })
})

describe('a later clock updates, resolves and raises alerts', () => {
  test('restarting on MOCK_NOW past the term end: 可办理续展 → 宽展期, passed opposition windows resolved, new issues raised', async () => {
    const first = await startMock()
    const ent1 = await first.as('enterprise')
    const before = (await ent1.call<Page<Alert>>('GET', '/alerts?status=all&limit=200')).body.items
    const renewal = before.find((a) => a.kind === 'renewal_open')!
    const nonuse = before.find((a) => a.kind === 'nonuse_risk')!
    expect((await ent1.call('POST', `/alerts/${nonuse.id}/handle`, { note: '已整理使用证据' })).status).toBe(200)
    const passed = before.filter((a) => a.kind === 'similar_published' && a.deadline! < '2027-04-10')
    expect(passed.length).toBeGreaterThan(0)
    const dataFile = first.dataFile
    await first.close({ keepData: true })

    // same data file, the clock moved past the renewal term end (not renewed: the 6-month grace period runs)
    const later = await startMock({ dataFile, now: '2027-04-10T02:00:00.000Z' })
    try {
      const ent = await later.as('enterprise')
      const after = (await ent.call<Page<Alert>>('GET', '/alerts?status=all&limit=200')).body.items
      const moved = after.find((a) => a.id === renewal.id)!
      expect(moved.kind).toBe('renewal_grace')
      expect(moved.deadline! > renewal.deadline!).toBe(true)
      expect(moved.read).toBe(false)
      for (const p of passed) expect(after.some((a) => a.id === p.id)).toBe(false)
      expect((await ent.call('GET', `/alerts/${passed[0].id}`)).status).toBe(404)
      // raised: marks published after the first run, with opposition deadlines after the new day
      const raised = after.filter((a) => !before.some((b) => b.id === a.id))
      expect(raised.some((a) => a.kind === 'similar_published' && a.deadline! >= '2027-04-10')).toBe(true)
      // unchanged inputs keep their state: the handled 撤三 alert stays handled with its note
      const stillHandled = after.find((a) => a.id === nonuse.id)!
      expect(stillHandled.status).toBe('handled')
      expect(stillHandled.handledNote).toBe('已整理使用证据')
      // the home badge follows the new day too
      const home = (await ent.call('GET', '/home')).body
      expect(home.unreadAlerts).toBe(after.filter((a) => a.status === 'open' && !a.read).length)
    } finally {
      await later.close()
      fs.rmSync(path.dirname(dataFile), { recursive: true, force: true })
    }
  })
})

// DEFAULT_NOW is the clock the expectations above are written for
test('the harness clock is the one these expectations assume', () => {
  expect(DEFAULT_NOW.startsWith(TODAY)).toBe(true)
})
