/* H5 service worker, emitted as dist/h5/sw.js by config/index.ts with the app shell's file list.
 * The app shell (index.html, the entry JS/CSS, the main-package pages) is cached once the page is idle and loads
 * offline; every other built file is cached the first time the app fetches it (cache first), and the files
 * the page loaded before the worker controlled it are handed over by the page (message 'cache').
 * /api calls always go to the network (the app says "网络连接失败" when it is down). Asset names carry
 * content hashes, so cached copies never go stale; index.html is network-first so a new build shows up on
 * the next online load. */
/* global __ASSETS__ -- replaced with the shell's file list when the file is emitted */
var CACHE = 'qqbc-shell-__VERSION__'
var ASSETS = __ASSETS__

// The shell is cached when the page hands over its loaded files (message 'cache', sent once the page is idle),
// not on install: Chrome compiles every function of each script a worker caches while installing and keeps that
// full code cache, and deserialising it (470 KB for app.js) cost more main thread on every later load than the
// lazy compile it replaces. Nor on activate: a navigation waits for an activating worker, so the next page
// load would wait for the whole shell to download.
self.addEventListener('install', function () {
  self.skipWaiting()
})

self.addEventListener('activate', function (event) {
  event.waitUntil(
    caches
      .keys()
      .then(function (keys) {
        return Promise.all(
          keys
            .filter(function (k) {
              return k !== CACHE
            })
            .map(function (k) {
              return caches.delete(k)
            }),
        )
      })
      .then(function () {
        return self.clients.claim()
      }),
  )
})

// the app shell and the page's already loaded files (same origin, built assets only), from the HTTP cache
self.addEventListener('message', function (event) {
  var data = event.data || {}
  if (data.type !== 'cache' || !Array.isArray(data.urls)) return
  event.waitUntil(
    caches.open(CACHE).then(function (cache) {
      return Promise.all(
        ['/']
          .concat(ASSETS, data.urls)
          .filter(function (u) {
            var url = new URL(u, self.location.href)
            return url.origin === self.location.origin && (url.pathname === '/' || /^\/(js|css|static)\//.test(url.pathname))
          })
          .map(function (u) {
            return cache.match(u).then(function (hit) {
              return hit || cache.add(u).catch(function () {})
            })
          }),
      )
    }),
  )
})

self.addEventListener('fetch', function (event) {
  var req = event.request
  if (req.method !== 'GET') return
  var url = new URL(req.url)
  if (url.origin !== self.location.origin || url.pathname.indexOf('/api/') === 0) return
  if (req.mode === 'navigate') {
    // network first: a new build is picked up; offline, the cached shell
    event.respondWith(
      fetch(req)
        .then(function (res) {
          var copy = res.clone()
          caches.open(CACHE).then(function (c) {
            c.put('/', copy)
          })
          return res
        })
        .catch(function () {
          return caches.match('/')
        }),
    )
    return
  }
  event.respondWith(
    caches.match(req).then(function (hit) {
      return (
        hit ||
        fetch(req).then(function (res) {
          if (res.ok) {
            var copy = res.clone()
            caches.open(CACHE).then(function (c) {
              c.put(req, copy)
            })
          }
          return res
        })
      )
    }),
  )
})
