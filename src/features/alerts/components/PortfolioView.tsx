// An organisation's trademarks, each with its legal timeline (registered → 撤三 exposure → renewal window →
// term end → grace period end) and its open alerts; plus the calendar export of every legal last day.
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { Portfolio, PortfolioMark } from '@/domain/contract'
import { Card, EmptyState, StatusTag, formatDate, go, type Tone } from '@/shared'
import './alerts.scss'

const STATUS_TONE: Record<PortfolioMark['status'], Tone> = { registered: 'success', grace: 'warning', lapsed: 'danger' }

function MarkCard({ mark }: { mark: PortfolioMark }) {
  const next = mark.timeline.find((s) => !s.past)
  return (
    <Card className="portfolio-mark" testId={`mark-${mark.id}`}>
      <View className="alert-card__tags">
        <StatusTag label={mark.statusLabel} tone={STATUS_TONE[mark.status]} />
        <StatusTag label={mark.markTypeLabel} tone="primary" />
        {mark.openAlerts > 0 && <StatusTag label={`${mark.openAlerts} 条待处理提醒`} tone="danger" />}
      </View>
      <Text className="alert-card__title">「{mark.name}」</Text>
      <Text className="alert-card__meta">
        注册号 {mark.regNo} · 第 {mark.classes.join('、')} 类 · 有效期至 {formatDate(mark.validUntil)}
      </Text>
      <Text className="alert-card__meta">{mark.lastUseOn ? `最近使用证据 ${formatDate(mark.lastUseOn)}` : '尚无使用证据在档'}</Text>
      <View className="timeline" aria-label="法定时间线">
        {mark.timeline.map((s) => (
          <View
            key={s.step}
            className={`timeline__step ${s.past ? 'timeline__step--past' : ''} ${s === next ? 'timeline__step--next' : ''}`}
          >
            <Text className="timeline__date">
              {formatDate(s.date)}
              {s.provisional ? '（暂定）' : ''}
            </Text>
            <Text className="timeline__label">{s.label}</Text>
          </View>
        ))}
      </View>
      {mark.openAlerts > 0 && (
        <View className="alert-card__actions">
          <Button type="primary" fill="outline" onClick={() => go('alerts', { trademarkId: mark.id })}>
            查看该商标的提醒
          </Button>
        </View>
      )}
    </Card>
  )
}

export function PortfolioView({
  portfolio,
  exporting,
  onExport,
  onCopyLink,
}: {
  portfolio: Portfolio
  exporting: boolean
  onExport: () => void
  /** copy the calendar's subscription address (a phone calendar keeps it up to date) */
  onCopyLink?: () => void
}) {
  return (
    <View>
      <Card title={`${portfolio.orgName} 的商标（${portfolio.marks.length} 件）`}>
        <Text className="alert-card__meta">
          时间线按 {formatDate(portfolio.today)} 计算；标注“暂定”的日期所在年份的法定节假日安排尚未发布。
        </Text>
        <View className="alert-card__actions">
          <Button type="primary" loading={exporting} disabled={exporting} onClick={onExport}>
            {process.env.TARO_ENV === 'weapp' ? '分享法定期限日历（.ics）' : '导出法定期限日历（.ics）'}
          </Button>
        </View>
        {onCopyLink && (
          <View className="alert-card__actions">
            <Button type="primary" fill="outline" onClick={onCopyLink}>
              复制日历订阅链接
            </Button>
          </View>
        )}
      </Card>
      {portfolio.marks.length === 0 ? (
        <EmptyState title="还没有商标记录" description="注册商标后，这里会显示续展、宽展和撤三等法定时间节点。" />
      ) : (
        portfolio.marks.map((m) => <MarkCard key={m.id} mark={m} />)
      )}
    </View>
  )
}
