// Members and SMEs on the association's register over time (month ends up to today), and the yearly entries
// and exits — the charts beside the figures tables of pkg-assoc's 会员数量与用标情况 page.
import { Text, View } from '@tarojs/components'
import { getMemberFigures } from '@/api'
import type { MemberFigures } from '@/domain/contract/member'
import { PageShell, useQuery, useRefetchOn } from '@/shared'
import { TrendChart, type TrendSeries } from '../../components'

/** "2025-06-30" → "25Q2": short labels, so four years of quarter ends fit a phone-wide axis */
const quarter = (on: string) => `${on.slice(2, 4)}Q${Math.ceil(Number(on.slice(5, 7)) / 3)}`

function seriesOf(f: MemberFigures): { counts: TrendSeries[]; flows: TrendSeries[] } {
  // quarter ends plus today (the month-end figures are in the tables of the figures page)
  const last = f.series[f.series.length - 1]
  const pts = f.series
    .filter((c) => c === last || ['03', '06', '09', '12'].includes(c.on.slice(5, 7)))
    .map((c) => ({ on: quarter(c.on), c }))
    .filter((p, i, all) => i === all.length - 1 || p.on !== all[i + 1].on)
  return {
    counts: [
      { name: '在册会员', points: pts.map(({ on, c }) => ({ x: on, y: c.members })) },
      { name: '其中中小企业', points: pts.map(({ on, c }) => ({ x: on, y: c.sme })) },
    ],
    flows: [
      { name: '新增', points: f.yearly.map((y) => ({ x: String(y.year), y: y.granted })) },
      { name: '撤销', points: f.yearly.map((y) => ({ x: String(y.year), y: y.withdrawn })) },
    ],
  }
}

export default function MemberTrendPage() {
  const query = useQuery(() => getMemberFigures(), [])
  useRefetchOn(query, { pullDown: true })
  return (
    <PageShell<MemberFigures> query={query}>
      {(f) => {
        const { counts, flows } = seriesOf(f)
        return (
          <View className="ui-page" data-testid="member-trend">
            <View className="ui-card">
              <Text className="ui-card__title">「{f.brandName}」用标会员数量（季末）</Text>
              <TrendChart
                id="member-count"
                kind="line"
                series={counts}
                unit="家"
                title="在册会员与中小企业（季末，最后一点为今天）"
                xLabel="季度"
              />
            </View>
            <View className="ui-card">
              <Text className="ui-card__title">每年新增与撤销</Text>
              <TrendChart id="member-flow" kind="bar" series={flows} unit="家" title="每年新增与撤销的用标会员" xLabel="年度" />
            </View>
          </View>
        )
      }}
    </PageShell>
  )
}
