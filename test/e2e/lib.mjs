// Helpers for the H5 end-to-end scenarios (test/e2e/*.e2e.mjs, run by test/e2e/run.mjs with node --test).
// Debian Chromium driven by playwright-core, a 375×812 phone context, sign-in through the real login page,
// screenshots into test/artifacts/screenshots/, and page errors collected so a scenario fails on them.
import fs from 'node:fs'
import path from 'node:path'
import assert from 'node:assert/strict'
import { chromium } from 'playwright-core'
import { ARTIFACTS } from '../setup/proc.mjs'

/** base URL of the H5 build served by the mock (set by run.mjs) */
export const BASE_URL = (process.env.E2E_BASE_URL || 'http://127.0.0.1:3100').replace(/\/$/, '')
export const SCREENSHOTS = path.join(ARTIFACTS, 'screenshots')
export const DEV_SMS_CODE = '246810'

// Direct API calls for test set-up and for reading what the server holds (the screens are what the tests drive)
const API = process.env.E2E_API_URL || `${BASE_URL}/api`
/** a bearer token for a demo phone, signed in through the real endpoint */
export async function apiToken(phone) {
  return (await apiSession(phone)).token
}
export const apiGet = async (token, p) => (await fetch(`${API}${p}`, { headers: { authorization: `Bearer ${token}` } })).json()

/** the five demo accounts (CONVENTIONS), and a second enterprise of the same province */
export const DEMO = {
  enterprise: '13800000001',
  association: '13800000002',
  staff: '13800000003',
  province: '13800000004',
  national: '13800000005',
  enterprise2: '13800000006',
}

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--lang=zh-CN',
]

/**
 * What the helpers below spend, appended per call to E2E_TIMING_FILE (set by run.mjs, which sums it per
 * file): sign-ins, screenshots, fixed waits (page.waitForTimeout) and page loads.
 */
export function timing(kind, ms) {
  if (!process.env.E2E_TIMING_FILE) return
  fs.appendFileSync(process.env.E2E_TIMING_FILE, `${JSON.stringify({ file: process.env.E2E_FILE || '', kind, ms })}\n`)
}
/** count a page's fixed waits and navigations (reloads included) */
function instrument(page) {
  for (const [name, kind] of [
    ['waitForTimeout', 'sleep'],
    ['goto', 'goto'],
    ['reload', 'goto'],
  ]) {
    const original = page[name].bind(page)
    page[name] = async (...args) => {
      const t = Date.now()
      try {
        return await original(...args)
      } finally {
        timing(kind, Date.now() - t)
      }
    }
  }
  return page
}

export async function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true })
}

/**
 * A fresh phone-sized context (own storage, so each sign-in starts signed out). The app's service worker
 * is blocked unless asked for (`{ serviceWorkers: 'allow' }`, the offline test): on install it downloads
 * every built file again in each new context, work no other scenario looks at.
 */
export async function newPhone(browser, { serviceWorkers = 'block' } = {}) {
  const context = await browser.newContext({
    serviceWorkers,
    viewport: { width: 375, height: 812 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    userAgent:
      'Mozilla/5.0 (iPhone; CPU iPhone OS 16_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.0 Mobile/15E148 Safari/604.1',
  })
  // generous: a 2-core machine busy with builds can take >15 s to boot the H5 bundle
  context.setDefaultTimeout(30_000)
  const page = instrument(await context.newPage())
  const errors = collectErrors(page)
  return { context, page, errors }
}

/**
 * Records uncaught page errors and console errors. Failed resource loads (a 401 the app handles, …)
 * are logged by Chromium as console errors too; they are kept apart in `network` and do not fail a test.
 */
export function collectErrors(page) {
  const errors = { page: [], console: [], network: [] }
  page.on('pageerror', (e) => errors.page.push(String(e && e.stack ? e.stack.split('\n').slice(0, 3).join(' | ') : e)))
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return
    const text = msg.text()
    if (/Failed to load resource/.test(text)) errors.network.push(`${text} ${msg.location()?.url || ''}`)
    else errors.console.push(text)
  })
  return errors
}

export function assertNoPageErrors(errors, label = '') {
  const all = [...errors.page.map((e) => `pageerror: ${e}`), ...errors.console.map((e) => `console.error: ${e}`)]
  assert.deepEqual(all, [], `${label} page errors:\n${all.join('\n')}`)
}

/** Screenshot of the whole page → test/artifacts/screenshots/<name>.png; returns the path. */
export async function shot(page, name) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true })
  const file = path.join(SCREENSHOTS, `${name.replace(/[^\w.-]+/g, '_')}.png`)
  const t = Date.now()
  // CSS pixels (375 wide, a quarter of the device pixels to encode) with animations run to their end, so a
  // screenshot needs no wait for a page transition or a toast to settle first
  await page.screenshot({ path: file, fullPage: true, scale: 'css', animations: 'disabled' })
  timing('shot', Date.now() - t)
  return file
}

export const url = (route = '') => `${BASE_URL}/#/${route.replace(/^\//, '')}`

/**
 * Sign in as a demo role and wait for the home page's /api/home answer. Returns {home, ms} with the parsed
 * home body. By default the session comes from the real login endpoint and is put where the app keeps it
 * (what the login page does after 登录), so the page boots once, straight onto the home; `{ form: true }`
 * types phone + code into the H5 login page instead (the tests about signing in use that).
 */
export async function signIn(page, role, { form = false } = {}) {
  const phone = DEMO[role]
  assert.ok(phone, `unknown role ${role}`)
  const started = Date.now()
  const homeResponse = () =>
    page.waitForResponse((r) => new URL(r.url()).pathname === '/api/home' && r.request().method() === 'GET', { timeout: 30_000 })
  let res
  if (form) {
    await page.goto(url('pages/login/index'))
    await fillLogin(page, phone, DEV_SMS_CODE)
    const answer = homeResponse()
    await button(page, '登录').click()
    res = await answer
  } else {
    await putSession(page, await apiSession(phone))
    const answer = homeResponse()
    await page.goto(url('pages/home/index'))
    res = await answer
  }
  assert.equal(res.status(), 200, `GET /api/home after signing in as ${role} answered ${res.status()}`)
  const home = await res.json()
  await page.waitForURL(/pages\/home\/index/)
  timing(form ? 'signInForm' : 'signIn', Date.now() - started)
  return { home, ms: Date.now() - started }
}

/** POST /auth/login/phone for a demo phone: the Session body the login page stores */
async function apiSession(phone) {
  const r = await fetch(`${API}/auth/login/phone`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ phone, code: DEV_SMS_CODE }),
  })
  const session = await r.json()
  assert.equal(r.status, 200, `sign-in of ${phone} through the API: ${JSON.stringify(session)}`)
  return session
}

/**
 * Store a session the way the app does (src/shared/session.ts: zustand persist, key `qqbc.session`,
 * version 1, over Taro's H5 storage, which keeps `{data: <string>}` in localStorage), for the next
 * document of this page only: an init script guarded by a one-time sessionStorage mark (sessionStorage
 * lives as long as the tab), so a later reload or a sign-out in the test is not undone. A page already on
 * the app goes to about:blank first, because a hash change alone loads no new document.
 */
async function putSession(page, session) {
  const mark = `e2e-session-${Math.random().toString(36).slice(2)}`
  const value = JSON.stringify({ data: JSON.stringify({ state: { session, lastPhone: session.user.phone }, version: 1 }) })
  await page.context().addInitScript(
    ([mark, value]) => {
      if (location.protocol === 'about:' || sessionStorage.getItem(mark)) return
      sessionStorage.setItem(mark, '1')
      localStorage.setItem('qqbc.session', value)
    },
    [mark, value],
  )
  if (page.url().startsWith(BASE_URL)) await page.goto('about:blank')
}

/** A NutUI button by its exact text (the navigation bar may carry the same words). */
export function button(page, text) {
  const esc = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return page
    .locator('.nut-button')
    .filter({ hasText: new RegExp(`^\\s*${esc}\\s*$`) })
    .first()
}

/**
 * The native text control (<input>/<textarea>) of a field by its data-testid: Taro's HTML <Input> is the <input>
 * itself, so the test id lands on it, while wrappers (NutUI's search bar, our Field) carry it around the control.
 */
export function control(page, testId) {
  const id = `[data-testid="${testId}"]`
  return page.locator(`${id} input, input${id}, ${id} textarea, textarea${id}`).first()
}

/** Fill the H5 login form (placeholders are on the native <input>). */
export async function fillLogin(page, phone, code) {
  const phoneInput = page.locator('input[placeholder*="手机号"]')
  await phoneInput.waitFor()
  await phoneInput.fill(phone)
  await page.locator('input[placeholder*="验证码"]').fill(code)
}

/**
 * Wait until at least `min` canvases are drawn (each with > 500 painted pixels) and stopped changing (the
 * same pixel counts 120 ms apart: F2's entry animation is over); with `differentFrom` (an earlier answer)
 * also until they differ from that drawing. Returns [{w, h, ink}] per canvas.
 */
export async function chartsDrawn(page, min = 1, { differentFrom, timeout = 15_000 } = {}) {
  const measure = () =>
    page.evaluate(() =>
      Array.from(document.querySelectorAll('canvas')).map((c) => {
        const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height)
        let ink = 0
        for (let i = 3; i < data.length; i += 4) if (data[i] > 0) ink++
        return { w: c.width, h: c.height, ink }
      }),
    )
  const same = (a, b) => !!a && !!b && JSON.stringify(a) === JSON.stringify(b)
  const deadline = Date.now() + timeout
  let last = null
  for (;;) {
    const now = await measure()
    const ready = now.length >= min && now.every((d) => d.ink > 500) && !same(now, differentFrom)
    if (ready && same(now, last)) return now
    if (Date.now() > deadline) return now
    last = now
    await new Promise((r) => setTimeout(r, 120))
  }
}

/** Visible text of the page, whitespace collapsed. */
export async function pageText(page) {
  return (await page.locator('body').innerText()).replace(/\s+/g, ' ')
}

/** Wait until the page's visible text contains every string given. */
export async function waitForText(page, texts, timeout = 15_000) {
  const list = (Array.isArray(texts) ? texts : [texts]).filter(Boolean).map(String)
  const deadline = Date.now() + timeout
  let text = ''
  while (Date.now() < deadline) {
    text = await pageText(page)
    if (list.every((t) => text.includes(t))) return text
    await page.waitForTimeout(150)
  }
  const missing = list.filter((t) => !text.includes(t))
  assert.fail(`page text lacks ${JSON.stringify(missing)}; it shows: ${text.slice(0, 400)}`)
}
