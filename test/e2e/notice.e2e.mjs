// Issue 9, items 2, 6 and 7 on a phone: confirmation waits for the public notice (公示) and for its objections
// (异议); the national home's count is the queue it opens, and the national list searches; a home visit
// (上门走访) shows staff where to go. (Apart from phone.e2e.mjs: one file stays within the runner's 5-minute limit.)
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { launch, newPhone, signIn, shot, waitForText, assertNoPageErrors, url, BASE_URL, apiGet, apiToken, control } from './lib.mjs'

const API = process.env.E2E_API_URL || `${BASE_URL}/api`
let browser
before(async () => {
  browser = await launch()
})
after(async () => {
  await browser?.close()
})

/** elements matching `selector` with a box shorter than 44 css px: [{text, h}] */
async function shortTargets(page, selector) {
  return page.locator(selector).evaluateAll((els) =>
    els
      .filter((e) => e.offsetParent !== null)
      .map((e) => ({ text: (e.textContent || '').trim().slice(0, 12), h: Math.round(e.getBoundingClientRect().height) }))
      .filter((x) => x.h < 44),
  )
}

const apiPost = async (token, p, body) => {
  const r = await fetch(`${API}${p}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body ?? {}),
  })
  return { status: r.status, body: await r.json() }
}
/** the Beijing calendar day, `plus` days on */
const beijingDay = (plus = 0) => new Date(Date.now() + 8 * 3600_000 + plus * 86_400_000).toISOString().slice(0, 10)
const monthDay = (d) => `${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`

test('item 2: confirmation waits for the public notice; objections are recorded and block confirming until resolved', async () => {
  const nat = await apiToken('13800000005')
  // one application into a notice starting today (outside 福建省, which the application e2e walks)
  const recs = await apiGet(nat, '/review/applications?status=recommended&limit=200')
  const fresh = recs.items.find((a) => a.provinceCode !== '350000')
  assert.ok(fresh, 'a recommended application')
  assert.equal((await apiPost(nat, `/review/applications/${fresh.id}/national-review`)).status, 200)
  const end = beijingDay(6)
  const pub = await apiPost(nat, `/review/applications/${fresh.id}/publish`, { start: beijingDay(), end })
  assert.equal(pub.status, 200, JSON.stringify(pub.body).slice(0, 200))
  // and one of the seeded notice whose period is over, awaiting confirmation
  const inNotice = await apiGet(nat, '/review/applications?status=public_notice&limit=200')
  let ended
  for (const a of inNotice.items.filter((x) => x.provinceCode !== '350000')) {
    const d = await apiGet(nat, `/review/applications/${a.id}`)
    if (d.actions.includes('confirm')) {
      ended = d
      break
    }
  }
  assert.ok(ended, 'a seeded application whose notice has ended')

  const { context, page, errors } = await newPhone(browser)
  try {
    await signIn(page, 'national')
    await page.goto(url(`pkg-review/pages/detail/index?id=${fresh.id}`))
    await page.locator('[data-testid="confirm-wait"]').waitFor()
    await waitForText(page, [`公示期至 ${monthDay(end)}，届满后可确认入选`])
    assert.equal(await page.locator('[data-testid="action-confirm"]').count(), 0, '确认入选 offered during the notice')
    // record an objection through the sheet; a missing field is named, nothing typed is lost
    await page.locator('[data-testid="objection-record"]').click()
    await page.locator('[data-testid="objection-sheet"]').waitFor()
    await control(page, 'objection-by').fill('某某商贸有限公司')
    await page.locator('[data-testid="objection-save"]').click()
    await waitForText(page, ['请填写异议内容'])
    assert.equal(await control(page, 'objection-by').inputValue(), '某某商贸有限公司')
    await page.locator('[data-testid="objection-content"] textarea, textarea').last().fill('申报商标与我司在先商标近似')
    await shot(page, 'phone-objection-sheet')
    await page.locator('[data-testid="objection-save"]').click()
    await page.locator('[data-testid="objection"][data-status="open"]').filter({ hasText: '某某商贸有限公司' }).waitFor()
    await waitForText(page, ['申报商标与我司在先商标近似', '待处理'])
    await shot(page, 'phone-notice-waiting')

    // the ended notice: confirm offered; an objection recorded now takes it away until resolved
    await page.goto(url(`pkg-review/pages/detail/index?id=${ended.id}`))
    await page.locator('[data-testid="action-confirm"]').waitFor()
    const rec = await apiPost(nat, `/review/applications/${ended.id}/objections`, {
      raisedBy: '张某',
      content: '对经营数据有疑问',
      raisedOn: ended.publicNotice.end,
    })
    assert.equal(rec.status, 200, JSON.stringify(rec.body).slice(0, 200))
    await page.reload()
    await waitForText(page, ['尚有 1 条异议未处理，处理完毕后可确认入选'])
    assert.equal(await page.locator('[data-testid="action-confirm"]').count(), 0, '确认入选 offered with an open objection')
    await page.locator('[data-testid="objection-resolve"]').click()
    await page
      .locator('[data-testid="objection-resolution"] textarea, [data-testid="objection-sheet"] textarea')
      .first()
      .fill('经核实，数据与财务报表一致，异议不成立')
    await page.locator('[data-testid="objection-save"]').click()
    await page.locator('[data-testid="objection"][data-status="resolved"]').waitFor()
    await page.locator('[data-testid="action-confirm"]').click()
    await page.locator('[data-testid="sheet-confirm"]:visible').filter({ hasText: '确认入选' }).click()
    await page.locator('[data-testid="status-hero"]').filter({ hasText: '已确认参加行动' }).waitFor()
    await waitForText(page, ['处理结果：经核实，数据与财务报表一致，异议不成立'])
    await shot(page, 'phone-objection-resolved-confirmed')
    assertNoPageErrors(errors, 'notice and objections')
  } finally {
    await context.close()
  }
})

test('item 6: the national home count is the queue 去审核 opens; the national list searches by name and USCC', async () => {
  const { context, page, errors } = await newPhone(browser)
  try {
    const { home } = await signIn(page, 'national')
    await waitForText(page, ['待复核申报'])
    const list = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/review/applications' && /limit=20/.test(r.url()))
    await page.locator('[data-testid="go-review-queue"]').click()
    await list
    await waitForText(page, [`共 ${home.waiting} 条`])
    await page.locator('[data-testid="review-province"]').waitFor()
    await shot(page, 'phone-national-queue')
    // search: part of a name, then a USCC prefix (lower case, as typed)
    const nat = await apiToken('13800000005')
    const all = await apiGet(nat, '/review/applications?status=recommended&limit=200')
    const one = all.items.find((a) => a.track === 'enterprise')
    const detail = await apiGet(nat, `/review/applications/${one.id}`)
    const search = control(page, 'review-search')
    await search.fill(detail.form.uscc.slice(0, 14).toLowerCase())
    await page.locator('[data-testid="review-item"]').filter({ hasText: one.applicantName }).first().waitFor()
    // the list may re-render once more as the search settles: read the names until they include the one
    let names = []
    for (let i = 0; i < 50 && !names.includes(one.applicantName); i++) {
      if (i) await new Promise((r) => setTimeout(r, 100))
      names = await page.locator('[data-testid="review-item"] .ui-list-card__text').allInnerTexts()
    }
    assert.ok(names.length >= 1 && names.includes(one.applicantName), `search by USCC shows ${names.join('、')}`)
    await search.fill('不存在的单位名称')
    await waitForText(page, ['没有符合条件的申报'])
    await shot(page, 'phone-national-search')
    assertNoPageErrors(errors, 'national list')
  } finally {
    await context.close()
  }
})

test('item 7: a home-visit booking shows staff the visit address (copy / map) and no station QR hint', async () => {
  const ent = await apiToken('13800000001')
  const home = await apiGet(ent, '/home')
  const stationId = home.station.id
  const slots = await apiGet(ent, `/stations/${stationId}/slots?days=20`)
  const slot = slots.days
    .flatMap((d) => d.slots)
    .reverse()
    .find((s) => s.taken === 0)
  assert.ok(slot, 'a free slot at the demo station')
  const made = await apiPost(ent, '/bookings', {
    slotId: slot.id,
    topic: 'branding',
    description: '请到公司现场看看商标使用情况',
    mode: 'visit',
    idempotencyKey: `e2e-visit-${Date.now()}`,
  })
  assert.equal(made.status, 201, JSON.stringify(made.body).slice(0, 200))
  assert.ok(made.body.visitAddress, 'the visit booking carries an address')
  const staffToken = await apiToken('13800000003')
  assert.equal((await apiPost(staffToken, `/bookings/${made.body.id}/confirm`)).status, 200)
  const { context, page, errors } = await newPhone(browser)
  try {
    await signIn(page, 'staff')
    await page.goto(url(`pkg-staff/pages/booking/index?id=${made.body.id}`))
    await page.locator('[data-testid="visit-address"]').waitFor()
    await waitForText(page, [made.body.visitAddress, '复制地址', '在地图中查看'])
    const hint = await page.locator('[data-testid="check-in-hint"]').innerText()
    assert.ok(!hint.includes('出示预约二维码'), `the home-visit check-in hint asks for the QR: ${hint}`)
    assert.match(hint, /走访地址/)
    const short = await shortTargets(page, '[data-testid="copy-address"], [data-testid="open-map"]')
    assert.deepEqual(short, [], `tap targets under 44 px: ${JSON.stringify(short)}`)
    await shot(page, 'phone-staff-visit-address')
    assertNoPageErrors(errors, 'visit address')
  } finally {
    await context.close()
  }
})
