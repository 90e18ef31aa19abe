import { View, Text } from '@tarojs/components'
import type { User } from '@/domain/contract'
import { ROLE_LABELS } from '@/domain/contract/labels'
import './home.scss'

export function HomeHeader({ user, scope, onSignOut }: { user: User; scope: string; onSignOut: () => void }) {
  return (
    <View className="home-hero">
      <View className="home-hero__top">
        <Text className="home-hero__hello">您好，{user.name}</Text>
        <Text className="home-hero__out" onClick={onSignOut}>
          退出
        </Text>
      </View>
      <Text className="home-hero__sub">
        {ROLE_LABELS[user.role]} · {scope}
      </Text>
    </View>
  )
}
