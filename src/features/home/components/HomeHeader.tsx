import { View, Text } from '@tarojs/components'
import type { User } from '@/domain/contract'
import { ROLE_LABELS } from '@/domain/contract/labels'
import { useDisplay } from '@/shared'
import './home.scss'

export function HomeHeader({ user, scope, onSignOut }: { user: User; scope: string; onSignOut: () => void }) {
  const care = useDisplay((s) => s.care)
  const setCare = useDisplay((s) => s.setCare)
  return (
    <View className="home-hero">
      <View className="home-hero__top">
        <Text className="home-hero__hello">您好，{user.name}</Text>
        <View className="home-hero__tools">
          {/* 关怀模式: larger text and higher contrast on every page, remembered on this phone */}
          <View
            className={`home-hero__care ${care ? 'home-hero__care--on' : ''}`}
            role="switch"
            aria-checked={care}
            data-testid="care-mode"
            onClick={() => setCare(!care)}
          >
            {care ? '关怀模式 开' : '关怀模式'}
          </View>
          <View className="home-hero__out" role="button" onClick={onSignOut}>
            退出
          </View>
        </View>
      </View>
      <Text className="home-hero__sub">
        {ROLE_LABELS[user.role]} · {scope}
      </Text>
    </View>
  )
}
