// H5 entry (the code Taro's h5 loader generates from src/app.config.ts): the router starts one task after the
// app's scripts have run, instead of in the same task. Its start (resolving the first route, appending that
// page's <script> and <link> tags, onLaunch) was ~half of the longest main-thread task of every page load.
module.exports = function deferRouterLoader(source) {
  const call = /\n((?:createRouter|createMultiRouter)\(history, inst, config, [\w$]+\))\n/
  if (!call.test(source)) throw new Error('defer-router-loader: no createRouter(history, inst, config, …) call in the H5 entry')
  return source.replace(call, '\nsetTimeout(function () { $1 }, 0)\n')
}
