// Each of the five demo roles signs in through the H5 login page and lands on its own home page, which
// shows what the backend's GET /api/home returned for that role (contract: src/domain/contract/home.ts).
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { launch, newPhone, signIn, shot, waitForText, assertNoPageErrors, url, fillLogin, button } from './lib.mjs'

let browser
before(async () => {
  browser = await launch()
})
after(async () => {
  await browser?.close()
})

/** strings the home must show, derived from the role's /api/home body */
const expectations = {
  enterprise: (h) => [h.orgName, h.station ? h.station.name : '指导站'],
  association: (h) => [h.orgName, h.brand?.name, h.brand ? String(h.brand.memberCount) : undefined],
  staff: (h) => [h.stationName],
  province: (h) => [h.scopeName, '待审核'],
  national: (h) => [h.scopeName, '待审核'],
}

for (const role of Object.keys(expectations)) {
  test(`${role}: signs in and sees its home`, async () => {
    const { context, page, errors } = await newPhone(browser)
    try {
      const { home, ms } = await signIn(page, role, { form: true })
      assert.equal(home.role, role, `GET /api/home answered role ${home.role}`)
      const wanted = expectations[role](home)
      const text = await waitForText(page, wanted)
      // role-specific figures from the contract
      if (role === 'staff') assert.match(text, /今日|今天/)
      if (role === 'province' || role === 'national')
        assert.ok(text.includes(String(home.waiting)), `waiting count ${home.waiting} not shown`)
      const file = await shot(page, `home-${role}`)
      console.log(`# ${role}: signed in ${ms} ms, home shows ${JSON.stringify(wanted)} → ${file}`)
      assertNoPageErrors(errors, role)
    } catch (e) {
      await shot(page, `FAILED-home-${role}`).catch(() => {})
      throw e
    } finally {
      await context.close()
    }
  })
}

test('the session survives a reload, and 退出 signs out', async () => {
  const { context, page, errors } = await newPhone(browser)
  try {
    const { home } = await signIn(page, 'enterprise')
    await waitForText(page, [home.orgName])
    const again = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/home')
    await page.reload()
    assert.equal((await again).status(), 200, 'after a reload /api/home is still authorised')
    await waitForText(page, [home.orgName])
    assert.match(page.url(), /pages\/home\/index/)
    await page.getByText('退出', { exact: true }).click()
    // a confirmation dialog may ask first
    const confirm = page
      .locator('.nut-dialog, .taro__modal, .taro-modal__content, [class*="modal"]')
      .getByText(/^(确定|确认|退出)$/)
      .first()
    if (await confirm.isVisible().catch(() => false)) await confirm.click()
    await page.waitForURL(/pages\/login\/index/)
    await waitForText(page, ['手机号', '验证码'])
    assertNoPageErrors(errors, 'reload/sign-out')
  } catch (e) {
    await shot(page, 'FAILED-reload-signout').catch(() => {})
    throw e
  } finally {
    await context.close()
  }
})

test('signed out: the home page sends to sign-in, which shows the demo accounts', async () => {
  const { context, page, errors } = await newPhone(browser)
  try {
    await page.goto(url('pages/home/index'))
    await page.waitForURL(/pages\/login\/index/)
    const text = await waitForText(page, ['手机号', '验证码', '演示账号'])
    assert.match(text, /13800000001/)
    await shot(page, 'login')
    assertNoPageErrors(errors, 'login')
  } catch (e) {
    await shot(page, 'FAILED-login').catch(() => {})
    throw e
  } finally {
    await context.close()
  }
})

test('a wrong SMS code is refused with a Chinese message and no navigation', async () => {
  const { context, page, errors } = await newPhone(browser)
  try {
    await page.goto(url('pages/login/index'))
    await fillLogin(page, '13800000001', '111111')
    const answer = page.waitForResponse((r) => /\/api\/auth\/login/.test(r.url()))
    await button(page, '登录').click()
    const res = await answer
    assert.equal(res.status(), 400, `a wrong code answered ${res.status()}`)
    const body = await res.json()
    // the message the server gave (field error or form message) is what the person reads
    const messages = [...Object.values(body.fieldErrors || {}), body.message].filter(Boolean)
    const error = page.locator('.ui-field-error, .ui-banner--danger, [role="alert"]').first()
    await error.waitFor()
    const shown = (await error.innerText()).trim()
    assert.ok(messages.includes(shown), `shown ${JSON.stringify(shown)}, server said ${JSON.stringify(messages)}`)
    assert.match(shown, /[\u4e00-\u9fff]/)
    assert.match(page.url(), /pages\/login\/index/)
    await shot(page, 'login-wrong-code')
    assertNoPageErrors(errors, 'wrong code')
  } catch (e) {
    await shot(page, 'FAILED-login-wrong-code').catch(() => {})
    throw e
  } finally {
    await context.close()
  }
})
