// The H5 service worker must not compete with the first render: it is registered only after the window's load
// event, when the main thread is idle; once active it is handed the built files the page loaded before it.
import { registerServiceWorker } from '../../../src/shared/service-worker'

const flush = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve()
}

function fakeServiceWorker() {
  const postMessage = jest.fn()
  const reg = { active: { postMessage } }
  const register = jest.fn().mockResolvedValue(reg)
  Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: { register, ready: Promise.resolve(reg) } })
  return { register, postMessage }
}

let readyState: DocumentReadyState = 'loading'
beforeAll(() => {
  Object.defineProperty(document, 'readyState', { configurable: true, get: () => readyState })
  ;(performance as any).getEntriesByType = (type: string) =>
    type === 'resource'
      ? [{ name: 'http://localhost/js/app.1.js' }, { name: 'http://localhost/css/app.1.css' }, { name: 'http://localhost/api/home' }]
      : []
})
afterEach(() => {
  jest.useRealTimers()
  delete (window as any).requestIdleCallback
})

test('registers after the load event and an idle period, then hands over the loaded files', async () => {
  // the loaded files come from the real performance timeline (stubbed above), not a faked one
  jest.useFakeTimers({ doNotFake: ['performance'] })
  readyState = 'loading'
  const { register, postMessage } = fakeServiceWorker()
  registerServiceWorker()
  jest.advanceTimersByTime(10_000)
  expect(register).not.toHaveBeenCalled()
  window.dispatchEvent(new Event('load'))
  expect(register).not.toHaveBeenCalled()
  jest.advanceTimersByTime(2000)
  expect(register).toHaveBeenCalledWith('/sw.js')
  await flush()
  expect(postMessage).toHaveBeenCalledWith({ type: 'cache', urls: ['http://localhost/js/app.1.js', 'http://localhost/css/app.1.css'] })
})

test('a page already loaded waits for requestIdleCallback (with a timeout) only', () => {
  readyState = 'complete'
  const { register } = fakeServiceWorker()
  const idle = jest.fn()
  ;(window as any).requestIdleCallback = idle
  registerServiceWorker()
  expect(register).not.toHaveBeenCalled()
  expect(idle).toHaveBeenCalledWith(expect.any(Function), { timeout: 5000 })
  idle.mock.calls[0][0]()
  expect(register).toHaveBeenCalledTimes(1)
})
