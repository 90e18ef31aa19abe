#!/usr/bin/env node
// Size layer of `npm test`: fails when the weapp main package or the H5 initial JS (gzipped) grows past
// the budget recorded in test/budgets.json. Uses the builds the weapp and e2e layers made (dist/weapp,
// dist/h5); builds a target itself only when its dist is missing or stale (or with --build).
// To raise a budget on purpose, edit test/budgets.json in the same commit and say why there.
// weappMainBeforeIssue11 is no budget: the main package's size before issue 11 (430.8 KB), printed for comparison.
import fs from 'node:fs'
import path from 'node:path'
import { ROOT, build, needsBuild } from '../setup/proc.mjs'
import { h5Initial, weappPackages, kb } from '../setup/sizes.mjs'

const budgets = JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'budgets.json'), 'utf8'))
const argv = process.argv.slice(2)
let passed = 0
let failed = 0
const check = (name, ok, detail = '') => {
  ok ? passed++ : failed++
  console.log(`${ok ? '  ✔' : '  ✘'} ${name}${detail ? ` — ${detail}` : ''}`)
}

for (const [target, marker] of [
  ['h5', 'index.html'],
  ['weapp', 'app.json'],
]) {
  const why = argv.includes('--build') ? '--build' : argv.includes('--no-build') ? '' : needsBuild(target, marker)
  // CI=true makes needsBuild always answer yes; the earlier layers of the same run already rebuilt then
  if (why && !(why === 'CI=true' && fs.existsSync(path.join(ROOT, 'dist', target, marker)))) {
    console.log(`[size] building ${target} (${why})`)
    const b = await build(target)
    if (!b.ok) check(`build ${target}`, false)
  }
}

const pct = (v, b) => `${((v / b) * 100).toFixed(0)} % of budget`
try {
  const h5 = h5Initial(path.join(ROOT, 'dist', 'h5'))
  console.log(`[size] H5 initial JS: ${h5.files.map((f) => `${f.file} ${kb(f.gzip)}`).join(', ')}`)
  console.log(`[size] H5 all JS: ${kb(h5.allJsGzip)} gzipped in ${h5.allJsFiles} files`)
  check(
    `H5 initial JS ${kb(h5.gzip)} gzipped ≤ budget ${kb(budgets.h5InitialJsGzip)}`,
    h5.gzip <= budgets.h5InitialJsGzip,
    pct(h5.gzip, budgets.h5InitialJsGzip),
  )
  check(
    `H5 all JS ${kb(h5.allJsGzip)} gzipped ≤ budget ${kb(budgets.h5AllJsGzip)}`,
    h5.allJsGzip <= budgets.h5AllJsGzip,
    pct(h5.allJsGzip, budgets.h5AllJsGzip),
  )
} catch (e) {
  check('H5 build readable', false, e.message)
}
try {
  const wx = weappPackages(path.join(ROOT, 'dist', 'weapp'))
  console.log(
    `[size] weapp packages: ${Object.entries(wx.packages)
      .map(([k, v]) => `${k} ${kb(v)}`)
      .join(', ')}`,
  )
  console.log(`[size] weapp main, largest: ${wx.top.map(([f, s]) => `${f} ${kb(s)}`).join(', ')}`)
  check(
    `weapp main package ${kb(wx.main)} ≤ budget ${kb(budgets.weappMain)}`,
    wx.main <= budgets.weappMain,
    pct(wx.main, budgets.weappMain),
  )
  // issue 11 (visits, members, reports, charts) asks that the main package not grow: against its size before
  const before = budgets.weappMainBeforeIssue11
  if (before) {
    const d = wx.main - before
    console.log(
      `[size] weapp main ${kb(wx.main)} vs ${kb(before)} before issue 11: ${d > 0 ? '+' : '−'}${kb(Math.abs(d))} (${d > 0 ? '+' : '−'}${Math.abs((d / before) * 100).toFixed(1)} %)`,
    )
  }
} catch (e) {
  check('weapp build readable', false, e.message)
}
console.log(`size: ${passed} passed, ${failed} failed`)
process.exitCode = failed ? 1 : 0
