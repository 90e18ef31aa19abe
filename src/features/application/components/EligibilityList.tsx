import { View, Text } from '@tarojs/components'
import type { EligibilityResult } from '@/domain/contract'
import './form.scss'

/** Eligibility checks of the plan, explained: blocking ones in red, warnings in amber, passed in green. */
export function EligibilityList({ result }: { result: EligibilityResult }) {
  if (!result.checks.length) return null
  return (
    <View className="af-elig" data-testid="eligibility">
      {result.checks.map((c) => {
        const tone = c.ok ? 'ok' : c.level === 'block' ? 'block' : 'warn'
        return (
          <View key={c.rule} className={`af-elig__row af-elig__row--${tone}`}>
            <Text className="af-elig__icon">{tone === 'ok' ? '✓' : tone === 'block' ? '✕' : '!'}</Text>
            <Text className="af-elig__text">{c.message}</Text>
          </View>
        )
      })}
    </View>
  )
}
