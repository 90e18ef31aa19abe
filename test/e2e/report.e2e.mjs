// Issue 11 end to end (Chromium): the demo association opens this year's yearly report from its home,
// starts from last year's figures, sees a consistency error as it types, keeps a typed value across a page
// reload (the draft lives on the phone), confirms a >10× jump, submits, and the year-over-year page draws
// its charts (canvas pixels checked) with the figure tables including this year. A second enterprise with no
// report last year finds its form prefilled from its application (typed values win), and the province
// reviewer opens a participant's figures by year (charts drawn, raw table with every year).
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { launch, newPhone, signIn, shot, waitForText, button, pageText, collectErrors, assertNoPageErrors, chartsDrawn } from './lib.mjs'

let browser
before(async () => {
  browser = await launch()
})
after(async () => {
  await browser?.close()
})

const input = (page, path) => page.locator(`[data-field="${path}"] input`).first()
async function type(page, path, value) {
  const el = input(page, path)
  await el.click()
  await el.fill('')
  await el.type(String(value), { delay: 3 })
}
const tab = (page, name) => page.locator('[role="tab"]').filter({ hasText: name }).first()

test('the association submits its yearly report and the year-over-year charts render', async () => {
  const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear()
  const { context, page } = await newPhone(browser)
  const errors = collectErrors(page)
  try {
    await signIn(page, 'association')
    await waitForText(page, [`${year} 年度报送`, '未开始'])
    await page.locator('[data-testid="home-report"] .home-line').click()
    await waitForText(page, [`${year} 年度报送 · 区域品牌（附件7）`, '经济效益', '区域品牌商品相关产值', '万元'])
    await button(page, `按 ${year - 1} 年度数据填入`).click()
    const last = Number(await input(page, 'economic.outputValue').inputValue())
    assert.ok(last > 0, 'last year’s output value filled in')
    await shot(page, 'report-01-form-from-last-year')

    // exports above the output value: the field says so at once
    await type(page, 'economic.exportValue', String(last * 2))
    await waitForText(page, ['出口额不能超过区域品牌商品相关产值'])
    await shot(page, 'report-02-field-error')
    await type(page, 'economic.exportValue', String(Math.round(last * 0.2)))

    // a typed value survives a reload: the draft is kept on the phone
    await type(page, 'economic.outputValue', String(Math.round(last * 1.08)))
    await page.reload()
    await waitForText(page, ['区域品牌商品相关产值'])
    assert.equal(await input(page, 'economic.outputValue').inputValue(), String(Math.round(last * 1.08)))

    // R&D investment 25× last year: a warning to confirm, not a refusal
    await tab(page, '品牌内涵').click()
    const rd = Number(await input(page, 'brand.rdInvestment').inputValue())
    await type(page, 'brand.rdInvestment', String(Math.round(rd * 25)))
    await waitForText(page, ['倍', '请确认数据和单位无误'])
    await shot(page, 'report-03-jump-warning')

    const saved = page.waitForResponse(
      (r) => /\/api\/reports\/mine\/\d{4}$/.test(new URL(r.url()).pathname) && r.request().method() === 'PUT',
    )
    await button(page, '报送').click()
    const modal = page.locator('.taro__modal')
    await modal.getByText('确认无误').click()
    const res = await saved
    assert.equal(res.status(), 200)
    const body = await res.json()
    assert.equal(body.status, 'submitted')
    assert.deepEqual(body.confirmedJumps, ['brand.rdInvestment'])
    await waitForText(page, ['已报送', '报送于'])
    await shot(page, 'report-04-submitted')

    // the year-over-year page: charts drawn, tables with this year
    await page.getByText('查看历年同比图表 ›').click()
    await waitForText(page, ['经济效益（万元）', '用标企业（家）', String(year), '同比'])
    const drawn = await chartsDrawn(page, 4)
    assert.ok(drawn.length >= 4, `4 charts, got ${drawn.length}`)
    for (const d of drawn) assert.ok(d.ink > 500, `a chart canvas is drawn (${JSON.stringify(d)})`)
    const text = await pageText(page)
    assert.ok(text.includes(`${year - 3}`) && text.includes(`${year}`), 'the tables list every submitted year')
    await shot(page, 'report-05-yoy-bar')
    await page.locator('[role="tab"]').filter({ hasText: '折线图' }).first().click()
    await chartsDrawn(page, 4, { differentFrom: drawn })
    await shot(page, 'report-06-yoy-line')
    assert.ok(!(await pageText(page)).includes('undefined'))
    assertNoPageErrors(errors, 'report')
  } catch (e) {
    await shot(page, 'FAILED-report').catch(() => {})
    throw e
  } finally {
    await context.close()
  }
})

test('an enterprise with no report last year starts its yearly report from its application figures', async () => {
  const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear()
  const { context, page } = await newPhone(browser)
  const errors = collectErrors(page)
  try {
    await signIn(page, 'enterprise2')
    const opened = page.waitForResponse(
      (r) => /\/api\/reports\/mine\/\d{4}$/.test(new URL(r.url()).pathname) && r.request().method() === 'GET',
    )
    await page.locator('[data-testid="home-report"] .home-line').click()
    const view = await (await opened).json()
    assert.ok(view.fromApplication, 'the server offers the application figures')
    await waitForText(page, ['已根据申报材料预填，请核对', `${year} 年度报送 · 企业（附件6）`])
    const revenue = view.fromApplication.figures.economic?.totalRevenue
    assert.ok(revenue !== undefined, 'the application has a revenue figure')
    assert.equal(await input(page, 'economic.totalRevenue').inputValue(), String(revenue))
    assert.ok((await page.locator('[data-field="economic.totalRevenue"] .rf-field__from').count()) === 1, 'the item is tagged')
    await shot(page, 'report-07-prefilled-from-application')

    // what the user types wins, and survives a reload (nothing is prefilled over it)
    await type(page, 'economic.totalRevenue', String(Number(revenue) + 1))
    await page.reload()
    await waitForText(page, ['已根据申报材料预填，请核对'])
    assert.equal(await input(page, 'economic.totalRevenue').inputValue(), String(Number(revenue) + 1))
    assert.equal(await page.locator('[data-field="economic.totalRevenue"] .rf-field__from').count(), 0)
    assertNoPageErrors(errors, 'report-prefill')
  } catch (e) {
    await shot(page, 'FAILED-report-prefill').catch(() => {})
    throw e
  } finally {
    await context.close()
  }
})

test('the province reviewer opens a participant’s figures by year: charts drawn and the raw table', async () => {
  const { context, page } = await newPhone(browser)
  const errors = collectErrors(page)
  try {
    await signIn(page, 'province')
    await page.locator('[data-testid="home-reports"] .home-line').click()
    await waitForText(page, ['参与单位', '历年数据', '已报送'])
    await shot(page, 'report-08-province-progress')
    const history = page.waitForResponse((r) => /\/api\/review\/participants\/[^/]+\/reports$/.test(new URL(r.url()).pathname))
    // the demo association (it submitted this year in the first scenario, and the years before in the seed)
    const row = page.locator('[data-testid="report-progress-row"]').filter({ hasText: '区域品牌 · 报送于' }).first()
    const name = (await row.locator('.rp-row__name').innerText()).trim()
    await row.locator('[data-testid="report-progress-open"]').click()
    const res = await history
    assert.equal(res.status(), 200)
    const body = await res.json()
    assert.ok(body.years.length >= 3, `three submitted years, got ${body.years.length}`)
    await waitForText(page, [name, '经济效益（万元）', '历年报送数据', '同比'])
    await page.waitForTimeout(800)
    const drawn = await page.evaluate(() =>
      Array.from(document.querySelectorAll('canvas')).map((c) => {
        const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height)
        let ink = 0
        for (let i = 3; i < data.length; i += 4) if (data[i] > 0) ink++
        return ink
      }),
    )
    assert.ok(drawn.length >= 4, `4 charts, got ${drawn.length}`)
    for (const ink of drawn) assert.ok(ink > 500, `a chart canvas is drawn (${ink})`)
    // the raw table: one column per submitted year, the first item of the report with its unit
    const raw = page.locator('[data-testid="yoy-raw"]')
    for (const y of body.years) assert.ok((await raw.innerText()).includes(String(y.year)))
    assert.ok((await raw.innerText()).includes('万元'))
    await shot(page, 'report-09-participant-yoy')
    await raw.scrollIntoViewIfNeeded()
    await shot(page, 'report-10-participant-raw-table')
    assert.ok(!(await pageText(page)).includes('undefined'))
    assertNoPageErrors(errors, 'report-province-yoy')
  } catch (e) {
    await shot(page, 'FAILED-report-province').catch(() => {})
    throw e
  } finally {
    await context.close()
  }
})

/** the report form's four dimension tabs: each wholly inside its row, and the row does not scroll */
async function assertTabsFit(page, label) {
  const r = await page.locator('.rf-tabs').evaluate((row) => {
    const box = row.getBoundingClientRect()
    const tabs = [...row.querySelectorAll('[role="tab"]')].map((t) => {
      const b = t.getBoundingClientRect()
      return { text: t.textContent, left: b.left, right: b.right }
    })
    return { hidden: row.scrollWidth - row.clientWidth, left: box.left, right: box.right, tabs }
  })
  assert.equal(r.tabs.length, 4, `${label}: four dimension tabs`)
  assert.ok(r.hidden <= 0, `${label}: the tab row scrolls ${r.hidden} px`)
  for (const t of r.tabs)
    assert.ok(
      t.left >= r.left - 0.5 && t.right <= r.right + 0.5,
      `${label}: tab ${t.text} is cut (${t.left}–${t.right} in ${r.left}–${r.right})`,
    )
}

test('the report form’s four dimension tabs fit a 375 px phone at standard and at 1.4× text (screenshots)', async () => {
  for (const large of [false, true]) {
    const { context, page } = await newPhone(browser)
    const errors = collectErrors(page)
    const name = large ? 'report-12-tabs-large-text' : 'report-11-tabs'
    try {
      // a phone's large-font setting raises the browser's default text size, which the app follows (--app-fs)
      if (large) await (await context.newCDPSession(page)).send('Page.setFontSizes', { fontSizes: { standard: 23, fixed: 18 } })
      await signIn(page, 'enterprise2')
      await page.locator('[data-testid="home-report"] .home-line').click()
      await waitForText(page, ['经济效益', '影响力'])
      const fs = await page.evaluate(() => getComputedStyle(document.querySelector('.ui-page')).getPropertyValue('--app-fs').trim())
      assert.ok(large ? Number(fs) >= 1.4 : Number(fs) === 1, `text scale ${fs}`)
      await assertTabsFit(page, name)
      await tab(page, '影响力').click()
      await page.waitForSelector('.rf-tabs [role="tab"][aria-selected="true"]:has-text("影响力")')
      await shot(page, name)
      assertNoPageErrors(errors, name)
    } catch (e) {
      await shot(page, `FAILED-${name}`).catch(() => {})
      throw e
    } finally {
      await context.close()
    }
  }
})
