import { View, Text } from '@tarojs/components'
import { Edit, List, Message, Order, Search, Star, Warning } from '@nutui/icons-react-taro'
import { Button } from '@nutui/nutui-react-taro'
import type { ApplicantHome, HomeAlert } from '@/domain/contract'
import { APPLICATION_STATUS, BOOKING_STATUS, TRACK_LABELS, statusStyle } from '@/domain/status'
import { Card, StatusTag, Unfold, daysLeftLabel, deadlineTone, formatDate, formatDateTime, formatNumber, go } from '@/shared'
import { Action, Line } from './parts'
import { CallCard } from './CallCard'

// The monitor's titles already name the last day (…将于 2027-04-02 期满 / 异议截止 2027-03-01): say it once.
const deadlineSub = (a: HomeAlert) =>
  a.deadline && !a.title.includes(formatDate(a.deadline)) ? `截止 ${formatDate(a.deadline)}` : undefined

/** Enterprise / association home: what needs me now — alerts with deadlines, next consultation, application, station. */
export function ApplicantHomeView({ home }: { home: ApplicantHome }) {
  const { station, nextBooking, application, alerts } = home
  return (
    <Unfold first={2} step={1}>
      {alerts.length > 0 && (
        <Card title={`风险提醒（${home.unreadAlerts} 条未读）`} extra="全部" onExtraClick={() => go('alerts')} testId="home-alerts">
          {alerts.slice(0, 3).map((a) => (
            <Line
              key={a.id}
              title={a.title}
              sub={deadlineSub(a)}
              right={a.deadline ? <StatusTag label={daysLeftLabel(a.deadline)} tone={deadlineTone(a.deadline)} /> : undefined}
              onClick={() => go('alerts', { id: a.id })}
            />
          ))}
        </Card>
      )}

      <Card title="常用服务" testId="home-services">
        <View className="home-actions">
          <Action icon={<Search size={22} color="var(--app-primary)" />} label="查找指导站" onClick={() => go('stationDirectory')} />
          <Action icon={<Order size={22} color="var(--app-primary)" />} label="我的预约" onClick={() => go('myBookings')} />
          <Action
            icon={<Edit size={22} color="var(--app-primary)" />}
            label="申报进度"
            onClick={() => (application ? go('applyStatus', { id: application.id }) : go('applyForm'))}
          />
          <Action icon={<Warning size={22} color="var(--app-primary)" />} label="风险提醒" onClick={() => go('alerts')} />
          <Action icon={<Order size={22} color="var(--app-primary)" />} label="我的商标" onClick={() => go('portfolio')} />
          <Action icon={<Message size={22} color="var(--app-primary)" />} label="消息通知" onClick={() => go('notices')} />
          <Action icon={<Star size={22} color="var(--app-primary)" />} label="品牌自评" onClick={() => go('evalSelf')} />
          <Action icon={<Star size={22} color="var(--app-primary)" />} label="评价结果" onClick={() => go('evalResult')} />
          <Action icon={<List size={22} color="var(--app-primary)" />} label="入选名单" onClick={() => go('publicLists')} />
          <Action icon={<Edit size={22} color="var(--app-primary)" />} label="服务建议书" onClick={() => go('myVisits')} />
        </View>
      </Card>

      <Card
        title="下一次咨询"
        extra={nextBooking ? '我的预约' : undefined}
        onExtraClick={() => go('myBookings')}
        testId="home-next-booking"
      >
        {nextBooking ? (
          <Line
            title={`${formatDateTime(nextBooking.startsAt)} · ${nextBooking.topicLabel}`}
            sub={nextBooking.stationName}
            right={<StatusTag {...statusStyle(BOOKING_STATUS, nextBooking.status)} />}
            onClick={() => go('voucher', { id: nextBooking.id })}
          />
        ) : (
          <View>
            <Text className="ui-muted">暂无预约。遇到商标注册、维权、融资等问题，可预约指导站免费咨询。</Text>
            {station && (
              <View style={{ marginTop: '12px' }}>
                <Button type="primary" fill="outline" onClick={() => go('book', { stationId: station.id })}>
                  预约咨询
                </Button>
              </View>
            )}
          </View>
        )}
      </Card>

      <Card title="我的申报" testId="home-application">
        <CallCard />
        {application ? (
          <Line
            title={`${application.year} 年度 · ${TRACK_LABELS[application.track]}`}
            sub={`更新于 ${formatDate(application.updatedAt)}`}
            right={<StatusTag {...statusStyle(APPLICATION_STATUS, application.status)} />}
            onClick={() => go('applyStatus', { id: application.id })}
          />
        ) : (
          <View>
            <Text className="ui-muted">尚未申报“千企百城”商标品牌价值提升行动。</Text>
            <View style={{ marginTop: '12px' }}>
              <Button type="primary" onClick={() => go('applyForm')}>
                开始申报
              </Button>
            </View>
          </View>
        )}
      </Card>

      {home.report && (
        <Card title={`${home.report.year} 年度报送`} testId="home-report">
          <Line
            title={home.report.open ? '年度商标品牌数据（附件6/7）' : '本年度报送已截止'}
            sub={home.report.deadline ? `截止 ${home.report.deadline.replace('T', ' ')}` : undefined}
            right={
              <StatusTag
                label={home.report.statusLabel}
                tone={home.report.status === null ? 'default' : home.report.status === 'draft' ? 'warning' : 'success'}
              />
            }
            onClick={() => go('reportForm', { year: home.report!.year })}
          />
        </Card>
      )}

      {home.brand && (
        <Card title="区域品牌" testId="home-brand">
          <Line title={home.brand.name} sub={home.brand.markTypeLabel} />
          <Line
            title="用标企业"
            sub="用标管理：会员名册、使用证据、撤三证据汇编 ›"
            testId="home-members"
            onClick={() => go('assocRegister')}
            right={
              <Text className="ui-text">
                {formatNumber(home.brand.memberCount)} 家（中小企业 {formatNumber(home.brand.smeCount)} 家）
              </Text>
            }
          />
        </Card>
      )}

      <Card title="我的指导站" testId="home-station">
        {station ? (
          <Line title={station.name} sub={station.address} onClick={() => go('stationDetail', { id: station.id })} />
        ) : home.pendingStation ? (
          <Line title={home.pendingStation.name} sub="对接申请已提交，等待指导站确认" right={<StatusTag label="待确认" tone="warning" />} />
        ) : (
          <View>
            <Text className="ui-muted">还没有对接的指导站。找到就近的指导站，建立对接联系。</Text>
            <View style={{ marginTop: '12px' }}>
              <Button type="primary" fill="outline" onClick={() => go('stationDirectory')}>
                查找指导站
              </Button>
            </View>
          </View>
        )}
      </Card>
    </Unfold>
  )
}
