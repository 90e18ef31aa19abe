// API tests (test/api/**): the real mock server on an ephemeral 127.0.0.1 port (test/api/harness.ts),
// every response validated against the OpenAPI document. Plain Node environment; TypeScript via
// @babel/preset-typescript (the Taro preset is for the app's JSX and targets, not needed here).
const path = require('path')

module.exports = {
  rootDir: path.resolve(__dirname, '..'),
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/api/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/dist/'],
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.temp/'],
  transform: {
    '^.+\\.(ts|js|mjs|cjs)$': [
      'babel-jest',
      {
        configFile: false,
        babelrc: false,
        presets: [['@babel/preset-env', { targets: { node: 'current' } }], '@babel/preset-typescript'],
      },
    ],
  },
  // @fastify/static (the H5 serving test) requires content-disposition and cookie, which ship ES modules only
  transformIgnorePatterns: ['/node_modules/(?!(content-disposition|cookie)/)'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
  // the app imports zod's zh-CN locale as ESM (one file, tree-shaken); jest runs CommonJS: its .cjs twin
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1', '^zod/v4/locales/(.*)\\.js$': '<rootDir>/node_modules/zod/v4/locales/$1.cjs' },
  testTimeout: 30_000,
  bail: 0,
}
