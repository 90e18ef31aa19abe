import { PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { installAuthRedirect } from '@/features/auth/launch'
import { installScrollRegionFocus } from '@/shared/a11y'
import { registerServiceWorker } from '@/shared/service-worker'
import { installInlineSvgIcons } from '@/shared/icons'
import { installSlicedPageMount } from '@/shared/page-mount'
import '@nutui/icons-react-taro/dist/style_icon.css'
import './app.scss'

if (process.env.TARO_ENV === 'h5') {
  installInlineSvgIcons()
  installSlicedPageMount()
}

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    // The session itself is restored synchronously by its persisted store.
    installAuthRedirect()
    installScrollRegionFocus()
    // H5 production: the app shell loads offline (after load, when idle; see shared/service-worker.ts)
    if (process.env.TARO_ENV === 'h5' && process.env.NODE_ENV === 'production') registerServiceWorker()
  })
  return children
}

export default App
