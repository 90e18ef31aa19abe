#!/usr/bin/env node
// Audit layer of `npm test`: Lighthouse 12.2.3 (mobile) + axe over the main routes of the H5 production
// build (dist/h5, made by the e2e layer; built here when missing/stale), served by the mock, signed in
// per role. Fails below performance 0.85 or accessibility 0.95 (Lighthouse) or on any serious/critical
// axe violation. Lighthouse runs on the routes marked lh in audit-lib.mjs, AUDIT_RUNS (default 3) times
// each, and the median run by performance score counts (of five runs when the median of three is below the
// floor): one run on a busy 2-core machine varies by about ±0.08. axe runs on every route. Time budget
// ~3–4 min on 2 cores.
// Usage: [AUDIT_H5_DIR=<build>] [AUDIT_RUNS=n] node test/budget/audit.mjs [--no-build] [--diag] [--lh-only] [name-filter]
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { execSync } from 'node:child_process'
import { ROOT, build, needsBuild, sec } from '../setup/proc.mjs'
import { startMock } from '../setup/mock-server.mjs'
import { audit, mainRoutes, FLOOR, fmt, bareCacheDir, serveGzip, MID_TIER_INDEX } from './audit-lib.mjs'

const filter = process.argv.slice(2).find((a) => !a.startsWith('--'))
const t0 = Date.now()
let passed = 0
let failed = 0

/** Share of CPU time idle over `ms`, from /proc/stat (Linux); null elsewhere */
async function idleShare(ms) {
  const read = () => {
    try {
      const f = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number)
      return { idle: f[3] + (f[4] || 0), total: f.reduce((a, b) => a + b, 0) }
    } catch {
      return null
    }
  }
  const a = read()
  await new Promise((r) => setTimeout(r, ms))
  const b = read()
  return a && b && b.total > a.total ? (b.idle - a.idle) / (b.total - a.total) : null
}

/** The processes using the CPU now (ps), for the log when the machine is not quiet */
function busiest() {
  try {
    return execSync('ps -eo pcpu,etime,args --sort=-pcpu | head -6', { encoding: 'utf8' })
      .split('\n')
      .map((l) => l.slice(0, 140))
      .join('\n      ')
  } catch {
    return ''
  }
}

/**
 * Lighthouse's figures move with whatever else uses the two cores, and the layers before this one (builds, jest
 * workers, the e2e browsers) can leave work running for a while after they report. Wait until the CPU is at least
 * 90 % idle over two seconds, up to a minute, and say what was running if it never is.
 */
async function waitForQuietMachine() {
  const t = Date.now()
  let idle = await idleShare(2000)
  while (idle != null && idle < 0.9 && Date.now() - t < 60_000) idle = await idleShare(2000)
  if (idle == null) return
  const pct = `${Math.round(idle * 100)} % idle`
  if (idle >= 0.9) console.log(`[audit] machine quiet (${pct}) after ${sec(Date.now() - t)}`)
  else console.log(`[audit] machine still busy after ${sec(Date.now() - t)} (${pct}); running anyway. Busiest:\n      ${busiest()}`)
}

async function main() {
  // AUDIT_H5_DIR=<dir>: audit another H5 build (comparing builds side by side); never built here
  const built = process.env.AUDIT_H5_DIR ? path.resolve(process.env.AUDIT_H5_DIR) : path.join(ROOT, 'dist', 'h5')
  const why = process.argv.includes('--no-build') || process.env.AUDIT_H5_DIR ? '' : needsBuild('h5', 'index.html')
  if (why && !(why === 'CI=true' && fs.existsSync(path.join(ROOT, 'dist/h5/index.html')))) {
    console.log(`[audit] building H5 (${why})`)
    if (!(await build('h5')).ok) {
      failed++
      return
    }
  }
  const snapshot = fs.mkdtempSync(path.join(os.tmpdir(), 'qqbc-audit-h5-'))
  fs.cpSync(built, snapshot, { recursive: true })
  process.on('exit', () => fs.rmSync(snapshot, { recursive: true, force: true }))
  // production-like: pinned clock so the figures do not depend on the day
  const mock = await startMock({ serveH5: true, name: 'mock-audit', env: { MOCK_H5_DIR: snapshot } })
  try {
    let routes = await mainRoutes(mock.api)
    if (filter) routes = routes.filter((r) => `${r.role} ${r.name}`.includes(filter))
    // --lh-only: the Lighthouse routes alone (comparing builds; the layer itself runs axe on all)
    if (process.argv.includes('--lh-only')) routes = routes.filter((r) => r.lh)
    console.log(`[audit] ${routes.length} routes on ${mock.base}; Lighthouse on ${routes.filter((r) => r.lh).length}, axe on all`)
    console.log(
      `[audit] Lighthouse CPU slowdown per run = clamp(benchmarkIndex / ${MID_TIER_INDEX}, 1, 4), benchmarkIndex measured right before the run (see audit-lib.mjs)`,
    )
    await waitForQuietMachine()
    console.log('  role        route                    perf  a11y    TBT    CLS   axe serious/critical   index  ×CPU  load  runs (perf)')
    await audit({
      base: mock.base,
      routes,
      moreRunsBelow: FLOOR.performance,
      diagnostics: process.argv.includes('--diag'),
      onResult(r) {
        const bad = r.axe.filter((v) => v.impact === 'serious' || v.impact === 'critical')
        const problems = []
        if (r.error) problems.push(r.error)
        if (r.perf != null && r.perf < FLOOR.performance) problems.push(`performance ${r.perf} < ${FLOOR.performance}`)
        if (r.a11y != null && r.a11y < FLOOR.accessibility)
          problems.push(`accessibility ${r.a11y} < ${FLOOR.accessibility} (${r.failedA11y.join(', ')})`)
        for (const v of bad) problems.push(`axe ${v.impact} ${v.id} ×${v.nodes} e.g. ${v.sample}`)
        problems.length ? failed++ : passed++
        if (r.diag)
          console.log(
            `      benchmarkIndex ${r.benchmarkIndex}; load ${os
              .loadavg()
              .map((l) => l.toFixed(2))
              .join(' ')}\n      ${Object.entries(r.diag)
              .map(([k, v]) => `${k}: ${v.join(' | ')}`)
              .join('\n      ')}`,
          )
        const cal =
          r.cpuSlowdown == null
            ? ''
            : `                    ${String(r.measuredIndex).padStart(5)}  ${String(r.cpuSlowdown).padStart(4)}  ${os.loadavg()[0].toFixed(1).padStart(4)}  ${r.runs.map((x) => fmt.score(x.perf).trim()).join(' ')}`
        console.log(
          `${problems.length ? '  ✘' : '  ✔'} ${String(r.role).padEnd(11)} ${r.name.padEnd(24)} ${fmt.score(r.perf)}  ${fmt.score(r.a11y)} ${fmt.ms(r.tbt)} ${fmt.cls(r.cls)}   ${bad.length}${cal}${problems.length ? `\n      ${problems.join('\n      ')}` : ''}`,
        )
      },
    })
  } finally {
    await mock.stop()
  }
  // the bare Taro page under the same calibrated settings, so the app's figures can be read against it
  const bareDir = bareCacheDir()
  if (!fs.existsSync(path.join(bareDir, 'index.html'))) {
    console.log('[audit] bare Taro page: not measured (no bare build for this config yet; `npm run bench` builds and keeps it)')
    return
  }
  const srv = await serveGzip(bareDir)
  try {
    await audit({
      base: srv.base,
      routes: [{ role: null, name: 'bare Taro hello world', route: 'pages/index/index', lh: true }],
      onResult(r) {
        console.log(
          `  · bare Taro  hello world              ${fmt.score(r.perf)}  ${fmt.score(r.a11y)} ${fmt.ms(r.tbt)} ${fmt.cls(r.cls)}   –                    ${String(r.measuredIndex).padStart(5)}  ${String(r.cpuSlowdown).padStart(4)}  ${os.loadavg()[0].toFixed(1)}`,
        )
      },
    })
  } finally {
    srv.close()
  }
}

main()
  .catch((e) => {
    console.error(e)
    failed++
  })
  .finally(() => {
    console.log(`[audit] done in ${sec(Date.now() - t0)}`)
    console.log(`audit: ${passed} passed, ${failed} failed`)
    process.exitCode = failed ? 1 : 0
  })
