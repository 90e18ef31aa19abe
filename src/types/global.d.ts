/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.svg'
declare module '*.scss'
declare module '*.css'

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5' | 'swan' | 'alipay' | 'tt' | 'qq' | 'jd'
    TARO_APP_WEAPP_API_BASE?: string
  }
}

// NutUI icons' configure() by its own file: the package index is marked as having side effects, so
// importing it from the app entry would pull every icon the pages use into the entry chunk.
declare module '@nutui/icons-react-taro/dist/es/icons/configure.js' {
  export function configure(config: { tag?: unknown; classPrefix?: string; useSvg?: boolean }): void
}
