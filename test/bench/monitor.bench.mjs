#!/usr/bin/env node
// Benchmark (prints figures, asserts nothing timed): one monitor run — 10,000 portfolio marks against a
// 5,000-entry gazette week (plus the planted demo variants), all rules, as the mock would run it; then a re-run
// reconciled against the first (must add nothing). Goal: a run under 2 s on the project machine.
// Usage: node test/bench/monitor.bench.mjs [--marks=10000] [--entries=5000] [--runs=5]
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const HERE = path.dirname(fileURLToPath(import.meta.url))
const r = spawnSync(path.join(HERE, '../../node_modules/.bin/tsx'), [path.join(HERE, 'monitor-run.ts'), ...process.argv.slice(2)], {
  stdio: 'inherit',
})
process.exitCode = r.status ?? 1
