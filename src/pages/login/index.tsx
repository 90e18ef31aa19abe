import Taro, { useRouter } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { LoginForm } from '@/features/auth'
import { useDisplayRoot } from '@/shared/display'
import { ROUTES } from '@/shared/nav'
import './index.scss'

export default function LoginPage() {
  const { params } = useRouter()
  const redirect = params.redirect ? decodeURIComponent(params.redirect) : undefined
  const display = useDisplayRoot()
  return (
    <View className={`login-page ${display.className}`} style={display.style}>
      <View className="login-page__brand">
        <Text className="login-page__title">千企百城 · 指导站服务</Text>
        <Text className="login-page__sub">商标品牌价值提升行动：找指导站、约咨询、办申报、看提醒</Text>
      </View>
      <LoginForm redirect={redirect} />
      {/* the published lists are public: browsable before signing in */}
      <View className="login-page__public" onClick={() => Taro.navigateTo({ url: ROUTES.publicLists })} data-testid="login-public-lists">
        <Text>查看入选名单：千企千标 · 百城百品 · 优秀指导站 ›</Text>
      </View>
    </View>
  )
}
