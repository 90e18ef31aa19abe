// ESLint 9 flat config: typescript-eslint + react-hooks, Prettier owns formatting (eslint-config-prettier last),
// and the import boundaries of the README as `no-restricted-imports` patterns per folder:
//   domain → api/shared → features → pages; features meet only through their index.ts; the app never imports mock/.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import prettier from 'eslint-config-prettier'
import globals from 'globals'

const FEATURES = ['alerts', 'application', 'auth', 'booking', 'home', 'notices', 'report', 'review', 'stations']

const noMock = { group: ['mock/*', '**/mock/*', '**/mock'], message: 'The app never imports the mock backend.' }
const noPages = {
  group: ['@/pages/*', '@/pkg-*', '**/pages/*', '**/pkg-*/*'],
  message: 'Only pages import pages (imports flow domain → api/shared → features → pages).',
}
const noFeatures = {
  group: ['@/features', '@/features/*', '**/features/*'],
  message: 'shared/ and api/ sit below features: move the code down or pass it in.',
}
/** a feature may import another feature only through its public index.ts */
const featureDeepImports = (self) =>
  FEATURES.filter((f) => f !== self).map((f) => ({
    group: [`@/features/${f}/*`, `../${f}/*`, `../../${f}/*`],
    message: `Import the ${f} feature through its index.ts ('@/features/${f}').`,
  }))

/** one `no-restricted-imports` rule per file group (a later config object replaces the rule, so each lists all) */
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] })

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', '.temp/**', '.swc/**', 'coverage/**', 'test/artifacts/**', 'mock/data/**', '**/*.d.ts'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node, ...globals.jest },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // `any` at the edges (Taro's loose typings, test doubles) is allowed; new code should not need it
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-require-imports': 'off',
      'no-empty': ['error', { allowEmptyCatch: true }],
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  // ── import boundaries ──
  { files: ['src/**/*.{ts,tsx}'], rules: restrict(noMock) },
  {
    files: ['src/domain/**/*.{ts,tsx}'],
    rules: restrict(noMock, noPages, noFeatures, {
      group: ['@tarojs/*', '@nutui/*', 'react', 'react-dom', '@/api', '@/api/*', '@/shared', '@/shared/*'].concat([
        '**/api',
        '**/api/*',
        '**/shared',
        '**/shared/*',
      ]),
      message: 'src/domain is plain TypeScript: no Taro, no UI, nothing from the app (the mock imports it too).',
    }),
  },
  { files: ['src/shared/**/*.{ts,tsx}', 'src/api/**/*.{ts,tsx}'], rules: restrict(noMock, noPages, noFeatures) },
  ...FEATURES.map((f) => ({
    files: [`src/features/${f}/**/*.{ts,tsx}`],
    rules: restrict(noMock, noPages, ...featureDeepImports(f)),
  })),
  // tests may wire layers together (e.g. the request layer with the auth feature's redirect); never the mock
  { files: ['src/**/*.test.{ts,tsx}'], rules: restrict(noMock) },
  // ── tests, scripts and config run in node / jest ──
  {
    files: ['test/**/*.{js,mjs,cjs,ts}', 'config/**/*.ts', '*.{js,mjs,cjs}', 'mock/**/*.ts'],
    // ANSI colour codes are stripped from child output with a control-character regex
    rules: { 'no-control-regex': 'off' },
  },
  prettier,
)
