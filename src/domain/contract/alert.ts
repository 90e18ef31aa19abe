// Trademark risk-monitoring alerts (商标风险监测预警): GET /alerts, GET /alerts/{id}, POST /alerts/{id}/handle.

export type AlertKind =
  | 'similar_published'
  | 'renewal_due'
  | 'renewal_grace'
  | 'nonuse_risk'
  | 'squatting'
  | 'invalidation_window'

export const ALERT_KIND_LABELS: Record<AlertKind, string> = {
  similar_published: '近似商标公告',
  renewal_due: '续展到期',
  renewal_grace: '宽展期',
  nonuse_risk: '撤三风险',
  squatting: '疑似抢注',
  invalidation_window: '无效宣告期限',
}

/** What to do about each kind — shown under the alert. */
export const ALERT_KIND_ADVICE: Record<AlertKind, string> = {
  similar_published: '可在异议期内向国家知识产权局提出异议；建议尽快预约指导站评估近似程度。',
  renewal_due: '期满前 12 个月内可办理续展；逾期进入 6 个月宽展期，需缴纳延迟费。',
  renewal_grace: '宽展期内仍可续展；宽展期满未续展的商标将被注销。',
  nonuse_risk: '请留存使用证据（销售合同、发票、广告等）；被许可人的使用也可作为证据。',
  squatting: '可在异议期内提出异议，注册后 5 年内可请求宣告无效；恶意抢注驰名商标不受 5 年限制。',
  invalidation_window: '请在期限内提交无效宣告请求及证据。',
}

export type AlertLevel = 'overdue' | 'urgent' | 'soon' | 'info'

export interface Alert {
  id: string
  orgId: string
  orgName: string
  kind: AlertKind
  kindLabel: string
  title: string
  detail?: string
  advice: string
  trademark: { id: string; regNo: string; name: string; classes: number[] } | null
  /** YYYY-MM-DD */
  deadline?: string
  /** days from today (0 = last day today, negative = overdue) */
  daysLeft?: number
  level: AlertLevel
  status: 'open' | 'handled'
  read: boolean
  createdAt: string
  handledAt?: string
  handledNote?: string
}

export interface AlertQuery {
  status?: 'open' | 'handled' | 'all'
}

export interface HandleAlertRequest {
  note?: string
}
