import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { markFollowUpDone } from '@/api'
import type { Visit } from '@/domain/contract'
import type { FollowUpState } from '@/domain/visits'
import { Banner, Card, EmptyState, ROUTES, StatusTag, buildUrl, formatDateTime, type Tone } from '@/shared'
import { PhotoGrid } from './PhotoField'
import './visits.scss'

export const FOLLOW_UP_TONES: Record<FollowUpState, Tone> = {
  none: 'default',
  pending: 'primary',
  overdue: 'danger',
  done_on_time: 'success',
  done_late: 'warning',
}

const openVisit = (id: string) => Taro.navigateTo({ url: buildUrl(ROUTES.myVisit, { id }) })

/** One row of a visit list (staff: the station's; a client: its own). */
export function VisitCard({ visit, showClient }: { visit: Visit; showClient: boolean }) {
  return (
    <View className="vs-card" onClick={() => openVisit(visit.id)} data-testid="visit-card" data-id={visit.id}>
      <View className="vs-card__head">
        <Text className="vs-card__title">{showClient ? visit.client.name : visit.stationName}</Text>
        <Text className="vs-card__date">{visit.date}</Text>
      </View>
      <Text className="vs-card__sub">
        {visit.modeLabel} · {visit.topicLabels.join('、')}
        {visit.client.kind === 'walk_in' ? ' · 临时来访' : ''}
      </Text>
      <Text className="vs-card__text">{visit.asked}</Text>
      <View className="vs-card__tags">
        {visit.adviceNote && <StatusTag label="有建议书" tone="primary" />}
        {visit.photos.length > 0 && <StatusTag label={`照片 ${visit.photos.length}`} />}
        {visit.followUpState !== 'none' && (
          <StatusTag
            label={`${visit.followUpStateLabel}${visit.followUpOn ? ` ${visit.followUpOn.slice(5)}` : ''}`}
            tone={FOLLOW_UP_TONES[visit.followUpState]}
          />
        )}
      </View>
    </View>
  )
}

export function VisitList({
  items,
  showClient,
  empty,
}: {
  items: Visit[]
  showClient: boolean
  empty: { title: string; description: string }
}) {
  if (!items.length) return <EmptyState title={empty.title} description={empty.description} />
  return (
    <View data-testid="visit-list">
      {items.map((v) => (
        <VisitCard key={v.id} visit={v} showClient={showClient} />
      ))}
    </View>
  )
}

function Line({ label, value }: { label: string; value: string }) {
  return (
    <View className="vs-line">
      <Text className="vs-line__label">{label}</Text>
      <Text className="vs-line__value">{value}</Text>
    </View>
  )
}

/** One visit: the advice note first for a client (what they came for), then the record and its photos. */
export function VisitDetail({ visit, staff, onChange }: { visit: Visit; staff: boolean; onChange: (v: Visit) => void }) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const canMark = staff && !!visit.followUpOn && !visit.followUpDoneAt
  const mark = async () => {
    if (busy) return
    setBusy(true)
    setError(undefined)
    const r = await markFollowUpDone(visit.id)
    setBusy(false)
    if (r.ok) {
      onChange(r.data)
      Taro.showToast({ title: '已记录回访', icon: 'success' })
    } else setError(r.error.message)
  }
  const note = visit.adviceNote && (
    <Card title="商标指导服务建议书" testId="advice-note">
      <Text className="vs-note__title">{visit.adviceNote.title}</Text>
      <Text className="vs-note__meta">
        {visit.stationName} · {visit.staffName} · {visit.date}
      </Text>
      <Text className="vs-note__body" userSelect>
        {visit.adviceNote.body}
      </Text>
    </Card>
  )
  return (
    <View data-testid="visit-detail">
      {!staff && note}
      <Card title="服务记录">
        <Line
          label={staff ? '服务对象' : '指导站'}
          value={staff ? visit.client.name + (visit.client.phone ? ` ${visit.client.phone}` : '') : visit.stationName}
        />
        <Line label="服务日期" value={visit.date} />
        <Line label="服务方式" value={visit.modeLabel} />
        <Line label="服务事项" value={visit.topicLabels.join('、')} />
        <Line label="咨询的问题" value={visit.asked} />
        <Line label="给出的建议" value={visit.advised} />
        <Line label="服务结果" value={visit.outcome} />
        <Line label="服务人员" value={visit.staffName} />
        {visit.bookingId && <Line label="预约编号" value={visit.bookingId} />}
      </Card>
      {staff && note}
      {visit.followUpState !== 'none' && (
        <Card title="回访">
          <View className="vs-row">
            <StatusTag label={visit.followUpStateLabel} tone={FOLLOW_UP_TONES[visit.followUpState]} />
            <Text className="vs-card__sub">计划 {visit.followUpOn}</Text>
          </View>
          {visit.followUpDoneAt && <Text className="vs-hint">回访完成于 {formatDateTime(visit.followUpDoneAt)}</Text>}
          {error && <Banner tone="danger">{error}</Banner>}
          {canMark && (
            <View className="vs-submit">
              <Button type="primary" block loading={busy} onClick={mark} data-testid="mark-follow-up">
                标记已回访
              </Button>
            </View>
          )}
        </Card>
      )}
      {visit.photos.length > 0 && (
        <Card title={`现场照片（${visit.photos.length}）`}>
          <PhotoGrid photos={visit.photos} />
        </Card>
      )}
    </View>
  )
}
