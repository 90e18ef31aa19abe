// Issue 13 end to end (Chromium). Part 1, on the mock's real clock: the national reviewer changes the year's
// timetable (a reason is required: the seeded year already has recommendations); the province reviewer opens
// batch 2 after batch 1; the demo enterprise sees its province's open call with the deadline and 剩余 N 天.
// Part 2, the next programme year: the national reviewer sets it; weeks pass (the e2e server's clock skew
// file, E2E_CLOCK_FILE — the clock keeps running, nothing over HTTP moves it); the province opens batch 1 and
// announces batch 2; the first enterprise sees the call on its home and submits; the call closes; the second
// enterprise's submit is refused with when the next batch opens, and its draft is still there after a reload.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import { tsImport } from 'tsx/esm/api'
import { launch, newPhone, signIn, shot, waitForText, button, pageText, url, BASE_URL, DEMO, DEV_SMS_CODE, control } from './lib.mjs'

const { demoEnterpriseForm } = await tsImport('../api/application-fixtures.ts', import.meta.url)

const CLOCK_FILE = process.env.E2E_CLOCK_FILE
/** Let the server's clock run `days` ahead of the real one (0: back to real time). */
function skewClock(days) {
  assert.ok(CLOCK_FILE, 'E2E_CLOCK_FILE is set by test/e2e/run.mjs')
  fs.writeFileSync(CLOCK_FILE, String(Math.round(days * 86_400_000)))
}

let browser
before(async () => {
  browser = await launch()
})
after(async () => {
  // the scenario files after this one run on the real clock again
  if (CLOCK_FILE) skewClock(0)
  await browser?.close()
})

/** Beijing calendar day `days` from today ("YYYY-MM-DD"); the seed's dates are relative to the same day */
const bjDay = (days) => new Date(Date.now() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10)
/** the same day as the app writes it ("2027年1月10日") */
const cnDay = (days) => {
  const [y, m, d] = bjDay(days).split('-').map(Number)
  return `${y}年${m}月${d}日`
}
async function type(page, id, value) {
  const el = control(page, id)
  await el.click()
  await el.fill('')
  await el.type(String(value), { delay: 3 })
  await el.blur()
}

test('national sets the timetable, the province opens batch 2, the enterprise sees the open call', async () => {
  const year = Number(bjDay(0).slice(0, 4))
  // national reviewer
  let { context, page } = await newPhone(browser)
  await signIn(page, 'national')
  await button(page, '设置年度时间安排').click()
  await waitForText(page, [`${year} 年度时间安排`, '修改记录'])
  await type(page, 'tt-applicationClosesAt', `${bjDay(31)}T17:00`)
  await button(page, '保存时间安排').click()
  await waitForText(page, ['本年度已开始推荐，修改须填写原因'])
  await shot(page, 'programme-01-timetable-reason-required')
  await type(page, 'tt-reason', '部分省份申请延长受理时间')
  await button(page, '保存时间安排').click()
  await waitForText(page, ['已保存（第 2 版）', '原因：部分省份申请延长受理时间'])
  await shot(page, 'programme-02-timetable-saved')
  // the year's quota table for 福建省: field errors (as typed, then the server's "below what is recommended"),
  // then a change with its reason, recorded with who and why
  await page.goto(url('pkg-review/pages/quota/index'))
  await waitForText(page, ['福建省 · ', '年度名额设置', '名额修改记录'])
  await control(page, 'quota-limit-enterprise').fill('')
  await waitForText(page, ['请填写名额'])
  await type(page, 'quota-limit-enterprise', '1')
  await type(page, 'quota-reason', '核减')
  await button(page, '保存名额').click()
  await waitForText(page, ['名额不能少于'])
  await shot(page, 'programme-02b-quota-below-recommended')
  await type(page, 'quota-limit-enterprise', '45')
  await type(page, 'quota-reason', '福建省企业申报较多，增加 2 个名额')
  await button(page, '保存名额').click()
  await waitForText(page, ['福建省 企业商标品牌名额：43 → 45', '原因：福建省企业申报较多，增加 2 个名额'])
  await waitForText(page, ['/ 45'])
  await shot(page, 'programme-02c-quota-saved')
  await context.close()

  // province reviewer (福建省)
  ;({ context, page } = await newPhone(browser))
  await signIn(page, 'province')
  await button(page, '开通 / 延长申报批次').click()
  await waitForText(page, ['本省申报批次', '第 1 批', '草稿'])
  // overlapping batch 1 is refused on the field
  await type(page, 'call-opensAt', `${bjDay(1)}T09:00`)
  await type(page, 'call-closesAt', `${bjDay(25)}T17:00`)
  await type(page, 'call-notice', '第 2 批申报通知：请在截止前提交。')
  await button(page, '开通申报批次').click()
  await waitForText(page, ['后才能开始下一批'])
  await shot(page, 'programme-03-call-overlap-refused')
  await type(page, 'call-opensAt', `${bjDay(22)}T09:00`)
  // the date picker: cancelled, the typed minute stays
  await page.locator('[data-testid="call-closesAt-pick"]').click()
  await page.locator('.nut-picker-cancel-btn:visible').waitFor()
  await shot(page, 'programme-03b-call-picker')
  await page.locator('.nut-picker-cancel-btn:visible').click()
  await page
    .locator('.nut-picker-cancel-btn:visible')
    .waitFor({ state: 'detached' })
    .catch(() => {})
  assert.equal(await control(page, 'call-closesAt').inputValue(), `${bjDay(25)}T17:00`)
  await button(page, '开通申报批次').click()
  await waitForText(page, ['已开通第 2 批（未开始）', '第 2 批'])
  await shot(page, 'programme-04-call-opened')
  await context.close()

  // demo enterprise (福建省): the open batch 1 on its home
  ;({ context, page } = await newPhone(browser))
  await signIn(page, 'enterprise')
  const text = await waitForText(page, [`福建省 ${year} 年度第 1 批申报进行中`, '剩余'])
  assert.match(text, /截止 \d{4}年\d{1,2}月\d{1,2}日 17:00（北京时间）/)
  await shot(page, 'programme-05-enterprise-home-call')
  assert.ok(!(await pageText(page)).includes('undefined'))
  await context.close()
})

// ── Part 2: a call that closes while the scenario runs ─────────────────────

/** The API as a demo account (test set-up only: what the form page saves, without typing 40 fields twice). */
async function apiAs(role) {
  const login = await fetch(`${BASE_URL}/api/auth/login/phone`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ phone: DEMO[role], code: DEV_SMS_CODE }),
  }).then((r) => r.json())
  assert.ok(login.token, `sign-in as ${role}: ${JSON.stringify(login)}`)
  return async (method, p, body) => {
    const res = await fetch(`${BASE_URL}/api${p}`, {
      method,
      headers: { Authorization: `Bearer ${login.token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    })
    return { status: res.status, body: await res.json().catch(() => null) }
  }
}

/**
 * A complete annex-1 form: the API tests' fixture (test/api/application-fixtures.ts, the demo enterprise's
 * figures) with this applicant's identity, contact and brand.
 */
const enterpriseForm = (o) => ({
  ...demoEnterpriseForm(o.stationId),
  orgName: o.name,
  uscc: o.uscc,
  contactName: o.contact,
  contactPhone: o.phone,
  markName: o.brand,
  markRegNo: o.regNo,
})

/** On to the summary: a complete draft started elsewhere resumes there; otherwise 下一步 until it shows. */
async function toSummary(page) {
  await waitForText(page, ['/10'])
  for (let i = 0; i < 10 && !(await pageText(page)).includes('确认并提交'); i++) {
    await button(page, '下一步').click()
    await page.waitForTimeout(300)
  }
  await waitForText(page, ['申报条件', '确认并提交'])
}

test('next year: the call closes between two enterprises — the second one is refused with when the next batch opens, its draft kept', async () => {
  const year = Number(bjDay(0).slice(0, 4)) + 1
  // the next year's window opens 40 days from today (a late-December opening belongs to the next year)
  const OPEN = 40
  let { context, page } = await newPhone(browser)
  try {
    await signIn(page, 'national')
    await button(page, '设置年度时间安排').click()
    await page
      .locator('[role="tab"]')
      .filter({ hasText: `${year} 年度` })
      .click()
    await waitForText(page, [`${year} 年度尚未设置`])
    await type(page, 'tt-applicationOpensAt', `${bjDay(OPEN)}T09:00`)
    await type(page, 'tt-applicationClosesAt', `${bjDay(OPEN + 30)}T17:00`)
    // picked, not typed: the picker confirms a minute inside the year's range in the field's format
    await page.locator('[data-testid="tt-recommendationDeadline-pick"]').click()
    await page.locator('.nut-picker-confirm-btn:visible').click()
    await page.waitForTimeout(400)
    assert.match(await control(page, 'tt-recommendationDeadline').inputValue(), /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/)
    await type(page, 'tt-recommendationDeadline', `${bjDay(OPEN + 45)}T17:00`)
    await type(page, 'tt-yearlyReportDeadline', `${year + 1}-03-31T17:00`)
    await button(page, '保存时间安排').click()
    await waitForText(page, ['已保存（第 1 版）', '设置年度时间安排'])
    await shot(page, 'programme-06-next-year-set')
  } finally {
    await context.close()
  }

  // weeks pass: the next year's window has opened (its 09:00 opening is behind us at any time of day + 1 h)
  skewClock(OPEN + 1)
  // set-up through the API: the first enterprise's complete draft for the new year (the form page saves the
  // same thing field by field; application.e2e.mjs types it), the second enterprise's likewise
  const staff = await apiAs('staff')
  const stationId = (await staff('GET', '/me')).body.stationId
  const ent1 = await apiAs('enterprise')
  const ent2 = await apiAs('enterprise2')
  const d1 = await ent1('PUT', '/applications/draft', {
    form: enterpriseForm({
      name: '福州闽江源食品有限公司',
      uscc: '91350100M000100Y43',
      contact: '陈志远',
      phone: DEMO.enterprise,
      brand: '闽江源',
      regNo: '12345678',
      stationId,
    }),
  })
  assert.equal(d1.status, 200, JSON.stringify(d1.body))
  assert.equal(d1.body.application.year, year)
  // the second enterprise's own name, USCC and contact (a seeded Fuzhou enterprise)
  const home2 = (await ent2('GET', '/home')).body
  const me2 = (await ent2('GET', '/me')).body
  const d2 = await ent2('PUT', '/applications/draft', {
    form: enterpriseForm({
      name: home2.orgName,
      uscc: home2.uscc,
      contact: me2.name,
      phone: me2.phone,
      brand: '榕城春',
      regNo: '23456789',
      stationId,
    }),
  })
  assert.equal(d2.status, 200, JSON.stringify(d2.body))
  assert.deepEqual(d2.body.fieldErrors, {})
  const draft2 = d2.body.application

  // the province opens batch 1 of the new year (closing in 4 days) and announces batch 2
  ;({ context, page } = await newPhone(browser))
  try {
    await signIn(page, 'province')
    await button(page, '开通 / 延长申报批次').click()
    await waitForText(page, ['本年度还没有开通申报批次'])
    await type(page, 'call-opensAt', `${bjDay(OPEN)}T09:00`)
    await type(page, 'call-closesAt', `${bjDay(OPEN + 5)}T17:00`)
    await type(page, 'call-notice', `${year} 年度第 1 批申报通知：请在截止前提交。`)
    await button(page, '开通申报批次').click()
    await waitForText(page, ['已开通第 1 批（申报中）', '草稿 2 份'])
    await type(page, 'call-opensAt', `${bjDay(OPEN + 10)}T09:00`)
    await type(page, 'call-closesAt', `${bjDay(OPEN + 20)}T17:00`)
    await type(page, 'call-notice', `${year} 年度第 2 批申报通知。`)
    await button(page, '开通申报批次').click()
    await waitForText(page, ['已开通第 2 批（未开始）'])
    await shot(page, 'programme-07-next-year-calls')
  } finally {
    await context.close()
  }

  // the first enterprise sees the call on its home and submits before the close
  ;({ context, page } = await newPhone(browser))
  try {
    await signIn(page, 'enterprise')
    await waitForText(page, [`福建省 ${year} 年度第 1 批申报进行中`, '剩余 4 天'])
    await shot(page, 'programme-08-enterprise1-home')
    await page.goto(url('pkg-apply/pages/form/index'))
    await toSummary(page)
    await button(page, '提交申报').click()
    await page.waitForURL(/pkg-apply\/pages\/status/)
    await waitForText(page, ['已申报', `${year} 年度第 1 批`])
    await shot(page, 'programme-09-enterprise1-submitted')
  } finally {
    await context.close()
  }
  const mine1 = (await ent1('GET', '/applications/mine')).body.find((a) => a.year === year)
  assert.equal(mine1.status, 'submitted')
  assert.equal(mine1.callBatch, 1)

  // the call closes (5 days later, before batch 2 opens)
  skewClock(OPEN + 6)
  ;({ context, page } = await newPhone(browser))
  try {
    await signIn(page, 'enterprise2')
    await waitForText(page, ['当前没有开放的申报批次', `下一批（第 2 批）将于`])
    await shot(page, 'programme-10-enterprise2-home-closed')
    await page.goto(url('pkg-apply/pages/form/index'))
    await toSummary(page)
    await button(page, '提交申报').click()
    const refusal = `第 1 批申报已于 ${cnDay(OPEN + 5)} 17:00（北京时间）截止，现在不能提交，草稿已为您保存。下一批（第 2 批）将于 ${cnDay(OPEN + 10)} 09:00（北京时间）开始申报。`
    await waitForText(page, [refusal])
    await shot(page, 'programme-11-enterprise2-refused')
    // the draft is still there after a reload, on the server and in the form
    await page.reload()
    await waitForText(page, ['确认并提交', home2.orgName, home2.uscc, '榕城春'])
    await shot(page, 'programme-12-enterprise2-draft-kept')
  } finally {
    await context.close()
  }
  const mine2 = (await ent2('GET', '/applications/mine')).body.find((a) => a.year === year)
  assert.equal(mine2.status, 'draft')
  assert.equal(mine2.id, draft2.id)
  assert.deepEqual(mine2.form, draft2.form)
})
