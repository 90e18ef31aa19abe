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
// ---- fake 2D canvases ---------------------------------------------------------------------------------
// F2 on weapp draws on a <canvas type="2d"> node found with a selector query (src/pkg-charts/components/F2Canvas).
// A canvas node here has a 2D context that records what is drawn: the ops, with the fill / stroke style of
// each fill / stroke and the text of each fillText, so the checks can see that a chart drew its figures.
const canvases = new Map() // element id → { node, record }
function fontPx(font) {
  const m = /(\d+(?:\.\d+)?)px/.exec(font || '')
  return m ? Number(m[1]) : 10
}
function fakeContext(record, canvas) {
  const state = {
    fillStyle: '#000000',
    strokeStyle: '#000000',
    font: '10px sans-serif',
    lineWidth: 1,
    globalAlpha: 1,
    textAlign: 'start',
    textBaseline: 'alphabetic',
    lineCap: 'butt',
    lineJoin: 'miter',
    shadowBlur: 0,
    shadowColor: 'rgba(0, 0, 0, 0)',
    globalCompositeOperation: 'source-over',
  }
  const gradient = () => ({ addColorStop() {} })
  let path = { rects: [], arcs: 0 }
  const methods = {
    measureText: (t) => ({
      width: String(t).length * fontPx(state.font) * 0.6,
      actualBoundingBoxAscent: fontPx(state.font) * 0.8,
      actualBoundingBoxDescent: fontPx(state.font) * 0.2,
    }),
    createLinearGradient: gradient,
    createRadialGradient: gradient,
    createPattern: () => ({}),
    getLineDash: () => [],
    getTransform: () => ({ a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 }),
    isPointInPath: () => false,
    getImageData: (x, y, w, h) => ({ width: w, height: h, data: new Uint8ClampedArray(Math.max(0, w * h * 4)) }),
    createImageData: (w, h) => ({ width: w, height: h, data: new Uint8ClampedArray(Math.max(0, w * h * 4)) }),
  }
  return new Proxy(state, {
    get(t, k) {
      if (k === 'canvas') return canvas
      if (k in methods) return methods[k]
      if (k in t) return t[k]
      if (typeof k !== 'string' || k === 'then') return undefined
      // any drawing call: recorded (fill/stroke with their style, text with its string)
      return (...args) => {
        if (!record) return undefined
        // the current path's rectangles and arcs, so a fill says what shape it filled (bars are rects)
        if (k === 'beginPath') path = { rects: [], arcs: 0 }
        if (k === 'rect') path.rects.push(args.slice(0, 4).map(Number))
        if (k === 'arc') path.arcs++
        const op = { op: k }
        if (k === 'fill' || k === 'fillRect') op.style = String(t.fillStyle)
        if (k === 'fill') Object.assign(op, { rects: path.rects, arcs: path.arcs })
        if (k === 'stroke' || k === 'strokeRect') op.style = String(t.strokeStyle)
        if (k === 'fillText' || k === 'strokeText') op.text = String(args[0])
        if (record.length < 20000) record.push(op)
        return undefined
      }
    },
    set(t, k, v) {
      t[k] = v
      return true
    },
  })
}
function fakeCanvasNode(id, record) {
  const node = {
    id,
    width: 300,
    height: 150,
    _ctx: null,
    getContext(type) {
      if (type !== '2d') return null
      return (this._ctx = this._ctx || fakeContext(record, node))
    },
    requestAnimationFrame: (cb) => setTimeout(() => cb(Date.now()), 16),
    cancelAnimationFrame: (h) => clearTimeout(h),
    createImage: () => ({}),
  }
  return node
}
let currentComp = null // the page being rendered (j-component keeps ids off the DOM: its querySelector knows them)
/** the node a `select('#id').node()` query answers: a recording canvas for a <canvas> in the page, else null */
function canvasNode(selector) {
  const id = /^#([\w-]+)$/.exec(selector || '')?.[1]
  const el = id && currentComp ? currentComp.querySelector(`#${id}`)?.dom : null
  if (!el || el.tagName.toLowerCase() !== 'wx-canvas') return null
  if (!canvases.has(id)) {
    const record = []
    canvases.set(id, { el, node: fakeCanvasNode(id, record), record })
  }
  return canvases.get(id).node
}
function selectorQuery() {
  const tasks = []
  const q = {
    in() {
      return q
    },
    select(sel) {
      return nodesRef(sel)
    },
    selectAll(sel) {
      return nodesRef(sel)
    },
    selectViewport() {
      return nodesRef('viewport')
    },
    exec(cb) {
      setTimeout(() => {
        const results = tasks.map((t) => t.answer())
        tasks.forEach((t, i) => t.cb && t.cb(results[i]))
        cb && cb(results)
      }, 0)
      return q
    },
  }
  const nodesRef = (sel) => {
    const add = (answer) => (cb) => {
      tasks.push({ answer, cb })
      return q
    }
    return {
      boundingClientRect: add(() => ({ width: 375, height: 44, top: 0, left: 0, right: 375, bottom: 44 })),
      scrollOffset: add(() => ({ scrollTop: 0, scrollLeft: 0 })),
      fields: (_f, cb) => add(() => ({}))(cb),
      node: add(() => ({ node: canvasNode(sel) })),
      context: add(() => ({})),
    }
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
  createOffscreenCanvas: () => fakeCanvasNode('offscreen', null),
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

/** elements with a class (j-component prefixes a page's classes: "taro-page--trend-chart") */
const byClass = (root, name) =>
  Array.from(root.querySelectorAll('[class]')).filter((e) =>
    e
      .getAttribute('class')
      .split(/\s+/)
      .some((c) => c === name || c.endsWith(`--${name}`)),
  )
const canvasOf = (chart) => chart.querySelector('wx-canvas')
const entryOf = (el) => [...canvases.entries()].find(([, c]) => c.el === el)

/** wait until every chart's canvas has drawn and stopped drawing for 200 ms (max ~4 s) */
async function waitDrawn(charts) {
  let last = -1
  let stable = 0
  for (let i = 0; i < 160 && stable < 8; i++) {
    await simulate.sleep(25)
    const drawn = charts.map((c) => entryOf(canvasOf(c))?.[1].record.length ?? 0)
    const n = drawn.reduce((a, x) => a + x, 0)
    const all = drawn.every((x) => x > 0)
    stable = all && n === last ? stable + 1 : 0
    last = n
  }
}

/** one chart: its table (header + rows of cells), the state text if no canvas, and a digest of the drawing */
function chartReport(chart) {
  const el = canvasOf(chart)
  const table = byClass(chart, 'trend-chart__row').map((r) => byClass(r, 'trend-chart__cell').map((c) => cjkText(c.textContent)))
  const state = byClass(chart, 'trend-chart__state')[0]
  const [id, entry] = (el && entryOf(el)) || [null, null]
  const ops = {}
  const fills = {}
  const strokes = {}
  const bars = {} // style → heights of the single rectangles filled with it
  const dots = {} // style → fills of arcs only (line points, legend markers)
  const texts = []
  for (const o of entry?.record ?? []) {
    ops[o.op] = (ops[o.op] || 0) + 1
    if (o.op === 'fill' || o.op === 'fillRect') fills[o.style] = (fills[o.style] || 0) + 1
    if (o.op === 'fill' && o.rects.length === 1 && !o.arcs) (bars[o.style] = bars[o.style] || []).push(Math.abs(o.rects[0][3]))
    if (o.op === 'fill' && o.arcs && !o.rects.length) dots[o.style] = (dots[o.style] || 0) + 1
    if (o.op === 'stroke') strokes[o.style] = (strokes[o.style] || 0) + 1
    if (o.text !== undefined) texts.push(o.text)
  }
  const caption = byClass(chart, 'trend-chart__caption')[0]
  return {
    id,
    state: state ? cjkText(state.textContent) : null,
    caption: caption ? cjkText(caption.textContent) : null,
    table,
    canvas: entry ? { width: entry.node.width, height: entry.node.height, ops, fills, strokes, bars, dots, texts } : null,
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
    canvases.clear()
    try {
      const [route, qs = ''] = page.split('?')
      currentRoute = route
      currentQuery = Object.fromEntries(new URLSearchParams(qs))
      const id = simulate.load(path.join(distDir, route), 'taro-page', { rootPath: distDir, compiler: 'official' })
      const comp = simulate.render(id)
      currentComp = comp
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
      // charts (src/pkg-charts TrendChart): what each canvas drew, beside the figures of its table
      const charts = byClass(comp.dom, 'trend-chart')
      if (charts.length) {
        await waitDrawn(charts)
        result.charts = charts.map(chartReport)
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
