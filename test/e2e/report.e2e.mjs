// Issue 11 end to end (Chromium): the demo association opens this year's yearly report from its home,
// starts from last year's figures, sees a consistency error as it types, keeps a typed value across a page
// reload (the draft lives on the phone), confirms a >10× jump, submits, and the year-over-year page draws
// its charts (canvas pixels checked) with the figure tables including this year.
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
