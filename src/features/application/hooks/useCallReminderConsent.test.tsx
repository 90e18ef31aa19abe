import Taro from '@tarojs/taro'
import TestUtils from '@tarojs/test-utils-react'
import { useCallReminderConsent } from './useCallReminderConsent'
import { waitFor } from '../../../../test/setup/page'

jest.mock('@/api', () => ({ getCurrentCall: jest.fn(), recordSubscription: jest.fn() }))
const api = require('@/api') as Record<string, jest.Mock>

const openCall = (id: string) => ({ ok: true, status: 200, data: { provinceCode: '350000', open: { id }, next: null, message: '' } })

let ask: () => void = () => {}
/** stands in for askSubscribe (Taro.requestSubscribeMessage): the accepted template ids */
const request = jest.fn()
function Probe({ userId, weapp = true }: { userId: string; weapp?: boolean }) {
  ask = useCallReminderConsent(userId, weapp, request)
  return null
}

beforeAll(() => {
  ;(global as any).IS_REACT_ACT_ENVIRONMENT = false
})
afterAll(() => {
  ;(global as any).IS_REACT_ACT_ENVIRONMENT = true
})
beforeEach(() => {
  Taro.clearStorageSync()
  jest.clearAllMocks()
  api.recordSubscription.mockResolvedValue({ ok: true, status: 200, data: { templateId: 'TPL_CALL_REMINDER', remaining: 1 } })
})
afterEach(() => {
  document.body.innerHTML = ''
})

describe('call-reminder consent', () => {
  it('weapp: asked inside the tap once per open call, and the answer recorded', async () => {
    api.getCurrentCall.mockResolvedValue(openCall('CL000001'))
    request.mockResolvedValue(['TPL_CALL_REMINDER'])
    const t = new TestUtils()
    await t.mount(() => <Probe userId="US000001" />, {})
    await waitFor(() => expect(api.getCurrentCall).toHaveBeenCalled())
    await new Promise((r) => setTimeout(r, 0))
    ask()
    // synchronously inside the tap (WeChat shows the dialog only then)
    expect(request).toHaveBeenCalledWith(['TPL_CALL_REMINDER'])
    await waitFor(() => expect(api.recordSubscription).toHaveBeenCalledWith({ templateId: 'TPL_CALL_REMINDER', accepted: true }))
    ask()
    ask()
    expect(request).toHaveBeenCalledTimes(1)
  })

  it('weapp: nothing asked while no call is open; a refusal is recorded as such', async () => {
    api.getCurrentCall.mockResolvedValue({ ok: true, status: 200, data: { provinceCode: '350000', open: null, next: null, message: '' } })
    const t = new TestUtils()
    await t.mount(() => <Probe userId="US000001" />, {})
    await waitFor(() => expect(api.getCurrentCall).toHaveBeenCalled())
    await new Promise((r) => setTimeout(r, 0))
    ask()
    expect(request).not.toHaveBeenCalled()
    document.body.innerHTML = ''
    api.getCurrentCall.mockResolvedValue(openCall('CL000002'))
    request.mockResolvedValue([])
    await new TestUtils().mount(() => <Probe userId="US000001" />, {})
    await waitFor(() => expect(api.getCurrentCall).toHaveBeenCalledTimes(2))
    await new Promise((r) => setTimeout(r, 0))
    ask()
    await waitFor(() => expect(api.recordSubscription).toHaveBeenCalledWith({ templateId: 'TPL_CALL_REMINDER', accepted: false }))
  })

  it('H5: never asks (the in-app notice carries the reminder)', async () => {
    api.getCurrentCall.mockResolvedValue(openCall('CL000003'))
    await new TestUtils().mount(() => <Probe userId="US000001" weapp={false} />, {})
    await new Promise((r) => setTimeout(r, 50))
    ask()
    expect(api.getCurrentCall).not.toHaveBeenCalled()
    expect(request).not.toHaveBeenCalled()
    expect(api.recordSubscription).not.toHaveBeenCalled()
  })
})
