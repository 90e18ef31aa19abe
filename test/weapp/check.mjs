#!/usr/bin/env node
// Checks of the weapp production build (dist/weapp), no WeChat DevTools needed:
//  1. every page and subpackage page in app.json exists (.js/.wxml/.json)
//  2. size of the main package and of each subpackage (fail > 2 MB each, > 20 MB total)
//  3. no `process.env` left in any JS (WeChat has no `process`: it throws on a phone)
//  4. every WXML/WXS and WXSS compiles with WeChat's official compilers (wcc/wcsc from miniprogram-compiler)
//  5. smoke: app.js + the login and home pages load and render Chinese text in Node (miniprogram-simulate,
//     fake wx; see smoke.cjs), with wx.request answered by a real mock backend when mock/server/main.ts exists;
//     the chart pages (pkg-charts) draw on the fake wx's recording 2D canvases: bars / lines for their figures.
// Usage: node test/weapp/check.mjs [--build] [--no-build]   (builds when dist/weapp is missing/stale, or CI=true)
import fs from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { ROOT, run, build, needsBuild, sec, kb } from '../setup/proc.mjs'
import { startMock } from '../setup/mock-server.mjs'

const require = createRequire(import.meta.url)
const DIST = path.join(ROOT, 'dist', 'weapp')
const MB = 1024 * 1024
const PACKAGE_LIMIT = 2 * MB
const TOTAL_LIMIT = 20 * MB
const argv = process.argv.slice(2)

const results = []
const check = (name, ok, detail = '') => {
  results.push({ name, ok, detail })
  console.log(`${ok ? '  ✔' : '  ✘'} ${name}${detail ? ` — ${detail}` : ''}`)
  return ok
}
const timings = {}

function walk(dir, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) walk(p, out)
    else out.push(p)
  }
  return out
}

async function main() {
  const t0 = Date.now()
  // ---- build -------------------------------------------------------------------------------------
  const why = argv.includes('--build') ? '--build' : argv.includes('--no-build') ? '' : needsBuild('weapp', 'app.json')
  if (why) {
    console.log(`[weapp] building (${why})`)
    const b = await build('weapp')
    timings.build = b.ms
    if (!check('npm run build:weapp succeeds', b.ok, sec(b.ms))) return finish(t0)
  }
  const appJsonPath = path.join(DIST, 'app.json')
  if (!check('dist/weapp/app.json exists', fs.existsSync(appJsonPath), appJsonPath)) return finish(t0)
  const appJson = JSON.parse(fs.readFileSync(appJsonPath, 'utf8'))

  // ---- 1. structure --------------------------------------------------------------------------------
  console.log('\n[weapp] pages')
  const pages = [...(appJson.pages || [])]
  const subs = appJson.subPackages || appJson.subpackages || []
  for (const s of subs) for (const p of s.pages || []) pages.push(`${s.root.replace(/\/$/, '')}/${p}`)
  const missing = []
  for (const p of pages) for (const ext of ['.js', '.wxml', '.json']) if (!fs.existsSync(path.join(DIST, p + ext))) missing.push(p + ext)
  check(
    `all ${pages.length} pages (${(appJson.pages || []).length} main + ${pages.length - (appJson.pages || []).length} in ${subs.length} subpackages) have .js/.wxml/.json`,
    missing.length === 0,
    missing.length ? `missing: ${missing.join(', ')}` : '',
  )
  for (const f of ['app.js', 'app.wxss']) check(`${f} exists`, fs.existsSync(path.join(DIST, f)))

  // ---- 2. sizes ------------------------------------------------------------------------------------
  console.log('\n[weapp] package sizes (all files except *.map)')
  const files = walk(DIST).filter((f) => !f.endsWith('.map'))
  const roots = subs.map((s) => s.root.replace(/\/$/, ''))
  const sizes = { main: 0 }
  for (const r of roots) sizes[r] = 0
  let total = 0
  const byExt = {}
  for (const f of files) {
    const rel = path.relative(DIST, f).split(path.sep).join('/')
    const size = fs.statSync(f).size
    total += size
    const pkg = roots.find((r) => rel === r || rel.startsWith(`${r}/`)) || 'main'
    sizes[pkg] += size
    if (pkg === 'main') {
      const ext = path.extname(f) || path.basename(f)
      byExt[ext] = (byExt[ext] || 0) + size
    }
  }
  const mainTop = files
    .filter((f) => !roots.some((r) => path.relative(DIST, f).startsWith(r + path.sep)))
    .map((f) => [path.relative(DIST, f), fs.statSync(f).size])
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
  for (const [pkg, size] of Object.entries(sizes)) {
    check(`${pkg.padEnd(12)} ${kb(size).padStart(10)}  (limit 2048 KB)`, size <= PACKAGE_LIMIT)
  }
  console.log(
    `    main package by type: ${Object.entries(byExt)
      .sort((a, b) => b[1] - a[1])
      .map(([e, s]) => `${e} ${kb(s)}`)
      .join(', ')}`,
  )
  console.log(`    largest main files: ${mainTop.map(([f, s]) => `${f} ${kb(s)}`).join(', ')}`)
  check(`total        ${kb(total).padStart(10)}  (limit 20480 KB)`, total <= TOTAL_LIMIT)

  // ---- 3. process.env ------------------------------------------------------------------------------
  console.log('\n[weapp] leftover process.env')
  const leftovers = []
  for (const f of files.filter((f) => f.endsWith('.js'))) {
    const src = fs.readFileSync(f, 'utf8')
    const re = /process\.env/g
    let m
    while ((m = re.exec(src)))
      leftovers.push(`${path.relative(DIST, f)}: …${src.slice(Math.max(0, m.index - 40), m.index + 50).replace(/\s+/g, ' ')}…`)
  }
  check(
    `no process.env in ${files.filter((f) => f.endsWith('.js')).length} JS files`,
    leftovers.length === 0,
    leftovers.slice(0, 5).join('\n      '),
  )

  // ---- 4. official compilers -----------------------------------------------------------------------
  console.log('\n[weapp] WeChat compilers (wcc / wcsc)')
  const compiler = require('miniprogram-compiler')
  const nWxml = files.filter((f) => f.endsWith('.wxml')).length
  const nWxs = files.filter((f) => f.endsWith('.wxs')).length
  const nWxss = files.filter((f) => f.endsWith('.wxss')).length
  let t = Date.now()
  try {
    // wcc needs the complete list and throws on a broken template ("unexpected end", unknown tag nesting)
    const js = compiler.wxmlToJs(DIST, { maxBuffer: 64 * MB })
    const pagesCompiled = pages.filter((p) => js.includes(`./${p}.wxml`) || js.includes(`${p}.wxml`)).length
    check(
      `wcc compiles ${nWxml} .wxml + ${nWxs} .wxs`,
      js.length > 1000 && pagesCompiled === pages.length,
      `${Date.now() - t} ms, ${kb(js.length)} of JS, ${pagesCompiled}/${pages.length} pages in the output`,
    )
  } catch (e) {
    check(`wcc compiles ${nWxml} .wxml + ${nWxs} .wxs`, false, String(e.message || e).slice(0, 600))
  }
  t = Date.now()
  try {
    // call wcsc directly: wxssToJs() hides its error (it returns an Error object and then crashes on it)
    const wcsc = require('miniprogram-compiler/src/wcsc')
    const sheets = files.filter((f) => f.endsWith('.wxss')).map((f) => path.relative(DIST, f).split(path.sep).join('/').slice(0, -5))
    const out = wcsc(DIST, sheets, { maxBuffer: 64 * MB })
    if (out instanceof Error) throw out
    // imported sheets (common.wxss, app-origin.wxss) go into the shared part; every page's own sheet gets a key
    const keyed = new Set(
      Object.keys(out)
        .filter((k) => k.endsWith('.wxss'))
        .map((k) => k.replace(/^\.\//, '')),
    )
    const pageSheets = ['app', ...pages].map((p) => `${p}.wxss`).filter((f) => fs.existsSync(path.join(DIST, f)))
    const unkeyed = pageSheets.filter((f) => !keyed.has(f))
    const size = Object.values(out).reduce((a, v) => a + String(v).length, 0)
    check(
      `wcsc compiles ${nWxss} .wxss`,
      unkeyed.length === 0,
      `${Date.now() - t} ms, ${pageSheets.length - unkeyed.length}/${pageSheets.length} app/page sheets compiled, ${kb(size)} of JS${unkeyed.length ? `; missing ${unkeyed.join(', ')}` : ''}`,
    )
  } catch (e) {
    const msg = String(e.message || e)
    // point at the offending rule: "file.wxss(line:col): error at token `*`"
    const where = [...msg.matchAll(/([\w./-]+\.wxss)\((\d+):(\d+)\)/g)]
      .map(([, f, l, c]) => {
        try {
          const line = fs.readFileSync(path.join(DIST, f), 'utf8').split('\n')[Number(l) - 1] || ''
          return `\n      ${f}:${l}:${c} near: ${line.slice(Math.max(0, Number(c) - 60), Number(c) + 30)}`
        } catch {
          return ''
        }
      })
      .join('')
    check(
      `wcsc compiles ${nWxss} .wxss`,
      false,
      `${msg.trim().slice(0, 600)}${where}${/token `\*`/.test(msg) ? '\n      (WXSS has no universal selector `*`: use a class on the children instead)' : ''}`,
    )
  }

  // ---- 5. smoke: load the app and pages in Node ------------------------------------------------------
  console.log('\n[weapp] smoke: app.js + pages in miniprogram-simulate with a fake wx')
  let mock = null
  const env = { TARO_APP_WEAPP_API_BASE: readEnvVar('TARO_APP_WEAPP_API_BASE') || '' }
  if (fs.existsSync(path.join(ROOT, 'mock', 'server', 'main.ts'))) {
    try {
      mock = await startMock({ name: 'mock-weapp' })
      env.SMOKE_API = mock.api
      console.log(`    wx.request → mock backend ${mock.api} (healthy after ${sec(mock.ms)})`)
    } catch (e) {
      console.log(`    mock backend unavailable, requests answer 401: ${String(e.message).split('\n')[0]}`)
    }
  } else console.log('    mock/server/main.ts not present yet: wx.request answers 401')
  t = Date.now()
  try {
    // signed out: the login page, and the home page (renders or sends to sign-in)
    await smoke({ ...env, SMOKE_TAP: JSON.stringify({ 'pages/login/index': '微信一键登录' }) }, [
      ['pages/login/index', '微信一键登录', 'signed out'],
      ['pages/home/index', '', 'signed out → renders or sends to sign-in'],
    ])
    // signed in (session from the mock put where the app's persisted store reads it): the enterprise home
    if (mock) {
      const session = await signInApi(mock.api, '13800000001')
      if (
        check(
          'mock: POST /auth/login/phone for the demo enterprise',
          !!session.token,
          session.token ? '' : JSON.stringify(session).slice(0, 200),
        )
      ) {
        const home = await fetch(`${mock.api}/home`, { headers: { authorization: `Bearer ${session.token}` } }).then((r) => r.json())
        const key = sessionStorageKey()
        const storage = { [key]: JSON.stringify({ state: { session, lastPhone: session.user?.phone || '' }, version: 1 }) }
        await smoke({ ...env, SMOKE_STORAGE: JSON.stringify(storage) }, [
          [
            'pages/home/index',
            [home.orgName, home.station?.name].filter(Boolean).join('&'),
            `signed in as enterprise (storage key ${key})`,
          ],
        ])
        await smokeEveryPage(mock.api, env, pages, key)
      }
    }
  } finally {
    timings.smoke = Date.now() - t
    if (mock) await mock.stop()
  }
  return finish(t0)
}

async function smoke(env, pages) {
  const r = await run(
    process.execPath,
    [path.join(path.dirname(fileURLToPath(import.meta.url)), 'smoke.cjs'), DIST, ...pages.map((p) => p[0])],
    { env, quiet: true },
  )
  const lines = r.out.split('\n')
  const reports = lines.filter((l) => l.startsWith('SMOKE ')).map((l) => JSON.parse(l.slice(6)))
  for (const [page, expect, label] of pages) {
    const rep = reports.find((x) => x.page === page)
    const name = `smoke ${page}${label ? ` (${label})` : ''} renders Chinese text${expect ? ` containing "${expect}"` : ''}`
    if (!rep) {
      check(name, false, `no report; output:\n${lines.slice(-20).join('\n')}`)
      continue
    }
    const wanted = expect ? expect.split('&') : []
    const hasCjk = /[\u4e00-\u9fff]/.test(rep.text)
    const redirectedToLogin = rep.calls.some((c) => /^(reLaunch|redirectTo|navigateTo) .*login/.test(c))
    const ok =
      (rep.ok && hasCjk && wanted.every((w) => rep.text.includes(w))) ||
      (!expect && redirectedToLogin && (!rep.error || rep.error === 'page rendered no text'))
    if (rep.tapped) {
      // WeChat sign-in: an unknown WeChat identity must be asked to bind a phone, a known one goes home
      const bound = /手机号/.test(rep.afterTap) || rep.tapCalls.some((c) => /^(reLaunch|redirectTo|navigateTo|switchTab) .*home/.test(c))
      check(
        `smoke ${page}: tap "${rep.tapped}" → wx.login + sign-in request, then phone binding or home`,
        rep.tapCalls.includes('login') && rep.tapCalls.some((c) => c.startsWith('request')) && bound,
        `after tap: "${rep.afterTap.slice(0, 90)}"; wx calls: ${rep.tapCalls.join('; ')}`,
      )
    }
    const shown = redirectedToLogin && !rep.text ? 'nothing (sent to sign-in)' : `"${rep.text.slice(0, 90)}"`
    check(
      name,
      ok,
      `${rep.ms} ms: ${shown}${rep.error && !(redirectedToLogin && !rep.text) ? `\n      error: ${rep.error}` : ''}${rep.calls.length ? `\n      wx calls: ${rep.calls.slice(0, 8).join('; ')}` : ''}`,
    )
  }
  const notes = lines.filter((l) => l.startsWith('WXMLRT_'))
  if (notes.length) console.log(`    (${notes.length} WXML runtime note(s) from the initial empty render, e.g. ${notes[0].slice(0, 90)})`)
}

/**
 * Every page of app.json rendered, signed in as a role that may open it, with real ids from the mock:
 * fails on a thrown error, an empty page, or a page that sends the signed-in user to sign-in.
 */
async function smokeEveryPage(api, env, pages, key) {
  const PHONES = {
    enterprise: '13800000001',
    association: '13800000002',
    staff: '13800000003',
    province: '13800000004',
    national: '13800000005',
  }
  const sessions = {}
  for (const [role, phone] of Object.entries(PHONES)) sessions[role] = await signInApi(api, phone)
  const get = (role, p) => fetch(`${api}${p}`, { headers: { authorization: `Bearer ${sessions[role].token}` } }).then((r) => r.json())
  const home = await get('enterprise', '/home')
  const staffBookings = await get('staff', '/staff/bookings?scope=upcoming')
  const review = await get('province', '/review/applications')
  const listed = await get('enterprise', '/public/lists?limit=1')
  const myVisits = await get('enterprise', '/visits?limit=1')
  const register = await get('association', '/members?limit=1')
  const ids = {
    visit: myVisits.items?.[0]?.id,
    station: home.station?.id,
    booking: home.nextBooking?.id,
    staffBooking: (staffBookings.items || staffBookings)[0]?.id,
    application: review.items?.[0]?.id,
    listed: listed.items?.[0]?.subjectId,
    member: register.items?.[0]?.id,
  }
  // page → [role, query]; a page missing here fails the check (so a new page gets a smoke render)
  const plan = {
    'pages/home/index': ['national', ''],
    'pages/login/index': ['enterprise', ''],
    'pkg-station/pages/directory/index': ['enterprise', ''],
    'pkg-station/pages/detail/index': ['enterprise', `id=${ids.station}`],
    'pkg-station/pages/book/index': ['enterprise', `stationId=${ids.station}`],
    'pkg-station/pages/voucher/index': ['enterprise', `id=${ids.booking}`],
    'pkg-station/pages/bookings/index': ['enterprise', ''],
    'pkg-staff/pages/bookings/index': ['staff', 'scope=upcoming'],
    'pkg-staff/pages/booking/index': ['staff', `id=${ids.staffBooking}`],
    'pkg-staff/pages/availability/index': ['staff', ''],
    'pkg-staff/pages/links/index': ['staff', ''],
    'pkg-staff/pages/visit-log/index': ['staff', `bookingId=${ids.staffBooking}`],
    'pkg-apply/pages/form/index': ['enterprise', ''],
    'pkg-apply/pages/status/index': ['enterprise', ''],
    'pkg-review/pages/list/index': ['province', ''],
    'pkg-review/pages/detail/index': ['province', `id=${ids.application}`],
    'pkg-review/pages/quota/index': ['province', ''],
    'pkg-review/pages/batches/index': ['national', ''],
    'pkg-review/pages/programme/index': ['national', ''],
    'pkg-me/pages/notices/index': ['enterprise', ''],
    'pkg-me/pages/alerts/index': ['enterprise', ''],
    'pkg-me/pages/portfolio/index': ['enterprise', ''],
    'pkg-me/pages/alert-settings/index': ['enterprise', ''],
    'pkg-eval/pages/self/index': ['enterprise', ''],
    'pkg-eval/pages/result/index': ['national', `id=${ids.listed}&year=2025`],
    'pkg-eval/pages/rankings/index': ['province', ''],
    'pkg-eval/pages/publish/index': ['national', ''],
    'pkg-eval/pages/lists/index': ['enterprise', ''],
    'pkg-eval/pages/card/index': ['enterprise', `id=${ids.listed}`],
    'pkg-staff/pages/visits/index': ['staff', ''],
    'pkg-me/pages/visits/index': ['enterprise', ''],
    'pkg-me/pages/visit/index': ['enterprise', `id=${ids.visit}`],
    'pkg-charts/pages/report-trend/index': ['enterprise', ''],
    'pkg-charts/pages/station-figures/index': ['staff', ''],
    'pkg-assoc/pages/register/index': ['association', ''],
    'pkg-assoc/pages/member/index': ['association', `id=${ids.member}`],
    'pkg-assoc/pages/add/index': ['association', ''],
    'pkg-assoc/pages/evidence/index': ['association', `memberId=${ids.member}`],
    'pkg-assoc/pages/figures/index': ['association', ''],
    'pkg-assoc/pages/bundle/index': ['association', ''],
    'pkg-charts/pages/member-trend/index': ['association', ''],
    'pkg-charts/pages/participant-trend/index': ['province', 'orgId=OG000002'],
    'pkg-apply/pages/report/index': ['enterprise', ''],
    'pkg-review/pages/reports/index': ['province', ''],
  }
  const unplanned = pages.filter((p) => !plan[p])
  check(
    `every page of app.json has a smoke render planned`,
    unplanned.length === 0,
    unplanned.length ? `add to smokeEveryPage: ${unplanned.join(', ')}` : `${pages.length} pages`,
  )
  for (const role of Object.keys(PHONES)) {
    const mine = pages.filter((p) => plan[p]?.[0] === role)
    if (!mine.length) continue
    const session = sessions[role]
    const storage = { [key]: JSON.stringify({ state: { session, lastPhone: session.user?.phone || '' }, version: 1 }) }
    const r = await run(
      process.execPath,
      [
        path.join(path.dirname(fileURLToPath(import.meta.url)), 'smoke.cjs'),
        DIST,
        ...mine.map((p) => (plan[p][1] ? `${p}?${plan[p][1]}` : p)),
      ],
      { env: { ...env, SMOKE_STORAGE: JSON.stringify(storage) }, quiet: true },
    )
    const reports = r.out
      .split('\n')
      .filter((l) => l.startsWith('SMOKE '))
      .map((l) => JSON.parse(l.slice(6)))
    for (const p of mine) {
      const rep = reports.find((x) => x.page.split('?')[0] === p)
      const name = `smoke ${p} as ${role} renders`
      if (!rep) {
        check(name, false, `no report; output:\n${r.out.split('\n').slice(-15).join('\n')}`)
        continue
      }
      const toLogin = p !== 'pages/login/index' && rep.calls.some((c) => /^(reLaunch|redirectTo|navigateTo) .*login/.test(c))
      const ok = rep.ok && /[\u4e00-\u9fff]/.test(rep.text) && !toLogin
      check(
        name,
        ok,
        `${rep.ms} ms: "${rep.text.slice(0, 70)}"${rep.error ? `\n      error: ${rep.error}` : ''}${toLogin ? '\n      sent a signed-in user to sign-in' : ''}`,
      )
      if (p.startsWith('pkg-charts/')) checkCharts(p, rep)
    }
  }
}

/** the chart colours by series index, read from src/pkg-charts/components/chart-data.ts (SERIES_COLORS) */
/** The x labels a chart draws: all categories up to MAX_AXIS_LABELS (read from chart-data.ts), else every k-th. */
function labelledCategories(all) {
  const src = fs.readFileSync(path.join(ROOT, 'src', 'pkg-charts', 'components', 'chart-data.ts'), 'utf8')
  const max = Number(src.match(/MAX_AXIS_LABELS\s*=\s*(\d+)/)?.[1] ?? Infinity)
  if (all.length <= max) return all
  const step = Math.ceil((all.length - 1) / (max - 1))
  return all.filter((_, i) => i % step === 0)
}

function seriesColors() {
  const src = fs.readFileSync(path.join(ROOT, 'src', 'pkg-charts', 'components', 'chart-data.ts'), 'utf8')
  const m = src.match(/SERIES_COLORS\s*=\s*\[([^\]]*)\]/)
  return m ? [...m[1].matchAll(/'([^']+)'/g)].map((x) => x[1]) : []
}

/**
 * A chart page drew for real: every TrendChart found its canvas and drew on its 2D context (smoke.cjs records
 * the calls), with an axis label for each category of the table beside it (every k-th when there are many), a legend entry per series, and
 * per series one bar per figure, each as tall as its figure (same scale for all), or a line through one
 * point per figure.
 */
function checkCharts(page, rep) {
  const charts = rep.charts || []
  const colors = seriesColors()
  check(
    `${page}: ${charts.length} chart(s), each drawn on a 2D canvas beside its table of figures`,
    charts.length > 0 && charts.every((c) => c.canvas && !c.state && c.table.length > 1),
    charts
      .filter((c) => !c.canvas || c.state || c.table.length <= 1)
      .map((c) => `#${c.id}: ${c.state || (c.table.length <= 1 ? 'no table' : 'no canvas')}`)
      .join('; '),
  )
  const figure = (cell) => (cell === '—' || cell === undefined ? null : Number(String(cell).replace(/,/g, '')))
  for (const c of charts) {
    if (!c.canvas || c.table.length <= 1) continue
    const [head, ...rows] = c.table
    const series = head.slice(1)
    const bar = /^柱状图/.test(c.caption || '')
    const { texts, bars, dots, strokes } = c.canvas
    const problems = []
    const unlabelled = labelledCategories(rows.map((r) => r[0])).filter((x) => !texts.includes(x))
    if (unlabelled.length) problems.push(`no axis label for ${unlabelled.join(', ')}`)
    if (series.length > 1) {
      const names = series.map((h) => h.replace(/（[^）]*）$/, ''))
      const unnamed = names.filter((n) => !texts.includes(n))
      if (unnamed.length) problems.push(`no legend entry for ${unnamed.join(', ')}`)
    }
    series.forEach((name, i) => {
      const color = colors[i % colors.length]
      const figures = rows.map((r) => figure(r[i + 1])).filter((v) => v !== null && Number.isFinite(v))
      if (bar) {
        const heights = bars[color] || []
        if (heights.length !== figures.length) return problems.push(`${name}: ${heights.length} bars for ${figures.length} figures`)
        const top = Math.max(...figures)
        const k = top > 0 ? Math.max(...heights) / top : 0
        const off = figures.findIndex((v, j) => Math.abs(heights[j] - k * v) > 0.5 + 0.01 * k * top)
        if (off >= 0 || (top > 0 && k <= 0))
          problems.push(`${name}: bar heights ${heights.map((h) => h.toFixed(1)).join('/')} not in proportion to ${figures.join('/')}`)
      } else {
        const points = (dots[color] || 0) - (series.length > 1 ? 1 : 0) // a legend marker is a dot too
        if (points !== figures.length) problems.push(`${name}: ${points} points for ${figures.length} figures`)
        if (figures.length > 1 && !(strokes[color] >= 1)) problems.push(`${name}: no line stroked in ${color}`)
      }
    })
    const n = rows.length
    check(
      `${page} chart #${c.id}: ${bar ? 'bars' : 'lines'} for the ${series.length} × ${n} figures of its table (${series.join('、')})`,
      problems.length === 0,
      problems.join('; '),
    )
  }
}

async function signInApi(api, phone) {
  await fetch(`${api}/auth/sms-code`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ phone }),
  }).catch(() => {})
  const res = await fetch(`${api}/auth/login/phone`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ phone, code: '246810' }),
  })
  return res.json().catch(() => ({}))
}

/** the persisted session store's key, read from src/shared/session.ts (zustand persist `name`) */
function sessionStorageKey() {
  try {
    const m = fs.readFileSync(path.join(ROOT, 'src', 'shared', 'session.ts'), 'utf8').match(/persist\([\s\S]*?name:\s*['"]([^'"]+)['"]/)
    if (m) return m[1]
  } catch {}
  return 'qqbc.session'
}

function readEnvVar(name) {
  for (const f of ['.env.production', '.env']) {
    try {
      const m = fs.readFileSync(path.join(ROOT, f), 'utf8').match(new RegExp(`^${name}=(.*)$`, 'm'))
      if (m) return m[1].trim().replace(/^['"]|['"]$/g, '')
    } catch {}
  }
  return ''
}

function finish(t0) {
  const passed = results.filter((r) => r.ok).length
  const failed = results.length - passed
  const extra = Object.entries(timings)
    .map(([k, v]) => `${k} ${sec(v)}`)
    .join(', ')
  console.log(`\n[weapp] done in ${sec(Date.now() - t0)}${extra ? ` (${extra})` : ''}`)
  if (failed) for (const r of results.filter((x) => !x.ok)) console.log(`  FAILED: ${r.name}`)
  console.log(`weapp checks: ${passed} passed, ${failed} failed`)
  process.exitCode = failed ? 1 : 0
}

main().catch((e) => {
  console.error(e)
  results.push({ name: 'weapp check crashed', ok: false })
  finish(Date.now())
})
