#!/usr/bin/env node
// Size and audit benchmark: the app's H5 initial JS (gzipped) and weapp main package as a ratio of a
// bare Taro 4.2.1 + React 18 hello-world built in the same run with the same config/babel/package.json
// (generated into a temp dir, node_modules linked), then Lighthouse (mobile) performance, TBT, CLS and
// accessibility for every main route, and for the bare H5 page, served gzipped.
// Goals printed beside the figures: ratio ≤ 1.5, performance ≥ 0.95, TBT ≤ 200 ms, CLS ≤ 0.05.
// Usage: node test/bench/size-audit.bench.mjs [--no-audit] [--no-build]
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ROOT, BIN, run, build, needsBuild, sec } from '../setup/proc.mjs'
import { startMock } from '../setup/mock-server.mjs'
import { h5Initial, weappPackages, kb } from '../setup/sizes.mjs'
import { audit, mainRoutes, GOAL, fmt, bareCacheDir, serveGzip } from '../budget/audit-lib.mjs'

const argv = process.argv.slice(2)
const RATIO_GOAL = 1.5

function bareApp() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qqbc-bare-'))
  for (const f of ['package.json', 'babel.config.js', 'tsconfig.json', '.env', 'project.config.json']) {
    if (fs.existsSync(path.join(ROOT, f))) fs.copyFileSync(path.join(ROOT, f), path.join(dir, f))
  }
  fs.cpSync(path.join(ROOT, 'config'), path.join(dir, 'config'), { recursive: true })
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'))
  const w = (f, s) => {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true })
    fs.writeFileSync(path.join(dir, f), s)
  }
  w('src/index.html', fs.readFileSync(path.join(ROOT, 'src/index.html'), 'utf8'))
  w(
    'src/app.tsx',
    "import { PropsWithChildren } from 'react'\nimport './app.scss'\nexport default function App({ children }: PropsWithChildren) { return children }\n",
  )
  w('src/app.scss', '')
  w('src/app.config.ts', "export default defineAppConfig({ pages: ['pages/index/index'], window: { navigationBarTitleText: 'bare' } })\n")
  w(
    'src/pages/index/index.tsx',
    "import { View, Text } from '@tarojs/components'\nexport default function Index() { return <View><Text>Hello world!</Text></View> }\n",
  )
  w('src/pages/index/index.config.ts', "export default definePageConfig({ navigationBarTitleText: '首页' })\n")
  return dir
}

async function main() {
  // ---- the app's own builds
  for (const [target, marker] of [
    ['h5', 'index.html'],
    ['weapp', 'app.json'],
  ]) {
    const why = argv.includes('--no-build') ? '' : needsBuild(target, marker)
    if (why) {
      console.log(`[bench] building app ${target} (${why})`)
      if (!(await build(target)).ok) throw new Error(`app ${target} build failed`)
    }
  }
  const app = { h5: h5Initial(path.join(ROOT, 'dist/h5')), weapp: weappPackages(path.join(ROOT, 'dist/weapp')) }

  // ---- the bare app, same config
  const bare = bareApp()
  const bareOut = {}
  for (const target of ['h5', 'weapp']) {
    const r = await run(path.join(BIN, 'taro'), ['build', '--type', target], { cwd: bare, quiet: true })
    if (r.code !== 0) throw new Error(`bare ${target} build failed:\n${r.out.slice(-1500)}`)
    console.log(`[bench] bare ${target} built in ${sec(r.ms)}`)
  }
  bareOut.h5 = h5Initial(path.join(bare, 'dist/h5'))
  // kept for the audit layer, which prints the bare page's Lighthouse score beside the app's
  fs.rmSync(bareCacheDir(), { recursive: true, force: true })
  fs.cpSync(path.join(bare, 'dist/h5'), bareCacheDir(), { recursive: true })
  bareOut.weapp = weappPackages(path.join(bare, 'dist/weapp'))
  const rh5 = app.h5.gzip / bareOut.h5.gzip
  const rwx = app.weapp.main / bareOut.weapp.main
  console.log(
    `[bench] H5 initial JS: app ${kb(app.h5.gzip)} vs bare ${kb(bareOut.h5.gzip)} gzipped → ${rh5.toFixed(2)}× (goal ≤ ${RATIO_GOAL}×)`,
  )
  console.log(
    `[bench] weapp main:    app ${kb(app.weapp.main)} vs bare ${kb(bareOut.weapp.main)} → ${rwx.toFixed(2)}× (goal ≤ ${RATIO_GOAL}×)`,
  )
  console.log(
    `[bench] H5 all JS ${kb(app.h5.allJsGzip)} gzipped in ${app.h5.allJsFiles} files; weapp main largest: ${app.weapp.top
      .slice(0, 5)
      .map(([f, s]) => `${f} ${kb(s)}`)
      .join(', ')}`,
  )
  console.log(`BENCH h5-initial-js-ratio ${rh5.toFixed(2)} ×bare (${kb(app.h5.gzip)} / ${kb(bareOut.h5.gzip)} gz; goal ≤ ${RATIO_GOAL})`)
  console.log(`BENCH weapp-main-ratio ${rwx.toFixed(2)} ×bare (${kb(app.weapp.main)} / ${kb(bareOut.weapp.main)}; goal ≤ ${RATIO_GOAL})`)

  if (argv.includes('--no-audit')) {
    fs.rmSync(bare, { recursive: true, force: true })
    return
  }

  // ---- Lighthouse: the bare page first (the floor), then every main route of the app
  const srv = await serveGzip(path.join(bare, 'dist/h5'))
  const header = '  role        route                    perf  a11y    TBT    CLS  axe(s/c)'
  console.log(header)
  const line = (r) => {
    const bad = r.axe.filter((v) => v.impact === 'serious' || v.impact === 'critical').length
    const miss = []
    if (r.perf != null && r.perf < GOAL.performance) miss.push('perf')
    if (r.tbt != null && r.tbt > GOAL.tbt) miss.push('TBT')
    if (r.cls != null && r.cls > GOAL.cls) miss.push('CLS')
    console.log(
      `  ${String(r.role).padEnd(11)} ${r.name.padEnd(24)} ${fmt.score(r.perf)}  ${fmt.score(r.a11y)} ${fmt.ms(r.tbt)} ${fmt.cls(r.cls)}  ${String(bad).padStart(3)}${miss.length ? `   below goal: ${miss.join(', ')}` : ''}`,
    )
    console.log(
      `BENCH lh ${r.role}/${r.name} perf=${fmt.score(r.perf).trim()} tbt=${Math.round(r.tbt ?? -1)}ms cls=${(r.cls ?? -1).toFixed(3)} a11y=${fmt.score(r.a11y).trim()} benchmarkIndex=${r.measuredIndex} cpuSlowdown=${r.cpuSlowdown} load=${os.loadavg()[0].toFixed(1)}`,
    )
  }
  try {
    await audit({
      base: srv.base,
      routes: [{ role: null, name: 'bare Taro hello world', route: 'pages/index/index', lh: true }],
      onResult: line,
    })
  } finally {
    srv.close()
  }
  fs.rmSync(bare, { recursive: true, force: true })
  const snapshot = fs.mkdtempSync(path.join(os.tmpdir(), 'qqbc-bench-h5-'))
  fs.cpSync(path.join(ROOT, 'dist', 'h5'), snapshot, { recursive: true })
  const mock = await startMock({ serveH5: true, name: 'mock-bench-audit', env: { MOCK_H5_DIR: snapshot } })
  try {
    const routes = await mainRoutes(mock.api)
    const all = await audit({ base: mock.base, routes, lighthouseAll: true, onResult: line })
    const worst = (k, dir) => all.reduce((a, r) => (r[k] == null ? a : a == null ? r : dir * r[k] > dir * a[k] ? r : a), null)
    const wp = worst('perf', -1),
      wt = worst('tbt', 1),
      wc = worst('cls', 1),
      wa = worst('a11y', -1)
    console.log(
      `BENCH lh-worst perf ${fmt.score(wp?.perf).trim()} (${wp?.role}/${wp?.name}), TBT ${Math.round(wt?.tbt)} ms (${wt?.role}/${wt?.name}), CLS ${wc?.cls.toFixed(3)} (${wc?.role}/${wc?.name}), a11y ${fmt.score(wa?.a11y).trim()} (${wa?.role}/${wa?.name})`,
    )
  } finally {
    await mock.stop()
    fs.rmSync(snapshot, { recursive: true, force: true })
  }
}

main().catch((e) => {
  console.error(e)
  process.exitCode = 1
})
