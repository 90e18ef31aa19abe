// Helpers for page and component tests rendered with @tarojs/test-utils-react.
// (test-utils-react 0.1.1's createApp() targets Taro 3's createRouter(app, config) and fails on Taro 4's
// createRouter(history, app, config, framework), so pages are mounted directly after preparePage().)
import * as React from 'react'
import ReactDOM from 'react-dom/client'
import { createReactApp } from '@tarojs/plugin-framework-react/dist/runtime'

/**
 * Polls an assertion until it passes (async server answers). test-utils' own waitFor gives up before
 * promise chains settle when IS_REACT_ACT_ENVIRONMENT is off.
 */
export async function waitFor<T>(assertion: () => T, options: number | { timeout?: number } = 3000): Promise<T> {
  const timeout = typeof options === 'number' ? options : (options.timeout ?? 3000)
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
    createReactApp(
      function App({ children }: any) {
        return children
      } as any,
      React,
      ReactDOM as any,
      { pages: [route] } as any,
    )
    frameworkReady = true
  }
  const { Current } = require('@tarojs/runtime')
  Current.router = { params, path: route, onReady: '', onHide: '', onShow: '', shareTimelineEventKey: '', shareAppMessageEventKey: '' }
}

/** Type into a Taro <Input>/<Textarea> host the way the H5 component reports it (an `input` event with detail.value). */
export function typeInto(host: Element, value: string): void {
  host.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }))
}

/** A NutUI button by its exact text. */
export const nutButton = (label: string): HTMLElement =>
  Array.from(document.querySelectorAll('.nut-button')).find((b) => b.textContent?.trim() === label) as HTMLElement
