// Issue 10 in Chromium (H5 build + mock): the demo enterprise sees its renewal alert with the right last day
// (computed here from the domain's deadline rules and the seeded mark), asks its station from the alert (a
// booking prefilled with the alert) and submits it; the station's staff see the request and the client's open
// alert and send an advisory note; the enterprise reads the note on the alert. Then the same screens at 1.4×
// text, and the feed at 10,000 alerts (a second mock seeded with MOCK_DEMO_ALERTS): it scrolls and pages
// without rendering every row. Screenshots of every step.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { tsImport } from 'tsx/esm/api'
import { startMock } from '../setup/mock-server.mjs'
import { launch, newPhone, signIn, shot, waitForText, assertNoPageErrors, url, button, BASE_URL } from './lib.mjs'

const { currentTermEnd } = await tsImport('../../src/domain/deadlines.ts', import.meta.url)

let browser
let ent
let staff
const state = {} // { alertId, lastDay, bookingId }
const NOTE = '建议本月内提交续展申请，材料可带到站里核对，我们协助网上办理。'

before(async () => {
  browser = await launch()
  ent = await newPhone(browser)
  staff = await newPhone(browser)
})
after(async () => {
  await ent?.context.close()
  await staff?.context.close()
  await browser?.close()
})

/** The kind filter answers asynchronously: wait until every row in view is a renewal alert before picking one
 * (a row of the unfiltered list may name the same mark and day, e.g. its 撤三 or near-mark alert). */
async function onlyRenewalRows(page) {
  await page.waitForFunction(() => {
    const rows = Array.from(document.querySelectorAll('[data-testid="alert-row"]'))
    return rows.length > 0 && rows.every((r) => r.textContent.includes('可办理续展'))
  })
}

async function guarded(p, name, fn) {
  try {
    await fn()
  } catch (e) {
    await shot(p.page, `FAILED-monitor-${name}`).catch(() => {})
    throw e
  }
}

/** GET on the API as a demo account (its own session, beside the browser's) */
async function apiAs(phone, path) {
  const login = await fetch(`${BASE_URL}/api/auth/login/phone`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ phone, code: '246810' }),
  })
  const { token } = await login.json()
  const res = await fetch(`${BASE_URL}/api${path}`, { headers: { authorization: `Bearer ${token}` } })
  return { status: res.status, body: await res.json() }
}

/** the feed's rows in the DOM (the virtual list renders only those near the view) */
const rowCount = (page) => page.locator('[data-testid="alert-row"]').count()

test('enterprise: the renewal alert shows the right last day; 咨询我的指导站 books the station with the alert prefilled', async () => {
  const { page } = ent
  await guarded(ent, 'enterprise', async () => {
    const { home } = await signIn(page, 'enterprise')
    // the expected last day from the seeded mark and the domain's term rule (registration + 10 years, day before)
    const portfolio = await apiAs('13800000001', '/orgs/OG000001/portfolio')
    assert.equal(portfolio.status, 200)
    const brand = portfolio.body.marks.find((m) => m.name === '闽江源')
    const lastDay = currentTermEnd(brand.registeredOn, portfolio.body.today)
    state.lastDay = lastDay
    // the home's alert rows (the nearest last days) name each last day once
    const homeRows = await page.locator('[data-testid="home-alerts"] .home-line').allInnerTexts()
    const shown = home.alerts.slice(0, homeRows.length)
    assert.ok(shown.some((a) => a.deadline))
    shown.forEach((a, i) => {
      if (a.deadline) assert.equal(homeRows[i].split(a.deadline).length - 1, 1, `home row shows ${a.deadline} once: ${homeRows[i]}`)
    })
    await shot(page, 'monitor-1-home')

    await page.goto(url('pkg-me/pages/alerts/index'))
    await page.locator('[data-testid="alert-row"]').first().waitFor()
    await page
      .locator('[role="tab"]')
      .filter({ hasText: /^可办理续展$/ })
      .click()
    await onlyRenewalRows(page)
    const row = page.locator('[data-testid="alert-row"]').filter({ hasText: '「闽江源」' }).first()
    await row.waitFor()
    state.alertId = await row.getAttribute('data-id')
    assert.ok((await row.innerText()).includes(lastDay), 'the row names the last day')
    await shot(page, 'monitor-2-alert-feed')
    await row.click()
    const sheet = page.locator('[data-testid="alert-sheet"]')
    await sheet.waitFor()
    const sheetText = await sheet.innerText()
    assert.ok(sheetText.includes(`截止日期 ${lastDay}`), `the detail shows 截止日期 ${lastDay}`)
    assert.ok(!sheetText.includes(`${lastDay}（暂定）`), 'a term end is a fixed date, never 暂定')
    assert.match(sheetText, /商标法第四十条/)
    await shot(page, 'monitor-3-alert-detail')

    await button(page, '咨询我的指导站').click()
    await page.waitForURL(/pkg-station\/pages\/book\/index/)
    await waitForText(page, ['第 1/4 步'])
    await page.locator('[data-testid="day"]:not(.bk-cell--off)').first().click()
    await waitForText(page, ['第 2/4 步'])
    await page.locator('[data-testid="slot"]:not(.bk-cell--off)').first().click()
    await waitForText(page, ['第 3/4 步', '咨询主题'])
    // prefilled from the alert: topic 风险预警应对 and the alert as the description
    const picked = page.locator('[data-testid="topic-picker"] [data-value="risk"]')
    assert.equal(await picked.getAttribute('aria-checked'), 'true', 'topic 风险预警应对 is chosen')
    const description = await page.locator('[data-testid="description"] textarea').inputValue()
    assert.ok(description.includes('关于风险提醒：'), description)
    assert.ok(description.includes(`截止日期：${lastDay}`), description)
    await shot(page, 'monitor-4-booking-prefilled')
    await button(page, '下一步').click()
    await waitForText(page, ['第 4/4 步', '请核对预约信息', '风险预警应对'])
    const created = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/bookings' && r.request().method() === 'POST')
    await page.locator('[data-testid="confirm-booking"]').click()
    const res = await created
    assert.equal(res.status(), 201)
    state.bookingId = (await res.json()).id
    await page.waitForURL(/pkg-station\/pages\/voucher\/index/)
    await waitForText(page, ['预约码', '风险预警应对', '关于风险提醒'])
    await shot(page, 'monitor-5-booking-submitted')

    // alert settings: every kind with its switch; turning one on is kept (H5: in-app notices only)
    await page.goto('about:blank')
    await page.goto(url('pkg-me/pages/alerts/index'))
    await page.locator('.alert-feed__settings').click()
    await page.waitForURL(/pkg-me\/pages\/alert-settings\/index/)
    const renewal = page.locator('[data-testid="alert-setting-renewal_due"]')
    await renewal.waitFor()
    assert.equal(await page.locator('[data-testid^="alert-setting-"]').count(), 11)
    const saved = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/alert-settings' && r.request().method() === 'PUT')
    await renewal.locator('.nut-switch').click()
    const put = await saved
    assert.equal(put.status(), 200)
    assert.ok((await put.json()).kinds.find((k) => k.kind === 'renewal_due').enabled)
    await shot(page, 'monitor-5b-alert-settings')
  })
  assertNoPageErrors(ent.errors, 'enterprise')
})

test('staff: the request and the client’s open alert; an advisory note sent', async () => {
  assert.ok(state.bookingId && state.alertId, 'needs the previous step')
  const { page } = staff
  await guarded(staff, 'staff', async () => {
    await signIn(page, 'staff')
    await page.goto(url('pkg-staff/pages/bookings/index?scope=upcoming'))
    const card = page.locator(`[data-testid="booking-card"][data-id="${state.bookingId}"]`)
    await card.waitFor()
    assert.match(await card.innerText(), /风险预警应对/)
    await shot(page, 'monitor-6-staff-request')

    await page.goto(url('pkg-me/pages/alerts/index'))
    await page.locator('[data-testid="alert-row"]').first().waitFor()
    await page
      .locator('[role="tab"]')
      .filter({ hasText: /^可办理续展$/ })
      .click()
    await onlyRenewalRows(page)
    const row = page.locator(`[data-testid="alert-row"][data-id="${state.alertId}"]`)
    await row.waitFor()
    assert.match(await row.innerText(), /客户：福州闽江源食品有限公司/)
    await shot(page, 'monitor-7-staff-client-alerts')
    await row.click()
    const sheet = page.locator('[data-testid="alert-sheet"]')
    await sheet.waitFor()
    assert.ok((await sheet.innerText()).includes(state.lastDay))
    await sheet.locator('.alert-card__note textarea').fill(NOTE)
    const sent = page.waitForResponse((r) => new URL(r.url()).pathname === `/api/alerts/${state.alertId}/advice`)
    await button(page, '发送指导意见').click()
    assert.equal((await sent).status(), 200)
    await sheet.locator('.alert-card__advisory').waitFor()
    await shot(page, 'monitor-8-staff-note-sent')
  })
  assertNoPageErrors(staff.errors, 'staff')
})

test('enterprise reads the station’s note on the alert (and at 1.4× text)', async () => {
  assert.ok(state.alertId, 'needs the previous steps')
  const { page } = ent
  await guarded(ent, 'read-note', async () => {
    // a fresh load, as a notice link would open it (not the alerts page still in this tab's page stack)
    await page.goto('about:blank')
    await page.goto(url(`pkg-me/pages/alerts/index?id=${state.alertId}`))
    const sheet = page.locator('[data-testid="alert-sheet"]')
    await sheet.waitFor()
    await waitForText(page, ['福州市鼓楼区商标品牌指导站的指导意见', NOTE])
    await shot(page, 'monitor-9-enterprise-reads-note')
  })
  const large = await newPhone(browser)
  try {
    const cdp = await large.page.context().newCDPSession(large.page)
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 23, fixed: 18 } })
    await signIn(large.page, 'enterprise')
    await large.page.goto(url('pkg-me/pages/alerts/index'))
    await large.page.locator('[data-testid="alert-row"]').first().waitFor()
    // fixed-height rows: nothing clipped at large text
    const clipped = await large.page
      .locator('.alert-row__card')
      .evaluateAll((els) => els.filter((e) => e.scrollHeight > e.clientHeight + 1).length)
    assert.equal(clipped, 0, `${clipped} alert rows clip their content at 1.4× text`)
    await shot(large.page, 'monitor-10-large-text-feed')
    await large.page.goto('about:blank')
    await large.page.goto(url(`pkg-me/pages/alerts/index?id=${state.alertId}`))
    await large.page.locator('[data-testid="alert-sheet"] .alert-card__advisory').waitFor()
    await shot(large.page, 'monitor-11-large-text-detail')
    assertNoPageErrors(large.errors, 'large text')
  } finally {
    await large.context.close()
  }
  assertNoPageErrors(ent.errors, 'read note')
})

test('10,000 alerts for one organisation: the feed scrolls and pages, rendering only the rows in view', async () => {
  const big = await startMock({
    serveH5: true,
    name: 'mock-e2e-10k',
    env: { MOCK_DEMO_ALERTS: '10000', MOCK_NOW: process.env.E2E_MOCK_NOW || '2026-11-24T02:00:00.000Z' },
    timeoutMs: 240_000,
  })
  const phone = await newPhone(browser)
  try {
    await guarded(phone, '10k', () => tenThousand(phone, big))
    assertNoPageErrors(phone.errors, '10k')
  } finally {
    await phone.context.close()
    await big.stop()
  }
})

async function tenThousand(phone, big) {
  {
    const { page } = phone
    const at = (route) => `${big.base}/#/${route}`
    await page.goto(at('pages/login/index'))
    await page.locator('input[placeholder*="手机号"]').fill('13800000001')
    await page.locator('input[placeholder*="验证码"]').fill('246810')
    await button(page, '登录').click()
    await page.waitForURL(/pages\/home\/index/)
    const firstPage = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/alerts' && r.request().method() === 'GET')
    await page.goto('about:blank')
    await page.goto(at('pkg-me/pages/alerts/index'))
    const res = await firstPage
    const body = await res.json()
    assert.ok(body.total >= 10_000, `total ${body.total}`)
    assert.equal(body.items.length, 50)
    await page.locator('[data-testid="alert-row"]').first().waitFor()
    const total = Number(await page.locator('[data-testid="alert-count"]').getAttribute('data-total'))
    assert.ok(total >= 10_000)
    const initialRows = await rowCount(page)
    assert.ok(initialRows > 0 && initialRows < 30, `${initialRows} rows in the DOM at first`)
    await shot(page, 'monitor-12-10k-top')
    // scroll to the end of what is loaded, again and again: each time the next page is fetched
    const scroller = page.locator('.alert-vlist .nut-virtuallist')
    let pages = 1
    for (let i = 0; i < 4; i++) {
      const next = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/alerts' && /cursor=o\d+/.test(r.url()), {
        timeout: 15_000,
      })
      await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }))
      await scroller.dispatchEvent('scroll')
      const r = await next
      assert.equal(r.status(), 200)
      pages++
      await page.waitForTimeout(400)
      const rows = await rowCount(page)
      assert.ok(rows < 30, `${rows} rows in the DOM after ${pages} pages`)
    }
    const loaded = await page.evaluate(
      () => document.querySelector('.alert-vlist .nut-virtuallist-phantom')?.getBoundingClientRect().height ?? 0,
    )
    const rowH = await page
      .locator('[data-testid="alert-row"]')
      .first()
      .evaluate((e) => e.getBoundingClientRect().height)
    assert.ok(loaded / rowH >= 50 * pages - 1, `the list spans ${Math.round(loaded / rowH)} rows after ${pages} pages`)
    console.log(`[10k] total ${total}, ${pages} pages loaded (${Math.round(loaded / rowH)} rows), ${await rowCount(page)} rows in the DOM`)
    await shot(page, 'monitor-13-10k-scrolled')
  }
}
