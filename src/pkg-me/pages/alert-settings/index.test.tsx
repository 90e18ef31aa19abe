// The alert settings page over the real hook; only the network functions are replaced.
import TestUtils from '@tarojs/test-utils-react'
import { useSession } from '@/shared'
import { preparePage, waitFor } from '../../../../test/setup/page'
import AlertSettingsPage from './index'

jest.mock('@/api', () => ({
  getAlertSettings: jest.fn(),
  updateAlertSettings: jest.fn(),
  setUnauthenticatedHandler: jest.fn(),
  logout: jest.fn(),
}))
const api = require('@/api') as Record<string, jest.Mock>

const settings = (on: string[]) => ({
  ok: true,
  status: 200,
  data: {
    templateId: 'TPL_RISK_ALERT',
    remaining: 0,
    kinds: [
      { kind: 'renewal_due', label: '即将到期', enabled: on.includes('renewal_due') },
      { kind: 'squatting', label: '疑似抢注', enabled: on.includes('squatting') },
    ],
  },
})

beforeAll(() => {
  ;(global as any).IS_REACT_ACT_ENVIRONMENT = false
})
afterEach(() => {
  document.body.innerHTML = ''
  for (const fn of Object.values(api)) fn.mockReset()
})

describe('alert settings page', () => {
  it('lists every kind with its switch; turning one on saves the chosen kinds (H5: no consent result sent)', async () => {
    useSession.setState({
      session: {
        token: 't',
        user: { id: 'U1', phone: '13800000001', name: '陈志远', role: 'enterprise', orgId: 'OG1' },
        expiresAt: '2099-01-01T00:00:00Z',
      },
    })
    preparePage('/pkg-me/pages/alert-settings/index')
    api.getAlertSettings.mockResolvedValue(settings(['squatting']))
    api.updateAlertSettings.mockResolvedValue(settings(['renewal_due', 'squatting']))
    const t = new TestUtils()
    await t.mount(AlertSettingsPage, {})
    await waitFor(() => expect(document.querySelector('[data-testid="alert-setting-renewal_due"]')).toBeTruthy())
    expect(document.body.textContent).toContain('会在“消息通知”中提醒您')
    const sw = document.querySelector('[data-testid="alert-setting-renewal_due"] .nut-switch') as HTMLElement
    expect(sw.className).toContain('nut-switch-close')
    t.fireEvent.click(sw)
    await waitFor(() => expect(api.updateAlertSettings).toHaveBeenCalledWith({ kinds: ['renewal_due', 'squatting'] }))
    await waitFor(() =>
      expect((document.querySelector('[data-testid="alert-setting-renewal_due"] .nut-switch') as HTMLElement).className).not.toContain(
        'nut-switch-close',
      ),
    )
  })
})
