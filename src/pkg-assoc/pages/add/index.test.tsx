// The add-member page over the real draft and session stores; only the network functions are replaced.
import Taro from '@tarojs/taro'
import TestUtils from '@tarojs/test-utils-react'
import { usccCheckChar } from '@/domain/ids'
import { useMemberDrafts } from '@/features/members'
import { useSession } from '@/shared'
import { nutButton, preparePage, typeInto, waitFor } from '../../../../test/setup/page'
import AddMemberPage from './index'

jest.mock('@/api', () => ({
  addMember: jest.fn(),
  setUnauthenticatedHandler: jest.fn(),
  logout: jest.fn(),
}))
const api = require('@/api') as Record<string, jest.Mock>
const text = () => document.body.textContent || ''
const field = (id: string) => document.querySelector(`[data-testid="${id}"]`) as Element
const BODY = '91350102MA8TKXT01'
const GOOD = BODY + usccCheckChar(BODY)
const BAD = BODY + (usccCheckChar(BODY) === '0' ? '1' : '0')

beforeAll(() => {
  ;(global as any).IS_REACT_ACT_ENVIRONMENT = false
})
beforeEach(() => {
  useSession.setState({
    session: {
      token: 't',
      user: { id: 'U2', phone: '13800000002', name: '黄丽华', role: 'association', orgId: 'OG000002' },
      expiresAt: '2099-01-01T00:00:00Z',
    },
  })
  useMemberDrafts.setState({ members: {}, evidence: {} })
})
afterEach(() => {
  document.body.innerHTML = ''
  for (const fn of Object.values(api)) fn.mockReset()
})

describe('add member page', () => {
  it('a wrong check digit is flagged at the USCC field as soon as 18 characters are in; nothing is sent', async () => {
    preparePage('/pkg-assoc/pages/add/index')
    const t = new TestUtils()
    await t.mount(AddMemberPage, {})
    await waitFor(() => expect(field('input-uscc')).toBeTruthy())
    typeInto(field('input-uscc'), BAD.toLowerCase())
    await waitFor(() => expect(field('field-uscc').textContent).toMatch(/校验/))
    expect(useMemberDrafts.getState().members.U2.uscc).toBe(BAD)
    t.fireEvent.click(nutButton('添加会员'))
    await waitFor(() => expect(text()).toContain('请填写企业名称'))
    expect(text()).toContain('请选择是否为中小企业')
    expect(api.addMember).not.toHaveBeenCalled()
  })

  it('a refusal from the server shows at its field and keeps every typed value; success clears the draft', async () => {
    preparePage('/pkg-assoc/pages/add/index')
    const redirect = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({} as any)
    jest.spyOn(Taro, 'showToast').mockResolvedValue({} as any)
    const t = new TestUtils()
    await t.mount(AddMemberPage, {})
    await waitFor(() => expect(field('input-uscc')).toBeTruthy())
    typeInto(field('input-uscc'), GOOD)
    typeInto(field('input-name'), '福州漆艺有限公司')
    t.fireEvent.click(document.querySelector('[data-testid="sme-yes"]') as Element)
    typeInto(field('input-products'), '漆画、漆盘')
    typeInto(field('input-reason'), '理事会通过')
    api.addMember.mockResolvedValueOnce({
      ok: false,
      error: { status: 400, code: 'VALIDATION', message: '提交的内容有误，请按提示修改', fieldErrors: { on: '添加日期不能晚于今天' } },
    })
    t.fireEvent.click(nutButton('添加会员'))
    await waitFor(() => expect(field('field-on').textContent).toContain('添加日期不能晚于今天'))
    expect(api.addMember).toHaveBeenCalledWith(
      expect.objectContaining({ uscc: GOOD, name: '福州漆艺有限公司', sme: true, products: ['漆画', '漆盘'], reason: '理事会通过' }),
    )
    expect(useMemberDrafts.getState().members.U2).toMatchObject({ uscc: GOOD, name: '福州漆艺有限公司', products: '漆画、漆盘' })
    api.addMember.mockResolvedValueOnce({ ok: true, status: 201, data: { id: 'MB000999' } })
    t.fireEvent.click(nutButton('添加会员'))
    await waitFor(() => expect(redirect).toHaveBeenCalledWith({ url: '/pkg-assoc/pages/member/index?id=MB000999' }))
    expect(useMemberDrafts.getState().members.U2).toBeUndefined()
    redirect.mockRestore()
  })
})
