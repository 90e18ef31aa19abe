import type { ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import type { Application } from '@/domain/contract'
import { APPLICATION_STATUS, TRACK_LABELS, statusStyle } from '@/domain/status'
import { StatusTag, formatDate } from '@/shared'
import './status.scss'

/** The current status, prominent: year · track, the brand, the status tag, and what happens next. */
export function StatusHero({
  app,
  meta,
  sub,
  side,
  next,
}: {
  app: Application
  meta?: string
  sub?: ReactNode
  side?: string
  next?: string
}) {
  const style = statusStyle(APPLICATION_STATUS, app.status)
  return (
    <View className={`as-hero as-hero--${style.tone}`} data-testid="status-hero">
      <Text className="as-hero__meta">
        {/* year and call batch as stamped by the call it was submitted in; app.batch is the public-notice batch */}
        {app.year} 年度{app.callBatch ? `第 ${app.callBatch} 批申报` : ''} · {TRACK_LABELS[app.track]}
        {meta ? ` · ${meta}` : ''}
        {app.batch ? ` · 第 ${app.batch} 批公示` : ''}
      </Text>
      <Text className="as-hero__brand">{app.brandName || app.applicantName || '（未填写品牌）'}</Text>
      {sub}
      <View className="as-hero__status">
        <StatusTag {...style} />
        {side && <Text className="as-hero__updated">{side}</Text>}
      </View>
      {next && <Text className="as-hero__next">{next}</Text>}
      {app.status === 'public_notice' && app.publicNotice && (
        <Text className="as-hero__next">
          公示期：{formatDate(app.publicNotice.start)} 至 {formatDate(app.publicNotice.end)}
        </Text>
      )}
    </View>
  )
}
