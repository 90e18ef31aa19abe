// Boots the real H5 app in jsdom the way Taro 4's generated entry does (taro-loader/lib/h5.js):
// app.tsx + app.config.ts + the hash router, so page tests render real pages with their lifecycle hooks
// (useDidShow, useRouter, usePullDownRefresh). test-utils-react 0.1.1's createApp() targets Taro 3's
// createRouter(app, config) signature and fails on Taro 4's createRouter(history, app, config, framework).
import path from 'path'
import * as React from 'react'
import ReactDOM from 'react-dom/client'
import { createReactApp } from '@tarojs/plugin-framework-react/dist/runtime'
import { createHashHistory, createRouter, handleAppMount } from '@tarojs/router'
import { window as taroWindow } from '@tarojs/runtime'

const SRC = path.resolve(__dirname, '../../src')

export async function bootApp(initialPath = '/pages/home/index'): Promise<void> {
  const g = global as any
  g.defineAppConfig = (c: unknown) => c
  g.definePageConfig = (c: unknown) => c
  window.location.hash = `#${initialPath}`
  document.body.innerHTML = '<div id="app"></div>'
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const App = require(path.join(SRC, 'app')).default
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const appConfig = require(path.join(SRC, 'app.config')).default
  const pages: string[] = [
    ...appConfig.pages,
    ...(appConfig.subPackages || []).flatMap((p: { root: string; pages: string[] }) => p.pages.map((page) => `${p.root}/${page}`)),
  ]
  const config = {
    ...appConfig,
    pages,
    router: { mode: 'hash' },
    routes: pages.map((page) => ({
      path: page,
      load: async (context: unknown, params: unknown) => {
        // eslint-disable-next-line @typescript-eslint/no-var-requires
        const mod = require(path.join(SRC, page))
        // eslint-disable-next-line @typescript-eslint/no-var-requires
        const pageConfig = require(path.join(SRC, `${page}.config`)).default
        return [Object.assign(mod, { config: pageConfig }), context, params]
      },
    })),
  }
  ;(taroWindow as any).__taroAppConfig = config
  const inst = createReactApp(App, React, ReactDOM as any, config)
  const history = createHashHistory({ window: taroWindow as any })
  handleAppMount(config, history)
  createRouter(history, inst, config, React as any)
  await new Promise((r) => setTimeout(r, 50))
}

/** Polls an assertion until it passes (async server answers, router transitions). */
export async function waitFor<T>(assertion: () => T, timeout = 3000): Promise<T> {
  const until = Date.now() + timeout
  for (;;) {
    try {
      return assertion()
    } catch (e) {
      if (Date.now() > until) throw e
      await new Promise((r) => setTimeout(r, 25))
    }
  }
}

let frameworkReady = false
/**
 * Mounting a page component directly (test-utils `mount`) needs Taro's React framework initialised, or its
 * page hooks (useDidShow, usePullDownRefresh…) fail with "React.useContext is not a function".
 * Also gives useRouter() a current route.
 */
export function preparePage(route: string, params: Record<string, string> = {}): void {
  const g = global as any
  g.defineAppConfig = (c: unknown) => c
  g.definePageConfig = (c: unknown) => c
  if (!frameworkReady) {
    createReactApp(function App({ children }: any) { return children } as any, React, ReactDOM as any, { pages: [route] } as any)
    frameworkReady = true
  }
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { Current } = require('@tarojs/runtime')
  Current.router = { params, path: route, onReady: '', onHide: '', onShow: '', shareTimelineEventKey: '', shareAppMessageEventKey: '' }
}
