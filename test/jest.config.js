// Unit (test/unit/**) + component/page tests (src/**/*.test.tsx), on @tarojs/test-utils-react's preset.
// The preset merges only `globals` and `moduleNameMapper`; every other key below REPLACES its value
// so setupFiles/testMatch/transform are spelled out in full here.
const path = require('path')
const defineJestConfig = require('@tarojs/test-utils-react/dist/jest.js').default

const root = path.resolve(__dirname, '..')
const presetDir = path.dirname(require.resolve('@tarojs/test-utils-react/dist/jest/index.js'))

module.exports = defineJestConfig({
  rootDir: root,
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['<rootDir>/test/unit/**/*.test.ts', '<rootDir>/src/**/*.test.{ts,tsx}'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/dist/'],
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.temp/'],
  testEnvironment: 'jsdom',
  testEnvironmentOptions: { url: 'http://localhost/', customExportConditions: ['node', 'node-addons'] },
  // preset sets bail: 1 (trap 13) — we want every failure reported
  bail: 0,
  verbose: false,
  // preset's setup (sets TARO_ENV=h5) first, then ours: @tarojs/taro before anything else (trap 5), global React
  setupFiles: [path.join(presetDir, 'jest.setup.js'), '<rootDir>/test/setup/jest.setup.js'],
  // swiper ships .mjs inside node_modules (trap 6)
  transform: { '^.+\\.(js|jsx|ts|tsx|mjs|cjs)$': path.join(presetDir, 'babel-transformer.js') },
  transformIgnorePatterns: [],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'jsx', 'mjs', 'cjs', 'json'],
  moduleNameMapper: {
    // the app imports zod's zh-CN locale as ESM (one file, tree-shaken); jest runs CommonJS: its .cjs twin
    '^zod/v4/locales/(.*)\\.js$': '<rootDir>/node_modules/zod/v4/locales/$1.cjs',
    // style imports (ours and NutUI's on-demand css) → empty module (trap 7)
    '\\.(css|scss|sass|less|styl)$': '<rootDir>/test/setup/style-stub.js',
    // the app sets NutUI icons' tag through configure()'s own ES file; jest loads the package's UMD build,
    // whose configure() is the one its icons read
    '^@nutui/icons-react-taro/dist/es/icons/configure\\.js$': '<rootDir>/node_modules/@nutui/icons-react-taro/dist/lib/index.umd.js',
    '^@/(.*)$': '<rootDir>/src/$1',
  },
  globals: { TARO_ENV: 'h5' },
  collectCoverageFrom: ['<rootDir>/src/**/*.{ts,tsx}', '!<rootDir>/src/**/*.test.{ts,tsx}'],
})
