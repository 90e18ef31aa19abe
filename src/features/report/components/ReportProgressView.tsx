// The province reviewer's view of the year's reports: who of the province's participants has submitted,
// and an in-app reminder for those who have not (once a day per organisation; the server enforces it).
// Tapping a participant opens its submitted figures by year (the chart subpackage's participant-trend page).
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { remindReports, type ReportProgress } from '@/api'
import { Card, EmptyState, StatusTag, formatDateTime, go } from '@/shared'
import './report.scss'

const SUBMITTED = ['submitted', 'revised']

export function ReportProgressView({ progress, onChanged }: { progress: ReportProgress; onChanged: () => void }) {
  const [busy, setBusy] = useState<string | null>(null)
  const missing = progress.items.filter((i) => !i.status || !SUBMITTED.includes(i.status))

  async function remind(orgIds?: string[]) {
    setBusy(orgIds?.[0] ?? 'all')
    const res = await remindReports({ year: progress.year, ...(orgIds ? { orgIds } : {}) })
    setBusy(null)
    if (!res.ok) return Taro.showToast({ title: res.error.message, icon: 'none' })
    const { sent, alreadyToday } = res.data
    Taro.showToast({
      title: sent > 0 ? `已提醒 ${sent} 家${alreadyToday ? `（${alreadyToday} 家今天已提醒过）` : ''}` : '今天已提醒过，明天可再次提醒',
      icon: 'none',
    })
    onChanged()
  }

  return (
    <View data-testid="report-progress">
      <Card title={`${progress.provinceName} · ${progress.year} 年度报送`}>
        <View className="rp-summary">
          <View className="rp-summary__item">
            <Text className="rp-summary__num">{progress.submitted}</Text>
            <Text className="ui-muted">已报送</Text>
          </View>
          <View className="rp-summary__item">
            <Text className="rp-summary__num">{progress.total - progress.submitted}</Text>
            <Text className="ui-muted">未报送</Text>
          </View>
          <View className="rp-summary__item">
            <Text className="rp-summary__num">{progress.total}</Text>
            <Text className="ui-muted">参与单位</Text>
          </View>
        </View>
        {progress.deadline && <Text className="ui-muted">截止时间：{progress.deadline.replace('T', ' ')}（北京时间）</Text>}
        {progress.open && missing.length > 0 && (
          <View style={{ marginTop: '12px' }}>
            <Button type="primary" block disabled={progress.remindable === 0 || !!busy} loading={busy === 'all'} onClick={() => remind()}>
              {progress.remindable > 0 ? `提醒未报送单位（${progress.remindable} 家）` : '今天已全部提醒'}
            </Button>
          </View>
        )}
      </Card>
      <Card title="参与单位">
        {progress.items.length === 0 ? (
          <EmptyState title="本省暂无参与单位" description="列入名单的企业和区域品牌主体会出现在这里" />
        ) : (
          progress.items.map((i) => {
            const done = !!i.status && SUBMITTED.includes(i.status)
            return (
              <View key={i.orgId} className="rp-row" data-testid="report-progress-row">
                <View
                  className="rp-row__main rp-row__main--link"
                  role="link"
                  aria-label={`查看${i.orgName}历年报送数据`}
                  data-testid="report-progress-open"
                  onClick={() => go('participantTrend', { orgId: i.orgId })}
                >
                  <Text className="rp-row__name">{i.orgName}</Text>
                  <Text className="rp-row__sub">
                    {i.track === 'enterprise' ? '企业' : '区域品牌'}
                    {i.submittedAt ? ` · 报送于 ${formatDateTime(i.submittedAt)}` : ''}
                    {!done && i.remindedAt ? ` · 已提醒 ${formatDateTime(i.remindedAt)}` : ''}
                    {' · '}
                    <Text className="rp-row__more">历年数据 ›</Text>
                  </Text>
                </View>
                <StatusTag label={i.statusLabel} tone={done ? 'success' : i.status === 'draft' ? 'warning' : 'default'} />
                {!done && progress.open && (
                  <Button
                    size="small"
                    fill="outline"
                    type="primary"
                    disabled={i.remindedToday || !!busy}
                    loading={busy === i.orgId}
                    onClick={() => remind([i.orgId])}
                    aria-label={`提醒${i.orgName}`}
                  >
                    {i.remindedToday ? '今日已提醒' : '提醒'}
                  </Button>
                )}
              </View>
            )
          })
        )}
      </Card>
    </View>
  )
}
