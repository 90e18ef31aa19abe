// The association manages its member register (用标管理): adds a member (a USCC with a wrong check digit is
// refused next to the field, nothing typed is lost), suspends another member with a reason after the
// confirmation says what follows, and exports the non-use defence bundle as one HTML file, opened offline.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import {
  launch,
  newPhone,
  signIn,
  shot,
  waitForText,
  assertNoPageErrors,
  url,
  pageText,
  BASE_URL,
  SCREENSHOTS,
  chartsDrawn,
  control,
} from './lib.mjs'

// GB 32100-2015 check character (the same rule as src/domain/ids.ts)
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const check = (body17) => {
  let sum = 0
  let w = 1
  for (let i = 0; i < 17; i++) {
    sum += CHARSET.indexOf(body17[i]) * w
    w = (w * 3) % 31
  }
  return CHARSET[(31 - (sum % 31)) % 31]
}
const BODY = `91350102MA8${String(Date.now() % 1_000_000).padStart(6, '0')}`
const GOOD = BODY + check(BODY)
const BAD = BODY + (check(BODY) === '0' ? '1' : '0')

// a real PNG (24×24, lacquer red), built here so the browser can decode and re-encode it like a photo
function png(w, h, [r, g, b]) {
  const chunk = (type, data) => {
    const len = Buffer.alloc(4)
    len.writeUInt32BE(data.length)
    const td = Buffer.concat([Buffer.from(type), data])
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(zlib.crc32(td) >>> 0)
    return Buffer.concat([len, td, crc])
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(w, 0)
  ihdr.writeUInt32BE(h, 4)
  ihdr.set([8, 2, 0, 0, 0], 8)
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: w }, () => [r, g, b]).flat())])
  const raw = Buffer.concat(Array.from({ length: h }, () => row))
  return Buffer.concat([
    Buffer.from('89504e470d0a1a0a', 'hex'),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}
const PNG = png(24, 24, [140, 28, 19])

let browser
before(async () => {
  browser = await launch()
})
after(async () => {
  await browser?.close()
})

/** Types into the native <input>/<textarea> inside a Taro field found by its test id. */
async function type(page, testId, text) {
  await control(page, testId).fill(text)
}

test('association: adds a member, suspends another with a reason, exports the use-evidence bundle', async () => {
  const { context, page, errors } = await newPhone(browser)
  try {
    await signIn(page, 'association')
    await page.locator('[data-testid="home-members"]:visible').click()
    await page.waitForURL(/pkg-assoc\/pages\/register/)
    await waitForText(page, ['在册会员', '福州'])
    await shot(page, 'members-01-register')

    // the register is virtualised: of the first page (50) only the rows in view are in the DOM; scrolling to the
    // end fetches the next page by its cursor, and the list then spans every member with still only a window
    const rows = () => page.evaluate(() => document.querySelectorAll('[data-testid^="member-MB"]').length)
    const total = Number(await page.locator('[data-testid="member-list"]').getAttribute('data-total'))
    assert.ok(total > 50, `the seeded register has ${total} members, more than one page`)
    const first = await rows()
    assert.ok(first > 0 && first < 20, `${first} rows in the DOM at first`)
    const scroller = page.locator('.mb-vlist .nut-virtuallist')
    const next = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/members' && /[?&]cursor=/.test(r.url()))
    await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }))
    await scroller.dispatchEvent('scroll')
    assert.equal((await next).status(), 200)
    await waitForText(page, [`已显示 ${total} / 共 ${total} 家`])
    const spanned = await page.evaluate(() => {
      const phantom = document.querySelector('.mb-vlist .nut-virtuallist-phantom')?.getBoundingClientRect().height ?? 0
      const row = document.querySelector('[data-testid^="member-MB"]')?.getBoundingClientRect().height ?? 1
      return Math.round(phantom / row)
    })
    assert.ok(spanned >= total, `the list spans ${spanned} rows for ${total} members`)
    const after = await rows()
    assert.ok(after < 20, `${after} rows in the DOM after the second page`)
    await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }))
    await scroller.dispatchEvent('scroll')
    await page.waitForTimeout(300)
    await shot(page, 'members-01b-register-end')
    await scroller.evaluate((el) => el.scrollTo({ top: 0 }))
    await scroller.dispatchEvent('scroll')

    // search narrows the register; the status filter shows only suspended members
    await type(page, 'member-search', '合作社')
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid^="member-MB"]')]
        .filter((e) => e.offsetParent !== null)
        .every((e) => e.textContent.includes('合作社')),
    )
    await type(page, 'member-search', '')
    await page.locator('[data-testid="status-suspended"]:visible').click()
    await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll('[data-testid^="member-MB"]')].filter((e) => e.offsetParent !== null)
      return rows.length > 0 && rows.every((e) => e.textContent.includes('暂停使用'))
    })
    await shot(page, 'members-02-suspended-filter')
    await page.locator('[data-testid="status-all"]:visible').click()

    // add: empty submit → field errors; a bad check digit → the USCC field says so; typed values stay
    await page.locator('[data-testid="add-member"]:visible').click()
    await page.waitForURL(/pkg-assoc\/pages\/add/)
    await page.locator('[data-testid="submit-member"]:visible').click()
    await waitForText(page, ['请填写企业名称', '请选择是否为中小企业'])
    await type(page, 'input-uscc', BAD)
    await type(page, 'input-name', '福州e2e漆艺工坊有限公司')
    await page.locator('[data-testid="sme-yes"]:visible').click()
    await type(page, 'input-products', '漆画、漆器茶具')
    await type(page, 'input-reason', '入会申请经理事会审议通过')
    await waitForText(page, ['校验'])
    await shot(page, 'members-03-add-bad-uscc')
    assert.equal(
      await page.locator('[data-testid="input-name"]:visible input, input[data-testid="input-name"]:visible').first().inputValue(),
      '福州e2e漆艺工坊有限公司',
    )
    await type(page, 'input-uscc', GOOD)
    const added = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/members' && r.request().method() === 'POST')
    await page.locator('[data-testid="submit-member"]:visible').click()
    assert.equal((await added).status(), 201)
    await page.waitForURL(/pkg-assoc\/pages\/member/)
    await waitForText(page, ['福州e2e漆艺工坊有限公司', '正常使用', '入会申请经理事会审议通过'])
    await shot(page, 'members-04-added')

    // dated use evidence with a photo (H5: the file input; the photo is compressed and uploaded)
    await page.locator('.ui-card__extra:visible', { hasText: '添加' }).click()
    await page.waitForURL(/pkg-assoc\/pages\/evidence/)
    await page.locator('[data-testid="ev-kind-product_photo"]:visible').click()
    await type(page, 'input-ev-description', '标注证明商标的漆画礼盒实物照片')
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator('[data-testid="add-photo"]:visible').click()])
    await chooser.setFiles({ name: 'label.png', mimeType: 'image/png', buffer: PNG })
    await page.locator('[data-testid^="photo-"] img:visible, [data-testid^="photo-"]:visible .mb-files__img').first().waitFor()
    await shot(page, 'members-04b-evidence-form')
    const saved = page.waitForResponse((r) => /\/api\/members\/.+\/evidence$/.test(new URL(r.url()).pathname))
    await page.locator('[data-testid="submit-evidence"]:visible').click()
    assert.equal((await saved).status(), 201)
    await page.waitForURL(/pkg-assoc\/pages\/member/)
    await waitForText(page, ['使用证据（1）', '标注证明商标的漆画礼盒实物照片'])

    // suspend another (an active seeded member): the sheet says what follows, a reason is required
    await page.goto(url('pkg-assoc/pages/register/index'))
    await page.locator('[data-testid="status-active"]:visible').click()
    await page.waitForFunction(
      () => [...document.querySelectorAll('[data-testid^="member-MB"]')].filter((e) => e.offsetParent !== null).length > 1,
    )
    const row = page.locator('[data-testid^="member-MB"]:visible').filter({ hasNotText: 'e2e' }).first()
    const name = (await row.locator('.mb-reg__name').innerText()).trim()
    await row.click()
    await page.waitForURL(/pkg-assoc\/pages\/member/)
    await page.locator('[data-testid="action-suspend"]:visible').click()
    await waitForText(page, [`暂停${name}使用`, '恢复前不得', '撤三答辩'])
    await page.locator('[data-testid="change-confirm"]:visible').click()
    await waitForText(page, ['请填写原因'])
    await type(page, 'change-reason-input', '抽检发现漆层厚度不达标，整改期间暂停使用')
    await shot(page, 'members-05-suspend-confirm')
    const changed = page.waitForResponse((r) => /\/api\/members\/.+\/changes$/.test(new URL(r.url()).pathname))
    await page.locator('[data-testid="change-confirm"]:visible').click()
    assert.equal((await changed).status(), 200)
    await page.locator('[data-testid="change-sheet"]:visible').waitFor({ state: 'detached' })
    await waitForText(page, ['暂停使用（正常使用 → 暂停使用）', '抽检发现漆层厚度不达标，整改期间暂停使用', '恢复使用'])
    await shot(page, 'members-06-suspended')

    // the bundle: preview for the default three-year window, then the HTML file
    await page.goto(url('pkg-assoc/pages/bundle/index'))
    await waitForText(page, ['收录证据', '文件名'])
    await shot(page, 'members-07-bundle-preview')
    const preview = await pageText(page)
    const n = Number(/收录证据 (\d+) 项/.exec(preview)?.[1])
    assert.ok(n > 10, `the demo mark has evidence in the last three years (preview says ${n})`)
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="export-bundle"]:visible').click()])
    assert.match(download.suggestedFilename(), /^撤三答辩使用证据-福州脱胎漆器-\d{4}-\d{2}-\d{2}至\d{4}-\d{2}-\d{2}\.html$/)
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bundle-')), 'bundle.html')
    await download.saveAs(file)
    const html = fs.readFileSync(file, 'utf8')
    assert.equal((html.match(/<section class="entry"/g) || []).length, n)
    assert.ok(!/<script/.test(html), 'the document carries no script')
    // opened offline, as a recipient would
    const doc = await context.newPage()
    await doc.route('**/*', (r) => (r.request().url().startsWith('file:') ? r.continue() : r.abort()))
    await doc.goto(`file://${file}`)
    const docText = await doc.locator('body').innerText()
    assert.match(docText, /一、证据目录/)
    assert.match(docText, /被许可使用人/)
    // the document is long (one section per entry): its first screen is what a reader sees first
    await doc.screenshot({ path: path.join(SCREENSHOTS, 'members-08-bundle-document.png') })
    // the charts of the member figures (pkg-charts)
    await page.goto(url('pkg-assoc/pages/figures/index'))
    await waitForText(page, ['年度用标情况', '年末在册'])
    await shot(page, 'members-09-figures')
    await page.locator('.ui-card__extra:visible', { hasText: '趋势图' }).click()
    await page.waitForURL(/pkg-charts\/pages\/member-trend/)
    await waitForText(page, ['用标会员数量（季末）', '每年新增与撤销'])
    await chartsDrawn(page, 1)
    await shot(page, 'members-10-trend-charts')
    console.log(`# bundle: ${n} entries, ${Math.round(html.length / 1024)} KB, from ${BASE_URL}`)
    assertNoPageErrors(errors, 'association members')
  } catch (e) {
    await shot(page, 'FAILED-members').catch(() => {})
    throw e
  } finally {
    await context.close()
  }
})
