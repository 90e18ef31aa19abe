// The body of monitor.bench.mjs, run under tsx (the domain is TypeScript). See monitor.bench.mjs.
import { currentTermEnd } from '../../src/domain/deadlines'
import { type MonitorMarkType, type OpinionItem, type PortfolioMark, reconcile, runMonitor } from '../../src/domain/monitoring'
import { KNOWN_CHARACTERS } from '../../src/domain/monitoring/pinyin'
import { DEMO_GAZETTE_TARGETS, allGroupsOf, gazetteIssue, latestIssueOn } from '../../mock/seed/gazette'
import { createRng } from '../../mock/seed/rng'

const arg = (name: string, dflt: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? dflt)
const MARKS = arg('marks', 10_000)
const ENTRIES = arg('entries', 5_000)
const RUNS = arg('runs', 5)

const today = '2026-12-01'
const r = createRng('monitor-bench')
const chars = KNOWN_CHARACTERS.join('')
const pad = (n: number) => String(n).padStart(2, '0')
const marks: PortfolioMark[] = []
for (let i = 0; i < MARKS; i++) {
  const demo = i % 50 === 0 ? DEMO_GAZETTE_TARGETS[(i / 50) % DEMO_GAZETTE_TARGETS.length] : undefined
  const classes = demo ? demo.classes : [...new Set([r.int(1, 45), ...(r.chance(0.3) ? [r.int(1, 45)] : [])])]
  const registeredOn = `${r.int(2005, 2025)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`
  const useEvidence = r.chance(0.7) ? [`${r.int(2019, 2026)}-${pad(r.int(1, 11))}-${pad(r.int(1, 28))}`] : []
  marks.push({
    id: `TM${String(i).padStart(6, '0')}`,
    regNo: String(20_000_000 + i),
    name: demo ? demo.name : r.chars(chars, r.int(2, 4)),
    markType: r.pick<MonitorMarkType>(['ordinary', 'ordinary', 'ordinary', 'collective', 'certification']),
    classes,
    ...(r.chance(0.6) ? { groups: classes.flatMap((c) => r.sample(allGroupsOf(c), r.int(1, 4))) } : {}),
    ownerOrgId: `OG${String(i % 3000).padStart(6, '0')}`,
    ownerName: `企业${i % 3000}`,
    status: r.chance(0.9) ? 'registered' : 'published',
    registeredOn,
    validUntil: currentTermEnd(registeredOn, r.chance(0.97) ? today : '2026-01-01'),
    useEvidenceOn: useEvidence,
  })
}
const issue = gazetteIssue(latestIssueOn(today), { size: ENTRIES, plant: 'all' })
const opinions: OpinionItem[] = Array.from({ length: 200 }, (_, i) => ({
  id: `OP${i}`,
  orgId: `OG${String(i).padStart(6, '0')}`,
  title: `舆情 ${i}`,
  source: '网络媒体',
  publishedOn: '2026-11-20',
  severity: r.pick(['high', 'medium', 'low'] as const),
}))
const input = { today, marks, gazette: issue.entries, opinions }

const times: number[] = []
const cpu: number[] = []
let first: ReturnType<typeof runMonitor> | undefined
for (let k = 0; k < RUNS; k++) {
  const t0 = performance.now()
  const c0 = process.cpuUsage()
  const res = runMonitor(input)
  times.push(performance.now() - t0)
  const c = process.cpuUsage(c0)
  cpu.push((c.user + c.system) / 1000)
  if (!first) first = res
}
const sorted = [...times].sort((a, b) => a - b)
const median = sorted[Math.floor(sorted.length / 2)]
const t1 = performance.now()
const again = runMonitor(input)
const firstRun = first as ReturnType<typeof runMonitor>
const diff = reconcile(firstRun.alerts, again.alerts)
const tReconcile = performance.now() - t1
const byRule: Record<string, number> = {}
for (const a of firstRun.alerts) byRule[a.rule] = (byRule[a.rule] ?? 0) + 1
console.log(
  `portfolio ${MARKS} marks, gazette ${issue.entries.length} entries (issue ${issue.issueNo}, ${issue.publishedOn}), ${opinions.length} opinion items`,
)
console.log(`alerts ${firstRun.alerts.length}: ${JSON.stringify(byRule)}; problems ${firstRun.problems.length}`)
console.log(
  `runs (ms): ${times.map((t) => t.toFixed(0)).join(', ')} — first (cold) ${times[0].toFixed(0)} ms, median ${median.toFixed(0)} ms`,
)
console.log(
  `re-run + reconcile: added ${diff.added.length}, updated ${diff.updated.length}, resolved ${diff.resolved.length}, unchanged ${diff.unchanged.length} (${tReconcile.toFixed(0)} ms)`,
)
const cpuMedian = [...cpu].sort((a, b) => a - b)[Math.floor(cpu.length / 2)]
console.log(
  `process CPU per run (ms): ${cpu.map((t) => t.toFixed(0)).join(', ')} — median ${cpuMedian.toFixed(0)} ms (wall time above includes waiting for the CPU on a shared machine)`,
)
console.log(`BENCH monitor-run-cpu-median ${cpuMedian.toFixed(0)} ms`)
console.log(`BENCH monitor-run-cold ${times[0].toFixed(0)} ms`)
console.log(`BENCH monitor-run-median ${median.toFixed(0)} ms (goal < 2000)`)
if (diff.added.length || diff.updated.length || diff.resolved.length) {
  console.error('a re-run changed the alerts')
  process.exitCode = 1
}
