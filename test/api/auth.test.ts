import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Role } from '../../src/domain/contract'
import { DEMO_PHONES, DEMO_SECOND_ENTERPRISE } from '../../mock/seed/demo'
import { Store } from '../../mock/store'
import { DEV_CODE, startMock, type Mock } from './harness'

const ROLES: Role[] = ['enterprise', 'association', 'staff', 'province', 'national']

describe('auth', () => {
  let mock: Mock
  beforeAll(async () => {
    mock = await startMock()
  })
  afterAll(async () => {
    await mock.close()
  })

  test('every demo role signs in with phone + dev code and GET /me returns that user', async () => {
    for (const role of ROLES) {
      const login = await mock.call('POST', '/auth/login/phone', { phone: DEMO_PHONES[role], code: DEV_CODE })
      expect(login.status).toBe(200)
      expect(login.body.user).toMatchObject({ role, phone: DEMO_PHONES[role] })
      const me = await (await mock.as(login.body.token)).call('GET', '/me')
      expect(me.status).toBe(200)
      expect(me.body).toEqual(login.body.user)
    }
    const province = await (await mock.as('province')).call('GET', '/me')
    expect(province.body.provinceCode).toBe('350000')
  })

  test('demo accounts are public and list the five roles, then the second enterprise of the same province', async () => {
    const res = await mock.call('GET', '/auth/demo-accounts')
    expect(res.status).toBe(200)
    expect(res.body.map((a: any) => a.role)).toEqual([...ROLES, 'enterprise'])
    expect(res.body.map((a: any) => a.phone)).toEqual([...ROLES.map((r) => DEMO_PHONES[r]), DEMO_SECOND_ENTERPRISE.phone])
    const login = await mock.call('POST', '/auth/login/phone', { phone: DEMO_SECOND_ENTERPRISE.phone, code: DEV_CODE })
    expect(login.status).toBe(200)
    const second = await (await mock.as(login.body.token)).call('GET', '/me')
    const first = await (await mock.as('enterprise')).call('GET', '/me')
    expect(second.body.role).toBe('enterprise')
    expect(second.body.orgId).not.toBe(first.body.orgId)
    expect(mock.ctx.store.orgs.get(second.body.orgId)!.provinceCode).toBe('350000')
  })

  test('bad phone → 400 with fieldErrors.phone (sms-code and login)', async () => {
    const sms = await mock.call('POST', '/auth/sms-code', { phone: '12345' })
    expect(sms.status).toBe(400)
    expect(sms.body.code).toBe('VALIDATION')
    expect(sms.body.fieldErrors.phone).toMatch(/手机号/)
    const login = await mock.call('POST', '/auth/login/phone', { phone: '2380000000', code: DEV_CODE })
    expect(login.status).toBe(400)
    expect(login.body.fieldErrors.phone).toBeTruthy()
    const empty = await mock.call('POST', '/auth/login/phone', {})
    expect(empty.status).toBe(400)
    expect(Object.keys(empty.body.fieldErrors).sort()).toEqual(['code', 'phone'])
  })

  test('unknown phone → 400 该手机号未开通账号; wrong code → 400 fieldErrors.code', async () => {
    const unknown = await mock.call('POST', '/auth/login/phone', { phone: '13912345678', code: DEV_CODE })
    expect(unknown.status).toBe(400)
    expect(unknown.body.fieldErrors.phone).toBe('该手机号未开通账号')
    const wrong = await mock.call('POST', '/auth/login/phone', { phone: DEMO_PHONES.enterprise, code: '000000' })
    expect(wrong.status).toBe(400)
    expect(wrong.body.fieldErrors.code).toBeTruthy()
    expect(wrong.body.fieldErrors.phone).toBeUndefined()
  })

  test('sms code: returns cooldown + dev code, then 429 within 60 s for the same phone', async () => {
    const first = await mock.call('POST', '/auth/sms-code', { phone: '13800000009' })
    expect(first.status).toBe(200)
    expect(first.body).toEqual({ cooldown: 60, devCode: DEV_CODE })
    const again = await mock.call('POST', '/auth/sms-code', { phone: '13800000009' })
    expect(again.status).toBe(429)
    expect(again.body.code).toBe('RATE_LIMITED')
    expect(again.body.message).toMatch(/秒后再试/)
    const other = await mock.call('POST', '/auth/sms-code', { phone: '13800000008' })
    expect(other.status).toBe(200)
  })

  test('401 without token or with a bad token on /me and /home', async () => {
    for (const p of ['/me', '/home']) {
      const anon = await mock.call('GET', p)
      expect(anon.status).toBe(401)
      expect(anon.body.code).toBe('UNAUTHENTICATED')
      const bad = await (await mock.as('not-a-real-token-0000000000')).call('GET', p)
      expect(bad.status).toBe(401)
    }
  })

  test('logout invalidates the token', async () => {
    const login = await mock.call('POST', '/auth/login/phone', { phone: DEMO_PHONES.staff, code: DEV_CODE })
    const c = await mock.as(login.body.token)
    expect((await c.call('GET', '/me')).status).toBe(200)
    expect((await c.call('POST', '/auth/logout')).status).toBe(204)
    expect((await c.call('GET', '/me')).status).toBe(401)
    expect((await mock.call('POST', '/auth/logout')).status).toBe(204)
  })

  // resolveUser caches token → user while neither collection changes: a change must be seen at once
  test('a change to the signed-in user or the session is seen on the next request (no stale cached user)', async () => {
    const login = await mock.call('POST', '/auth/login/phone', { phone: DEMO_PHONES.staff, code: DEV_CODE })
    const c = await mock.as(login.body.token)
    expect((await c.call('GET', '/me')).body.name).toBeTruthy()
    const user = mock.ctx.store.users.get(login.body.user.id)!
    mock.ctx.store.tx(() => mock.ctx.store.users.save({ ...user, name: '改名后的工作人员' }))
    expect((await c.call('GET', '/me')).body.name).toBe('改名后的工作人员')
    // a session that expired since it was cached is refused
    const session = mock.ctx.store.sessions.get(login.body.token)!
    mock.ctx.store.tx(() => mock.ctx.store.sessions.save({ ...session, expiresAt: '2000-01-01T00:00:00.000Z' }))
    expect((await c.call('GET', '/me')).status).toBe(401)
    mock.ctx.store.tx(() => mock.ctx.store.users.save(user))
  })

  test('wechat: unbound code asks for the phone, binding with phone + sms code, then the code alone signs in', async () => {
    const code = 'wx-test-code-association'
    const first = await mock.call('POST', '/auth/login/wechat', { code })
    expect(first.status).toBe(400)
    expect(first.body.code).toBe('VALIDATION')
    expect(first.body.fieldErrors.phone).toBe('首次登录请绑定手机号')

    const noSms = await mock.call('POST', '/auth/login/wechat', { code, phone: DEMO_PHONES.association })
    expect(noSms.status).toBe(400)
    expect(noSms.body.fieldErrors.smsCode).toBeTruthy()
    const badSms = await mock.call('POST', '/auth/login/wechat', { code, phone: DEMO_PHONES.association, smsCode: '111111' })
    expect(badSms.status).toBe(400)
    expect(badSms.body.fieldErrors.smsCode).toBeTruthy()
    const unknown = await mock.call('POST', '/auth/login/wechat', { code, phone: '13912345678', smsCode: DEV_CODE })
    expect(unknown.status).toBe(400)
    expect(unknown.body.fieldErrors.phone).toBe('该手机号未开通账号')

    const bind = await mock.call('POST', '/auth/login/wechat', { code, phone: DEMO_PHONES.association, smsCode: DEV_CODE })
    expect(bind.status).toBe(200)
    expect(bind.body.user.role).toBe('association')
    expect(bind.body.user).not.toHaveProperty('openid')

    const again = await mock.call('POST', '/auth/login/wechat', { code })
    expect(again.status).toBe(200)
    expect(again.body.user.id).toBe(bind.body.user.id)
    expect(again.body.token).not.toBe(bind.body.token)

    const missing = await mock.call('POST', '/auth/login/wechat', {})
    expect(missing.status).toBe(400)
    expect(missing.body.fieldErrors.code).toBeTruthy()
  })

  test('OpenAPI document is served, every $ref resolves and every operation names its roles', async () => {
    const res = await mock.call('GET', '/openapi.json')
    expect(res.status).toBe(200)
    const doc = res.body
    const refs: string[] = []
    const walk = (v: any) => {
      if (Array.isArray(v)) v.forEach(walk)
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) k === '$ref' ? refs.push(x as string) : walk(x)
    }
    walk(doc)
    for (const ref of refs) {
      const target = ref
        .replace(/^#\//, '')
        .split('/')
        .reduce((o: any, k) => o?.[k.replace(/~1/g, '/').replace(/~0/g, '~')], doc)
      expect([ref, target !== undefined]).toEqual([ref, true])
    }
    expect(doc.openapi).toMatch(/^3\.1/)
    for (const [p, ops] of Object.entries<any>(doc.paths)) {
      for (const [m, op] of Object.entries<any>(ops)) {
        expect([p, m, Array.isArray(op['x-roles']) && op['x-roles'].length > 0]).toEqual([p, m, true])
      }
    }
  })
})

describe('persistence and reset', () => {
  test('a session (and the WeChat binding) survive a restart on the same data file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qqbc-persist-'))
    const dataFile = path.join(dir, 'db.sqlite')
    try {
      const a = await startMock({ dataFile })
      const login = await a.call('POST', '/auth/login/wechat', { code: 'wx-persist', phone: DEMO_PHONES.enterprise, smsCode: DEV_CODE })
      expect(login.status).toBe(200)
      await a.close()

      const b = await startMock({ dataFile })
      const me = await (await b.as(login.body.token)).call('GET', '/me')
      expect(me.status).toBe(200)
      expect(me.body.phone).toBe(DEMO_PHONES.enterprise)
      const wx = await b.call('POST', '/auth/login/wechat', { code: 'wx-persist' })
      expect(wx.status).toBe(200)
      expect(wx.body.user.role).toBe('enterprise')
      await b.close()
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  test('mock:reset (--reset-only) deletes the data file and reseeds', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qqbc-reset-'))
    const dataFile = path.join(dir, 'db.sqlite')
    try {
      // a data file with a stray session and no seeded world
      const old = Store.open(dataFile)
      old.sessions.insert({ token: 'x', userId: 'y', expiresAt: '2099-01-01T00:00:00Z' })
      old.close()
      const root = path.resolve(__dirname, '../..')
      execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'mock/server/main.ts'), '--reset-only'], {
        cwd: root,
        env: { ...process.env, MOCK_DATA: dataFile, MOCK_NOW: '2026-11-24T02:00:00Z' },
        stdio: 'pipe',
      })
      const store = Store.open(dataFile)
      try {
        expect(store.sessions.all()).toEqual([])
        expect(store.stations.count()).toBeGreaterThanOrEqual(4000)
        expect(store.users.all().map((u) => u.phone)).toEqual(expect.arrayContaining(Object.values(DEMO_PHONES)))
      } finally {
        store.close()
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
