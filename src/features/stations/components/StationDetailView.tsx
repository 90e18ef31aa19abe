import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { StationDetail } from '@/domain/contract'
import { SERVICE_TOPIC_LABELS } from '@/domain/contract/labels'
import { ActionBar, Card, Unfold, go } from '@/shared'
import { LinkButton } from './LinkButton'
import './stations.scss'

const isWeapp = process.env.TARO_ENV === 'weapp'

function InfoRow({
  label,
  children,
  action,
  onAction,
}: {
  label: string
  children: React.ReactNode
  action?: string
  onAction?: () => void
}) {
  return (
    <View className="st-info">
      <Text className="st-info__label">{label}</Text>
      <View className="st-info__value">{children}</View>
      {action && (
        <Text className="st-info__action" onClick={onAction}>
          {action}
        </Text>
      )}
    </View>
  )
}

export function StationDetailView({ station }: { station: StationDetail }) {
  const [allBrands, setAllBrands] = useState(false)
  const brands = allBrands ? station.servedBrands : station.servedBrands.slice(0, 6)
  const copy = () =>
    Taro.setClipboardData({ data: station.address }).then(
      () => Taro.showToast({ title: '地址已复制', icon: 'success' }),
      () => Taro.showToast({ title: '复制失败，请长按地址复制', icon: 'none' }),
    )
  const call = () => Taro.makePhoneCall({ phoneNumber: station.phone }).catch(() => undefined)
  const openMap = () =>
    Taro.openLocation({ latitude: station.lat, longitude: station.lng, name: station.name, address: station.address, scale: 16 }).catch(
      () => Taro.showToast({ title: '无法打开地图', icon: 'none' }),
    )

  return (
    <View className="st-detail" data-testid="station-detail">
      <Unfold first={2} step={1}>
        <View className="st-detail__hero">
          <Text className="st-detail__name">{station.name}</Text>
          <Text className="st-detail__region">{station.regionName}</Text>
        </View>

        <Card>
          <InfoRow label="依托单位">
            <Text className="ui-text">{station.host}</Text>
          </InfoRow>
          <InfoRow label="地址" action="复制" onAction={copy}>
            <Text className="ui-text" userSelect>
              {station.address}
            </Text>
          </InfoRow>
          <InfoRow label="电话" action="拨打" onAction={call}>
            <Text className="ui-text st-info__phone" onClick={call}>
              {station.phone}
            </Text>
          </InfoRow>
          <InfoRow label="办公时间">
            <Text className="ui-text">{station.officeHours}</Text>
          </InfoRow>
          <InfoRow label="工作人员">
            <Text className="ui-text">{station.staffCount} 人</Text>
          </InfoRow>
          <InfoRow label="授牌单位">
            <Text className="ui-text">{station.approvedBy}</Text>
          </InfoRow>
          {isWeapp && (
            <View className="st-detail__map" onClick={openMap}>
              <Text>在地图中查看 ›</Text>
            </View>
          )}
        </Card>

        <Card title="服务主题">
          <View className="st-tags">
            {station.topics.map((t) => (
              <Text key={t} className="st-tag">
                {SERVICE_TOPIC_LABELS[t]}
              </Text>
            ))}
          </View>
        </Card>

        <Card title={`服务的品牌主体（${station.servedBrands.length}）`}>
          {station.servedBrands.length === 0 ? (
            <Text className="ui-muted">暂无已对接的企业或区域品牌</Text>
          ) : (
            <View className="st-brands">
              {brands.map((b) => (
                <View key={b.orgId} className="st-brand">
                  <Text className="st-brand__name">{b.name}</Text>
                  <Text className="ui-muted">{b.kind === 'association' ? '区域品牌' : '企业'}</Text>
                </View>
              ))}
              {!allBrands && station.servedBrands.length > brands.length && (
                <View className="st-brands__more" onClick={() => setAllBrands(true)}>
                  <Text>展开全部 {station.servedBrands.length} 个 ▾</Text>
                </View>
              )}
            </View>
          )}
        </Card>

        <Card title="对接联系">
          <LinkButton stationId={station.id} stationName={station.name} />
        </Card>

        <Card title="预约咨询">
          <Text className="ui-muted st-detail__rules">
            开放未来 {station.booking.horizonDays} 天的预约，每个时段 {station.booking.slotMinutes} 分钟；开始前{' '}
            {station.booking.cancelCutoffHours} 小时内不能取消或改期
            {station.booking.visitAllowed ? '；可申请上门走访' : ''}。
          </Text>
        </Card>
      </Unfold>
      <ActionBar>
        <Button type="primary" block size="large" data-testid="book-button" onClick={() => go('book', { stationId: station.id })}>
          预约咨询
        </Button>
      </ActionBar>
    </View>
  )
}
