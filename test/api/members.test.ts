import type { MemberDetail, MemberFigures, MemberPage, UseEvidenceBundleView } from '../../src/domain/contract/member'
import { usccCheckChar, validateUscc } from '../../src/domain/ids'
import { standingOn } from '../../src/domain/members'
import { startMock, type Mock } from './harness'

const ASSOC = 'OG000002'
const TODAY = '2026-11-24'
const withCheck = (body17: string) => body17 + usccCheckChar(body17)
/** same 17 characters, a check character that is not the right one */
const badCheck = (body17: string) => body17 + (usccCheckChar(body17) === '0' ? '1' : '0')

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4d30000000049454e44ae426082',
  'hex',
)

const newMember = (over: Record<string, unknown> = {}) => ({
  uscc: withCheck('91350102MA8TKXT01'),
  name: '福州测试漆艺有限公司',
  sme: true,
  products: ['漆画'],
  licence: { start: '2026-01-01', end: '2028-12-31' },
  on: '2026-11-01',
  reason: '理事会审议通过',
  ...over,
})

describe('member register (用标管理)', () => {
  let mock: Mock
  beforeAll(async () => {
    mock = await startMock()
  })
  afterAll(async () => {
    await mock.close()
  })

  /** POST /uploads with a real multipart body: a 1×1 PNG; returns its file id */
  async function upload(): Promise<string> {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(PNG)], { type: 'image/png' }), 'evidence.png')
    const res = await fetch(`${mock.baseUrl}/api/uploads`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${(await mock.as('association')).token}` },
    })
    expect(res.status).toBe(201)
    return ((await res.json()) as { fileId: string }).fileId
  }

  /** a signed-in user of another association (its own seeded register) */
  async function otherAssociation() {
    const store = mock.ctx.store
    const brand = store.regionalBrands
      .all()
      .find((b) => b.associationId !== ASSOC && store.members.count({ associationId: b.associationId }) > 0)!
    const user = store.users.first({ role: 'association', orgId: brand.associationId })!
    store.sessions.insert({ token: `tok-assoc-${brand.associationId}`, userId: user.id, expiresAt: '2099-01-01T00:00:00.000Z' })
    return { brand, client: await mock.as(`tok-assoc-${brand.associationId}`) }
  }

  test('the seeded register: the demo association sees its own members only, with counts, search and a status filter', async () => {
    const a = await mock.as('association')
    const res = await a.call<MemberPage>('GET', '/members?limit=200')
    expect(res.status).toBe(200)
    const stored = mock.ctx.store.members.where({ associationId: ASSOC })
    expect(res.body.total).toBe(stored.length)
    expect(res.body.items.every((m) => m.associationId === ASSOC)).toBe(true)
    expect(res.body.counts.active + res.body.counts.suspended).toBe(86) // the brand's member count on the home page
    expect(res.body.counts.withdrawn).toBeGreaterThan(0)
    for (const m of res.body.items) expect(validateUscc(m.uscc, { kind: 'enterprise' })).toBeNull()
    const suspended = await a.call<MemberPage>('GET', '/members?status=suspended')
    expect(suspended.body.total).toBe(res.body.counts.suspended)
    expect(suspended.body.items.every((m) => m.status === 'suspended')).toBe(true)
    const one = res.body.items[5]
    const found = await a.call<MemberPage>('GET', `/members?q=${encodeURIComponent(one.uscc)}`)
    expect(found.body.items.map((m) => m.id)).toEqual([one.id])
    expect((await a.call('GET', '/members?status=gone')).body.fieldErrors.status).toMatch(/状态/)
  })

  test('other roles are refused; another association cannot read or change these members', async () => {
    const memberId = mock.ctx.store.members.first({ associationId: ASSOC })!.id
    expect((await mock.call('GET', '/members')).status).toBe(401)
    for (const role of ['enterprise', 'staff', 'province', 'national'] as const) {
      const c = await mock.as(role)
      expect((await c.call('GET', '/members')).status).toBe(403)
      expect((await c.call('GET', `/members/${memberId}`)).status).toBe(403)
      expect((await c.call('POST', '/members', newMember())).status).toBe(403)
    }
    const { brand, client } = await otherAssociation()
    const own = await client.call<MemberPage>('GET', '/members?limit=200')
    expect(own.status).toBe(200)
    expect(own.body.total).toBe(mock.ctx.store.members.count({ associationId: brand.associationId }))
    expect(own.body.items.every((m) => m.associationId === brand.associationId)).toBe(true)
    expect((await client.call('GET', `/members/${memberId}`)).status).toBe(404)
    expect((await client.call('POST', `/members/${memberId}/changes`, { action: 'suspend', on: TODAY, reason: 'x' })).status).toBe(404)
    const demoMark = mock.ctx.store.regionalBrands.first({ associationId: ASSOC })!.trademarkId
    expect((await client.call('GET', `/association/marks/${demoMark}/bundle?from=2024-01-01&to=2026-01-01`)).status).toBe(404)
    expect((await client.call('POST', '/members', newMember({ trademarkId: demoMark }))).status).toBe(404)
  })

  test('add: field-level errors (USCC check digit, products, licence order, future date), nothing half-saved; then 201 and no duplicate', async () => {
    const a = await mock.as('association')
    const before = mock.ctx.store.members.count({ associationId: ASSOC })
    const bad = await a.call(
      'POST',
      '/members',
      newMember({ uscc: badCheck('91350102MA8TKXT01'), products: [], licence: { start: '2026-01-01', end: '2025-01-01' } }),
    )
    expect(bad.status).toBe(400)
    expect(bad.body.code).toBe('VALIDATION')
    expect(bad.body.fieldErrors.uscc).toMatch(/校验/)
    expect(bad.body.fieldErrors.products).toMatch(/商品/)
    expect(bad.body.fieldErrors['licence.end']).toBe('许可结束日期应晚于开始日期')
    const future = await a.call('POST', '/members', newMember({ on: '2026-12-01' }))
    expect(future.body.fieldErrors).toEqual({ on: '添加日期不能晚于今天' })
    const missing = await a.call('POST', '/members', newMember({ name: '', reason: undefined }))
    expect(Object.keys(missing.body.fieldErrors).sort()).toEqual(['name', 'reason'])
    expect(mock.ctx.store.members.count({ associationId: ASSOC })).toBe(before)

    const ok = await a.call<MemberDetail>('POST', '/members', newMember())
    expect(ok.status).toBe(201)
    expect(ok.body).toMatchObject({
      status: 'active',
      associationId: ASSOC,
      actions: ['suspend', 'withdraw', 'renew'],
      markName: '福州脱胎漆器',
    })
    expect(ok.body.history).toEqual([expect.objectContaining({ action: 'add', on: '2026-11-01', reason: '理事会审议通过', to: 'active' })])
    const dup = await a.call('POST', '/members', newMember({ name: '别名' }))
    expect(dup.status).toBe(409)
    expect(dup.body.message).toMatch(/福州测试漆艺有限公司已在用标会员名单中/)
    expect((await a.call<MemberPage>('GET', '/members')).body.counts.active).toBe(81)
  })

  test('changes: suspend with a reason, illegal transitions refused with a clear message, withdrawal is final', async () => {
    const a = await mock.as('association')
    const m = mock.ctx.store.members.where({ associationId: ASSOC, status: 'active' })[10]
    const noReason = await a.call('POST', `/members/${m.id}/changes`, { action: 'suspend', on: TODAY, reason: '  ' })
    expect(noReason.status).toBe(400)
    expect(noReason.body.fieldErrors.reason).toMatch(/原因/)
    const s = await a.call<MemberDetail>('POST', `/members/${m.id}/changes`, {
      action: 'suspend',
      on: TODAY,
      reason: '抽检不合格，整改期间暂停',
    })
    expect(s.status).toBe(200)
    expect(s.body.status).toBe('suspended')
    expect(s.body.history.at(-1)).toMatchObject({
      action: 'suspend',
      on: TODAY,
      reason: '抽检不合格，整改期间暂停',
      from: 'active',
      to: 'suspended',
    })
    expect(s.body.actions).toEqual(['reinstate', 'withdraw'])
    const renew = await a.call('POST', `/members/${m.id}/changes`, { action: 'renew', on: TODAY, reason: '续期', licenceEnd: '2031-12-31' })
    expect(renew.status).toBe(409)
    expect(renew.body.code).toBe('INVALID_TRANSITION')
    expect(renew.body.message).toBe(`${m.name}当前为“暂停使用”，不能续期，请先恢复使用再续期`)
    const w = await a.call<MemberDetail>('POST', `/members/${m.id}/changes`, { action: 'withdraw', on: TODAY, reason: '整改期满仍不合格' })
    expect(w.body.status).toBe('withdrawn')
    const again = await a.call('POST', `/members/${m.id}/changes`, { action: 'reinstate', on: TODAY, reason: '复查合格' })
    expect(again.status).toBe(409)
    expect(again.body.message).toMatch(/当前为“已撤销”，不能恢复使用/)
    expect((await a.call('POST', `/members/${m.id}/changes`, { action: 'pause', on: TODAY, reason: 'x' })).body.fieldErrors.action).toBe(
      '请选择操作',
    )
    expect(
      mock.ctx.store.members
        .get(m.id)!
        .history.slice(-2)
        .map((e) => e.action),
    ).toEqual(['suspend', 'withdraw'])
  })

  test('use evidence: dated, with files; a date in the future or no file is a field error', async () => {
    const a = await mock.as('association')
    const m = mock.ctx.store.members.where({ associationId: ASSOC, status: 'active' })[0]
    const bad = await a.call('POST', `/members/${m.id}/evidence`, { on: '2027-01-01', kind: 'invoice', description: '发票', fileIds: [] })
    expect(bad.status).toBe(400)
    expect(bad.body.fieldErrors.fileIds).toBe('请至少上传一个证据文件')
    const future = await a.call('POST', `/members/${m.id}/evidence`, {
      on: '2027-01-01',
      kind: 'invoice',
      description: '发票',
      fileIds: ['UP1'],
    })
    expect(future.body.fieldErrors).toEqual({ on: '证据日期不能晚于今天' })
    // a file id that is no upload of this user is refused at its position; nothing is saved
    const before = mock.ctx.store.members.get(m.id)!.evidence.length
    const input = { on: '2026-11-20', kind: 'invoice', description: '漆画销售发票' }
    const notUploaded = await a.call('POST', `/members/${m.id}/evidence`, { ...input, fileIds: ['UP1'] })
    expect(notUploaded.status).toBe(400)
    expect(notUploaded.body.fieldErrors['fileIds.0.fileId']).toMatch(/照片未上传成功/)
    expect(mock.ctx.store.members.get(m.id)!.evidence).toHaveLength(before)
    const fileId = await upload()
    const ok = await a.call<MemberDetail>('POST', `/members/${m.id}/evidence`, { ...input, fileIds: [fileId] })
    expect(ok.status).toBe(201)
    expect(ok.body.evidence.find((e) => e.description === '漆画销售发票')).toMatchObject({ ...input, fileIds: [fileId] })
    // the association reads the photo back; another role cannot; the same photo cannot back a second item
    expect((await fetch(`${mock.baseUrl}/api/uploads/${fileId}`, { headers: { authorization: `Bearer ${a.token}` } })).status).toBe(200)
    const ent = await mock.as('enterprise')
    expect((await fetch(`${mock.baseUrl}/api/uploads/${fileId}`, { headers: { authorization: `Bearer ${ent.token}` } })).status).toBe(403)
    expect((await a.call('POST', `/members/${m.id}/evidence`, { ...input, fileIds: [fileId] })).status).toBe(400)
  })

  test('the bundle holds exactly the usable evidence dated inside the window (both ends), the rest listed as excluded', async () => {
    const a = await mock.as('association')
    const store = mock.ctx.store
    const mark = store.regionalBrands.first({ associationId: ASSOC })!.trademarkId
    const from = '2024-03-01'
    const to = '2026-02-28'
    const m = store.members.where({ associationId: ASSOC, status: 'active' }).find((x) => x.licence.start <= '2024-02-29')!
    // evidence on both ends and one day outside each end, on a member that could use the mark then
    const add = async (on: string, description: string) =>
      a.call('POST', `/members/${m.id}/evidence`, { on, kind: 'product_photo', description, fileIds: [await upload()] })
    const cases = [
      ['2024-02-29', '窗口前一天'],
      [from, '窗口第一天'],
      [to, '窗口最后一天'],
      ['2026-03-01', '窗口后一天'],
    ] as const
    for (const [on, d] of cases) if (standingOn(store.members.get(m.id)!, on) === 'active') expect((await add(on, d)).status).toBe(201)
    const res = await a.call<UseEvidenceBundleView>('GET', `/association/marks/${mark}/bundle?from=${from}&to=${to}`)
    expect(res.status).toBe(200)
    const b = res.body
    // what the store holds for this mark, inside the window
    const inWindow = (on: string) => on >= from && on <= to
    const holderIds = store.markEvidence
      .where({ trademarkId: mark })
      .filter((e) => inWindow(e.on))
      .map((e) => e.id)
    const memberEv = store.members
      .where({ associationId: ASSOC, trademarkId: mark })
      .flatMap((x) => x.evidence.filter((e) => inWindow(e.on)).map((e) => ({ id: e.id, usable: standingOn(x, e.on) === 'active' })))
    expect(b.entries.map((e) => e.evidenceId).sort()).toEqual([...holderIds, ...memberEv.filter((e) => e.usable).map((e) => e.id)].sort())
    expect(b.excluded.map((e) => e.evidenceId).sort()).toEqual(
      memberEv
        .filter((e) => !e.usable)
        .map((e) => e.id)
        .sort(),
    )
    expect(b.entries.every((e) => inWindow(e.on))).toBe(true)
    expect(b.entries.map((e) => e.description)).toEqual(expect.arrayContaining(['窗口第一天', '窗口最后一天']))
    expect(b.entries.map((e) => e.description)).not.toEqual(expect.arrayContaining(['窗口前一天']))
    expect(b.entries.map((e) => e.description)).not.toContain('窗口后一天')
    expect(b.entries.map((e) => e.no)).toEqual(b.entries.map((_, i) => i + 1))
    expect(b.entries.some((e) => e.who.role === 'holder')).toBe(true)
    expect(b.fileName).toBe(`撤三答辩使用证据-福州脱胎漆器-${from}至${to}.html`)

    const html = await a.call<string>('GET', `/association/marks/${mark}/bundle.html?from=${from}&to=${to}`)
    expect(html.status).toBe(200)
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(html.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent(b.fileName)}`)
    expect(html.body.startsWith('<!DOCTYPE html>')).toBe(true)
    // one index row and one section per entry; seeded placeholders and uploaded photos embedded
    expect(html.body.match(/<tr><td><a href="#e\d+">/g)).toHaveLength(b.entries.length)
    expect(html.body.match(/<section class="entry"/g)).toHaveLength(b.entries.length)
    expect(html.body).toContain('data:image/svg+xml;base64,')
    expect(html.body).toContain('data:image/png;base64,')
    expect(html.body).not.toMatch(/<script|<link /)
  })

  test('bundle window: real dates, in order, at most three years', async () => {
    const a = await mock.as('association')
    const mark = mock.ctx.store.regionalBrands.first({ associationId: ASSOC })!.trademarkId
    const long = await a.call('GET', `/association/marks/${mark}/bundle?from=2022-01-01&to=2026-01-01`)
    expect(long.status).toBe(400)
    expect(long.body.fieldErrors.from).toMatch(/最长三年/)
    const reversed = await a.call('GET', `/association/marks/${mark}/bundle.html?from=2026-01-01&to=2025-01-01`)
    expect(reversed.body.fieldErrors).toEqual({ to: '结束日期不能早于开始日期' })
    expect((await a.call('GET', `/association/marks/${mark}/bundle?from=2026-02-30&to=2026-03-01`)).body.fieldErrors.from).toMatch(/日期/)
    expect((await a.call('GET', `/association/marks/${mark}/bundle`)).status).toBe(400)
  })

  test('figures: month-end counts up to today and the yearly member-usage figures the report reads', async () => {
    const a = await mock.as('association')
    const f = await a.call<MemberFigures>('GET', '/members/figures?from=2023&to=2026')
    expect(f.status).toBe(200)
    const b = f.body
    expect(b.today).toBe(TODAY)
    expect(b.series[0].on).toBe('2023-01-31')
    expect(b.series.at(-1)).toEqual(b.current)
    expect(b.series.every((c, i) => i === 0 || c.on > b.series[i - 1].on)).toBe(true)
    expect(b.yearly.map((y) => y.year)).toEqual([2023, 2024, 2025, 2026])
    const register = mock.ctx.store.members.where({ associationId: ASSOC })
    const added2025 = register.filter((m) => m.history[0].on.startsWith('2025-')).length
    expect(b.yearly[2].granted).toBe(added2025)
    expect(b.yearly[3].membersAtYearEnd).toBe(b.current.members)
    expect(b.current.members).toBe(b.current.active + b.current.suspended)
    const usage = await a.call('GET', '/members/usage/2025')
    expect(usage.body).toEqual(b.yearly[2])
    expect((await a.call('GET', '/members/figures?from=2026&to=2024')).body.fieldErrors.to).toBe('结束年份不能早于开始年份')
    expect((await (await mock.as('enterprise')).call('GET', '/members/usage/2025')).status).toBe(403)
  })

  test('holder evidence: the association records its own use of the mark; it joins the bundle', async () => {
    const a = await mock.as('association')
    const marks = await a.call('GET', '/association/marks')
    expect(marks.status).toBe(200)
    const mark = marks.body.marks.find((m: any) => m.name === '福州脱胎漆器')
    expect(marks.body.defaultWindow).toEqual({ from: '2023-11-24', to: '2026-11-23' })
    const n = mark.holderEvidence.length
    const r = await a.call('POST', `/association/marks/${mark.id}/evidence`, {
      on: '2026-10-10',
      kind: 'advert',
      description: '品牌推介会',
      fileIds: [await upload()],
    })
    expect(r.status).toBe(201)
    expect(r.body.holderEvidence).toHaveLength(n + 1)
    expect(mock.ctx.store.trademarks.get(mark.id)!.useEvidenceOn).toContain('2026-10-10')
    const b = await a.call<UseEvidenceBundleView>('GET', `/association/marks/${mark.id}/bundle?from=2026-10-10&to=2026-10-10`)
    expect(b.body.entries.filter((e) => e.who.role === 'holder').map((e) => e.description)).toEqual(['品牌推介会'])
    expect(
      (await a.call('POST', `/association/marks/TM999999/evidence`, { on: '2026-10-10', kind: 'advert', description: 'x', fileIds: ['U'] }))
        .status,
    ).toBe(404)
  })
})
