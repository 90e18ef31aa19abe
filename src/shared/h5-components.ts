// H5 build only: config/index.ts points `@tarojs/components` here (the mini-program keeps its native components).
// Every Taro component stays Taro's own except View and Text, the two that fill every screen. Taro's H5 View and
// Text are Stencil web components: each one is upgraded when React inserts it, moves its children into a slot and
// renders once more in a later animation frame, and its props are set one by one after React's commit. On the
// review detail that is ~150 elements and most of a page's main-thread time after its render. Here they are a
// plain <div> and <span> with the same defaults (h5-plain-components.tsx) (Text is inline and not selectable unless asked), so React
// creates them in its sliced render and nothing runs for them afterwards.
// Only re-exports here: Taro's build keeps just the named imports of this module that are component names.
export * from '@tarojs/components/lib/react'
export { View, Text } from './h5-plain-components'
