// Issue 13 end to end (Chromium, the mock's real clock): the national reviewer changes the year's timetable
// (a reason is required: the seeded year already has recommendations); the province reviewer opens batch 2
// after batch 1; the demo enterprise sees its province's open call with the deadline and 剩余 N 天 on its home.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { launch, newPhone, signIn, shot as rawShot, waitForText, button, pageText } from './lib.mjs'

let browser
before(async () => {
  browser = await launch()
})
after(async () => {
  await browser?.close()
})

async function shot(page, name) {
  await page.waitForTimeout(350)
  return rawShot(page, name)
}
/** Beijing calendar day `days` from today ("YYYY-MM-DD"); the seed's dates are relative to the same day */
const bjDay = (days) => new Date(Date.now() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10)
/** the native input / textarea of a field by its test id (Taro wraps them in web components) */
const field = (page, id) =>
  page
    .locator(`[data-testid="${id}"] input, [data-testid="${id}"] textarea, input[data-testid="${id}"], textarea[data-testid="${id}"]`)
    .first()
async function type(page, id, value) {
  const el = field(page, id)
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
