import { View, Text } from '@tarojs/components'
import type { Application, ApplicationStatus, TimelineEntry } from '@/domain/contract'
import { ROLE_LABELS } from '@/domain/contract/labels'
import { APPLICATION_STATUS, statusStyle } from '@/domain/status'
import { StatusTag, formatDateTime } from '@/shared'
import './timeline.scss'

/** The way ahead from a status (greyed steps still to come). */
const PATH: ApplicationStatus[] = ['submitted', 'recommended', 'national_review', 'public_notice', 'confirmed']
const WHAT_NEXT: Partial<Record<ApplicationStatus, string>> = {
  draft: '填写完成后提交申报',
  submitted: '等待省级知识产权管理部门审核推荐',
  resubmitted: '等待省级知识产权管理部门审核推荐',
  returned: '请按退回意见修改后重新申报',
  recommended: '等待国家知识产权局复核',
  national_review: '国家知识产权局复核中，通过后将公示',
  public_notice: '公示期满后确认正式名单',
}

function upcoming(status: ApplicationStatus): ApplicationStatus[] {
  if (status === 'confirmed' || status === 'not_selected') return []
  if (status === 'draft') return PATH
  if (status === 'returned') return ['resubmitted', ...PATH.slice(1)]
  if (status === 'resubmitted') return PATH.slice(1)
  return PATH.slice(PATH.indexOf(status) + 1)
}

export const whatNext = (status: ApplicationStatus) => WHAT_NEXT[status]

/** Every state with who, when and why — oldest first, the current one highlighted, what is still to come greyed. */
export function Timeline({ app }: { app: Pick<Application, 'timeline' | 'status' | 'publicNotice'> }) {
  // ISO timestamps sort as plain strings (localeCompare builds a collator per call)
  const entries: TimelineEntry[] = [...app.timeline].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
  const future = upcoming(app.status)
  return (
    <View className="tl" data-testid="timeline">
      {entries.map((e, i) => {
        const current = i === entries.length - 1
        const style = statusStyle(APPLICATION_STATUS, e.to)
        const warn = e.to === 'returned' || e.to === 'not_selected'
        return (
          <View key={`${e.at}-${i}`} className={`tl__item ${current ? 'tl__item--current' : ''}`} data-status={e.to}>
            <View className={`tl__dot tl__dot--${style.tone} ${current ? 'tl__dot--current' : ''}`} />
            <View className="tl__body">
              <View className="tl__head">
                <StatusTag {...style} />
                <Text className="tl__time">{formatDateTime(e.at)}</Text>
              </View>
              <Text className="tl__who">
                {ROLE_LABELS[e.actorRole] ?? e.actorRole}
                {e.actorName ? ` · ${e.actorName}` : ''}
              </Text>
              {e.to === 'public_notice' && app.publicNotice && current && (
                <Text className="tl__note">
                  公示期 {app.publicNotice.start} 至 {app.publicNotice.end}
                </Text>
              )}
              {e.reason && (
                <View className={`tl__reason ${warn ? 'tl__reason--warn' : ''}`}>
                  <Text>{warn ? (e.to === 'returned' ? '退回原因：' : '原因：') : '说明：'}</Text>
                  <Text>{e.reason}</Text>
                </View>
              )}
            </View>
          </View>
        )
      })}
      {future.map((s) => (
        <View key={s} className="tl__item tl__item--future">
          <View className="tl__dot tl__dot--future" />
          <View className="tl__body">
            <Text className="tl__future">{statusStyle(APPLICATION_STATUS, s).label}</Text>
          </View>
        </View>
      ))}
    </View>
  )
}
