#!/usr/bin/env node
// Benchmark (prints figures, asserts nothing timed): the yearly evaluation of 5,000 participants
// (3,000 enterprises, 1,200 regional brands, 800 stations) against a full year of data — every indicator's
// input for the year and the three years before (≈ 8 % missing), station figures aggregated from raw records
// (≈ 150 visits, 120 bookings and 40 client alerts per station) — plus one self-assessment against all peers.
// Deterministic data (seeded). Goal: scoring under 2 s on this machine.
// The work is in evaluation-bench.ts (it imports the TypeScript domain), run here with tsx.
// Usage: node test/bench/evaluation.bench.mjs [--participants=5000] [--runs=5]
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const HERE = path.dirname(fileURLToPath(import.meta.url))
const tsx = path.join(HERE, '../../node_modules/.bin/tsx')
const r = spawnSync(tsx, [path.join(HERE, 'evaluation-bench.ts'), ...process.argv.slice(2)], { stdio: 'inherit' })
process.exitCode = r.status ?? 1
