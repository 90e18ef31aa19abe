// Trademark risk-monitoring alerts (商标风险监测预警): GET /alerts, GET /alerts/{id}, POST /alerts/{id}/handle.
import * as z from 'zod/mini'
import { CursorSchema, limitSchema } from './station'
import { id, oneOf, text } from './z'

// ── alert ──
export const ALERT_KINDS = [
  'similar_published',
  'renewal_open',
  'renewal_due',
  'renewal_grace',
  'lapsed',
  'nonuse_risk',
  'squatting',
  'invalidation_window',
  'madrid_refusal',
  'madrid_opposition',
  'negative_opinion',
] as const
export const AlertKindSchema = z.enum(ALERT_KINDS)
export type AlertKind = z.infer<typeof AlertKindSchema>

export const ALERT_KIND_LABELS: Record<AlertKind, string> = {
  similar_published: '近似商标公告',
  renewal_open: '可办理续展',
  renewal_due: '即将到期',
  renewal_grace: '宽展期',
  lapsed: '未续展失效',
  nonuse_risk: '撤三风险',
  squatting: '疑似抢注',
  invalidation_window: '无效宣告期限',
  madrid_refusal: '领土延伸驳回',
  madrid_opposition: '领土延伸被异议',
  negative_opinion: '负面舆情',
}
/** What to do about each kind — shown under the alert. */
export const ALERT_KIND_ADVICE: Record<AlertKind, string> = {
  similar_published: '可在异议期内向国家知识产权局提出异议；建议尽快预约指导站评估近似程度。',
  renewal_due: '期满前 12 个月内可办理续展；逾期进入 6 个月宽展期，需缴纳延迟费。',
  renewal_grace: '宽展期内仍可续展；宽展期满未续展的商标将被注销。',
  nonuse_risk: '请留存使用证据（销售合同、发票、广告等）；被许可人的使用也可作为证据。',
  squatting: '可在异议期内提出异议，注册后 5 年内可请求宣告无效；恶意抢注驰名商标不受 5 年限制。',
  invalidation_window: '请在期限内提交无效宣告请求及证据。',
  renewal_open: '期满前 12 个月内可办理续展，建议尽早提交。',
  lapsed: '商标已因期满未续展被注销，请尽快重新提交注册申请。',
  madrid_refusal: '请在期限内申请驳回复审。',
  madrid_opposition: '请在期限内提交异议答辩。',
  negative_opinion: '请核实舆情内容，必要时发布声明、保存证据。',
}

export const AlertLevelSchema = z.enum(['overdue', 'urgent', 'soon', 'info'])
export type AlertLevel = z.infer<typeof AlertLevelSchema>

export const AlertSchema = z.object({
  id: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  kind: AlertKindSchema,
  kindLabel: z.string(),
  title: z.string(),
  detail: z.optional(z.string()),
  advice: z.string(),
  trademark: z.nullable(z.object({ id: z.string(), regNo: z.string(), name: z.string(), classes: z.array(z.number()) })),
  /** YYYY-MM-DD */
  deadline: z.optional(z.string()),
  /** days from today (0 = last day today, negative = overdue) */
  daysLeft: z.optional(z.number()),
  level: AlertLevelSchema,
  /** the last day falls in a year the official holiday calendar does not cover yet: shown as 暂定 */
  provisional: z.boolean(),
  /** one line: why the last day is 暂定 */
  provisionalReason: z.optional(z.string()),
  /** legal basis, e.g. 商标法第三十三条 */
  basis: z.optional(z.string()),
  status: z.enum(['open', 'handled']),
  read: z.boolean(),
  createdAt: z.string(),
  handledAt: z.optional(z.string()),
  handledNote: z.optional(z.string()),
  /** the station's advisory note to the client about this alert */
  advisory: z.optional(z.object({ note: z.string(), stationName: z.string(), at: z.string() })),
})
export type Alert = z.infer<typeof AlertSchema>
export const AlertPageSchema = z.object({
  items: z.array(AlertSchema),
  total: z.number(),
  next: z.nullable(z.string()),
  /** the kinds present under the other filters (status, level, mark): the kind filter's choices */
  kinds: z.optional(z.array(AlertKindSchema)),
})

/** GET /alerts?status= (default open)&level=&kind=&trademarkId= */
export const AlertQuerySchema = z.strictObject({
  status: z.optional(oneOf(['open', 'handled', 'all'], '状态应为 open、handled 或 all')),
  level: z.optional(oneOf(['overdue', 'urgent', 'soon', 'info'], '紧急程度应为 overdue、urgent、soon 或 info')),
  kind: z.optional(oneOf(ALERT_KINDS, '提醒类型不正确')),
  trademarkId: z.optional(id('商标编号')),
  /** cursor paging like every list (the feed may hold thousands of alerts) */
  cursor: z.optional(CursorSchema),
  limit: z.optional(limitSchema()),
})
export type AlertQuery = z.infer<typeof AlertQuerySchema>

/** POST /alerts/{id}/handle — body optional; the note is kept with the alert */
export const HandleAlertRequestSchema = z.optional(z.strictObject({ note: z.optional(text({ max: 200, label: '处理说明' })) }))
export type HandleAlertRequest = NonNullable<z.infer<typeof HandleAlertRequestSchema>>

/** POST /alerts/{id}/advice — station staff's advisory note to a linked client, read on the alert */
export const AlertAdviceRequestSchema = z.strictObject({ note: text({ min: 1, max: 300, label: '指导意见' }) })
export type AlertAdviceRequest = z.infer<typeof AlertAdviceRequestSchema>
