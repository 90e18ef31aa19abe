import TestUtils from '@tarojs/test-utils-react'
import type { Link } from '@/domain/contract'
import { useSession } from '@/shared'
import { LinkButton } from './LinkButton'
import { waitFor } from '../../../../test/setup/page'

jest.mock('@/api', () => ({ listLinks: jest.fn(), createLink: jest.fn() }))
const api = require('@/api') as { listLinks: jest.Mock; createLink: jest.Mock }

const link = (p: Partial<Link>): Link => ({
  id: 'LK1',
  stationId: 'ST1',
  orgId: 'O1',
  status: 'pending',
  createdAt: '2026-11-20T01:00:00Z',
  ...p,
})

afterEach(() => {
  document.body.innerHTML = ''
})

describe('LinkButton (申请对接)', () => {
  beforeEach(() => {
    useSession.setState({
      session: {
        token: 't',
        expiresAt: '2099-01-01T00:00:00Z',
        user: { id: 'U1', phone: '13800000001', name: '陈志远', role: 'enterprise', orgId: 'O1' },
      },
    })
    api.listLinks.mockReset()
    api.createLink.mockReset()
  })

  it('an organisation without a link asks once and then sees 待确认', async () => {
    api.listLinks.mockResolvedValue({ ok: true, status: 200, data: [] })
    api.createLink.mockResolvedValue({ ok: true, status: 201, data: link({ stationName: '测试站' }) })
    const t = new TestUtils()
    await t.mount(() => <LinkButton stationId="ST1" stationName="测试站" />, {})
    await t.queries.waitForQuerySelector('[data-testid="link-request"]')
    const btn = Array.from(document.querySelectorAll('.nut-button')).find((b) => b.textContent?.includes('申请对接')) as HTMLElement
    t.act(() => t.fireEvent.click(btn))
    await waitFor(() => expect(document.querySelector('[data-testid="link-status"]')?.textContent).toContain('待确认'))
    expect(api.createLink).toHaveBeenCalledWith({ stationId: 'ST1' })
  })

  it('linked to another station: no button, says where', async () => {
    api.listLinks.mockResolvedValue({
      ok: true,
      status: 200,
      data: [link({ stationId: 'ST9', status: 'accepted', stationName: '福州市鼓楼区商标品牌指导站' })],
    })
    const t = new TestUtils()
    await t.mount(() => <LinkButton stationId="ST1" stationName="测试站" />, {})
    await t.queries.waitForQuerySelector('[data-testid="link-elsewhere"]')
    expect(document.body.textContent).toContain('已与“福州市鼓楼区商标品牌指导站”建立对接')
    expect(document.querySelector('[data-testid="link-request"]')).toBeNull()
  })
})
