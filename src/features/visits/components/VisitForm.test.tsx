import TestUtils from '@tarojs/test-utils-react'
import Taro from '@tarojs/taro'
import type { Visit, VisitFormContext } from '@/domain/contract'
import { draftKeyFor, emptyDraft, useVisitStore } from '../store'
import { VisitForm } from './VisitForm'
import { waitFor } from '../../../../test/setup/page'

jest.mock('@/api', () => ({ createVisit: jest.fn() }))
const api = require('@/api') as { createVisit: jest.Mock }

const CTX: VisitFormContext = {
  stationId: 'ST1',
  stationName: '测试指导站',
  today: '2026-12-01',
  topics: [{ value: 'registration', label: '商标注册' }],
  clients: [],
}
const KEY = draftKeyFor('U1')

const click = (t: TestUtils, el: Element | null) => {
  expect(el).toBeTruthy()
  t.act(() => t.fireEvent.click(el as HTMLElement))
}

afterEach(() => {
  document.body.innerHTML = ''
  api.createVisit.mockReset()
  useVisitStore.setState({ drafts: {} })
})

describe('VisitForm submission key', () => {
  it('is made once with the draft, kept in the saved draft, and sent again after a lost answer and an app kill', async () => {
    useVisitStore.setState({
      drafts: {
        [KEY]: {
          ...emptyDraft(CTX.today),
          clientKind: 'walk_in',
          walkInName: '张先生',
          walkInPhone: '13800138000',
          topics: ['registration'],
          asked: '如何注册商标？',
          advised: '先做近似检索，再提交申请。',
          outcome: '已解答',
        },
      },
    })
    const key = useVisitStore.getState().drafts[KEY].idempotencyKey!
    expect(key).toMatch(/^[A-Za-z0-9_-]{8,64}$/)

    // the answer is lost (offline / timeout): the draft stays, with its key
    api.createVisit.mockResolvedValueOnce({ ok: false, error: { status: 0, code: 'NETWORK', message: '网络不可用' } })
    const t = new TestUtils()
    await t.mount(() => <VisitForm ctx={CTX} userId="U1" />, {})
    await t.queries.waitForQuerySelector('[data-testid="visit-submit"]')
    click(t, document.querySelector('[data-testid="visit-submit"]'))
    await waitFor(() => expect(api.createVisit).toHaveBeenCalledTimes(1))
    expect(api.createVisit.mock.calls[0][0]).toMatchObject({ idempotencyKey: key, client: { kind: 'walk_in', name: '张先生' } })
    await waitFor(() => expect(document.body.textContent).toContain('草稿已保存在本机'))

    // the app is killed: memory is gone, the saved draft comes back from storage with the same key
    const stored = Taro.getStorageSync('qqbc.visits')
    expect(stored).toContain(key)
    document.body.innerHTML = ''
    useVisitStore.setState({ drafts: {} })
    Taro.setStorageSync('qqbc.visits', stored)
    await useVisitStore.persist.rehydrate()
    expect(useVisitStore.getState().drafts[KEY]).toMatchObject({ idempotencyKey: key, walkInName: '张先生' })

    const redirect = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({} as any)
    jest.spyOn(Taro, 'showToast').mockResolvedValue({} as any)
    api.createVisit.mockResolvedValueOnce({ ok: true, status: 200, data: { id: 'VS1' } as Visit })
    const t2 = new TestUtils()
    await t2.mount(() => <VisitForm ctx={CTX} userId="U1" />, {})
    await t2.queries.waitForQuerySelector('[data-testid="visit-submit"]')
    click(t2, document.querySelector('[data-testid="visit-submit"]'))
    await waitFor(() => expect(api.createVisit).toHaveBeenCalledTimes(2))
    expect(api.createVisit.mock.calls[1][0].idempotencyKey).toBe(key)
    // logged: the draft (and its key) are gone, the next visit gets a new one
    await waitFor(() => expect(useVisitStore.getState().drafts[KEY]).toBeUndefined())
    expect(redirect.mock.calls[0][0].url).toContain('VS1')
    expect(emptyDraft(CTX.today).idempotencyKey).not.toBe(key)
  })

  it('a draft saved before keys existed gets one on submit and keeps it', async () => {
    const { idempotencyKey: _none, ...old } = { ...emptyDraft(CTX.today), outcome: '' }
    useVisitStore.setState({ drafts: { [KEY]: old } })
    api.createVisit.mockResolvedValue({ ok: false, error: { status: 0, code: 'NETWORK', message: '网络不可用' } })
    const t = new TestUtils()
    await t.mount(() => <VisitForm ctx={CTX} userId="U1" />, {})
    await t.queries.waitForQuerySelector('[data-testid="visit-submit"]')
    click(t, document.querySelector('[data-testid="visit-submit"]'))
    // the rules refuse first (nothing sent), but the key is already kept with the draft
    await waitFor(() => expect(document.body.textContent).toContain('处需要修改'))
    expect(api.createVisit).not.toHaveBeenCalled()
    expect(useVisitStore.getState().drafts[KEY].idempotencyKey).toMatch(/^vs-/)
  })
})
