import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { markFollowUpDone } from '@/api'
import { Clock, Link, List, Message, Order, Star } from '@nutui/icons-react-taro'
import type { StaffHome } from '@/domain/contract'
import { APPLICATION_STATUS, BOOKING_STATUS, TRACK_LABELS, statusStyle } from '@/domain/status'
import { Card, StatusTag, formatDate, go, Unfold } from '@/shared'
import { Action, Line, Stat } from './parts'

/** Follow-ups of service visits due now or this week; "已回访" records the moment it is tapped. */
function FollowUpsCard({ followUps, onDone }: { followUps: NonNullable<StaffHome['followUps']>; onDone?: () => void }) {
  const [busy, setBusy] = useState<string>()
  const done = async (id: string) => {
    if (busy) return
    setBusy(id)
    const r = await markFollowUpDone(id)
    setBusy(undefined)
    if (!r.ok) return Taro.showToast({ title: r.error.message, icon: 'none' })
    Taro.showToast({ title: '已记录回访', icon: 'success' })
    onDone?.()
  }
  return (
    <Card title={`待回访（${followUps.total}）`} extra="服务记录" onExtraClick={() => go('staffVisits')} testId="home-follow-ups">
      {followUps.items.length === 0 ? (
        <Text className="ui-muted">近 7 天没有到期的回访。</Text>
      ) : (
        followUps.items.map((f) => (
          <Line
            key={f.visitId}
            title={f.clientName}
            sub={`${f.topicLabel} · 回访日 ${f.followUpOn}`}
            onClick={() => go('myVisit', { id: f.visitId })}
            right={
              <View className="home-follow-up__right">
                {f.state === 'overdue' && <StatusTag label="已逾期" tone="danger" />}
                <Button
                  size="small"
                  type="primary"
                  fill="outline"
                  loading={busy === f.visitId}
                  onClick={(e) => (e.stopPropagation(), done(f.visitId))}
                >
                  已回访
                </Button>
              </View>
            }
          />
        ))
      )}
    </Card>
  )
}

/** Station staff home: today's bookings first, then what waits for the station. */
export function StaffHomeView({ home, onChange }: { home: StaffHome; onChange?: () => void }) {
  return (
    <Unfold first={2} step={1}>
      <Card
        title={`今日预约（${home.todayBookings.length}）`}
        extra="全部预约"
        onExtraClick={() => go('staffBookings')}
        testId="home-today"
      >
        {home.todayBookings.length === 0 ? (
          <Text className="ui-muted">今天没有预约。</Text>
        ) : (
          home.todayBookings.map((b) => (
            <Line
              key={b.id}
              title={`${b.startsAt.slice(11, 16)} · ${b.topicLabel}`}
              sub={b.orgName ?? b.stationName}
              right={<StatusTag {...statusStyle(BOOKING_STATUS, b.status)} />}
              onClick={() => go('staffBooking', { id: b.id })}
            />
          ))
        )}
      </Card>
      {home.followUps && <FollowUpsCard followUps={home.followUps} onDone={onChange} />}
      <Card title="待处理" testId="home-staff-stats">
        <View className="home-stats">
          <Stat
            value={home.pendingBookings}
            label="待确认预约"
            tone={home.pendingBookings > 0 ? 'warning' : undefined}
            onClick={() => go('staffBookings', { scope: 'upcoming' })}
          />
          <Stat
            value={home.pendingLinks}
            label="待处理对接申请"
            tone={home.pendingLinks > 0 ? 'warning' : undefined}
            onClick={() => go('staffLinks')}
          />
          <Stat value={home.clientsServed} label="已服务客户" />
          <Stat
            value={home.clientsWithOpenAlerts}
            label="有风险提醒的客户"
            tone={home.clientsWithOpenAlerts > 0 ? 'warning' : undefined}
            onClick={() => go('alerts')}
          />
        </View>
      </Card>
      <Card title="本站申报" testId="home-station-application">
        {home.application ? (
          <Line
            title={`${home.application.year} 年度 · ${TRACK_LABELS[home.application.track]}`}
            sub={`更新于 ${formatDate(home.application.updatedAt)}`}
            right={<StatusTag {...statusStyle(APPLICATION_STATUS, home.application.status)} />}
            onClick={() => go('applyStatus', { id: home.application!.id })}
          />
        ) : (
          <Line
            title="申报商标品牌建设服务指导专项行动"
            sub="填写附件 3 申报表，对接服务参加行动的企业和区域品牌"
            onClick={() => go('applyForm')}
          />
        )}
      </Card>
      <Card title="常用服务">
        <View className="home-actions">
          <Action icon={<Order size={22} color="var(--app-primary)" />} label="预约管理" onClick={() => go('staffBookings')} />
          <Action icon={<Clock size={22} color="var(--app-primary)" />} label="开放时段" onClick={() => go('staffAvailability')} />
          <Action icon={<Link size={22} color="var(--app-primary)" />} label="对接申请" onClick={() => go('staffLinks')} />
          <Action icon={<Message size={22} color="var(--app-primary)" />} label="消息通知" onClick={() => go('notices')} />
          <Action icon={<Star size={22} color="var(--app-primary)" />} label="站点自评" onClick={() => go('evalSelf')} />
          <Action icon={<List size={22} color="var(--app-primary)" />} label="入选名单" onClick={() => go('publicLists')} />
          <Action icon={<Order size={22} color="var(--app-primary)" />} label="服务记录" onClick={() => go('staffVisits')} />
        </View>
      </Card>
    </Unfold>
  )
}
