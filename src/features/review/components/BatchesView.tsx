import { View, Text } from '@tarojs/components'
import type { ApplicationTrack, ReviewBatch } from '@/domain/contract'
import { Card, EmptyState, formatDate, go } from '@/shared'
import './review.scss'

const SHORT: Record<ApplicationTrack, string> = { enterprise: '企业品牌', regional: '区域品牌', station: '指导站' }

/** Public-notice batches of a year: dates and, per track, how many are in notice / confirmed / not selected. */
export function BatchesView({ batches, year }: { batches: ReviewBatch[]; year: number }) {
  if (!batches.length)
    return (
      <EmptyState
        title={`${year} 年度暂无公示批次`}
        description="在申报详情中“发布公示”后，这里按批次列出公示名单。"
        actionText="去复核"
        onAction={() => go('reviewList')}
      />
    )
  return (
    <View data-testid="batches">
      {[...batches]
        .sort((a, b) => b.batch - a.batch)
        .map((b) => (
          <Card
            key={b.batch}
            title={`${b.year} 年度 · 第 ${b.batch} 批`}
            extra="查看名单"
            onExtraClick={() => go('reviewList', { batch: b.batch, year: b.year })}
          >
            <Text className="rv-batch__dates">
              公示期 {formatDate(b.start)} 至 {formatDate(b.end)}
            </Text>
            <View className="rv-batch__grid">
              {(Object.keys(SHORT) as ApplicationTrack[]).map((t) => {
                const c = b.counts[t]
                return (
                  <View key={t} className="rv-batch__cell">
                    <Text className="rv-batch__cell-title">{SHORT[t]}</Text>
                    <Text className="rv-batch__cell-num">{c?.total ?? 0}</Text>
                    <Text className="rv-batch__cell-sub">
                      公示 {c?.publicNotice ?? 0} · 确认 {c?.confirmed ?? 0}
                      {c?.notSelected ? ` · 未入选 ${c.notSelected}` : ''}
                    </Text>
                  </View>
                )
              })}
            </View>
          </Card>
        ))}
    </View>
  )
}
