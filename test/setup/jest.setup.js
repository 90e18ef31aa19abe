// Runs before each test file (after the test-utils-react preset's own setup, which sets TARO_ENV=h5).
// 1. @tarojs/taro first: Taro 4.2.1's CJS build has an import cycle that otherwise leaves
//    @tarojs/router reading `history` of undefined (a circular import in Taro 4.2.1's CJS build).
require('@tarojs/taro')
// 2. test-utils-react's transformer compiles JSX with the classic runtime (trap 13).
global.React = require('react')
// 3. Tests wait for async server answers by polling (test/setup/page.ts waitFor), outside act(); with the
//    act environment flag on, React would warn on every such update. Synchronous taps still use act().
global.IS_REACT_ACT_ENVIRONMENT = false
// 4. test-utils-react 0.1.1 calls react-dom/test-utils' act, which React 18.3 flags as deprecated on
//    every render; drop exactly that line so real console errors stay visible.
const origError = console.error
console.error = (...args) => {
  if (typeof args[0] === 'string' && args[0].includes('ReactDOMTestUtils.act` is deprecated')) return
  origError(...args)
}
// 5. Taro warns once per React event listener that it has no capture phase; it says nothing about our code.
const origWarn = console.warn
console.warn = (...args) => {
  if (typeof args[0] === 'string' && args[0].includes('暂未实现 event 的 capture')) return
  origWarn(...args)
}
