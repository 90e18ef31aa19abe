// Objections (异议) raised during an application's public notice (公示), recorded by the national reviewer.
// The rules (when one may be recorded, and that an open one blocks confirmation) are in src/domain/notice.ts.
import * as z from 'zod/mini'
import { text, ymd } from './z'

export const OBJECTION_STATUSES = ['open', 'resolved'] as const
export const ObjectionSchema = z.object({
  id: z.string(),
  /** who raised it (a person or organisation, as the objection names itself) */
  raisedBy: z.string(),
  /** what the objection says */
  content: z.string(),
  /** YYYY-MM-DD (Beijing), inside the notice period */
  raisedOn: z.string(),
  /** ISO; who recorded it */
  recordedAt: z.string(),
  recordedBy: z.string(),
  status: z.enum(OBJECTION_STATUSES),
  /** the outcome of the check, once resolved */
  resolution: z.optional(z.string()),
  resolvedAt: z.optional(z.string()),
  resolvedBy: z.optional(z.string()),
})
export type Objection = z.infer<typeof ObjectionSchema>

/** POST /review/applications/{id}/objections */
export const RecordObjectionRequestSchema = z.strictObject({
  raisedBy: text({ min: 1, max: 60, label: '异议人', missing: '请填写提出异议的单位或个人' }),
  content: text({ min: 1, max: 500, label: '异议内容', missing: '请填写异议内容' }),
  raisedOn: ymd('异议提出日期'),
})
export type RecordObjectionRequest = z.infer<typeof RecordObjectionRequestSchema>

/** POST /review/applications/{id}/objections/{objectionId}/resolve */
export const ResolveObjectionRequestSchema = z.strictObject({
  resolution: text({ min: 1, max: 500, label: '处理结果', missing: '请填写核实处理结果' }),
})
export type ResolveObjectionRequest = z.infer<typeof ResolveObjectionRequestSchema>
