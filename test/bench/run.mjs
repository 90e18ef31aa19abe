#!/usr/bin/env node
// `npm run bench`: runs every test/bench/*.bench.mjs (each a standalone node script that prints its own
// figures) one after another, then a table of what ran, how long it took and whether it exited cleanly.
// Not part of `npm test`. Usage: node test/bench/run.mjs [name-filter ...]
// A bench script may print lines of the form `BENCH <name> <value> <unit>` to have them collected here.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ROOT, run, sec } from '../setup/proc.mjs'

const HERE = path.dirname(fileURLToPath(import.meta.url))
const filters = process.argv.slice(2).filter((a) => !a.startsWith('--'))
const files = fs
  .readdirSync(HERE)
  .filter((f) => f.endsWith('.bench.mjs') && (!filters.length || filters.some((x) => f.includes(x))))
  .sort()
if (!files.length) {
  console.log(`no benchmarks found (test/bench/*.bench.mjs${filters.length ? ` matching ${filters.join(', ')}` : ''})`)
  process.exit(0)
}
const results = []
for (const f of files) {
  console.log(`\n══════ ${f} ══════`)
  const r = await run(process.execPath, [path.join(HERE, f)], { cwd: ROOT, prefix: '  ' })
  const figures = r.out
    .split('\n')
    .filter((l) => l.startsWith('BENCH '))
    .map((l) => l.slice(6).trim())
  results.push({ f, ok: r.code === 0, ms: r.ms, figures })
}
console.log('\n──────────────────────── benchmarks ────────────────────────')
for (const r of results) {
  console.log(`${r.ok ? 'ok  ' : 'FAIL'}  ${r.f.padEnd(36)} ${sec(r.ms).padStart(8)}`)
  for (const fig of r.figures) console.log(`        ${fig}`)
}
const failed = results.filter((r) => !r.ok).length
console.log(`${results.length - failed} passed, ${failed} failed`)
process.exitCode = failed ? 1 : 0
