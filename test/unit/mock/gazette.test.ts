import { weekday } from '../../../src/domain/calendar'
import { checkEntry, isDistinctivePart, nameParts, runMonitor, type PortfolioMark } from '../../../src/domain/monitoring'
import { DEMO_GAZETTE_TARGETS, PLANT_KINDS, gazetteIssue, issueDate, latestIssueOn, openIssues } from '../../../mock/seed/gazette'

describe('gazette generator', () => {
  it('is deterministic and sized as asked', () => {
    const a = gazetteIssue(2051, { size: 3000 })
    expect(gazetteIssue(2051, { size: 3000 })).toEqual(a)
    expect(a.entries).toHaveLength(3000 + DEMO_GAZETTE_TARGETS.length)
    expect(gazetteIssue(2052, { size: 3000 }).entries[0]).not.toEqual(a.entries[0])
    expect(gazetteIssue(2051).entries.length).toBe(5000 + DEMO_GAZETTE_TARGETS.length)
  })

  it('produces valid entries with unique numbers', () => {
    const { entries } = gazetteIssue(2051, { plant: 'all' })
    expect(entries.flatMap((e, i) => checkEntry(e, i))).toEqual([])
    expect(new Set(entries.map((e) => e.regNo)).size).toBe(entries.length)
    const kinds = new Set(entries.map((e) => (e.wipoGazetteOn ? 'wipo' : e.type)))
    expect([...kinds].sort()).toEqual(['preliminary', 'registration', 'wipo'])
  })

  it('publishes weekly and knows which issues are still open for opposition', () => {
    expect(issueDate(1901)).toBe('2024-01-13')
    expect(weekday(issueDate(2051))).toBe(weekday(issueDate(1900)))
    expect(latestIssueOn('2026-12-01')).toBe(2051)
    expect(issueDate(2051)).toBe('2026-11-28')
    const open = openIssues('2026-12-01')
    expect(open[0]).toBe(2039) // 2026-09-05: within 3 months of 2026-12-01
    expect(open[open.length - 1]).toBe(2051)
  })

  it('plants every similarity variant, and the monitor finds all but the control', () => {
    const issue = gazetteIssue(2051, { size: 500, plant: 'all' })
    expect(issue.planted).toHaveLength(DEMO_GAZETTE_TARGETS.length * PLANT_KINDS.length)
    const marks: PortfolioMark[] = DEMO_GAZETTE_TARGETS.map((t, i) => ({
      id: `D${i}`,
      regNo: `D${i}`,
      name: t.name,
      markType: 'ordinary',
      classes: t.classes,
      ownerOrgId: 'O',
      ownerName: t.owner,
      status: 'published',
    }))
    const found = runMonitor({ today: '2026-12-01', marks, gazette: issue.entries }).alerts
    for (const p of issue.planted) {
      const target = `D${DEMO_GAZETTE_TARGETS.findIndex((t) => t.name === p.target)}`
      const hit = found.find((a) => a.trademarkId === target && a.counterpart?.regNo === p.regNo)
      // a copy in another class is suspected squatting only for a distinctive name (江源小厨 is 江源 + a generic word)
      const squat = isDistinctivePart(nameParts(p.target)[0]) ? 'squatting' : undefined
      if (p.kind === 'control') expect(hit).toBeUndefined()
      else expect([p.kind, hit?.rule]).toEqual([p.kind, p.kind === 'squatting' ? squat : 'similar_published'])
    }
    expect(issue.planted.filter((p) => p.kind === 'squatting' && isDistinctivePart(nameParts(p.target)[0])).length).toBe(2)
  })

  it('rotates one planted variant per target per issue by default', () => {
    const kinds = [2050, 2051, 2052].map((n) => gazetteIssue(n, { size: 10 }).planted.map((p) => p.kind))
    expect(kinds.every((k) => k.length === DEMO_GAZETTE_TARGETS.length)).toBe(true)
    expect(kinds[0]).not.toEqual(kinds[1])
  })
})
