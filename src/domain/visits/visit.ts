// Service visits (服务记录) of a guidance station, with the optional written advice note
// (商标指导服务建议书) the client reads in the app. Pure declarations and rules.
//
// - Client: a linked organisation (enterprise / association) or a walk-in with name and mobile number.
// - Mode: 到站 (at the station), 上门走访 (staff visit the client), 线上 (online).
// - Topics: one or more of the station's own service topics, no repeats.
// - Dates are Beijing calendar days; a visit is not in the future, a follow-up is not before the visit.
// - Photos: at most 9, JPEG / PNG / WebP, at most 3 MiB each (./photos).
import * as z from 'zod/mini'
import type { ServiceTopic } from '../contract/org'
import { validatePhone } from '../ids'
import { type Actor, text, ymd } from '../outcome'
import { PHOTO_MAX_BYTES, PHOTO_MAX_COUNT, PHOTO_TYPES, type PhotoType } from './photos'

export type VisitMode = 'onsite' | 'visit' | 'online'
export const VISIT_MODES: readonly VisitMode[] = ['onsite', 'visit', 'online']
export const VISIT_MODE_LABELS: Record<VisitMode, string> = { onsite: '到站', visit: '上门走访', online: '线上' }

// photo limits, type sniffing and the phone's compression plan: zod-free, so the upload helper stays light
export * from './photos'

export const ASKED_MAX = 2000
export const ADVISED_MAX = 2000
export const OUTCOME_MAX = 500
export const ADVICE_NOTE_MAX = 5000
export const WALK_IN_NAME_MAX = 50

export type VisitClient = { kind: 'org'; orgId: string } | { kind: 'walk_in'; name: string; phone: string }

export interface VisitPhoto {
  fileId: string
  mime: PhotoType
  size: number
}

/** 商标指导服务建议书 */
export interface AdviceNote {
  title: string
  body: string
}

export interface VisitInput {
  /** the completed booking this visit came from, if any */
  bookingId?: string
  /** YYYY-MM-DD, Beijing */
  date: string
  client: VisitClient
  mode: VisitMode
  topics: ServiceTopic[]
  asked: string
  advised: string
  outcome: string
  /** YYYY-MM-DD, not before `date` */
  followUpOn?: string
  photos: VisitPhoto[]
  adviceNote?: AdviceNote
}

export interface VisitRecord extends VisitInput {
  id: string
  stationId: string
  staffId: string
  /** ISO instant */
  createdAt: string
  /** ISO instant the follow-up was marked done */
  followUpDoneAt?: string
}

const clientSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('org'), orgId: z.string('请选择服务对象').check(z.minLength(1, '请选择服务对象')) }),
    z.object({
      kind: z.literal('walk_in'),
      name: text('来访人姓名或单位', WALK_IN_NAME_MAX),
      phone: z.string('请输入手机号').check(z.refine((v) => validatePhone(v) === null, { message: '请输入正确的 11 位手机号' })),
    }),
  ],
  '请选择服务对象（已对接的企业/区域品牌主体，或临时来访）',
)

export const photoSchema = z.object({
  fileId: z.string('照片未上传成功，请重新上传').check(z.minLength(1, '照片未上传成功，请重新上传')),
  mime: z.enum(PHOTO_TYPES, '照片只能是 JPG、PNG 或 WebP 格式'),
  size: z
    .number('照片大小未知')
    .check(z.int('照片大小未知'), z.gte(1, '照片是空文件'), z.lte(PHOTO_MAX_BYTES, `每张照片不能超过 ${PHOTO_MAX_BYTES / 1024 / 1024} MB`)),
})

export interface VisitContext {
  /** the station's service topics */
  stationTopics: readonly ServiceTopic[]
  /** today, Beijing "YYYY-MM-DD" */
  today: string
}

/** The visit-log declaration, bound to the station's topics and today's date. */
export function visitInputSchema(ctx: VisitContext) {
  const topicMessage = '请选择本站提供的服务事项'
  return z
    .object({
      bookingId: z.optional(z.string()),
      date: ymd('请选择服务日期（YYYY-MM-DD）').check(z.refine((d) => d <= ctx.today, { message: '服务日期不能晚于今天' })),
      client: clientSchema,
      mode: z.enum(VISIT_MODES as [VisitMode, ...VisitMode[]], '请选择服务方式（到站 / 上门走访 / 线上）'),
      topics: z
        .array(
          z.string(topicMessage).check(z.refine((t) => ctx.stationTopics.includes(t as ServiceTopic), { message: topicMessage })),
          '请选择服务事项',
        )
        .check(
          z.minLength(1, '请至少选择一项服务事项'),
          z.refine((ts) => new Set(ts).size === ts.length, { message: '服务事项不能重复' }),
        ),
      asked: text('咨询的问题', ASKED_MAX),
      advised: text('给出的建议', ADVISED_MAX),
      outcome: text('服务结果', OUTCOME_MAX),
      followUpOn: z.optional(ymd('请选择回访日期（YYYY-MM-DD）')),
      photos: z.array(photoSchema, '照片格式有误').check(z.maxLength(PHOTO_MAX_COUNT, `最多上传 ${PHOTO_MAX_COUNT} 张照片`)),
      adviceNote: z.optional(z.object({ title: text('建议书标题', 100), body: text('建议书内容', ADVICE_NOTE_MAX) })),
    })
    .check(
      z.superRefine((v, issues) => {
        if (typeof v.followUpOn === 'string' && typeof v.date === 'string' && v.followUpOn < v.date) {
          issues.issues.push({ code: 'custom', message: '回访日期不能早于服务日期', path: ['followUpOn'], input: v.followUpOn })
        }
      }),
    ) as z.ZodMiniType<VisitInput>
}

// ── Who sees a visit ───────────────────────────────────────────────────────────

/** Staff see their station's visits; an organisation sees the visits (and advice notes) about itself only. */
export function canViewVisit(actor: Actor, v: Pick<VisitRecord, 'stationId' | 'client'>): boolean {
  if (actor.role === 'staff') return !!actor.stationId && actor.stationId === v.stationId
  if (actor.role === 'enterprise' || actor.role === 'association') {
    return v.client.kind === 'org' && !!actor.orgId && actor.orgId === v.client.orgId
  }
  return false
}

/** What the booking flow hands over when a booking is completed (its visit-log prefill). */
export interface BookingVisitPrefill {
  bookingId: string
  orgId: string
  date: string
  mode: 'onsite' | 'visit'
  topic: ServiceTopic
  question: string
  advice?: string
}

/** A visit-log draft from a completed booking: staff fill in the advice, the outcome and the rest. */
export function visitDraftFromBooking(p: BookingVisitPrefill): VisitInput {
  return {
    bookingId: p.bookingId,
    date: p.date,
    client: { kind: 'org', orgId: p.orgId },
    mode: p.mode,
    topics: [p.topic],
    asked: p.question,
    advised: p.advice ?? '',
    outcome: '',
    photos: [],
  }
}
