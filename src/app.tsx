import { PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { installAuthRedirect } from '@/features/auth/launch'
import { installScrollRegionFocus } from '@/shared/a11y'
import '@nutui/icons-react-taro/dist/style_icon.css'
import './app.scss'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    // The session itself is restored synchronously by its persisted store.
    installAuthRedirect()
    installScrollRegionFocus()
    // H5 production: the app shell (built files) loads offline; see config/sw-template.js
    if (
      process.env.TARO_ENV === 'h5' &&
      process.env.NODE_ENV === 'production' &&
      typeof navigator !== 'undefined' &&
      'serviceWorker' in navigator
    ) {
      navigator.serviceWorker.register('/sw.js').catch(() => undefined)
    }
  })
  return children
}

export default App
