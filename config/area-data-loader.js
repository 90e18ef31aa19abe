// Webpack loader for @vant/area-data (the region tree, ~3,600 names): re-emits its `areaList` object as
// JSON.parse('…'). V8 parses a JSON string several times faster than the same data written as a JS object
// literal, which it must compile as code (68 ms of main thread on the application form at 1× CPU).
// Only `areaList` is used by the app; the package's Vue-style `useCascaderAreaData` helper is left out.
module.exports = function areaDataLoader() {
  this.cacheable(true)
  const { areaList } = require(require.resolve('@vant/area-data'))
  const json = JSON.stringify(areaList)
  const value = `/*#__PURE__*/ JSON.parse(${JSON.stringify(json)})`
  // the package's CommonJS build (what `require` resolves to, as in the mini-program build) must stay CommonJS
  return /\.cjs$/.test(this.resourcePath) ? `exports.areaList = ${value}\n` : `export const areaList = ${value}\n`
}
