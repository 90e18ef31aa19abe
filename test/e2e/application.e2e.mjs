// Issue 4 end to end: the demo enterprise fills and submits the annex-1 form (a bad USCC corrected on the way,
// offline and a reload mid-form without losing input, a double tap on 提交申报 → one application); the
// province reviewer returns it with a reason; the enterprise fixes and resubmits; the province recommends;
// the national reviewer re-checks, publishes (公示) and confirms; the enterprise's timeline shows each step.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { launch, newPhone, signIn, shot, waitForText, assertNoPageErrors, url, pageText, button, BASE_URL, SCREENSHOTS } from './lib.mjs'

let browser
before(async () => {
  browser = await launch()
})
after(async () => {
  await browser?.close()
})

const BAD_USCC = '91350100M000100Y44' // check character should be 3
const GOOD_USCC = '91350100M000100Y43'
const RETURN_REASON = '主商标注册号与证书不一致，请核对后重新填写'

/** the native input / textarea of a form field (Taro wraps them in web components) */
const input = (page, key) => page.locator(`[data-field="${key}"] input, [data-field="${key}"] textarea`).first()

async function type(page, key, value) {
  const el = input(page, key)
  await el.click()
  await el.fill('')
  await el.type(String(value), { delay: 5 })
  await el.blur()
}
const pick = (page, key, label) =>
  page
    .locator(`[data-field="${key}"] .ui-choice__item`)
    .filter({ hasText: new RegExp(`^\\s*${label}\\s*$`) })
    .first()
    .click()

async function next(page, expectStep) {
  await button(page, '下一步').click()
  if (expectStep) await waitForText(page, [expectStep])
}

/** the signed-in user's token (persisted by the session store) */
async function token(page) {
  return page.evaluate(() => {
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i)
      if (k && k.includes('session')) {
        try {
          let v = JSON.parse(localStorage.getItem(k))
          // Taro H5 storage wraps values as {data}; zustand persist stores a JSON string
          if (v && typeof v === 'object' && 'data' in v) v = v.data
          if (typeof v === 'string') v = JSON.parse(v)
          const t = v?.state?.session?.token
          if (t) return t
        } catch {}
      }
    }
    return null
  })
}
async function api(page, p) {
  const t = await token(page)
  const res = await fetch(`${BASE_URL}/api${p}`, { headers: { Authorization: `Bearer ${t}` } })
  return res.json()
}

async function openDetail(page, brand) {
  await page.goto(url('pkg-review/pages/list/index'))
  await page.locator('[data-testid="review-item"]').first().waitFor()
  // the list shows its rows in batches, one frame apart: give the later batches a moment before
  // concluding the row is not in this filter
  const item = page.locator('[data-testid="review-item"]').filter({ hasText: brand }).first()
  const shown = await item.waitFor({ timeout: 3000 }).then(
    () => true,
    () => false,
  )
  if (!shown) {
    await page.locator('[role="tab"]').filter({ hasText: /^全部/ }).first().click()
    await page.locator('[data-testid="review-item"]').filter({ hasText: brand }).first().waitFor()
  }
  await page.locator('[data-testid="review-item"]').filter({ hasText: brand }).first().click()
  await page.locator('[data-testid="review-detail"]').waitFor()
}

async function act(page, action, confirmText, fill) {
  await page.locator(`[data-testid="action-${action}"]`).click()
  const sheet = page.locator('[data-testid="action-sheet"]')
  await sheet.waitFor()
  if (fill) await fill(sheet)
  await page.locator('[data-testid="sheet-confirm"]:visible').filter({ hasText: confirmText }).click()
}
/** the autosave indicator says exactly this */
const saved = (page, text = '已保存') =>
  page
    .locator('[data-testid="save-indicator"]')
    .filter({ hasText: new RegExp(`^${text}$`) })
    .waitFor()

let brand = '闽江源'
let appId

test('enterprise fills the annex-1 form: bad USCC corrected, offline + reload keep input, double tap submits once', async () => {
  const { context, page, errors } = await newPhone(browser)
  try {
    await signIn(page, 'enterprise')
    // the schema library loads with the first edit, not with the form (its first render is lighter)
    const scripts = []
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') scripts.push(r.text().catch(() => ''))
    })
    const loadedZod = async () => (await Promise.all(scripts)).some((js) => js.includes('"$ZodType"'))
    await page.goto(url('pkg-apply/pages/form/index'))
    await waitForText(page, ['1/10', '企业信息', '统一社会信用代码'])
    await shot(page, 'apply-01-identity')
    assert.equal(await loadedZod(), false, 'the form renders without loading zod')

    // identity — a wrong check character is refused as you type, and the typed value stays
    await type(page, 'orgName', '福州闽江源食品有限公司')
    await input(page, 'uscc').fill('')
    await input(page, 'uscc').type(BAD_USCC, { delay: 5 })
    await page.locator('[data-field="uscc"] .ui-field-error').waitFor()
    assert.equal(await loadedZod(), true, 'the first edit loaded the validator')
    const usccError = await page.locator('[data-field="uscc"] .ui-field-error').innerText()
    assert.match(usccError, /校验|不正确|有误/, `USCC error: ${usccError}`)
    assert.equal(await input(page, 'uscc').inputValue(), BAD_USCC)
    await shot(page, 'apply-02-uscc-error')
    // 下一步 is refused while the error stands
    await button(page, '下一步').click()
    await waitForText(page, ['1/10'])
    await type(page, 'uscc', GOOD_USCC)
    await page.waitForFunction(() => !document.querySelector('[data-field="uscc"] .ui-field-error'))
    await type(page, 'contactName', '陈志远')
    await type(page, 'contactPhone', '13800000001')
    await next(page, '2/10')

    // trademark
    await type(page, 'markName', brand)
    await type(page, 'markRegNo', '1234567')
    await page.locator('[data-field="markClasses"] [data-class="29"]').click()
    await page.locator('[data-field="markClasses"] [data-class="30"]').click()
    await pick(page, 'markIsMain', '是')
    await pick(page, 'markMatchesBusiness', '是')
    await pick(page, 'field', '制造业')
    await shot(page, 'apply-03-trademark')
    await next(page, '3/10')

    // scale and honours
    await pick(page, 'scale', '中型企业')
    await pick(page, 'ipStatus', '国家知识产权示范企业')
    await pick(page, 'srdiStatus', '否')
    await pick(page, 'timeHonored', '否')
    await shot(page, 'apply-04-scale')
    await next(page, '4/10')

    // figures: year labels follow the programme year
    const text = await pageText(page)
    const year = Number(text.match(/(\d{4}) 年度/)[1])
    assert.ok(text.includes(`${year - 3} 年`) && text.includes(`${year - 1} 年`), 'year labels follow the application year')
    await type(page, 'revenueY3', '12000')
    await type(page, 'revenueY2', '13500.5')

    // offline: typing goes on, the draft stays on the device
    await context.setOffline(true)
    await type(page, 'revenueY1', '15000')
    await type(page, 'rdInvestment', '600')
    await saved(page, '离线，已保存在本机')
    await shot(page, 'apply-05-offline')

    // reload while the API is still unreachable: the form comes back at the same step with every value
    await page.route('**/api/**', (r) => r.abort('internetdisconnected'))
    await context.setOffline(false)
    await page.reload()
    await waitForText(page, ['4/10', '经营与投入'])
    assert.equal(await input(page, 'revenueY3').inputValue(), '12000')
    assert.equal(await input(page, 'revenueY2').inputValue(), '13500.5')
    assert.equal(await input(page, 'revenueY1').inputValue(), '15000')
    assert.equal(await input(page, 'rdInvestment').inputValue(), '600')
    await shot(page, 'apply-06-restored-offline')
    await page.unroute('**/api/**')

    await type(page, 'marketingInvestment', '800')
    await type(page, 'enforcementInvestment', '120')
    await saved(page)
    await next(page, '5/10')

    // IP counts
    for (const [k, v] of [
      ['ipDomesticMarks', 36],
      ['ipMadridMarks', 4],
      ['ipPatents', 52],
      ['ipCopyrights', 6],
      ['ipIcLayouts', 0],
      ['ipPlantVarieties', 0],
    ])
      await type(page, k, v)
    await shot(page, 'apply-07-ip')
    await next(page, '6/10')

    // social responsibility
    await type(page, 'charitySpending', '85')
    await type(page, 'csrDescription', '发布年度 ESG 报告，开展乡村助学项目。')
    await type(page, 'honours', '2023 年获评省级农业产业化龙头企业。')
    await type(page, 'brandValuation', '无')
    await type(page, 'wellKnownMark', '无')
    await next(page, '7/10')

    // compliance
    await type(page, 'badFaithRecord', '无')
    await type(page, 'penaltyRecord', '无')
    await next(page, '8/10')

    // strategy and overseas
    await type(page, 'strategy', '制定商标品牌战略，设品牌管理部统筹商标资产。')
    await type(page, 'overseas', '通过马德里体系在东盟 4 国注册。')
    await next(page, '9/10')

    // station and opinion
    await type(page, 'opinion', '同意申报')
    await page.locator('[data-field="declaration"] [role="checkbox"]').click()
    await shot(page, 'apply-08-station')
    await next(page, '10/10')

    // summary with eligibility, then a double tap on 提交申报
    await waitForText(page, ['申报条件', '确认并提交'])
    await shot(page, 'apply-09-summary')
    const submit = button(page, '提交申报')
    await submit.dblclick()
    await page.waitForURL(/pkg-apply\/pages\/status/)
    await waitForText(page, ['已申报', '办理进度'])
    await shot(page, 'apply-10-submitted')
    appId = new URL(page.url().replace('#/', '')).searchParams.get('id')
    const mine = await api(page, '/applications/mine')
    const thisYear = mine.filter((a) => a.year === year)
    assert.equal(thisYear.length, 1, 'one application for the year')
    assert.equal(thisYear[0].status, 'submitted')
    assert.equal(thisYear[0].form.uscc, GOOD_USCC)
    appId = thisYear[0].id
    assertNoPageErrors(errors, 'enterprise apply')
  } catch (e) {
    await shot(page, 'FAILED-apply').catch(() => {})
    throw e
  } finally {
    await context.close()
  }
})

test('province returns it with a reason; the enterprise fixes and resubmits', async () => {
  assert.ok(appId, 'needs the submitted application')
  const prov = await newPhone(browser)
  try {
    await signIn(prov.page, 'province')
    await prov.page.goto(url('pkg-review/pages/list/index'))
    await waitForText(prov.page, ['待审核', brand])
    await shot(prov.page, 'review-01-list-province')
    await openDetail(prov.page, brand)
    await waitForText(prov.page, ['申报条件', '办理进度', '退回修改', '推荐上报'])
    await shot(prov.page, 'review-02-detail-province')
    // the reason is required
    await prov.page.locator('[data-testid="action-return"]').click()
    await prov.page.locator('[data-testid="sheet-confirm"]:visible').filter({ hasText: '确认退回' }).click()
    await waitForText(prov.page, ['请填写退回原因'])
    await shot(prov.page, 'review-03-return-sheet')
    await prov.page.locator('[data-testid="action-reason"] textarea').fill(RETURN_REASON)
    await prov.page.locator('[data-testid="sheet-confirm"]:visible').filter({ hasText: '确认退回' }).click()
    await prov.page.locator('[data-testid="status-hero"]').filter({ hasText: '退回修改' }).waitFor()
    assertNoPageErrors(prov.errors, 'province return')
  } catch (e) {
    await shot(prov.page, 'FAILED-return').catch(() => {})
    throw e
  } finally {
    await prov.context.close()
  }

  const ent = await newPhone(browser)
  try {
    await signIn(ent.page, 'enterprise')
    await ent.page.goto(url(`pkg-apply/pages/status/index?id=${appId}`))
    await waitForText(ent.page, ['退回修改原因', RETURN_REASON, '修改并重新申报'])
    await shot(ent.page, 'apply-11-returned')
    await button(ent.page, '修改并重新申报').click()
    await ent.page.waitForURL(/pkg-apply\/pages\/form/)
    // a returned form opens on its summary (everything filled), the reason on top, 修改 per step
    await waitForText(ent.page, ['10/10', RETURN_REASON, '确认并提交'])
    await shot(ent.page, 'apply-12-fix')
    await ent.page.locator('.ui-card').filter({ hasText: '代表企业的主商标' }).locator('.ui-card__extra').first().click()
    await waitForText(ent.page, ['2/10'])
    await type(ent.page, 'markRegNo', '12345678')
    await saved(ent.page)
    for (let s = 3; s <= 10; s++) await next(ent.page, `${s}/10`)
    await button(ent.page, '重新提交申报').click()
    await ent.page.waitForURL(/pkg-apply\/pages\/status/)
    await waitForText(ent.page, ['已重新申报'])
    await shot(ent.page, 'apply-13-resubmitted')
    assertNoPageErrors(ent.errors, 'enterprise resubmit')
  } catch (e) {
    await shot(ent.page, 'FAILED-resubmit').catch(() => {})
    throw e
  } finally {
    await ent.context.close()
  }
})

test('province recommends within the quota and exports the annex-5 table', async () => {
  const { context, page, errors } = await newPhone(browser)
  try {
    await signIn(page, 'province')
    await page.goto(url('pkg-review/pages/quota/index'))
    await waitForText(page, ['推荐名额', '企业商标品牌', '非示范'])
    await shot(page, 'review-04-quota-before')
    await openDetail(page, brand)
    await act(page, 'recommend', '确认推荐')
    await page.locator('[data-testid="status-hero"]').filter({ hasText: '省级已推荐' }).waitFor()
    await shot(page, 'review-05-recommended')
    await page.goto(url('pkg-review/pages/quota/index'))
    await waitForText(page, ['导出推荐表'])
    await shot(page, 'review-06-quota-after')
    const [download] = await Promise.all([page.waitForEvent('download'), button(page, '导出推荐表（附件 5）').click()])
    const file = path.join(SCREENSHOTS, '..', 'recommendation-table.csv')
    fs.mkdirSync(path.dirname(file), { recursive: true })
    await download.saveAs(file)
    const csv = fs.readFileSync(file, 'utf8')
    assert.ok(csv.includes(brand), 'the exported table lists the recommended brand')
    assertNoPageErrors(errors, 'province recommend')
  } catch (e) {
    await shot(page, 'FAILED-recommend').catch(() => {})
    throw e
  } finally {
    await context.close()
  }
})

test('national reviewer re-checks and publishes for public notice (confirming waits for its end); the enterprise timeline shows each step', async () => {
  const nat = await newPhone(browser)
  try {
    await signIn(nat.page, 'national')
    await nat.page.goto(url('pkg-review/pages/list/index'))
    await waitForText(nat.page, ['待复核'])
    await shot(nat.page, 'review-07-list-national')
    await openDetail(nat.page, brand)
    await act(nat.page, 'national_review', '开始复核')
    await nat.page.locator('[data-testid="status-hero"]').filter({ hasText: '国家复核中' }).waitFor()
    await nat.page.locator('[data-testid="action-publish"]').click()
    await nat.page.locator('[data-testid="notice-start"]').waitFor()
    await shot(nat.page, 'review-08-publish-sheet')
    await nat.page.locator('[data-testid="sheet-confirm"]:visible').filter({ hasText: '确认公示' }).click()
    await nat.page.locator('[data-testid="status-hero"]').filter({ hasText: '公示中' }).waitFor()
    await waitForText(nat.page, ['公示期'])
    // confirmation waits for the notice to end (phone.e2e confirms one whose notice is over)
    await nat.page.locator('[data-testid="confirm-wait"]').filter({ hasText: '届满后可确认入选' }).waitFor()
    assert.equal(await nat.page.locator('[data-testid="action-confirm"]').count(), 0, '确认入选 offered on the first day of the notice')
    await shot(nat.page, 'review-09-in-notice')
    await nat.page.goto(url('pkg-review/pages/batches/index'))
    await waitForText(nat.page, ['公示期', '第'])
    await shot(nat.page, 'review-10-batches')
    assertNoPageErrors(nat.errors, 'national')
  } catch (e) {
    await shot(nat.page, 'FAILED-national').catch(() => {})
    throw e
  } finally {
    await nat.context.close()
  }

  const ent = await newPhone(browser)
  try {
    await signIn(ent.page, 'enterprise')
    await ent.page.goto(url(`pkg-apply/pages/status/index?id=${appId}`))
    await ent.page.locator('[data-testid="timeline"]').waitFor()
    const steps = await ent.page
      .locator('[data-testid="timeline"] [data-status]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-status')))
    assert.deepEqual(steps, ['draft', 'submitted', 'returned', 'resubmitted', 'recommended', 'national_review', 'public_notice'])
    await waitForText(ent.page, ['公示中', RETURN_REASON, '省级知识产权管理部门', '国家知识产权局'])
    await shot(ent.page, 'apply-14-timeline')
    assertNoPageErrors(ent.errors, 'enterprise timeline')
  } catch (e) {
    await shot(ent.page, 'FAILED-timeline').catch(() => {})
    throw e
  } finally {
    await ent.context.close()
  }
})

test('association and station forms: annex-2 draft resumes, the station sees its two-sided confirmations', async () => {
  const assoc = await newPhone(browser)
  try {
    await signIn(assoc.page, 'association')
    await assoc.page.goto(url('pkg-apply/pages/form/index'))
    await waitForText(assoc.page, ['区域商标品牌申报', '/'])
    await shot(assoc.page, 'apply-20-regional-resume')
    // back to the region step (上一步 keeps everything)
    for (let i = 0; i < 8 && !(await pageText(assoc.page)).includes('3/9'); i++) {
      await button(assoc.page, '上一步').click()
      await assoc.page.waitForTimeout(150)
    }
    // walk to the summary (the seeded draft may stop early: then the step shows what is missing)
    for (let i = 0; i < 12; i++) {
      const text = await pageText(assoc.page)
      if (text.includes('确认并提交')) break
      if (await assoc.page.locator('[data-testid="field-region"]').isVisible()) {
        // the region is picked (province → city → county), never typed
        await assoc.page.locator('[data-testid="field-region"]').click()
        await waitForText(assoc.page, ['选择所在地区', '福建省'])
        await assoc.page
          .locator('.ui-sheet__row')
          .filter({ hasText: /^\s*福建省/ })
          .first()
          .click()
        await assoc.page
          .locator('.ui-sheet__row')
          .filter({ hasText: /^\s*福州市/ })
          .first()
          .click()
        await shot(assoc.page, 'apply-25-region-picker')
        await assoc.page
          .locator('.ui-sheet__row')
          .filter({ hasText: /^\s*连江县/ })
          .first()
          .click()
        await waitForText(assoc.page, ['福建省 福州市 连江县'])
      }
      await button(assoc.page, '下一步').click()
      await assoc.page.waitForTimeout(250)
      if ((await assoc.page.locator('.ui-field-error').count()) > 0) break
    }
    await shot(assoc.page, 'apply-22-regional-progress')
    assertNoPageErrors(assoc.errors, 'association form')
  } finally {
    await assoc.context.close()
  }

  const staff = await newPhone(browser)
  try {
    await signIn(staff.page, 'staff')
    await staff.page.goto(url('pkg-apply/pages/form/index'))
    await waitForText(staff.page, ['申报已提交', '查看申报进度'])
    await shot(staff.page, 'apply-23-station-locked')
    await button(staff.page, '查看申报进度').click()
    await staff.page.waitForURL(/pkg-apply\/pages\/status/)
    const text = await waitForText(staff.page, ['指导站对接确认', '已确认'])
    assert.match(text, /待确认|已确认/)
    await shot(staff.page, 'apply-24-station-status')
    assertNoPageErrors(staff.errors, 'station status')
  } finally {
    await staff.context.close()
  }
})

test('national reviewer publishes two re-checked applications as one public-notice batch', async () => {
  const { context, page, errors } = await newPhone(browser)
  try {
    await signIn(page, 'national')
    await page.goto(url('pkg-review/pages/list/index'))
    await page
      .locator('[role="tab"]')
      .filter({ hasText: /^复核中/ })
      .first()
      .click()
    await page.locator('[data-testid="review-pick"]').nth(1).waitFor()
    await page.locator('[data-testid="review-pick"]').nth(0).click()
    await page.locator('[data-testid="review-pick"]').nth(1).click()
    await waitForText(page, ['发布公示（2 条）'])
    await shot(page, 'review-11-batch-pick')
    await page.locator('[data-testid="batch-publish"]').click()
    await page.locator('[data-testid="sheet-confirm"]:visible').filter({ hasText: '确认公示' }).click()
    await waitForText(page, ['批公示'])
    await page.goto(url('pkg-review/pages/batches/index'))
    await waitForText(page, ['公示期'])
    await shot(page, 'review-12-batches-after')
    await page.goto(url('pkg-review/pages/quota/index'))
    await waitForText(page, ['查看省份', '推荐名额'])
    await shot(page, 'review-13-quota-national')
    assertNoPageErrors(errors, 'batch publish')
  } catch (e) {
    await shot(page, 'FAILED-batch').catch(() => {})
    throw e
  } finally {
    await context.close()
  }
})
