// Trademark risk-monitoring alerts (商标风险监测预警): GET /alerts, GET /alerts/{id}, POST /alerts/{id}/handle.
import { oneOf, text, z } from './z'
import { ALERT_KINDS } from './labels'
export { ALERT_KINDS, ALERT_KIND_LABELS, ALERT_KIND_ADVICE } from './labels'

export const AlertKindSchema = z.enum(ALERT_KINDS)
export type AlertKind = z.infer<typeof AlertKindSchema>



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
  status: z.enum(['open', 'handled']),
  read: z.boolean(),
  createdAt: z.string(),
  handledAt: z.optional(z.string()),
  handledNote: z.optional(z.string()),
})
export type Alert = z.infer<typeof AlertSchema>
export const AlertPageSchema = z.object({ items: z.array(AlertSchema), total: z.number(), next: z.nullable(z.string()) })

/** GET /alerts?status= (default open) */
export const AlertQuerySchema = z.strictObject({
  status: z.optional(oneOf(['open', 'handled', 'all'], '状态应为 open、handled 或 all')),
})
export type AlertQuery = z.infer<typeof AlertQuerySchema>

/** POST /alerts/{id}/handle — body optional; the note is kept with the alert */
export const HandleAlertRequestSchema = z.optional(z.strictObject({ note: z.optional(text({ max: 200, label: '处理说明' })) }))
export type HandleAlertRequest = NonNullable<z.infer<typeof HandleAlertRequestSchema>>
