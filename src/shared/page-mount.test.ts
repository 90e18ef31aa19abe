// Unit test of installSlicedPageMount: the app object Taro assigns to Current.app gets a mount that runs the
// original mount (same arguments, same `this`) inside a React transition, once, however often it is assigned.
import { Current } from '@tarojs/runtime'
// the module object itself (a namespace import would be a copy that the spy does not reach)
const React = jest.requireActual<typeof import('react')>('react')
import { installSlicedPageMount } from './page-mount'

describe('installSlicedPageMount', () => {
  it('wraps mount of the app assigned after install in startTransition', () => {
    const transition = jest.spyOn(React, 'startTransition')
    installSlicedPageMount()
    const calls: unknown[][] = []
    const app = {
      name: 'app',
      mount(this: { name: string }, ...args: unknown[]) {
        calls.push([this.name, ...args])
      },
    }
    ;(Current as unknown as { app: unknown }).app = app
    expect(Current.app).toBe(app)
    const cb = () => undefined
    app.mount('Page', 'pages/home/index', cb)
    expect(calls).toEqual([['app', 'Page', 'pages/home/index', cb]])
    expect(transition).toHaveBeenCalledTimes(1)
    // assigned again (Taro assigns once; a second assignment must not wrap twice)
    ;(Current as unknown as { app: unknown }).app = app
    app.mount('Page', 'pages/login/index', cb)
    expect(calls).toHaveLength(2)
    expect(transition).toHaveBeenCalledTimes(2)
    transition.mockRestore()
  })
})
