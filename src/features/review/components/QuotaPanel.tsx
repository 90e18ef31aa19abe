import { View, Text } from '@tarojs/components'
import type { QuotaSummary, QuotaUse } from '@/domain/contract'
import { TRACK_LABELS } from '@/domain/status'
import { Card, formatNumber } from '@/shared'
import './review.scss'

function TrackQuota({ use }: { use: QuotaUse }) {
  const pct = use.limit ? Math.min(100, (use.used / use.limit) * 100) : 0
  const full = use.limit > 0 && use.used >= use.limit
  const r = use.ratio
  return (
    <View className="rv-quota__track" data-testid={`quota-${use.track}`}>
      <View className="rv-quota__head">
        <Text className="rv-quota__name">{TRACK_LABELS[use.track]}</Text>
        <Text className="rv-quota__num">
          <Text className="rv-quota__big">{formatNumber(use.used)}</Text> / {formatNumber(use.limit)}
        </Text>
      </View>
      <View className="rv-quota__bar">
        <View className={`rv-quota__fill ${full ? 'rv-quota__fill--full' : ''}`} style={{ width: `${pct}%` }} />
      </View>
      <Text className="rv-quota__sub">
        已推荐 {use.used} · 剩余 {Math.max(0, use.remaining)} · 待审核 {use.waiting}
        {full ? ' · 名额已满' : ''}
      </Text>
      {r && (
        <View className={`rv-quota__ratio ${r.ok ? '' : 'rv-quota__ratio--bad'}`} data-testid={`ratio-${r.rule}`}>
          <View className="rv-quota__ratio-head">
            <Text>{r.label}</Text>
            <Text>
              {r.count}/{r.total} · {r.percent}%
            </Text>
          </View>
          <View className="rv-quota__bar">
            <View
              className={`rv-quota__fill ${r.ok ? 'rv-quota__fill--ok' : 'rv-quota__fill--full'}`}
              style={{ width: `${Math.min(100, r.percent)}%` }}
            />
            <View className="rv-quota__mark" style={{ left: r.rule === 'enterprise_non_demo_max_30' ? '30%' : '70%' }} />
          </View>
          <Text className="rv-quota__sub">
            {r.note}
            {r.agriculture !== undefined ? `（农业品牌 ${r.agriculture} 个）` : ''}
          </Text>
        </View>
      )}
    </View>
  )
}

/** Live quota use against annex 4: per track, with the 30 % (non-demonstration) and 70 % (mfg + service) ratios. */
export function QuotaPanel({ quota }: { quota: QuotaSummary }) {
  return (
    <Card title={`${quota.provinceName} · ${quota.year} 年度推荐名额`} testId="quota-panel">
      {quota.tracks.map((t) => (
        <TrackQuota key={t.track} use={t} />
      ))}
      <Text className="ui-muted rv-quota__foot">
        名额及比例依据方案附件 4（{quota.tableYear} 年度表{quota.tableYear !== quota.year ? `，${quota.year} 年度沿用` : ''}）。
      </Text>
    </Card>
  )
}
