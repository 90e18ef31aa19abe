// The cases found by hand and by the fuzzer (issue 7), each with its declared 400 and Chinese field message.
import type { Alert, AvailabilityRules, Page } from '../../src/domain/contract'
import { startMock, type Client, type Mock } from './harness'

let mock: Mock
let staff: Client
let ent: Client
let province: Client
beforeAll(async () => {
  mock = await startMock()
  staff = await mock.as('staff')
  ent = await mock.as('enterprise')
  province = await mock.as('province')
})
afterAll(async () => {
  await mock?.close()
})

const CJK = /[\u4e00-\u9fa5]/

describe('PUT /staff/availability: cancelCutoffHours is required and not nullable', () => {
  const rules = async () => {
    const { stationId: _s, updatedAt: _u, ...body } = (await staff.call<AvailabilityRules>('GET', '/staff/availability')).body
    return body
  }
  test.each([
    ['missing', undefined],
    ['null', null],
    ['empty string', ''],
    ['a string', '24'],
  ])('%s → 400 and the stored rules are unchanged', async (_what, value) => {
    const before = await rules()
    const body: Record<string, unknown> = { ...before }
    if (value === undefined) delete body.cancelCutoffHours
    else body.cancelCutoffHours = value
    const res = await staff.call('PUT', '/staff/availability', body)
    expect(res.status).toBe(400)
    expect(res.body.code).toBe('VALIDATION')
    expect(res.body.fieldErrors.cancelCutoffHours).toMatch(CJK)
    expect(await rules()).toEqual(before)
  })
  test('unknown keys are refused, each named', async () => {
    const res = await staff.call('PUT', '/staff/availability', { ...(await rules()), stationId: 'ST000001' })
    expect(res.status).toBe(400)
    expect(res.body.fieldErrors).toEqual({ stationId: expect.stringMatching(CJK) })
  })
})

describe('POST /alerts/{id}/handle', () => {
  let alert: Alert
  beforeAll(async () => {
    alert = (await ent.call<Page<Alert>>('GET', '/alerts')).body.items[0]
  })
  test.each([
    ['note is an array', { note: [] }, 'note'],
    ['note too long', { note: '长'.repeat(201) }, 'note'],
    ['unknown key', { note: 'ok', extra: 1 }, 'extra'],
    ['null body', null, '_form'],
  ])('%s → 400', async (_what, body, key) => {
    const res = await ent.call('POST', `/alerts/${alert.id}/handle`, body)
    expect(res.status).toBe(400)
    expect(res.body.fieldErrors[key]).toMatch(CJK)
    expect((await ent.call<Alert>('GET', `/alerts/${alert.id}`)).body.status).toBe('open')
  })
  test('no body and a note are fine', async () => {
    expect((await ent.call('POST', `/alerts/${alert.id}/handle`, { note: '已联系代理机构' })).status).toBe(200)
  })
})

describe('queries are validated', () => {
  test('GET /alerts?status=bogus → 400', async () => {
    const res = await ent.call('GET', '/alerts?status=bogus')
    expect(res.status).toBe(400)
    expect(res.body.fieldErrors.status).toMatch(CJK)
  })
  test.each(['abc', '0', '-1', '1e308', '1.5', '201', ''])('GET /review/applications?limit=%s → 400', async (limit) => {
    const res = await province.call('GET', `/review/applications?limit=${limit}`)
    expect(res.status).toBe(400)
    expect(res.body.fieldErrors.limit).toMatch(/每页数量/)
  })
  test('GET /stations?provinceCode= (empty) → 400, not every station', async () => {
    const res = await mock.call('GET', '/stations?provinceCode=')
    expect(res.status).toBe(400)
    expect(res.body.fieldErrors.provinceCode).toMatch(CJK)
  })
  test('an unknown query parameter → 400 naming it', async () => {
    const res = await mock.call('GET', '/stations?provinceCode=350000&sort=name')
    expect(res.status).toBe(400)
    expect(res.body.fieldErrors).toEqual({ sort: expect.stringMatching(CJK) })
  })
  test('one cursor format on every list: the next cursor of page 1 opens page 2', async () => {
    const p1 = await province.call<Page<unknown>>('GET', '/review/applications?limit=2')
    expect(p1.body.next).toMatch(/^o\d+$/)
    const p2 = await province.call<Page<unknown>>('GET', `/review/applications?limit=2&cursor=${p1.body.next}`)
    expect(p2.status).toBe(200)
    expect((await province.call('GET', '/review/applications?cursor=2')).status).toBe(400)
  })
})

describe('framework errors', () => {
  test('bad URL encoding → 400 in Chinese (was FST_ERR_BAD_URL in English)', async () => {
    const res = await ent.call('GET', '/alerts/%ZZ')
    expect(res.status).toBe(400)
    expect(res.body).toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(CJK) })
  })
  test('an id over 100 characters → 400 with a field error (was 414)', async () => {
    const res = await ent.call('GET', `/alerts/${'A'.repeat(150)}`)
    expect(res.status).toBe(400)
    expect(res.body.fieldErrors.id).toMatch(CJK)
  })
})
