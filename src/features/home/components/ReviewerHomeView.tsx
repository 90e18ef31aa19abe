import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { ReviewerHome } from '@/domain/contract'
import { TRACK_LABELS } from '@/domain/status'
import { Card, go, Unfold } from '@/shared'
import { Line, QuotaBar, Stat } from './parts'
import { NotRecommendedCard } from './NotRecommendedCard'

/** Province / national reviewer home: what waits for review, and quota use per track. */
export function ReviewerHomeView({ home }: { home: ReviewerHome }) {
  const tracks = ['enterprise', 'regional', 'station'] as const
  return (
    <Unfold first={2} step={1}>
      <Card title={`${home.year} 年度 · 待审核`} testId="home-review-waiting">
        <View className="home-stats">
          <Stat
            value={home.waiting}
            label={home.role === 'national' ? '待复核申报' : '待审核申报'}
            tone={home.waiting > 0 ? 'warning' : undefined}
          />
          <Stat
            value={tracks.reduce((n, t) => n + home.byTrack[t].used, 0)}
            label={home.role === 'province' ? '已推荐' : '已进入复核及以后'}
          />
        </View>
        <View style={{ marginTop: '16px' }}>
          <Button type="primary" block onClick={() => go('reviewList', { queue: 1 })} data-testid="go-review-queue">
            去审核
          </Button>
        </View>
      </Card>
      <Card
        title={home.role === 'province' ? '推荐名额使用' : '各赛道进度'}
        extra="详情"
        onExtraClick={() => go('reviewQuota')}
        testId="home-quota"
      >
        {tracks.map((t) => (
          <QuotaBar
            key={t}
            label={TRACK_LABELS[t]}
            used={home.byTrack[t].used}
            limit={home.byTrack[t].limit}
            waiting={home.byTrack[t].waiting}
          />
        ))}
        <Text className="ui-muted">名额依据方案附件 4（{home.year === 2023 ? '2023' : '按 2023'} 年度表）。</Text>
      </Card>
      {home.reports && (
        <Card title={`${home.reports.year} 年度报送`} extra="查看" onExtraClick={() => go('reviewReports')} testId="home-reports">
          <Line
            title={`已报送 ${home.reports.submitted} / ${home.reports.total} 家参与单位`}
            sub="可提醒尚未报送的单位"
            onClick={() => go('reviewReports')}
          />
        </Card>
      )}
      <Card title={home.role === 'national' ? '年度时间安排' : '申报批次'} testId="home-programme">
        <Button type="primary" fill="outline" block onClick={() => go('reviewProgramme')} data-testid="go-programme">
          {home.role === 'national' ? '设置年度时间安排' : '开通 / 延长申报批次'}
        </Button>
      </Card>
      {home.role === 'national' && (
        <Card title="尚未推荐的省份">
          <NotRecommendedCard year={home.year} />
        </Card>
      )}
      <Card title="年度评价" testId="home-evaluation">
        <Button type="primary" fill="outline" block onClick={() => go('evalRankings')} data-testid="go-rankings">
          {home.role === 'national' ? '评价排名与发布名单' : '本省评价排名'}
        </Button>
      </Card>
      {home.role === 'national' && (
        <Card title="公示与名单">
          <Button type="primary" fill="outline" block onClick={() => go('reviewBatches')}>
            查看年度批次
          </Button>
        </Card>
      )}
    </Unfold>
  )
}
