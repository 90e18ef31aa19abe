// Issue 9 — fast, accessible and calm on a real phone: the new-user items that show in the browser,
// care mode / large text, and the offline app shell. Screenshots at 375×812, at standard text and at
// large text (the browser's default font size raised to 1.4×+, which the app follows).
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import {
  launch,
  newPhone,
  signIn,
  shot,
  waitForText,
  assertNoPageErrors,
  url,
  pageText,
  button,
  BASE_URL,
  apiGet,
  apiToken,
  control,
} from './lib.mjs'

const API = process.env.E2E_API_URL || `${BASE_URL}/api`
let browser
before(async () => {
  browser = await launch()
})
after(async () => {
  await browser?.close()
})

/** raise the browser's default text size (what a phone's large-font setting does to a web page) */
async function largeText(page, px = 23) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: px, fixed: Math.round(px * 0.8) } })
}

/** elements matching `selector` with a box shorter than 44 css px: [{text, h}] */
async function shortTargets(page, selector) {
  return page.locator(selector).evaluateAll((els) =>
    els
      .filter((e) => e.offsetParent !== null)
      .map((e) => ({ text: (e.textContent || '').trim().slice(0, 12), h: Math.round(e.getBoundingClientRect().height) }))
      .filter((x) => x.h < 44),
  )
}

async function noHorizontalOverflow(page, label) {
  const w = await page.evaluate(() => document.documentElement.scrollWidth)
  assert.ok(w <= 376, `${label}: page is ${w}px wide on a 375px screen (something does not wrap)`)
}

test('items 4, 5, 11, 12: enterprise home — services above the fold, 44 px targets, titles fit, pages open at the top', async () => {
  const { context, page, errors } = await newPhone(browser)
  try {
    const { home } = await signIn(page, 'enterprise')
    await waitForText(page, [home.orgName, '查找指导站'])
    // 11: 查找指导站 within the first screen
    const find = page.locator('.home-action').filter({ hasText: '查找指导站' }).first()
    const box = await find.boundingBox()
    assert.ok(box && box.y + box.height <= 812, `查找指导站 ends at y=${box && Math.round(box.y + box.height)}, below the fold`)
    // 12: 退出, 全部, 我的预约, the care switch
    const short = await shortTargets(page, '.home-hero__out, .home-hero__care, .ui-card__extra')
    assert.deepEqual(short, [], `tap targets under 44 px: ${JSON.stringify(short)}`)
    await shot(page, 'phone-home-enterprise')
    // 5: open a page from the scrolled home: it opens at the top, its header below the navigation bar
    // (H5 pages scroll inside their own element; the window itself must not scroll under the sticky bar)
    await page.evaluate(() => {
      document.querySelector('.taro_page_show')?.scrollTo(0, 99999)
      window.scrollTo(0, 99999)
    })
    await page.waitForTimeout(200)
    assert.equal(await page.evaluate(() => Math.round(window.scrollY)), 0, 'the document scrolls under the navigation bar')
    await find.click()
    await page.waitForURL(/directory/)
    await waitForText(page, ['指导站'])
    // the page slides in (Taro's page transition) and the previous page is marked hidden a moment later:
    // measure until the transition has settled (at most 3 s), then assert
    const measure = () =>
      page.evaluate(() => ({
        win: Math.round(window.scrollY),
        // the opened page: pages below it in the stack keep .taro_page_show but are hidden (.taro_page_shade)
        page: Math.round(document.querySelector('.taro_page_show:not(.taro_page_shade)')?.scrollTop ?? -1),
        bar: Math.round(document.querySelector('.taro-navigation-bar-show')?.getBoundingClientRect().bottom ?? 0),
        head: Math.round(document.querySelector('.taro_page_show:not(.taro_page_shade) .ui-page')?.getBoundingClientRect().top ?? -1),
      }))
    let top = await measure()
    for (let i = 0; i < 15 && !(top.win === 0 && top.page === 0 && top.head >= top.bar); i++) {
      await page.waitForTimeout(200)
      top = await measure()
    }
    assert.ok(top.win === 0 && top.page === 0 && top.head >= top.bar, `the directory opened scrolled: ${JSON.stringify(top)}`)
    // 4: the navigation bar title is not cut
    const title = page.locator('.taro-navigation-bar-title')
    const fit = await title.evaluate((e) => ({ text: e.textContent, over: e.scrollWidth - e.clientWidth }))
    assert.ok(fit.text && fit.text.length >= 5 && fit.over <= 0, `nav-bar title "${fit.text}" overflows by ${fit.over}px`)
    // 12: topic chips
    const chips = await shortTargets(page, '[data-testid="topic-chips"] .ui-choice__item')
    assert.deepEqual(chips, [], `topic chips under 44 px: ${JSON.stringify(chips)}`)
    await shot(page, 'phone-directory')
    assertNoPageErrors(errors, 'home/directory')
  } catch (e) {
    await shot(page, 'FAILED-phone-home').catch(() => {})
    throw e
  } finally {
    await context.close()
  }
})

test('item 12: 获取验证码 and the alert tabs are 44 px tall', async () => {
  const { context, page, errors } = await newPhone(browser)
  try {
    await page.goto(url('pages/login/index'))
    await waitForText(page, ['获取验证码'])
    const sms = await button(page, '获取验证码').boundingBox()
    assert.ok(sms && sms.height >= 44, `获取验证码 is ${sms && Math.round(sms.height)} px tall`)
    await signIn(page, 'enterprise')
    await page.goto(url('pkg-me/pages/alerts/index'))
    await waitForText(page, ['待处理', '已处理'])
    const tabs = await shortTargets(page, '[role="tab"]')
    assert.deepEqual(tabs, [], `alert tabs under 44 px: ${JSON.stringify(tabs)}`)
    assertNoPageErrors(errors, 'login/alerts')
  } finally {
    await context.close()
  }
})

test('item 14: days left agree between home and alerts on a device outside China', async () => {
  // a phone on Los Angeles time: its calendar day differs from Beijing's for 8–16 hours a day
  const context = await browser.newContext({
    viewport: { width: 375, height: 812 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'America/Los_Angeles',
  })
  context.setDefaultTimeout(30_000)
  const page = await context.newPage()
  try {
    const { home } = await signIn(page, 'enterprise')
    const token = await apiToken('13800000001')
    const list = await apiGet(token, '/alerts')
    const alert = list.items.find((a) => a.deadline && a.daysLeft !== undefined && home.alerts.some((h) => h.id === a.id))
    assert.ok(alert, 'an alert with a deadline on both the home and the list')
    const label = alert.daysLeft > 0 ? `剩余 ${alert.daysLeft} 天` : alert.daysLeft === 0 ? '今天截止' : `已逾期 ${-alert.daysLeft} 天`
    const row = page
      .locator('[data-testid="home-alerts"] .home-line')
      .filter({ hasText: alert.title.slice(0, 10) })
      .first()
    await row.waitFor()
    const text = (await row.innerText()).replace(/\s+/g, ' ')
    assert.ok(text.includes(label), `home says "${text}", the server's list says ${label}`)
  } finally {
    await context.close()
  }
})

test('items 1, 13: staff types the code as the voucher shows it; destructive confirm is red', async () => {
  const { context, page, errors } = await newPhone(browser)
  try {
    await signIn(page, 'staff')
    const token = await apiToken('13800000003')
    const upcoming = await apiGet(token, '/staff/bookings?scope=upcoming')
    const b = (upcoming.items || upcoming).find((x) => x.status === 'confirmed' && x.voucherCode)
    assert.ok(b, 'a confirmed booking with its voucher code')
    await page.goto(url(`pkg-staff/pages/booking/index?id=${b.id}`))
    await waitForText(page, ['签到'])
    const typed = `${b.voucherCode.slice(0, 4)} ${b.voucherCode.slice(4)}`.toLowerCase()
    const input = control(page, 'voucher-input')
    await input.fill(typed)
    const sent = page.waitForRequest((r) => /\/check-in$/.test(new URL(r.url()).pathname), { timeout: 15_000 })
    const answered = page.waitForResponse((r) => /\/check-in$/.test(new URL(r.url()).pathname), { timeout: 15_000 })
    await page.locator('[data-testid="check-in-submit"]').first().click()
    const req = await sent
    assert.equal(JSON.parse(req.postData() || '{}').voucherCode, b.voucherCode, 'the code is sent without spaces, upper-cased')
    const text = await pageText(page)
    assert.ok(!text.includes('预约码应为 8 位'), 'a code typed as shown was refused as malformed')
    await answered
    await shot(page, 'phone-staff-check-in')
    assertNoPageErrors(errors, 'staff check-in')
  } finally {
    await context.close()
  }
  // 13: the enterprise's 确认取消 is red like 确认退回
  const phone = await newPhone(browser)
  try {
    await signIn(phone.page, 'enterprise')
    // a booking the enterprise may still cancel (earlier e2e files check in / complete some of its bookings)
    const mine = await apiGet(await apiToken('13800000001'), '/bookings?scope=upcoming&limit=200')
    const cancellable = (mine.items || mine).find((x) => (x.actions || []).includes('cancel'))
    assert.ok(cancellable, 'the enterprise has a booking it may cancel')
    await phone.page.goto(url(`pkg-station/pages/voucher/index?id=${cancellable.id}`))
    await phone.page.locator('[data-testid="cancel-booking"]').click()
    const ok = phone.page.locator('.nut-dialog-footer-ok').first()
    await ok.waitFor()
    const bg = await ok.evaluate((e) => getComputedStyle(e).backgroundColor)
    assert.equal(bg, 'rgb(198, 40, 40)', `确认取消 is ${bg}, not the danger red`)
    await shot(phone.page, 'phone-cancel-dialog')
  } finally {
    await phone.context.close()
  }
})

test('care mode and large text: main screens hold at 1.4× without clipping (screenshots)', async () => {
  const { context, page, errors } = await newPhone(browser)
  try {
    await largeText(page)
    const { home } = await signIn(page, 'enterprise')
    await waitForText(page, [home.orgName])
    const fs = await page.evaluate(() => getComputedStyle(document.querySelector('.ui-page')).getPropertyValue('--app-fs').trim())
    assert.ok(Number(fs) >= 1.4, `the app does not follow the browser text size (--app-fs ${fs})`)
    await noHorizontalOverflow(page, 'home')
    // home alert titles wrap instead of shrinking to fragments
    const titles = await page
      .locator('[data-testid="home-alerts"] .home-line__title')
      .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().width)))
    assert.ok(titles.length && titles.every((w) => w >= 180), `alert titles squeezed to ${titles.join(', ')} px`)
    await shot(page, 'phone-large-home-enterprise')
    await page.goto(url('pkg-station/pages/directory/index'))
    await page.locator('[data-testid="station-row"]').first().waitFor()
    // directory rows: nothing clipped inside the fixed-height virtual rows
    const clipped = await page.locator('.st-row__card').evaluateAll((els) => els.filter((e) => e.scrollHeight > e.clientHeight + 1).length)
    assert.equal(clipped, 0, `${clipped} directory rows clip their content at large text`)
    await noHorizontalOverflow(page, 'directory')
    await shot(page, 'phone-large-directory')
    await page.goto(url(`pkg-station/pages/voucher/index?id=${home.nextBooking.id}`))
    await page.locator('[data-testid="voucher-qr"]').waitFor()
    const alt = await page.locator('[data-testid="voucher-qr"]').getAttribute('alt')
    assert.match(alt || '', /二维码/, 'the QR image has a text alternative')
    await noHorizontalOverflow(page, 'voucher')
    await shot(page, 'phone-large-voucher')
    await page.goto(url('pkg-me/pages/alerts/index'))
    await waitForText(page, ['待处理'])
    await noHorizontalOverflow(page, 'alerts')
    await shot(page, 'phone-large-alerts')
    assertNoPageErrors(errors, 'large text')
  } finally {
    await context.close()
  }
  // the care-mode switch on the home: larger text and darker greys, remembered
  const phone = await newPhone(browser)
  try {
    await signIn(phone.page, 'enterprise')
    await phone.page.locator('[data-testid="care-mode"]').click()
    const root = phone.page.locator('.ui-page.app-care').first()
    await root.waitFor()
    const fs = await root.evaluate((e) => getComputedStyle(e).getPropertyValue('--app-fs').trim())
    assert.ok(Number(fs) >= 1.25, `care mode text scale ${fs}`)
    await phone.page.reload()
    await phone.page.locator('.ui-page.app-care').first().waitFor()
    await waitForText(phone.page, ['常用服务'])
    await shot(phone.page, 'phone-care-home-enterprise')
    // reviewer list at large text too
  } finally {
    await phone.context.close()
  }
})

test('large text: reviewer list and staff screens (screenshots)', async () => {
  for (const [role, route, name, loaded] of [
    ['province', 'pkg-review/pages/list/index', 'review-list', '[data-testid="review-item"]'],
    // 待处理 may be empty by now: other e2e files confirm this station's bookings on the same mock
    ['staff', 'pkg-staff/pages/bookings/index', 'staff-bookings', '[data-testid="booking-list"], [data-testid="empty-state"]'],
  ]) {
    const { context, page, errors } = await newPhone(browser)
    try {
      await largeText(page)
      await signIn(page, role)
      await shot(page, `phone-large-home-${role}`)
      await page.goto(url(route))
      await page.locator(loaded).first().waitFor()
      await noHorizontalOverflow(page, name)
      await shot(page, `phone-large-${name}`)
      if (role === 'province') {
        assert.equal(
          (await page.locator('[role="tablist"] [role="tab"]').count()) > 0,
          true,
          'review filter chips are tabs inside a tablist',
        )
      }
      assertNoPageErrors(errors, name)
    } finally {
      await context.close()
    }
  }
})

test('item 15: the H5 app shell loads offline; API calls say the network is needed', async () => {
  const { context, page } = await newPhone(browser, { serviceWorkers: 'allow' })
  try {
    const { home } = await signIn(page, 'enterprise')
    await waitForText(page, [home.orgName])
    const ready = await page.evaluate(async () => {
      if (!('serviceWorker' in navigator)) return 'no serviceWorker API'
      const reg = await Promise.race([navigator.serviceWorker.ready, new Promise((r) => setTimeout(() => r(null), 20_000))])
      return reg ? 'ready' : 'not ready after 20 s'
    })
    assert.equal(ready, 'ready', 'service worker')
    // the worker claims the page on activate; it caches the shell when the page hands over its loaded files
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 })
    await page.waitForFunction(
      async () => {
        const shell = await caches.match('/')
        const scripts = [...document.scripts].map((s) => s.src).filter(Boolean)
        const cached = await Promise.all(scripts.map((u) => caches.match(u)))
        return Boolean(shell) && scripts.length > 0 && cached.every(Boolean)
      },
      null,
      { timeout: 20_000, polling: 250 },
    )
    await context.setOffline(true)
    await page.reload({ waitUntil: 'domcontentloaded' })
    const text = await waitForText(page, ['网络'], 30_000)
    assert.ok(!/ERR_INTERNET_DISCONNECTED|无法访问此网站|No internet/.test(text), 'the browser offline page shows instead of the app')
    await shot(page, 'phone-offline-reload')
    await context.setOffline(false)
  } finally {
    await context.close()
  }
})

test('items 9, 10: staff 待处理 lists bookings to confirm first; availability offers only 一–五 and asks before losing changes', async () => {
  const { context, page, errors } = await newPhone(browser)
  try {
    await signIn(page, 'staff')
    await page.goto(url('pkg-staff/pages/bookings/index?scope=upcoming'))
    await page.locator('[data-testid="booking-list"]').waitFor()
    // the list shows its cards in batches, one frame apart: read the tags once the count stops growing
    let cards = -1
    for (let i = 0; i < 20; i++) {
      const now = await page.locator('[data-testid="booking-card"]').count()
      if (now === cards) break
      cards = now
      await page.waitForTimeout(250)
    }
    const tags = await page.locator('[data-testid="booking-list"] .ui-tag').allInnerTexts()
    const firstConfirmed = tags.indexOf('已确认')
    const lastPending = tags.lastIndexOf('待确认')
    assert.ok(lastPending === -1 || firstConfirmed === -1 || lastPending < firstConfirmed, `待处理 order: ${tags.join(', ')}`)
    await shot(page, 'phone-staff-upcoming')
    await page.goto(url('pkg-staff/pages/availability/index'))
    await waitForText(page, ['办公时段'])
    const days = await page.locator('.bk-day').allInnerTexts()
    assert.ok(days.length > 0 && !days.includes('六') && !days.includes('日'), `weekday chips: ${days.join('')}`)
    const text = await pageText(page)
    assert.ok(!text.includes('不选星期即每个工作日'), 'the backwards hint is still there')
    // change something, then leaving asks first
    await page.locator('.bk-day').first().click()
    const asks = await page.evaluate(() => {
      const e = new Event('beforeunload', { cancelable: true })
      window.dispatchEvent(e)
      return e.defaultPrevented
    })
    assert.equal(asks, true, 'unsaved availability changes are dropped without asking')
    await shot(page, 'phone-availability')
    assertNoPageErrors(errors, 'staff lists')
  } finally {
    await context.close()
  }
})

test('item 8: a cancelled voucher offers 重新预约, keeps no stale banner, and its actions come before a long description', async () => {
  const token = await apiToken('13800000001')
  const mine = await apiGet(token, '/bookings?scope=upcoming')
  const b = mine.items.find((x) => x.status === 'pending' || x.status === 'confirmed')
  assert.ok(b, 'an open booking to cancel')
  const { context, page, errors } = await newPhone(browser)
  try {
    await signIn(page, 'enterprise')
    // actions above the details: the cancel button is on the first screen
    await page.goto(url(`pkg-station/pages/voucher/index?id=${b.id}`))
    const cancel = page.locator('[data-testid="cancel-booking"]')
    await cancel.waitFor()
    const box = await cancel.boundingBox()
    assert.ok(box && box.y + box.height <= 812 + 400, `取消预约 sits at y=${box && Math.round(box.y)}`)
    const res = await fetch(`${API}/bookings/${b.id}/cancel`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ reason: '时间冲突' }),
    })
    assert.equal(res.status, 200, 'cancel through the API')
    await page.goto(url(`pkg-station/pages/voucher/index?id=${b.id}&fresh=rescheduled`))
    await page.locator('[data-testid="rebook"]').waitFor()
    const text = await pageText(page)
    assert.ok(!text.includes('已改期，原时段名额已释放'), 'a cancelled voucher still says it was rescheduled')
    assert.ok(text.includes('重新预约'), 'no 重新预约 on a cancelled voucher')
    await shot(page, 'phone-voucher-cancelled')
    assertNoPageErrors(errors, 'cancelled voucher')
  } finally {
    await context.close()
  }
})
