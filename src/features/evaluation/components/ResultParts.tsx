import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import type { EvaluationResultView, IndicatorResultView, WeakIndicatorView } from '@/domain/contract/evaluation'
import { Card, StatusTag } from '@/shared'
import './evaluation.scss'

const pct = (x: number) => `${Math.round(x * 100)}%`
const pts = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100) / 100}`)

/** The total: score, confidence (share of the weight that had data), the four dimensions. */
export function ScoreSummary({ result, note }: { result: EvaluationResultView; note?: string }) {
  const low = result.confidence < 0.6
  return (
    <Card title={`${result.year} 年度 · ${result.subject.name}`} testId="ev-score">
      <View className="ev-score">
        <Text className="ev-score__value" data-testid="ev-score-value">
          {result.score === null ? '—' : Math.round(result.score * 10) / 10}
        </Text>
        <Text className="ev-score__unit">分 / 100</Text>
      </View>
      <View className={`ev-meter ${low ? 'ev-meter--warn' : ''}`} aria-label={`数据完整度 ${pct(result.confidence)}`}>
        <View className="ev-meter__fill" style={{ width: pct(result.confidence) }} />
      </View>
      <Text className="ev-note">
        数据完整度 {pct(result.confidence)}
        {result.missing.length > 0 ? `：${result.missing.length} 项指标缺少数据，未计分也未按 0 分计` : ''}
      </Text>
      {low && result.score !== null && (
        <Text className="ev-note ev-ind__missing" data-testid="ev-low-confidence">
          数据不足：得分只反映有数据的少数指标，补齐数据后可能明显变化。
        </Text>
      )}
      {note && <Text className="ev-note">{note}</Text>}
      <View className="ev-dims">
        {result.dimensions.map((d) => (
          <View key={d.key} className="ev-dim">
            <Text className="ev-dim__label">
              {d.label}（满分 {d.share}）
            </Text>
            <Text className="ev-dim__value">{d.score === null ? '缺少数据' : `${Math.round(d.score)} 分`}</Text>
          </View>
        ))}
      </View>
      <Text className="ev-note">评价方法 {result.methodVersion}：得分为有数据指标的得分率；缺少数据的指标降低完整度。</Text>
    </Card>
  )
}

/** The indicators losing the most points and what to do about each. */
export function WeakestList({ items }: { items: WeakIndicatorView[] }) {
  if (!items.length) return null
  return (
    <Card title="最需要提升的指标" testId="ev-weakest">
      {items.map((w) => (
        <View key={w.id} className="ev-ind" data-testid="ev-weak">
          <View className="ev-ind__head">
            <Text className="ev-ind__title">{w.label}</Text>
            {w.status === 'missing' ? (
              <StatusTag label="缺少数据" tone="warning" />
            ) : (
              <Text className="ev-ind__points">
                失 {pts(w.lost)} / {w.weight} 分
              </Text>
            )}
          </View>
          <View className="ev-ind__body">
            <Text className="ev-ind__raise">{w.toRaise}</Text>
            <Text className="ev-ind__line">
              <Text className="ev-ind__key">建议：</Text>
              {w.advice}
            </Text>
          </View>
        </View>
      ))}
    </Card>
  )
}

function IndicatorRow({ ind }: { ind: IndicatorResultView }) {
  const [open, setOpen] = useState(false)
  return (
    <View className="ev-ind" data-testid="ev-indicator" data-id={ind.id}>
      <View className="ev-ind__head" onClick={() => setOpen(!open)} role="button" aria-expanded={open}>
        <Text className="ev-ind__title">
          {ind.item} {ind.label}
        </Text>
        {ind.status === 'scored' ? (
          <Text className="ev-ind__points">
            {pts(ind.points)} / {ind.weight} 分 {open ? '▴' : '▾'}
          </Text>
        ) : (
          <View>
            <StatusTag label={ind.status === 'missing' ? '缺少数据' : '不适用'} tone={ind.status === 'missing' ? 'warning' : 'default'} />
            <Text className="ev-ind__points"> {open ? '▴' : '▾'}</Text>
          </View>
        )}
      </View>
      {open && (
        <View className="ev-ind__body">
          {ind.inputs.map((x) => (
            <Text key={`${x.source}-${x.year}`} className="ev-ind__line">
              <Text className="ev-ind__key">
                {x.year} 年 {x.label}：
              </Text>
              <Text className={x.missing ? 'ev-ind__missing' : ''}>{x.text}</Text>
            </Text>
          ))}
          <Text className="ev-ind__line">
            <Text className="ev-ind__key">规则：</Text>
            {ind.rule}
          </Text>
          {ind.peers && (
            <Text className="ev-ind__line">
              <Text className="ev-ind__key">同组比较：</Text>
              {ind.peers.group}，{ind.peers.size} 个可比主体，中位数 {ind.peers.median}（四分位 {ind.peers.p25}–{ind.peers.p75}）
              {ind.peers.percentile !== undefined ? `，高于 ${pct(ind.peers.percentile)} 的同组主体` : ''}
            </Text>
          )}
          {ind.fallback && (
            <Text className="ev-ind__line">
              <Text className="ev-ind__key">小组规则：</Text>
              {ind.fallback}
            </Text>
          )}
          <Text className="ev-ind__raise">{ind.toRaise}</Text>
        </View>
      )}
    </View>
  )
}

/** Every indicator by dimension: inputs (missing shown as missing), rule, points, peers, what would raise it. */
export function IndicatorList({ result }: { result: EvaluationResultView }) {
  return (
    <>
      {result.dimensions.map((d) => (
        <Card key={d.key} title={`${d.label} · ${pts(d.points)} 分`} testId={`ev-dim-${d.key}`}>
          {result.indicators
            .filter((i) => i.dimension === d.key)
            .map((i) => (
              <IndicatorRow key={i.id} ind={i} />
            ))}
        </Card>
      ))}
    </>
  )
}
