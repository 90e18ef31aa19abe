// Unit test of config/defer-router-loader.js on the entry Taro 4.2.1's h5 loader generates: the router call
// moves into a setTimeout and nothing else changes; an entry without that call fails the build loudly (a Taro
// upgrade that renames it must not silently drop the deferral).
const deferRouter = require('../../config/defer-router-loader.js') as (source: string) => string

const entry = [
  'var inst = createReactApp(component, React, ReactDOM, config)',
  'var history = createHashHistory({ window })',
  'handleAppMount(config, history)',
  'createRouter(history, inst, config, React)',
  'initPxTransform({ designWidth: 750 })',
  '',
].join('\n')

describe('defer-router-loader', () => {
  it('starts the router in a later task and leaves the rest of the entry as it was', () => {
    const out = deferRouter(entry)
    expect(out).toContain('\nsetTimeout(function () { createRouter(history, inst, config, React) }, 0)\n')
    expect(
      out.replace(
        'setTimeout(function () { createRouter(history, inst, config, React) }, 0)',
        'createRouter(history, inst, config, React)',
      ),
    ).toBe(entry)
  })

  it('defers the multi-page router the same way', () => {
    expect(deferRouter(entry.replace('createRouter(', 'createMultiRouter('))).toContain(
      'setTimeout(function () { createMultiRouter(history, inst, config, React) }, 0)',
    )
  })

  it('fails when the entry has no router call', () => {
    expect(() => deferRouter('var inst = createReactApp(component)\n')).toThrow(/no createRouter/)
  })
})
