import { View, Text } from '@tarojs/components'
import { getNotRecommended } from '@/api'
import { StatusTag, useQuery } from '@/shared'
import { Line } from './parts'

/** National home: provinces that have not recommended anything this year, with what they have waiting. */
export function NotRecommendedCard({ year }: { year: number }) {
  const q = useQuery(() => getNotRecommended(year), [year])
  const d = q.data
  if (!d) return null
  const deadline = d.recommendationDeadline.replace('T', ' ')
  return (
    <View data-testid="home-not-recommended">
      <Text className="ui-muted" style={{ display: 'block', marginBottom: '8px' }}>
        {d.provinces.length === 0
          ? `各省均已推荐（推荐截止 ${deadline}）`
          : `${d.provinces.length} 个省份尚未推荐（推荐截止 ${deadline}，北京时间）`}
      </Text>
      {d.provinces.slice(0, 5).map((p) => (
        <Line
          key={p.provinceCode}
          title={p.provinceName}
          right={<StatusTag label={p.waiting ? `待审 ${p.waiting} 份` : '暂无申报'} tone={p.waiting ? 'warning' : 'default'} />}
        />
      ))}
    </View>
  )
}
