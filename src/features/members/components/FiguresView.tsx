// Counts of members and SMEs over time (month ends) and the yearly member-usage figures — the numbers the
// regional brand's yearly report takes (GET /members/usage/{year}). Tables, so screen readers get the figures.
import { Text, View } from '@tarojs/components'
import type { MemberFigures } from '@/domain/contract/member'
import { Card, formatNumber } from '@/shared'
import './members.scss'

export function FiguresView({ figures, chartLink }: { figures: MemberFigures; chartLink?: () => void }) {
  const c = figures.current
  const recent = figures.series.slice(-13).reverse()
  return (
    <View className="mb-page" data-testid="member-figures">
      <Card
        title={`「${figures.brandName}」用标会员（截至 ${figures.today}）`}
        extra={chartLink ? '趋势图' : undefined}
        onExtraClick={chartLink}
      >
        <View className="mb-stats">
          <View className="mb-stat">
            <Text className="mb-stat__n">{formatNumber(c.members)}</Text>
            <Text className="mb-stat__l">在册会员</Text>
          </View>
          <View className="mb-stat">
            <Text className="mb-stat__n">{formatNumber(c.sme)}</Text>
            <Text className="mb-stat__l">其中中小企业</Text>
          </View>
          <View className="mb-stat">
            <Text className="mb-stat__n">{formatNumber(c.active)}</Text>
            <Text className="mb-stat__l">正常使用</Text>
          </View>
          <View className="mb-stat">
            <Text className="mb-stat__n">{formatNumber(c.suspended)}</Text>
            <Text className="mb-stat__l">暂停使用</Text>
          </View>
        </View>
      </Card>
      <Card title="年度用标情况（用于年度报送）">
        <View className="mb-table" role="table" data-testid="yearly-table">
          <View className="mb-table__row mb-table__row--head" role="row">
            {['年度', '年末在册', '中小企业', '新增', '续期', '暂停', '撤销', '有使用证据'].map((h) => (
              <Text key={h} className="mb-table__cell">
                {h}
              </Text>
            ))}
          </View>
          {figures.yearly.map((y) => (
            <View key={y.year} className="mb-table__row" role="row">
              {[y.year, y.membersAtYearEnd, y.smeActiveAtYearEnd, y.granted, y.renewed, y.suspended, y.withdrawn, y.withEvidence].map(
                (v, i) => (
                  <Text key={i} className="mb-table__cell">
                    {i === 0 ? `${v}` : formatNumber(v)}
                  </Text>
                ),
              )}
            </View>
          ))}
        </View>
        <Text className="mb-row__meta">本年度的“年末”按今天计；中小企业数为年末正常使用的中小企业。</Text>
      </Card>
      <Card title="会员与中小企业数量（月末）">
        <View className="mb-table" role="table" data-testid="series-table">
          <View className="mb-table__row mb-table__row--head" role="row">
            {['日期', '在册会员', '中小企业', '暂停使用'].map((h) => (
              <Text key={h} className="mb-table__cell">
                {h}
              </Text>
            ))}
          </View>
          {recent.map((p) => (
            <View key={p.on} className="mb-table__row" role="row">
              <Text className="mb-table__cell">{p.on}</Text>
              <Text className="mb-table__cell">{formatNumber(p.members)}</Text>
              <Text className="mb-table__cell">{formatNumber(p.sme)}</Text>
              <Text className="mb-table__cell">{formatNumber(p.suspended)}</Text>
            </View>
          ))}
        </View>
      </Card>
    </View>
  )
}
