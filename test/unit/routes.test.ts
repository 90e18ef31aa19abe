// The page list is written twice: src/app.config.ts (what Taro compiles) and src/domain/routes.ts (what the app
// navigates to and the mock puts in notice links). They must name the same pages, and every page must exist.
import fs from 'node:fs'
import path from 'node:path'
import { APP_ROUTES } from '../../src/domain/routes'

const SRC = path.join(__dirname, '../../src')

interface AppConfig {
  pages: string[]
  subPackages?: Array<{ root: string; pages: string[] }>
  preloadRule?: Record<string, { packages: string[] }>
}
function loadAppConfig(): AppConfig {
  // app.config.ts calls Taro's compile-time global defineAppConfig
  ;(global as any).defineAppConfig = (c: AppConfig) => c
  return require('../../src/app.config').default
}
const config = loadAppConfig()
const configured = [
  ...config.pages.map((p) => `/${p}`),
  ...(config.subPackages ?? []).flatMap((pkg) => pkg.pages.map((p) => `/${pkg.root}/${p}`)),
]

describe('page list: app.config.ts and domain/routes.ts', () => {
  test('every route is a compiled page and every compiled page has a route', () => {
    const routes = Object.values(APP_ROUTES) as string[]
    expect([...routes].sort()).toEqual([...configured].sort())
  })

  test('no page is listed twice', () => {
    expect(new Set(configured).size).toBe(configured.length)
    expect(new Set(Object.values(APP_ROUTES)).size).toBe(Object.values(APP_ROUTES).length)
  })

  test('every page has its component and its page config on disk', () => {
    const missing = configured.filter((p) => !fs.existsSync(path.join(SRC, `${p}.tsx`)) || !fs.existsSync(path.join(SRC, `${p}.config.ts`)))
    expect(missing).toEqual([])
  })

  test('the main package holds sign-in and home only; preloaded packages exist', () => {
    expect(config.pages).toEqual(['pages/home/index', 'pages/login/index'])
    const roots = new Set((config.subPackages ?? []).map((s) => s.root))
    for (const [page, rule] of Object.entries(config.preloadRule ?? {})) {
      expect(configured).toContain(`/${page}`)
      for (const pkg of rule.packages) expect(roots).toContain(pkg)
    }
  })
})
