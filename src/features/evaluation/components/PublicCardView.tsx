import { View, Text } from '@tarojs/components'
import type { PublicCard } from '@/domain/contract/evaluation'
import { Card, StatusTag, formatDate } from '@/shared'
import './evaluation.scss'

const Line = ({ k, v }: { k: string; v: string }) => (
  <View className="ev-card-line">
    <Text className="ev-card-line__key">{k}</Text>
    <Text className="ev-card-line__value">{v}</Text>
  </View>
)

/** A listed brand's public card: mark, holder, region, field, years listed — public facts only. */
export function PublicCardView({ card }: { card: PublicCard }) {
  return (
    <View data-testid="ev-card">
      <Card title={card.brandName}>
        <Line k={card.track === 'station' ? '依托单位' : '权利人'} v={card.holderName} />
        <Line k="所在地区" v={card.regionName} />
        {card.fieldLabel && <Line k="领域" v={card.fieldLabel} />}
        {card.mark && (
          <>
            <Line k="商标" v={card.mark.isGI ? `${card.mark.name}（地理标志）` : card.mark.name} />
            <Line k="注册号" v={card.mark.regNo} />
            <Line k="类别" v={`第 ${card.mark.classes.join('、')} 类 · ${card.mark.markTypeLabel}`} />
          </>
        )}
      </Card>
      <Card title="入选名单">
        {card.listings.map((l) => (
          <View key={`${l.year}-${l.list}`} className="ev-card-line">
            <Text className="ev-card-line__key">
              {l.year} 年 · 第 {l.batch} 批
            </Text>
            <View>
              <StatusTag label={l.listLabel} tone="primary" />
              <Text className="ui-muted"> {formatDate(l.publishedAt)}</Text>
            </View>
          </View>
        ))}
      </Card>
      <Text className="ui-muted">名片仅展示公开信息；联系方式及经营数据不公开。</Text>
    </View>
  )
}
