import {
  addEvidence,
  addMember,
  bundleFileName,
  buildUseEvidenceBundle,
  changeMember,
  escapeHtml,
  filterRegister,
  renderBundleHtml,
  yearlyMemberUsage,
  type Member,
} from '../../../src/domain/members'
import { usccCheckChar } from '../../../src/domain/ids'
import type { Actor } from '../../../src/domain/outcome'

const assoc: Actor = { id: 'U2', role: 'association', orgId: 'OG2' }
const uscc = (body17: string) => body17 + usccCheckChar(body17)
const now = new Date('2026-12-01T02:00:00Z')
const ctx = { today: '2026-12-01', now }

function member(id: string, name: string, code: string, on: string, products = ['茶叶'], sme = true): Member {
  const r = addMember(
    assoc,
    { uscc: uscc(code), name, sme, products, licence: { start: on, end: '2028-12-31' }, on, reason: '批准' },
    { ...ctx, id, associationId: 'OG2', trademarkId: 'TM1', register: [] },
  )
  if (!r.ok) throw new Error(JSON.stringify(r))
  return r.value
}
function evidence(m: Member, id: string, on: string, description: string, fileIds = [`F-${id}`]): Member {
  const r = addEvidence(m, assoc, { on, kind: 'invoice', description, fileIds }, { ...ctx, id })
  if (!r.ok) throw new Error(JSON.stringify(r))
  return r.value
}
function suspend(m: Member, on: string): Member {
  const r = changeMember(m, 'suspend', assoc, { on, reason: '整改' }, ctx)
  if (!r.ok) throw new Error(JSON.stringify(r))
  return r.value
}

describe('yearly member usage: withEvidence and the running year', () => {
  test('a member counts once per year with evidence on a day it could use the mark; suspended days do not count', () => {
    let a = member('A', '甲茶业', '91350100MA2XYW001', '2024-01-01')
    a = evidence(evidence(a, 'a1', '2025-03-01', '发票1'), 'a2', '2025-04-01', '发票2')
    let b = member('B', '乙茶业', '91350100MA2XYW002', '2024-01-01')
    b = evidence(suspend(b, '2025-01-10'), 'b1', '2025-06-01', '暂停期间')
    const c = evidence(member('C', '丙茶业', '91350100MA2XYW003', '2024-01-01'), 'c1', '2024-06-01', '去年')
    expect(yearlyMemberUsage([a, b, c], 2025).withEvidence).toBe(1)
    expect(yearlyMemberUsage([a, b, c], 2024).withEvidence).toBe(1)
  })

  test('asOf caps the year-end counts of the running year (a licence ending in December is not yet lapsed)', () => {
    const r = addMember(
      assoc,
      {
        uscc: uscc('91350100MA2XYW004'),
        name: '丁',
        sme: true,
        products: ['茶'],
        licence: { start: '2024-01-01', end: '2026-12-15' },
        on: '2024-01-01',
        reason: '批准',
      },
      { ...ctx, id: 'D', associationId: 'OG2', trademarkId: 'TM1', register: [] },
    )
    if (!r.ok) throw new Error('add')
    expect(yearlyMemberUsage([r.value], 2026).membersAtYearEnd).toBe(0)
    expect(yearlyMemberUsage([r.value], 2026, '2026-12-01').membersAtYearEnd).toBe(1)
    expect(yearlyMemberUsage([r.value], 2025, '2026-12-01').membersAtYearEnd).toBe(1)
  })
})

describe('register filter', () => {
  const reg = [
    member('A', '福州乙茶业有限公司', '91350100MA2XYW001', '2024-01-01', ['红茶']),
    member('B', '福州甲茶业有限公司', '91350100MA2XYW002', '2024-01-01', ['茉莉花茶', '白茶']),
    suspend(member('C', '闽侯丙茶厂', '91350100MA2XYW003', '2024-01-01', ['白茶']), '2025-01-01'),
  ]
  test('every term must match name, USCC or product, case-insensitive; status narrows; sorted by name', () => {
    expect(filterRegister(reg, {}).map((m) => m.id)).toEqual(
      [...reg].sort((x, y) => x.name.localeCompare(y.name, 'zh-Hans-CN')).map((m) => m.id),
    )
    expect(
      filterRegister(reg, { q: '白茶' })
        .map((m) => m.id)
        .sort(),
    ).toEqual(['B', 'C'])
    expect(filterRegister(reg, { q: '白茶 福州' }).map((m) => m.id)).toEqual(['B'])
    expect(filterRegister(reg, { q: reg[0].uscc.toLowerCase() }).map((m) => m.id)).toEqual(['A'])
    expect(filterRegister(reg, { status: 'suspended' }).map((m) => m.id)).toEqual(['C'])
    expect(filterRegister(reg, { q: '乌龙' })).toEqual([])
  })
})

describe('bundle as one HTML document', () => {
  let a = member('A', '甲茶业<script>', '91350100MA2XYW001', '2024-01-01')
  a = evidence(evidence(a, 'a1', '2024-05-01', '发票 & 收据 "A"'), 'a2', '2024-06-01', '照片', ['UP1', 'UP-missing'])
  const bundle = buildUseEvidenceBundle({
    mark: { id: 'TM1', regNo: '12345678', name: '福州茉莉花茶' },
    holder: {
      name: '福州市茶业协会',
      uscc: uscc('51350100MJ0000001'),
      evidence: [{ id: 'h1', on: '2024-05-01', kind: 'advert', description: '展会', fileIds: ['UP2'] }],
    },
    members: [a],
    window: { from: '2023-11-20', to: '2026-11-19' },
  })
  const files: Record<string, { name: string; dataUri?: string; href?: string }> = {
    'F-a1': { name: '发票.jpg', dataUri: 'data:image/jpeg;base64,AAAA' },
    UP1: { name: '照片.png', dataUri: 'data:image/png;base64,BBBB' },
    UP2: { name: '宣传册.pdf', href: 'https://example.test/files/UP2?sig=x&y=1' },
  }
  const html = renderBundleHtml(bundle, { generatedAt: '2026-12-01 10:00', generatedBy: '黄丽华', file: (id) => files[id] })

  test('an index row and a section per entry, linked by number, in the bundle order', () => {
    const rows = [...html.matchAll(/<tr><td><a href="#e(\d+)">/g)].map((m) => Number(m[1]))
    expect(rows).toEqual(bundle.entries.map((e) => e.no))
    const sections = [...html.matchAll(/<section class="entry" id="e(\d+)">/g)].map((m) => Number(m[1]))
    expect(sections).toEqual(rows)
    expect(bundle.entries).toHaveLength(3)
  })

  test('files: images embedded, others linked by their authorised URL, missing ones named; text escaped', () => {
    expect(html).toContain('<img src="data:image/jpeg;base64,AAAA" alt="发票.jpg">')
    expect(html).toContain('<img src="data:image/png;base64,BBBB" alt="照片.png">')
    expect(html).toContain('<a href="https://example.test/files/UP2?sig=x&amp;y=1">宣传册.pdf</a>')
    expect(html).toContain('附件 UP-missing：文件未找到，请补充原件')
    expect(html).not.toContain('<script>')
    expect(html).toContain('甲茶业&lt;script&gt;')
    expect(html).toContain('发票 &amp; 收据 &quot;A&quot;')
    expect(escapeHtml(`<a href='x'>`)).toBe('&lt;a href=&#39;x&#39;&gt;')
  })

  test('cover: mark, window, holder, producer; the weak years as warnings; deterministic', () => {
    expect(html).toContain('<title>“福州茉莉花茶”商标使用证据（2023-11-20 至 2026-11-19）</title>')
    expect(html).toContain('注册号 12345678 · 商标注册人 福州市茶业协会')
    expect(html).toContain('生成时间 2026-12-01 10:00 · 生成人 黄丽华 · 共 3 项证据')
    expect(html).toContain('2024-11-20 至 2025-11-19 没有使用证据，建议补充')
    expect(renderBundleHtml(bundle, { generatedAt: '2026-12-01 10:00', generatedBy: '黄丽华', file: (id) => files[id] })).toBe(html)
    expect(bundleFileName(bundle)).toBe('撤三答辩使用证据-福州茉莉花茶-2023-11-20至2026-11-19.html')
    expect(bundleFileName({ ...bundle, mark: { ...bundle.mark, name: 'A/B: C' } })).toBe('撤三答辩使用证据-ABC-2023-11-20至2026-11-19.html')
  })
})
