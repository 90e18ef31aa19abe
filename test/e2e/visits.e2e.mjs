// Issue 11 (station staff) in Chromium (H5 build + mock): a booking of the demo enterprise is checked in (through the
// API, as the booking e2e does it through the screens); staff complete it on the booking page and land on the
// visit-log form prefilled from the booking, add a photo (file input → canvas compression → multipart upload), write
// an advice note and save; the visit page shows the photo and the note. The enterprise then opens its visits,
// filters the advice notes and reads the note. The staff home lists the follow-ups due. Screenshots of each screen.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { BASE_URL, DEMO, DEV_SMS_CODE, launch, newPhone, signIn, shot, waitForText, assertNoPageErrors, url } from './lib.mjs'

const NOTE = '请在商标专用权期满前 12 个月内提交续展申请，并按季度留存带商标的销售发票与包装照片。'

let browser
let ent
let staff
let bookingId

async function api(method, path, token, body) {
  const res = await fetch(`${BASE_URL}/api${path}`, {
    method,
    headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  })
  const json = await res.json().catch(() => undefined)
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${JSON.stringify(json)}`)
  return json
}
const tokenOf = async (phone) => (await api('POST', '/auth/login/phone', null, { phone, code: DEV_SMS_CODE })).token

/** A checked-in booking of the demo enterprise at the demo station (the booking e2e covers these screens). */
async function checkedInBooking() {
  const entToken = await tokenOf(DEMO.enterprise)
  const staffToken = await tokenOf(DEMO.staff)
  const home = await api('GET', '/home', entToken)
  const slots = await api('GET', `/stations/${home.station.id}/slots?days=14`)
  // a slot this organisation holds no booking in (other e2e files book the same station before this one)
  const mine = await api('GET', '/bookings?scope=upcoming&limit=200', entToken)
  const held = new Set((mine.items ?? mine).map((x) => x.slotId))
  const slot = slots.days.flatMap((d) => d.slots).find((s) => s.available > 0 && !held.has(s.id))
  const b = await api('POST', '/bookings', entToken, {
    slotId: slot.id,
    topic: 'risk',
    description: '注册商标明年到期，咨询续展和使用证据',
    mode: 'onsite',
    idempotencyKey: `e2e-visit-${Date.now()}`,
  })
  if (b.status === 'pending') await api('POST', `/bookings/${b.id}/confirm`, staffToken, {})
  await api('POST', `/bookings/${b.id}/check-in`, staffToken, { voucherCode: b.voucherCode })
  return b.id
}

/** A real photo drawn in the page (a PNG of a labelled product), as a file chooser would hand it over. */
async function photoFile(page) {
  const dataUrl = await page.evaluate(() => {
    const c = document.createElement('canvas')
    c.width = 1200
    c.height = 900
    const g = c.getContext('2d')
    g.fillStyle = '#e8f0fa'
    g.fillRect(0, 0, 1200, 900)
    g.fillStyle = '#1a5fb4'
    g.fillRect(300, 200, 600, 500)
    g.fillStyle = '#fff'
    g.font = 'bold 72px sans-serif'
    g.fillText('闽江源', 480, 470)
    return c.toDataURL('image/png')
  })
  return { name: 'site-visit.png', mimeType: 'image/png', buffer: Buffer.from(dataUrl.split(',')[1], 'base64') }
}

before(async () => {
  browser = await launch()
  ent = await newPhone(browser)
  staff = await newPhone(browser)
  bookingId = await checkedInBooking()
  await signIn(staff.page, 'staff')
  await signIn(ent.page, 'enterprise')
})
after(async () => {
  await ent?.context.close()
  await staff?.context.close()
  await browser?.close()
})

async function guarded(p, name, fn) {
  try {
    await fn()
  } catch (e) {
    await shot(p.page, `FAILED-visits-${name}`).catch(() => {})
    throw e
  }
}

let visitId
test('staff complete the booking and log the visit with a photo and an advice note', async () => {
  const { page } = staff
  await guarded(staff, 'log', async () => {
    await page.goto(url(`pkg-staff/pages/booking/index?id=${bookingId}`))
    await page.locator('[data-testid="complete"]').click()
    await page.waitForURL(/pkg-staff\/pages\/visit-log\/index/)
    await page.locator('[data-testid="visit-form"]').waitFor()
    await waitForText(page, ['已根据预约自动填写', '福州闽江源食品有限公司', '风险预警应对'])
    await shot(page, 'visits-form-prefilled')

    // required fields the booking could not fill: an empty save shows the field errors and keeps what is there
    await page.locator('[data-testid="visit-submit"]').click()
    await waitForText(page, ['请按提示填写'])
    assert.ok(await page.locator('[data-field="outcome"] .ui-field-error').isVisible())
    assert.match(await page.locator('[data-field="asked"] textarea').inputValue(), /注册商标明年到期/)
    await shot(page, 'visits-form-errors')
    // the follow-up day's trigger spans its field like the other selects (its picker wrapper once shrank it to the text)
    const followUp = await page.locator('[data-testid="follow-up-on"]').boundingBox()
    const dateSelect = await page.locator('[data-field="date"] .ui-select').boundingBox()
    assert.ok(followUp.width >= dateSelect.width * 0.9, `follow-up select ${followUp.width}px wide, date select ${dateSelect.width}px`)

    await page.locator('[data-field="advised"] textarea').fill('建议在期满前 12 个月内提交续展申请，同时整理近三年的使用证据。')
    await page.locator('[data-field="outcome"] input').fill('已解答，企业将按建议办理续展')

    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator('[data-testid="photo-add"]').click()])
    await chooser.setFiles(await photoFile(page))
    await page.locator('[data-testid="photo-field"] [data-testid="stored-photo"] img').waitFor({ timeout: 30_000 })
    await waitForText(page, ['已添加 1/9 张'])

    await page.locator('[data-testid="note-toggle"]').click()
    await page.locator('[data-field="adviceNote.body"] textarea').fill(NOTE)
    await page.locator('[data-testid="note-toggle"]').scrollIntoViewIfNeeded()
    await shot(page, 'visits-form-filled')

    await page.locator('[data-testid="visit-submit"]').click()
    await page.waitForURL(/pkg-me\/pages\/visit\/index\?id=VS/)
    visitId = new URL(page.url().replace('/#/', '/')).searchParams.get('id')
    await page.locator('[data-testid="visit-detail"]').waitFor()
    await waitForText(page, ['商标指导服务建议书', '已解答，企业将按建议办理续展', '现场照片（1）'])
    await page.locator('[data-testid="stored-photo"] img').waitFor()
    await shot(page, 'visits-detail-staff')
  })
  assertNoPageErrors(staff.errors, 'log')
})

test('the enterprise reads the advice note among its visits', async () => {
  const { page } = ent
  await guarded(ent, 'read', async () => {
    await page.goto(url('pkg-me/pages/visits/index'))
    await page.locator('[data-testid="visit-list"]').waitFor()
    await page.locator('[data-testid="visit-filter"] [role="tab"]', { hasText: '服务建议书' }).click()
    await page.locator(`[data-testid="visit-card"][data-id="${visitId}"]`).waitFor()
    await shot(page, 'visits-client-list')
    await page.locator(`[data-testid="visit-card"][data-id="${visitId}"]`).click()
    await page.locator('[data-testid="advice-note"]').waitFor()
    assert.ok((await page.locator('[data-testid="advice-note"]').innerText()).includes(NOTE))
    await page.locator('[data-testid="stored-photo"] img').waitFor()
    await shot(page, 'visits-client-note')
  })
  assertNoPageErrors(ent.errors, 'read')
})

test('the staff home lists the follow-ups due; the station list shows the new visit first', async () => {
  const { page } = staff
  await guarded(staff, 'home', async () => {
    await page.goto(url('pages/home/index'))
    await page.locator('[data-testid="home-follow-ups"]').waitFor()
    await waitForText(page, ['待回访', '已逾期'])
    await shot(page, 'visits-staff-home')
    await page.goto(url('pkg-staff/pages/visits/index'))
    await page.locator('[data-testid="visit-card"]').first().waitFor()
    assert.equal(await page.locator('[data-testid="visit-card"]').first().getAttribute('data-id'), visitId)
    await shot(page, 'visits-station-list')
  })
  assertNoPageErrors(staff.errors, 'home')
})
