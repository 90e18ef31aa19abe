// The home's alert rows: the last day once (the monitor's title names it already), the days left beside it.
import TestUtils from '@tarojs/test-utils-react'
import type { ApplicantHome } from '@/domain/contract'
import { toLocalDate } from '@/domain/time'
import { ApplicantHomeView } from './ApplicantHomeView'
import { waitFor } from '../../../../test/setup/page'

jest.mock('@/api', () => ({ getCurrentCall: jest.fn(() => new Promise(() => {})) }))

const in30 = toLocalDate(new Date(Date.now() + 30 * 86400_000))
const in60 = toLocalDate(new Date(Date.now() + 60 * 86400_000))
const home = (alerts: ApplicantHome['alerts']): ApplicantHome => ({
  role: 'enterprise',
  orgName: '福州闽江源食品有限公司',
  uscc: '91350102MA2XYZ1234',
  station: null,
  pendingStation: null,
  nextBooking: null,
  application: null,
  unreadAlerts: alerts.length,
  alerts,
})
const count = (hay: string, needle: string) => hay.split(needle).length - 1

afterEach(() => {
  document.body.innerHTML = ''
})

describe('ApplicantHomeView alert rows', () => {
  it('a title naming the last day is not followed by the same day again', async () => {
    const t = new TestUtils()
    await t.mount(
      () => (
        <ApplicantHomeView
          home={home([
            { id: 'AL1', title: `「闽江源」（第29、30类）将于 ${in30} 期满，请办理续展`, deadline: in30, level: 'soon' },
            { id: 'AL2', title: '负面舆情：网传产品质量问题', level: 'info' },
            { id: 'AL3', title: '「江源小厨」（第43类）存在风险', deadline: in60, level: 'info' },
          ])}
        />
      ),
      {},
    )
    await waitFor(() => expect(document.querySelector('[data-testid="home-alerts"]')).toBeTruthy())
    const rows = Array.from(document.querySelectorAll('[data-testid="home-alerts"] .home-line')).map((e) => e.textContent || '')
    expect(rows).toHaveLength(3)
    expect(count(rows[0], in30)).toBe(1)
    expect(rows[0]).toContain('剩余 30 天')
    expect(rows[1]).not.toContain('截止')
    // a title without the day: the row adds it, once
    expect(count(rows[2], in60)).toBe(1)
    expect(rows[2]).toContain(`截止 ${in60}`)
  })
})
