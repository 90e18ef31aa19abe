import { Text, View } from '@tarojs/components'
import { Switch } from '@nutui/nutui-react-taro'
import type { AlertSettings } from '@/domain/contract'
import { Card } from '@/shared'
import type { AlertSettingsState } from '../hooks/useAlertSettings'
import './alerts.scss'

/** Per alert kind: announce new alerts of that kind or not; on weapp, how many subscribe messages are left. */
export function AlertSettingsView({ settings, state }: { settings: AlertSettings; state: AlertSettingsState }) {
  const weapp = process.env.TARO_ENV === 'weapp'
  return (
    <View>
      <Card title="新提醒通知">
        <Text className="alert-card__meta">
          {weapp
            ? '开启的类型有新提醒时，会发送站内消息；同意订阅后还会收到微信服务通知（每次同意可收到 1 条）。'
            : '开启的类型有新提醒时，会在“消息通知”中提醒您。'}
        </Text>
        {weapp && (
          <Text className="alert-card__meta" data-testid="alert-quota">
            剩余微信服务通知：{settings.remaining} 条
          </Text>
        )}
      </Card>
      <Card>
        {settings.kinds.map((k) => (
          <View key={k.kind} className="alert-setting" data-testid={`alert-setting-${k.kind}`}>
            <Text className="alert-setting__label">{k.label}</Text>
            <Switch
              checked={k.enabled}
              disabled={state.saving === k.kind}
              aria-label={`${k.label}：${k.enabled ? '已开启' : '已关闭'}`}
              onChange={(v: boolean) => state.toggle(k.kind, v)}
            />
          </View>
        ))}
      </Card>
    </View>
  )
}
