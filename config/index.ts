import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import devConfig from './dev'
import prodConfig from './prod'

// Port of the mock backend; the H5 dev server proxies /api to it.
export const MOCK_PORT = Number(process.env.MOCK_PORT || 3100)

// TARO_STATS=<file>: write webpack's module/chunk stats there (to see what lands in which chunk).
function statsPlugin(chain: any) {
  const file = process.env.TARO_STATS
  if (!file) return
  chain.plugin('qqbc-stats').use(
    class {
      apply(compiler: any) {
        compiler.hooks.done.tap('qqbc-stats', (stats: any) => {
          const json = stats.toJson({
            all: false,
            chunks: true,
            chunkModules: true,
            nestedModules: true,
            ids: true,
            moduleAssets: false,
            cachedModules: true,
            orphanModules: false,
            runtimeModules: false,
            dependentModules: true,
          })
          const flat = (ms: any[] = []): any[] => ms.flatMap((m) => (m.modules ? flat(m.modules) : [{ name: m.name, size: m.size }]))
          const slim = json.chunks.map((c: any) => ({
            id: c.id,
            names: c.names,
            files: c.files,
            initial: c.initial,
            size: c.size,
            modules: flat(c.modules),
          }))
          require('node:fs').writeFileSync(file, JSON.stringify(slim))
        })
      }
    },
  )
}

// H5: emit sw.js (config/sw-template.js) with the app shell's file list, so the shell loads offline.
// Precached: the entry files (app, vendors, runtime; JS and CSS) and the chunks of the main-package pages
// (sign-in and the role home) with the files they load themselves. Every other file is cached by the worker as
// the app fetches it: precaching all ~140 files (2.4 MB of JS) on the first visit competed with the page.
function shellFiles(compilation: any): string[] {
  const files = new Set<string>()
  const addGroup = (group: any, seen: Set<any>) => {
    if (seen.has(group)) return
    seen.add(group)
    for (const chunk of group.chunks) {
      for (const f of chunk.files) files.add(f)
      for (const f of chunk.auxiliaryFiles || []) files.add(f)
    }
    // what the page imports lazily itself (the role homes' parts)
    for (const child of group.getChildren()) addGroup(child, seen)
  }
  const seen = new Set<any>()
  for (const entry of compilation.entrypoints.values()) addGroup({ chunks: entry.chunks, getChildren: () => [] }, seen)
  // Taro's H5 app entry imports each page without a chunk name: a page's group is known by its import request
  const mainPage = (req: unknown) => {
    const r = `/${String(req).replace(/\\/g, '/')}`
    return /\/pages\/[^/]+\/index/.test(r) && !/\/pkg-[^/]+\/pages\//.test(r)
  }
  const pages = compilation.chunkGroups.filter((g: any) => (g.origins || []).some((o: any) => mainPage(o.request)))
  // a build whose page chunk groups are named otherwise would precache the entry files only
  if (pages.length === 0) throw new Error('sw.js: no chunk group of a main-package page (pages/…)')
  for (const group of pages) addGroup(group, seen)
  return [...files].filter((f) => !/\.(map|txt)$/.test(f) && f !== 'index.html' && f !== 'sw.js')
}

function serviceWorkerPlugin(chain: any) {
  chain.plugin('qqbc-sw').use(
    class {
      apply(compiler: any) {
        const { RawSource } = compiler.webpack.sources
        compiler.hooks.thisCompilation.tap('qqbc-sw', (compilation: any) => {
          compilation.hooks.processAssets.tap({ name: 'qqbc-sw', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
            const files = shellFiles(compilation)
              .map((f) => `/${f}`)
              .sort()
            const template = require('node:fs').readFileSync(path.join(__dirname, 'sw-template.js'), 'utf8')
            // the code's placeholder, not the first match: the template's `/* global __ASSETS__ */` comes first
            const code = 'var ASSETS = __ASSETS__'
            if (!template.includes(code)) throw new Error(`config/sw-template.js has no "${code}" line`)
            const source = template
              .replace(code, `var ASSETS = ${JSON.stringify(files)}`)
              .replace('__VERSION__', compilation.hash || String(Date.now()))
            compilation.emitAsset('sw.js', new RawSource(source))
          })
        })
      }
    },
  )
}

// H5 production: every text asset also as .br (brotli, quality 11) and .gz next to it, so the server sends them
// as they are (the mock: @fastify/static preCompressed) instead of compressing each response again: ~10 % fewer
// bytes than on-the-fly brotli (quality 4) and no compression work while the page loads.
function precompressPlugin(chain: any) {
  const CompressionPlugin = require('compression-webpack-plugin')
  const zlib = require('node:zlib')
  const test = /\.(js|css|html|svg|json)$/
  chain.plugin('qqbc-brotli').use(CompressionPlugin, [
    {
      filename: '[path][base].br',
      algorithm: 'brotliCompress',
      test,
      compressionOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } },
      threshold: 1024,
      minRatio: 0.9,
    },
  ])
  chain
    .plugin('qqbc-gzip')
    .use(CompressionPlugin, [
      { filename: '[path][base].gz', algorithm: 'gzip', test, compressionOptions: { level: 9 }, threshold: 1024, minRatio: 0.9 },
    ])
}

// Both targets: @vant/area-data's region tree as JSON.parse('…') instead of a JS object literal (config/area-data-loader.js)
function areaDataAsJson(chain: any) {
  chain.module
    .rule('area-data-json')
    .test(/@vant[\\/]area-data[\\/]dist[\\/]index\.(js|cjs)$/)
    .use('area-data-json')
    .loader(path.resolve(__dirname, 'area-data-loader.js'))
}

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'qianqi-baicheng-station',
    date: '2026-11-24',
    // NutUI is drawn at 375 design width, our own styles at 750.
    designWidth(input: any) {
      const file = typeof input === 'string' ? input : input?.file || ''
      if (file.replace(/\\+/g, '/').indexOf('@nutui') > -1) return 375
      return 750
    },
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // TARO_OUTPUT_ROOT lets parallel builds (tests, benchmarks) write elsewhere than dist/<target>.
    outputRoot: process.env.TARO_OUTPUT_ROOT || `dist/${process.env.TARO_ENV}`,
    plugins: [],
    defineConstants: {},
    alias: { '@': path.resolve(__dirname, '..', 'src') },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    // Mini-program JS keeps Chinese text as UTF-8 (WeChat reads JS files as UTF-8); Taro's default escapes every
    // character as \uXXXX, 6 bytes instead of 3, which was ~4 KB of the main package and ~190 KB over all packages.
    ...(process.env.TARO_ENV === 'weapp' ? { terser: { enable: true, config: { output: { ascii_only: false } } } } : {}),
    cache: { enable: false },
    mini: {
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
      optimizeMainPackage: { enable: true },
      webpackChain(chain) {
        statsPlugin(chain)
        areaDataAsJson(chain)
        // No XHR/fetch in the mini-program: axios's adapters were ~60 KB of the main package. The
        // request layer's small subset of axios comes from src/api/axios-lite.ts there instead.
        chain.resolve.alias.set('axios$', path.resolve(__dirname, '..', 'src', 'api', 'axios-lite.ts'))
        // F2 (pkg-charts only) uses many more tslib helpers than the main package does; one shared tslib module
        // would carry F2's helpers into the main package's vendors.js (+3.4 KB). F2's own copy (another file of
        // the same package) is used by pkg-charts alone, so the build keeps it in that subpackage.
        chain.module
          .rule('antv-own-tslib')
          .test(/node_modules[\\/]@antv[\\/]/)
          .resolve.alias.set('tslib$', path.resolve(__dirname, '..', 'node_modules', 'tslib', 'tslib.es6.js'))
        // The icon package's index (export lines only) declares itself a side effect, so every import of an icon,
        // NutUI's Button's included, went through it, and the index with every icon any subpackage draws landed
        // in the main package's vendors.js (Close, Failure, Location… that no main page shows). Declared
        // side-effect free here, each icon goes to the package whose pages draw it.
        chain.module
          .rule('nutui-icons-index')
          .test(/@nutui[\\/]icons-react-taro[\\/]dist[\\/]es[\\/]index\.es\.js$/)
          .set('sideEffects', false)
      },
      // NutUI's per-component CSS is order-independent; silence the extract plugin's order warnings.
      miniCssExtractPluginOption: { ignoreOrder: true },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      esnextModules: ['@nutui'],
      // Not `useHtmlComponents: true` (Taro's React components as plain HTML instead of Stencil web components):
      // measured side by side it helps pages without a multi-line box and hurts the form and the review detail,
      // which still load Stencil for Textarea (no HTML version) on top; even over the main routes. It also needs
      // the `.x input` style rules to size the <input> itself and NutUI's buttons kept from the WeUI button CSS
      // it brings (test/budget/perf-notes.md, session 7). The e2e selectors already work with both.
      webpackChain(chain) {
        statsPlugin(chain)
        areaDataAsJson(chain)
        if (process.env.NODE_ENV === 'production') {
          serviceWorkerPlugin(chain)
          precompressPlugin(chain)
        }
        // View and Text as plain elements, every other component Taro's own (src/shared/h5-components.ts)
        chain.resolve.alias.set('@tarojs/components$', path.resolve(__dirname, '..', 'src', 'shared', 'h5-components.ts'))
        chain.module
          .rule('defer-router')
          .test(/src[\\/]app\.config\.ts$/)
          .use('defer-router')
          .loader(path.resolve(__dirname, 'defer-router-loader.js'))
        // TARO_NAMED_MODULES=1: module ids are their paths, so a CPU profile of a production build names them
        if (process.env.TARO_NAMED_MODULES) chain.optimization.set('moduleIds', 'named')
        // Taro splits only the initial chunks on H5, so every page chunk carried its own copy of what
        // pages share (axios, NutUI's popup/overlay/dialog, our shared components): ~2 MB of JS for
        // ~0.8 MB of code. Shared code of the page chunks goes once into common chunks, one per set of
        // pages that share it, so a page loads only what it uses.
        const split = chain.optimization.get('splitChunks') || {}
        chain.optimization.splitChunks({
          ...split,
          // a page chunk may need many common chunks now; at 30 webpack still left 49 modules copied
          maxAsyncRequests: 60,
          cacheGroups: {
            ...(split.cacheGroups || {}),
            // One common chunk per set of pages that share modules (unnamed), so a page loads only what it uses;
            // naming them by feature/package instead made webpack hit the request cap and copy more. minSize 8000:
            // what a set of pages shares below 8 KB stays copied in their own chunks. With minSize 0 (nothing
            // copied) the application form loaded 39 scripts, and each request costs the page main thread
            // (webpack's script tag, fetch, SW round trip) and Lighthouse's simulated network a round trip;
            // at 8000 it loads 18 and the home 8 instead of 16, for ~50 KB more gzipped JS over all 90 files.
            pagesShared: { chunks: 'async', minChunks: 2, minSize: 8000, priority: 5, reuseExistingChunk: true },
          },
        })
      },
      router: { mode: 'hash' },
      output: { filename: 'js/[name].[hash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      miniCssExtractPluginOption: { ignoreOrder: true, filename: 'css/[name].[hash].css', chunkFilename: 'css/[name].[chunkhash].css' },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
      devServer: {
        host: '127.0.0.1',
        port: 10086,
        proxy: [{ context: ['/api'], target: `http://127.0.0.1:${MOCK_PORT}` }],
      },
    },
  }
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig)
  return merge({}, baseConfig, prodConfig)
})
