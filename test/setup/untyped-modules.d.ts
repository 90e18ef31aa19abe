// Modules used by test helpers that ship no type declarations (@types/react-dom is not installed;
// Taro's runtime entry of plugin-framework-react has no .d.ts). Typed as `any` for the test code only.
declare module 'react-dom/client'
declare module '@tarojs/plugin-framework-react/dist/runtime'
