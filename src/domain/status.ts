// One status vocabulary for the whole app: the same words and tone in lists, details and timelines.
export type StatusTone = 'primary' | 'success' | 'warning' | 'danger' | 'default'
export interface StatusStyle {
  label: string
  tone: StatusTone
}

export const BOOKING_STATUS: Record<string, StatusStyle> = {
  pending: { label: '待确认', tone: 'warning' },
  confirmed: { label: '已确认', tone: 'primary' },
  checked_in: { label: '已签到', tone: 'primary' },
  completed: { label: '已完成', tone: 'success' },
  cancelled: { label: '已取消', tone: 'default' },
  declined: { label: '已婉拒', tone: 'danger' },
  no_show: { label: '未到场', tone: 'danger' },
}

export const APPLICATION_STATUS: Record<string, StatusStyle> = {
  draft: { label: '草稿', tone: 'default' },
  submitted: { label: '已申报', tone: 'primary' },
  returned: { label: '退回修改', tone: 'danger' },
  resubmitted: { label: '已重新申报', tone: 'primary' },
  recommended: { label: '省级已推荐', tone: 'primary' },
  national_review: { label: '国家复核中', tone: 'warning' },
  public_notice: { label: '公示中', tone: 'warning' },
  confirmed: { label: '已确认参加行动', tone: 'success' },
  not_selected: { label: '未入选', tone: 'danger' },
}

export const TRACK_LABELS: Record<'enterprise' | 'regional' | 'station', string> = {
  enterprise: '企业商标品牌',
  regional: '区域商标品牌',
  station: '商标品牌指导站',
}

export function statusStyle(map: Record<string, StatusStyle>, status: string): StatusStyle {
  return map[status] ?? { label: status, tone: 'default' }
}
