import { PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { installAuthRedirect } from '@/features/auth'
import '@nutui/icons-react-taro/dist/style_icon.css'
import './app.scss'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    // The session itself is restored synchronously by its persisted store.
    installAuthRedirect()
  })
  return children
}

export default App
