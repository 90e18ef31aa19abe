// Station directory, station ↔ organisation links (对接联系), in-app notices.
// Endpoints: GET /stations, GET /stations/{id}, POST/GET /links, POST /links/{id}/accept|decline,
//            GET /notices, POST /notices/{id}/read.
import { ServiceTopicSchema, StationSummarySchema, stationShape } from './org'
import * as z from 'zod/mini'
import { id, oneOf, queryInt, queryNumber, text } from './z'
import { LINK_STATUSES } from './values'
export { LINK_STATUS_LABELS } from './labels'
export { LINK_STATUSES } from './values'

const regionCode = (label: string) => z.string({ error: `${label}应为 6 位数字` }).check(z.regex(/^\d{6}$/, `${label}应为 6 位数字`))
/** opaque cursor from the previous page's `next` (see mock/server/paginate.ts) */
export const CursorSchema = z.string({ error: '分页参数无效，请刷新列表' }).check(z.regex(/^o\d{1,7}$/, '分页参数无效，请刷新列表'))
/** one limit policy for every list: 1–200, default 20 (mock/server/paginate.ts) */
export const limitSchema = (max = 200) => queryInt(1, max, `每页数量应为 1–${max} 的整数`)

/** GET /stations query. All filters optional; public (no sign-in). Empty values are refused, not ignored. */
export const StationQuerySchema = z
  .strictObject({
    /** GB/T 2260 codes; the narrowest one given wins */
    provinceCode: z.optional(regionCode('省份代码')),
    cityCode: z.optional(regionCode('城市代码')),
    countyCode: z.optional(regionCode('区县代码')),
    /** free text over name / host organisation / address (case-insensitive substring, all terms must match) */
    q: z.optional(text({ min: 1, max: 50, label: '搜索词', missing: '请输入搜索词' })),
    topic: z.optional(z.enum(ServiceTopicSchema.options, { error: '请选择有效的服务主题' })),
    /** when both given: items carry `distanceKm` and are sorted nearest first */
    lat: z.optional(queryNumber(-90, 90, '纬度应在 -90 到 90 之间')),
    lng: z.optional(queryNumber(-180, 180, '经度应在 -180 到 180 之间')),
    cursor: z.optional(CursorSchema),
    /** 1..50, default 20 */
    limit: z.optional(limitSchema()),
  })
  .check(
    // run even when other parameters are wrong, so every problem is reported at once
    z.refine((q) => !(q.lat !== undefined && q.lng === undefined), { path: ['lng'], error: '经纬度需同时提供', when: () => true }),
    z.refine((q) => !(q.lng !== undefined && q.lat === undefined), { path: ['lat'], error: '经纬度需同时提供', when: () => true }),
  )
/** what the app sends (numbers are written into the query string) */
export type StationQuery = z.infer<typeof StationQuerySchema>

/** A regional brand or enterprise served by the station (names only, for the detail page). */
export const ServedBrandSchema = z.object({ orgId: z.string(), name: z.string(), kind: z.enum(['enterprise', 'association']) })
export type ServedBrand = z.infer<typeof ServedBrandSchema>

/** GET /stations/{id} */
export const StationDetailSchema = z.object({
  ...stationShape,
  /** brands / organisations this station serves in the programme (accepted links) */
  servedBrands: z.array(ServedBrandSchema),
  /** booking rules summary, so the detail page can say "提前 N 天开放预约" without another call */
  booking: z.object({
    horizonDays: z.number(),
    slotMinutes: z.number(),
    cancelCutoffHours: z.number(),
    visitAllowed: z.boolean(),
  }),
})
export type StationDetail = z.infer<typeof StationDetailSchema>
export const StationPageSchema = z.object({ items: z.array(StationSummarySchema), total: z.number(), next: z.nullable(z.string()) })

// ── Links (对接联系) ────────────────────────────────────────────────────────────

export const LinkStatusSchema = z.enum(LINK_STATUSES)
export type LinkStatus = z.infer<typeof LinkStatusSchema>

/** A link as the API returns it (stored shape plus display names). */
export const LinkSchema = z.object({
  id: z.string(),
  stationId: z.string(),
  orgId: z.string(),
  status: LinkStatusSchema,
  /** ISO timestamp */
  createdAt: z.string(),
  /** ISO timestamp of accept / decline */
  decidedAt: z.optional(z.string()),
  /** decline reason */
  reason: z.optional(z.string()),
  /** display helpers (responses only) */
  stationName: z.optional(z.string()),
  orgName: z.optional(z.string()),
  orgKind: z.optional(z.enum(['enterprise', 'association'])),
})
export type Link = z.infer<typeof LinkSchema>

/** GET /links?status= */
export const LinkQuerySchema = z.strictObject({ status: z.optional(oneOf(LINK_STATUSES, '状态应为 pending、accepted 或 declined')) })

/** POST /links — enterprise / association asks a station to be "my station". */
export const CreateLinkRequestSchema = z.strictObject({ stationId: id('指导站') })
export type CreateLinkRequest = z.infer<typeof CreateLinkRequestSchema>

/** POST /links/{id}/decline — body optional */
export const DeclineLinkRequestSchema = z.optional(z.strictObject({ reason: z.optional(text({ max: 200, label: '婉拒原因' })) }))
export type DeclineLinkRequest = NonNullable<z.infer<typeof DeclineLinkRequestSchema>>

// ── Notices (站内消息) ──────────────────────────────────────────────────────────

export const NoticeSchema = z.object({
  id: z.string(),
  userId: z.string(),
  title: z.string(),
  body: z.string(),
  /** in-app route to open, one of src/domain/routes.ts, e.g. "/pkg-station/pages/voucher/index?id=BK000001" */
  link: z.optional(z.string()),
  /** ISO timestamp */
  createdAt: z.string(),
  read: z.boolean(),
})
export type Notice = z.infer<typeof NoticeSchema>

/** GET /notices */
export const NoticeListSchema = z.object({ items: z.array(NoticeSchema), unread: z.number() })
export type NoticeList = z.infer<typeof NoticeListSchema>
export const ReadAllResponseSchema = z.object({ updated: z.number() })
