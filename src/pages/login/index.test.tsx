// The real sign-in page over the real session store; only the network functions are replaced.
import Taro from '@tarojs/taro'
import TestUtils from '@tarojs/test-utils-react'
import { useSession } from '@/shared'
import { nutButton, preparePage, typeInto, waitFor } from '../../../test/setup/page'
import LoginPage from './index'

jest.mock('@/api', () => ({
  listDemoAccounts: jest.fn(),
  requestSmsCode: jest.fn(),
  loginWithPhone: jest.fn(),
  loginWithWechat: jest.fn(),
  logout: jest.fn(),
  setUnauthenticatedHandler: jest.fn(),
}))
const api = require('@/api') as Record<string, jest.Mock>

const inputs = () => Array.from(document.querySelectorAll('taro-input-core')) as (Element & { value?: string })[]
const button = nutButton
const text = () => document.body.textContent || ''

beforeAll(() => {
  ;(global as any).IS_REACT_ACT_ENVIRONMENT = false
})
beforeEach(() => {
  preparePage('/pages/login/index', { redirect: encodeURIComponent('/pkg-me/pages/alerts/index') })
  useSession.setState({ session: null, lastPhone: '' })
  api.listDemoAccounts.mockResolvedValue({
    ok: true,
    status: 200,
    data: [{ role: 'enterprise', phone: '13800000001', name: '陈志远', description: '' }],
  })
})
afterEach(() => {
  document.body.innerHTML = ''
  for (const fn of Object.values(api)) fn.mockReset()
})

describe('sign-in page', () => {
  it('a bad phone gets a field error under the field, nothing is sent, and the typed value stays', async () => {
    const t = new TestUtils()
    await t.mount(LoginPage, {})
    await waitFor(() => expect(inputs().length).toBe(2))
    t.act(() => typeInto(inputs()[0], '1380000'))
    t.fireEvent.click(button('获取验证码'))
    await waitFor(() => expect(document.querySelector('.ui-field-error')?.textContent).toMatch(/手机号/))
    expect(api.requestSmsCode).not.toHaveBeenCalled()
    expect(inputs()[0].value).toBe('1380000')
  })

  it('requesting a code shows the dev code; the server’s field error for a wrong code lands under the code field', async () => {
    api.requestSmsCode.mockResolvedValue({ ok: true, status: 200, data: { cooldown: 60, devCode: '246810' } })
    api.loginWithPhone.mockResolvedValue({
      ok: false,
      error: { status: 400, code: 'VALIDATION', message: '提交的内容有误', fieldErrors: { code: '验证码错误，请重新输入' } },
    })
    const t = new TestUtils()
    await t.mount(LoginPage, {})
    await waitFor(() => expect(text()).toContain('演示账号'))
    // tapping a demo account fills the phone
    t.fireEvent.click(document.querySelector('.login__demo-item') as HTMLElement)
    await waitFor(() => expect(inputs()[0].value).toBe('13800000001'))
    t.fireEvent.click(button('获取验证码'))
    await waitFor(() => expect(text()).toContain('验证码为 246810'))
    expect(text()).toContain('60 秒后重发')
    t.act(() => typeInto(inputs()[1], '111111'))
    t.fireEvent.click(button('登录'))
    await waitFor(() => expect(text()).toContain('验证码错误，请重新输入'))
    expect(api.loginWithPhone).toHaveBeenCalledWith({ phone: '13800000001', code: '111111' })
    expect(useSession.getState().session).toBeNull()
    expect(inputs()[1].value).toBe('111111')
  })

  it('a successful sign-in keeps the session and goes back to the page that asked for it', async () => {
    const session = {
      token: 'tok',
      user: { id: 'U1', phone: '13800000001', name: '陈志远', role: 'enterprise' },
      expiresAt: '2099-01-01T00:00:00Z',
    }
    api.loginWithPhone.mockResolvedValue({ ok: true, status: 200, data: session })
    const reLaunch = jest.spyOn(Taro, 'reLaunch').mockImplementation(() => Promise.resolve() as any)
    const t = new TestUtils()
    await t.mount(LoginPage, {})
    await waitFor(() => expect(inputs().length).toBe(2))
    t.act(() => typeInto(inputs()[0], '13800000001'))
    t.act(() => typeInto(inputs()[1], '246810'))
    t.fireEvent.click(button('登录'))
    await waitFor(() => expect(reLaunch).toHaveBeenCalledWith({ url: '/pkg-me/pages/alerts/index' }))
    expect(useSession.getState().session?.token).toBe('tok')
    expect(useSession.getState().lastPhone).toBe('13800000001')
    reLaunch.mockRestore()
  })
})
