// Issue 12 end to end (Chromium, the mock's real clock): the demo enterprise runs its self-assessment and
// sees its weakest indicators explained; the national reviewer publishes batch 1 of this year's 千企千标 list
// (a second try at the same batch is refused); a signed-out visitor finds that same enterprise from the
// sign-in page and opens its public card, which shows no phone number. The enterprise takes part in this
// year's evaluation by submitting its yearly report (set up through the API; report.e2e drives that form).
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import {
  BASE_URL,
  apiToken,
  launch,
  newPhone,
  signIn,
  shot,
  waitForText,
  button,
  pageText,
  url,
  assertNoPageErrors,
  control,
} from './lib.mjs'

let browser
before(async () => {
  browser = await launch()
})
after(async () => {
  await browser?.close()
})

const year = Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4))
async function type(page, id, value) {
  const el = control(page, id)
  await el.click()
  await el.fill('')
  await el.type(String(value), { delay: 3 })
  await el.blur()
}

const ENTERPRISE = '福州闽江源食品有限公司' // the demo enterprise (13800000001)

async function submitYearlyReport() {
  const token = await apiToken('13800000001')
  const call = async (method, path, body) => {
    const r = await fetch(`${BASE_URL}/api${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    })
    const json = await r.json()
    assert.ok(r.ok, `${method} ${path} → ${r.status} ${JSON.stringify(json)}`)
    return json
  }
  const last = await call('GET', `/reports/mine/${year - 1}`)
  assert.equal(last.status === 'submitted' || last.status === 'revised', true, 'last year was reported')
  const now = await call('GET', `/reports/mine/${year}`)
  if (now.status !== 'submitted' && now.status !== 'revised')
    await call('PUT', `/reports/mine/${year}`, { action: 'submit', figures: last.figures })
}

test('self-assessment → national publishes the list → a signed-out visitor finds the enterprise on it', async () => {
  // the enterprise
  let { context, page, errors } = await newPhone(browser)
  await signIn(page, 'enterprise')
  await page.getByText('品牌自评', { exact: true }).click()
  await waitForText(page, ['自评结果仅供参考', '数据完整度', '最需要提升的指标'])
  const weak = page.locator('[data-testid="ev-weak"]')
  assert.ok((await weak.count()) > 0, 'weakest indicators are listed')
  const firstWeak = (await weak.first().innerText()).replace(/\s+/g, ' ')
  assert.match(firstWeak, /建议：/, 'each weak indicator says what to do')
  await shot(page, 'evaluation-01-self-assessment')
  // an indicator without data says so instead of scoring 0
  await page.locator('[data-testid="ev-dim-economic"]').scrollIntoViewIfNeeded()
  assert.match(await pageText(page), /缺少数据/)
  await shot(page, 'evaluation-02-self-assessment-indicators')
  assertNoPageErrors(errors, 'enterprise')
  await context.close()
  await submitYearlyReport()

  // the national reviewer
  ;({ context, page, errors } = await newPhone(browser))
  await signIn(page, 'national')
  await button(page, '评价排名与发布名单').click()
  await waitForText(page, [`${year} 年度 · 共`, '参与主体'])
  assert.ok((await page.locator('[data-testid="ev-rank-row"]').count()) > 0, 'the ranking has rows')
  await shot(page, 'evaluation-03-rankings')
  await button(page, '发布年度名单').click()
  await waitForText(page, [`${year} 年「千企千标」尚未发布`])
  await type(page, 'ev-publish-min', '0')
  await button(page, '发布第 1 批').click()
  await waitForText(page, [`已发布 ${year} 年「千企千标」第 1 批`])
  await shot(page, 'evaluation-04-published')
  // the same batch again is refused with a clear message
  await type(page, 'ev-publish-batch', '1')
  await button(page, '发布第 1 批').click()
  await waitForText(page, ['第 1 批名单已于', '不能重复发布'])
  await shot(page, 'evaluation-05-publish-twice-refused')
  const listed = await page.evaluate(
    async ([y, name]) => {
      const r = await fetch(`/api/public/lists?year=${y}&list=qianqi&batch=1&limit=200`)
      return (await r.json()).items.find((e) => e.holderName === name)
    },
    [year, ENTERPRISE],
  )
  assert.ok(listed?.brandName, 'the enterprise that assessed itself is on the published batch')
  assertNoPageErrors(errors, 'national')
  await context.close()

  // a signed-out visitor
  ;({ context, page, errors } = await newPhone(browser))
  await page.goto(url('pages/login/index'))
  await page.locator('[data-testid="login-public-lists"]').click()
  await waitForText(page, ['千企千标', '百城百品', `${year} 年`])
  await type(page, 'ev-public-search', listed.holderName)
  await waitForText(page, [listed.holderName, `${year} 年「千企千标」第 1 批`])
  await shot(page, 'evaluation-06-public-list')
  await page.locator('[data-testid="ev-entry"]').filter({ hasText: listed.holderName }).first().click()
  await waitForText(page, ['权利人', listed.holderName, '入选名单', '联系方式及经营数据不公开'])
  const card = await pageText(page)
  assert.doesNotMatch(card, /1[3-9]\d{9}/, 'no mobile number on the public card')
  assert.doesNotMatch(card, /\d+(\.\d+)? 分/, 'no score on the public card')
  await shot(page, 'evaluation-07-public-card')
  assertNoPageErrors(errors, 'visitor')
  await context.close()
})
