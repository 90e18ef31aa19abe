// Loads the built weapp (dist/weapp) in Node: app.js + a page, under miniprogram-simulate/j-component
// in jsdom with a fake `wx` (WeChat DevTools does not run on Linux; this is the closest check of a built page).
// Usage: node test/weapp/smoke.cjs <distDir> <pagePath>[?query] [<pagePath>[?query] ...]
//        (the query, e.g. "pkg-station/pages/voucher/index?id=BK000001", is what onLoad receives)
// Prints one JSON line per page: {page, ok, text, error, calls} and exits 1 if any page failed to render.
// Env: SMOKE_API=<http://127.0.0.1:port/api> forwards wx.request to a real mock backend (base URL from
//      .env's TARO_APP_WEAPP_API_BASE is rewritten to it); without it requests answer 401.
//      SMOKE_STORAGE=<json> pre-fills wx storage (e.g. a signed-in session).
'use strict'
const path = require('path')
const { JSDOM } = require('jsdom')

const distDir = path.resolve(process.argv[2] || 'dist/weapp')
const pages = process.argv.slice(3)
const API = process.env.SMOKE_API || ''

// ---- one jsdom for window, document and the Event classes ---------------------------------------
const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', { pretendToBeVisual: true, url: 'http://localhost/' })
const w = dom.window
for (const k of [
  'window',
  'document',
  'navigator',
  'Node',
  'Element',
  'HTMLElement',
  'Event',
  'CustomEvent',
  'MouseEvent',
  'KeyboardEvent',
  'TouchEvent',
  'FocusEvent',
  'UIEvent',
  'EventTarget',
  'MutationObserver',
  'DocumentFragment',
  'Text',
  'Comment',
  'getComputedStyle',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'DOMParser',
]) {
  try {
    Object.defineProperty(global, k, { value: w[k], configurable: true, writable: true })
  } catch {}
}
// nothing may fall back to Node's own network stack
delete global.fetch
delete global.XMLHttpRequest
w.fetch = undefined
w.XMLHttpRequest = undefined

// ---- fake wx ---------------------------------------------------------------------------------------
const calls = []
let pending = 0
const storage = Object.assign({}, process.env.SMOKE_STORAGE ? JSON.parse(process.env.SMOKE_STORAGE) : {})
const ok = (name, extra = {}) => ({ errMsg: `${name}:ok`, ...extra })
const asyncApi =
  (name, result = () => ({})) =>
  (opts = {}) => {
    calls.push(name)
    const res = ok(name, result(opts))
    return new Promise((resolve) =>
      setTimeout(() => {
        opts.success && opts.success(res)
        opts.complete && opts.complete(res)
        resolve(res)
      }, 0),
    )
  }
const sysInfo = {
  brand: 'devtools',
  model: 'iPhone X',
  pixelRatio: 2,
  screenWidth: 375,
  screenHeight: 812,
  windowWidth: 375,
  windowHeight: 724,
  statusBarHeight: 44,
  language: 'zh_CN',
  version: '8.0.50',
  system: 'iOS 16',
  platform: 'devtools',
  SDKVersion: '3.5.0',
  safeArea: { top: 44, left: 0, right: 375, bottom: 778, width: 375, height: 734 },
}
function selectorQuery() {
  const q = {
    in() {
      return q
    },
    select() {
      return node
    },
    selectAll() {
      return node
    },
    selectViewport() {
      return node
    },
    exec(cb) {
      setTimeout(() => cb && cb([]), 0)
      return q
    },
  }
  const node = {
    boundingClientRect(cb) {
      cb && setTimeout(() => cb({ width: 375, height: 44, top: 0, left: 0, right: 375, bottom: 44 }), 0)
      return q
    },
    scrollOffset(cb) {
      cb && setTimeout(() => cb({ scrollTop: 0, scrollLeft: 0 }), 0)
      return q
    },
    fields(_f, cb) {
      cb && setTimeout(() => cb({}), 0)
      return q
    },
    node(cb) {
      cb && setTimeout(() => cb({ node: null }), 0)
      return q
    },
    context(cb) {
      cb && setTimeout(() => cb({}), 0)
      return q
    },
  }
  return q
}
function request(opts = {}) {
  calls.push(`request ${opts.method || 'GET'} ${opts.url}`)
  let aborted = false
  pending++
  const finish = (res) => {
    pending--
    if (aborted) return
    calls.push(`  -> ${res.statusCode || res.errMsg}`)
    if (res.errMsg.endsWith(':ok')) opts.success && opts.success(res)
    else opts.fail && opts.fail(res)
    opts.complete && opts.complete(res)
  }
  const base = (process.env.TARO_APP_WEAPP_API_BASE || '').replace(/\/$/, '')
  if (!API) {
    setTimeout(
      () => finish({ errMsg: 'request:ok', statusCode: 401, header: {}, data: { code: 'UNAUTHENTICATED', message: '请先登录' } }),
      0,
    )
  } else {
    let url = String(opts.url)
    if (base && url.startsWith(base)) url = API + url.slice(base.length)
    else if (url.startsWith('/api')) url = API + url.slice(4)
    const method = (opts.method || 'GET').toUpperCase()
    const headers = Object.assign({}, opts.header || {})
    let body
    if (opts.data !== undefined && method !== 'GET') {
      body = typeof opts.data === 'string' ? opts.data : JSON.stringify(opts.data)
      if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['content-type'] = 'application/json'
    } else if (opts.data && method === 'GET') {
      const u = new URL(url)
      for (const [k, v] of Object.entries(opts.data)) if (v !== undefined && v !== null) u.searchParams.set(k, String(v))
      url = u.toString()
    }
    require('./node-fetch-shim.cjs')(url, { method, headers, body })
      .then(({ status, headers: h, text }) => {
        let data = text
        if (opts.dataType !== 'text') {
          try {
            data = JSON.parse(text)
          } catch {}
        }
        finish({ errMsg: 'request:ok', statusCode: status, header: h, data })
      })
      .catch((e) => finish({ errMsg: `request:fail ${e.message}` }))
  }
  return {
    abort() {
      aborted = true
    },
    onHeadersReceived() {},
    offHeadersReceived() {},
  }
}
const wxImpl = {
  request,
  getSystemInfoSync: () => sysInfo,
  getSystemInfo: asyncApi('getSystemInfo', () => sysInfo),
  getWindowInfo: () => sysInfo,
  getDeviceInfo: () => sysInfo,
  getAppBaseInfo: () => sysInfo,
  getSystemSetting: () => ({}),
  getAppAuthorizeSetting: () => ({}),
  getAccountInfoSync: () => ({ miniProgram: { envVersion: 'develop', appId: 'touristappid' } }),
  getMenuButtonBoundingClientRect: () => ({ width: 87, height: 32, top: 48, right: 368, bottom: 80, left: 281 }),
  getLaunchOptionsSync: () => ({ path: 'pages/home/index', query: {}, scene: 1001 }),
  getEnterOptionsSync: () => ({ path: 'pages/home/index', query: {}, scene: 1001 }),
  getStorageSync: (k) => (k in storage ? storage[k] : ''),
  setStorageSync: (k, v) => {
    storage[k] = v
  },
  removeStorageSync: (k) => {
    delete storage[k]
  },
  clearStorageSync: () => {
    for (const k of Object.keys(storage)) delete storage[k]
  },
  getStorageInfoSync: () => ({ keys: Object.keys(storage), currentSize: 0, limitSize: 10240 }),
  getStorage: asyncApi('getStorage', (o) => ({ data: storage[o.key] })),
  setStorage: asyncApi('setStorage', (o) => {
    storage[o.key] = o.data
    return {}
  }),
  removeStorage: asyncApi('removeStorage', (o) => {
    delete storage[o.key]
    return {}
  }),
  createSelectorQuery: selectorQuery,
  createIntersectionObserver: () => ({
    relativeTo() {
      return this
    },
    relativeToViewport() {
      return this
    },
    observe() {},
    disconnect() {},
  }),
  login: asyncApi('login', () => ({ code: 'smoke-wx-code' })),
  nextTick: (fn) => setTimeout(fn, 0),
  canIUse: () => true,
  onAppShow() {},
  onAppHide() {},
  offAppShow() {},
  offAppHide() {},
  onError() {},
  onUnhandledRejection() {},
  onPageNotFound() {},
  onNetworkStatusChange() {},
  onMemoryWarning() {},
  onThemeChange() {},
  onWindowResize() {},
  offWindowResize() {},
  getUpdateManager: () => ({ onCheckForUpdate() {}, onUpdateReady() {}, onUpdateFailed() {}, applyUpdate() {} }),
  reportAnalytics() {},
  getRealtimeLogManager: () => ({ info() {}, warn() {}, error() {}, setFilterMsg() {} }),
  getLogManager: () => ({ log() {}, info() {}, warn() {}, debug() {} }),
  arrayBufferToBase64: (b) => Buffer.from(b).toString('base64'),
  base64ToArrayBuffer: (s) => Uint8Array.from(Buffer.from(s, 'base64')).buffer,
}
for (const nav of [
  'navigateTo',
  'redirectTo',
  'reLaunch',
  'switchTab',
  'navigateBack',
  'showToast',
  'showModal',
  'showLoading',
  'hideLoading',
  'hideToast',
  'setNavigationBarTitle',
  'stopPullDownRefresh',
  'vibrateShort',
]) {
  wxImpl[nav] = (opts = {}) =>
    asyncApi(nav)(opts).then((r) => {
      calls[calls.length - 1] += opts.url ? ` ${opts.url}` : opts.title ? ` ${opts.title}` : ''
      return r
    })
}
const wx = new Proxy(wxImpl, {
  get(t, k) {
    if (k in t) return t[k]
    if (typeof k !== 'string') return undefined
    // any other API: record it, answer success asynchronously (navigation, toast, loading, ...)
    return asyncApi(k)
  },
  has() {
    return true
  },
})
global.wx = w.wx = wx

// ---- App / Page shims (simulate only knows Component) ----------------------------------------------
const simulate = require('miniprogram-simulate')
let appInstance = null
global.App = (opts) => {
  appInstance = opts
}
global.getApp = () => appInstance
let currentRoute = ''
let currentQuery = {}
const pageStack = []
global.getCurrentPages = () => pageStack.slice()
global.Page = (opts) => {
  const methods = {}
  const data = {}
  for (const [k, v] of Object.entries(opts)) {
    if (typeof v === 'function') methods[k] = v
    else if (k === 'data') Object.assign(data, v)
  }
  const route = currentRoute
  const query = currentQuery
  global.Component({
    data,
    options: { addGlobalClass: true, ...(opts.options || {}) },
    methods,
    lifetimes: {
      attached() {
        this.route = this.__route__ = route
        this.options = { ...query }
        pageStack.push(this)
        if (typeof this.onLoad === 'function') this.onLoad({ ...query })
        if (typeof this.onShow === 'function') this.onShow()
        if (typeof this.onReady === 'function') setTimeout(() => this.onReady(), 0)
      },
      detached() {
        if (typeof this.onUnload === 'function') this.onUnload()
      },
    },
  })
}

function cjkText(s) {
  return (s || '').replace(/\s+/g, ' ').trim()
}

/** wait until no request is in flight and the text has been stable for 200 ms (max ~5 s) */
async function waitStable(comp) {
  let last = null
  let stable = 0
  for (let i = 0; i < 200 && stable < 8; i++) {
    await simulate.sleep(25)
    const t = cjkText(comp.dom.textContent)
    stable = pending === 0 && t === last ? stable + 1 : 0
    last = t
  }
}

async function main() {
  const errors = []
  process.on('unhandledRejection', (e) => errors.push(`unhandledRejection: ${(e && e.stack) || e}`))
  w.addEventListener('error', (e) => errors.push(`window error: ${e.message}`))
  // app.js pulls in vendors/taro/runtime/common chunks and registers the App
  require(path.join(distDir, 'app.js'))
  if (!appInstance) throw new Error('app.js did not call App()')
  if (typeof appInstance.onLaunch === 'function') appInstance.onLaunch({ path: 'pages/home/index', query: {}, scene: 1001 })
  if (typeof appInstance.onShow === 'function') appInstance.onShow({ path: 'pages/home/index', query: {}, scene: 1001 })
  let failed = false
  for (const page of pages) {
    const started = Date.now()
    const result = { page, ok: false, text: '', error: null, calls: [] }
    calls.length = 0
    errors.length = 0
    try {
      const [route, qs = ''] = page.split('?')
      currentRoute = route
      currentQuery = Object.fromEntries(new URLSearchParams(qs))
      const id = simulate.load(path.join(distDir, route), 'taro-page', { rootPath: distDir, compiler: 'official' })
      const comp = simulate.render(id)
      const parent = document.createElement('div')
      document.body.appendChild(parent)
      comp.attach(parent)
      // let React commit and Taro flush setData (several ticks, requests answered)
      await waitStable(comp)
      result.text = cjkText(comp.dom.textContent)
      // optional tap: SMOKE_TAP='{"pages/login/index":"微信一键登录"}' taps the element with that exact text
      const taps = process.env.SMOKE_TAP ? JSON.parse(process.env.SMOKE_TAP) : {}
      if (taps[page]) {
        const target =
          Array.from(comp.dom.querySelectorAll('[data-sid]'))
            .reverse()
            .find((el) => cjkText(el.textContent) === taps[page] && el.tagName.toLowerCase() === 'wx-button') ||
          Array.from(comp.dom.querySelectorAll('[data-sid]'))
            .reverse()
            .find((el) => cjkText(el.textContent) === taps[page])
        if (!target) throw new Error(`nothing to tap with text ${taps[page]}`)
        const sid = target.getAttribute('data-sid')
        const node = comp.querySelector(`#${sid}`)
        if (!node) throw new Error(`j-component cannot find #${sid}`)
        const before = calls.length
        node.dispatchEvent('tap')
        await waitStable(comp)
        result.tapped = taps[page]
        result.afterTap = cjkText(comp.dom.textContent)
        result.tapCalls = calls.slice(before)
      }
      result.html = comp.dom.innerHTML.length
      if (process.env.SMOKE_DUMP) console.error(comp.dom.innerHTML)
      result.calls = calls.slice()
      if (errors.length) throw new Error(errors.join('\n'))
      result.ok = result.text.length > 0
      if (!result.ok) result.error = 'page rendered no text'
    } catch (e) {
      result.error = String((e && e.stack) || e)
        .split('\n')
        .slice(0, 6)
        .join('\n')
    }
    result.ms = Date.now() - started
    if (!result.ok) failed = true
    process.stdout.write(`SMOKE ${JSON.stringify(result)}\n`)
  }
  process.exit(failed ? 1 : 0)
}
main().catch((e) => {
  console.error(e)
  process.exit(1)
})
