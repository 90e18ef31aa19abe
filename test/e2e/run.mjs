#!/usr/bin/env node
// End-to-end layer: H5 production build (rebuilt when dist/h5 is missing or older than its sources, always
// with CI=true or --build) served by the mock backend (--serve-h5) on a free 127.0.0.1 port with a
// throw-away data file, then every test/e2e/*.e2e.mjs run by node's built-in test runner in Chromium.
// Usage: node test/e2e/run.mjs [--build|--no-build] [file-filter]
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ROOT, run, build, needsBuild, sec } from '../setup/proc.mjs'
import { startMock } from '../setup/mock-server.mjs'
import { CHROMIUM } from './lib.mjs'

const HERE = path.dirname(fileURLToPath(import.meta.url))
const argv = process.argv.slice(2)
const filter = argv.find((a) => !a.startsWith('--'))
const t0 = Date.now()
const timings = {}

function summary(passed, failed, note = '') {
  console.log(
    `\n[e2e] done in ${sec(Date.now() - t0)} (${Object.entries(timings)
      .map(([k, v]) => `${k} ${sec(v)}`)
      .join(', ')})${note ? ` — ${note}` : ''}`,
  )
  console.log(`e2e: ${passed} passed, ${failed} failed`)
  process.exitCode = failed ? 1 : 0
}

/** per file: wall time, what the lib helpers spent, and the slowest tests of the whole run */
function printTimings(perFile, timingFile) {
  const helper = {}
  for (const line of fs.readFileSync(timingFile, 'utf8').split('\n')) {
    if (!line) continue
    const { file, kind, ms } = JSON.parse(line)
    const h = ((helper[file] ??= {})[kind] ??= { n: 0, ms: 0 })
    h.n++
    h.ms += ms
  }
  const kinds = [...new Set(Object.values(helper).flatMap((h) => Object.keys(h)))].sort()
  console.log(`\n[e2e] time per file (helpers: count / seconds)`)
  console.log(`  ${'file'.padEnd(22)} ${'wall'.padStart(8)}  ${kinds.map((k) => k.padStart(14)).join(' ')}`)
  const total = {}
  for (const { f, ms } of perFile) {
    const h = helper[f] || {}
    console.log(
      `  ${f.padEnd(22)} ${sec(ms).padStart(8)}  ${kinds.map((k) => (h[k] ? `${h[k].n} / ${(h[k].ms / 1000).toFixed(1)}` : '-').padStart(14)).join(' ')}`,
    )
    for (const k of Object.keys(h)) {
      const t = (total[k] ??= { n: 0, ms: 0 })
      t.n += h[k].n
      t.ms += h[k].ms
    }
  }
  const wall = perFile.reduce((a, p) => a + p.ms, 0)
  console.log(
    `  ${'all'.padEnd(22)} ${sec(wall).padStart(8)}  ${kinds.map((k) => (total[k] ? `${total[k].n} / ${(total[k].ms / 1000).toFixed(1)}` : '-').padStart(14)).join(' ')}`,
  )
  // spec reporter lines: "✔ name (1234.5ms)"; nested steps are indented, top-level tests are not
  const tests = perFile.flatMap(({ f, out }) =>
    [...out.matchAll(/^[✔✖] (.+) \(([\d.]+)ms\)$/gm)].map((m) => ({ f, name: m[1], ms: Number(m[2]) })),
  )
  tests.sort((a, b) => b.ms - a.ms)
  console.log('[e2e] slowest tests:')
  for (const x of tests.slice(0, 12)) console.log(`  ${sec(x.ms).padStart(8)}  ${x.f}  ${x.name.slice(0, 90)}`)
}

async function main() {
  if (!fs.existsSync(CHROMIUM)) {
    console.log(`[e2e] ${CHROMIUM} not found — install Debian's chromium (apt-get install -y chromium)`)
    return summary(0, 1, 'no browser')
  }
  const why = argv.includes('--build') ? '--build' : argv.includes('--no-build') ? '' : needsBuild('h5', 'index.html')
  if (why) {
    console.log(`[e2e] building H5 (${why})`)
    const b = await build('h5')
    timings.build = b.ms
    if (!b.ok) return summary(0, 1, 'H5 build failed')
  } else console.log('[e2e] dist/h5 is up to date (pass --build to force)')

  // Serve a snapshot of dist/h5, so a parallel `npm run build:h5` in the same checkout (which empties
  // dist/h5 first) cannot pull the pages away mid-run. Needs the mock to honour MOCK_H5_DIR; without it
  // the mock serves dist/h5 itself.
  const snapshot = fs.mkdtempSync(path.join(os.tmpdir(), 'qqbc-h5-'))
  fs.cpSync(path.join(ROOT, 'dist', 'h5'), snapshot, { recursive: true })
  process.on('exit', () => fs.rmSync(snapshot, { recursive: true, force: true }))
  // scenarios that need weeks to pass (a call closing) write a clock skew here; the server re-reads it
  const clockFile = path.join(snapshot, '..', `${path.basename(snapshot)}.clock`)
  fs.writeFileSync(clockFile, '0')
  process.on('exit', () => fs.rmSync(clockFile, { force: true }))
  let mock
  try {
    mock = await startMock({ serveH5: true, name: 'mock-e2e', env: { MOCK_H5_DIR: snapshot, MOCK_CLOCK_FILE: clockFile } })
  } catch (e) {
    console.log(`[e2e] ${e.message}`)
    return summary(0, 1, 'mock backend did not start')
  }
  timings.mock = mock.ms
  console.log(`[e2e] mock + H5 on ${mock.base} (healthy after ${sec(mock.ms)}, log ${path.relative(ROOT, mock.logFile)})`)
  // the H5 shell itself must be served
  const index = await fetch(`${mock.base}/`)
    .then((r) => r.text())
    .catch((e) => `ERR ${e.message}`)
  if (!index.includes('<div id="app">')) {
    await mock.stop()
    console.log(`[e2e] ${mock.base}/ does not serve dist/h5/index.html: ${index.slice(0, 200)}`)
    return summary(0, 1, 'H5 not served')
  }

  const indexHtml = path.join(ROOT, 'dist', 'h5', 'index.html')
  const builtAt = fs.statSync(indexHtml).mtimeMs
  const files = fs
    .readdirSync(HERE)
    .filter((f) => f.endsWith('.e2e.mjs') && (!filter || f.includes(filter)))
    .sort()
  console.log(`[e2e] ${files.length} scenario file(s): ${files.join(', ')}`)
  // One `node --test` per file, in order (each file already ran in its own process): the wall time of each
  // file is measured, and lib.mjs appends what its helpers spent (sign-ins, screenshots, fixed waits) to a
  // timing file that is summed per file below.
  const timingFile = path.join(os.tmpdir(), `qqbc-e2e-timing-${process.pid}.jsonl`)
  fs.writeFileSync(timingFile, '')
  process.on('exit', () => fs.rmSync(timingFile, { force: true }))
  const t = Date.now()
  const perFile = []
  let out = ''
  let code = 0
  for (const f of files) {
    const r = await run(process.execPath, ['--test', '--test-reporter=spec', '--test-timeout=300000', path.join(HERE, f)], {
      env: { E2E_BASE_URL: mock.base, E2E_API_URL: mock.api, E2E_CLOCK_FILE: clockFile, E2E_TIMING_FILE: timingFile, E2E_FILE: f },
    })
    out += r.out
    if (r.code !== 0) code = r.code
    perFile.push({ f, ms: r.ms, out: r.out })
  }
  timings.scenarios = Date.now() - t
  await mock.stop()
  printTimings(perFile, timingFile)
  const r = { out, code }
  // one summary per file: add them up
  const num = (name) => [...r.out.matchAll(new RegExp(`^ℹ ${name} (\\d+)`, 'gm'))].reduce((a, m) => a + Number(m[1]), 0)
  let passed = num('pass')
  let failed = num('fail') + num('cancelled')
  if (r.code !== 0 && failed === 0) failed = 1
  let after = 0
  try {
    after = fs.statSync(indexHtml).mtimeMs
  } catch {}
  if (after !== builtAt) {
    console.log(
      '[e2e] WARNING: dist/h5 was rebuilt or removed by another process during the run (a parallel `npm run build:h5`?); unless the mock serves MOCK_H5_DIR, failures above may come from that — run again',
    )
  }
  const shots = fs.existsSync(path.join(ROOT, 'test/artifacts/screenshots'))
    ? fs.readdirSync(path.join(ROOT, 'test/artifacts/screenshots')).length
    : 0
  summary(passed, failed, `${shots} screenshot(s) in test/artifacts/screenshots`)
}

main().catch((e) => {
  console.error(e)
  summary(0, 1, 'runner crashed')
})
