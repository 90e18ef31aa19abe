// The operation registry: every endpoint once — method, path, who may call it (x-roles), the declarations of
// its path parameters, query, body and responses by status. mock/server/app.ts validates every request and
// response through it; mock/openapi/generate.ts turns it into the OpenAPI 3.1 document. To add an endpoint:
// declare its payloads in this folder, add one entry here, register the route (same path) in mock/server/routes.
// Not re-exported from ./index: the app never needs it, so it stays out of the mini-program bundles.
import { AlertPageSchema, AlertQuerySchema, AlertSchema, HandleAlertRequestSchema } from './alert'
import {
  ApplicationLinkCandidateSchema,
  ApplicationSchema,
  ApplicationSummaryPageSchema,
  BatchPublishRequestSchema,
  BatchQuerySchema,
  DraftSaveRequestSchema,
  DraftSaveResponseSchema,
  PublishRequestSchema,
  QuotaQuerySchema,
  QuotaSummarySchema,
  ReasonRequestSchema,
  RecommendationTableQuerySchema,
  RecommendationTableSchema,
  ReviewBatchSchema,
  ReviewListQuerySchema,
  SubmitApplicationRequestSchema,
} from './application'
import {
  AvailabilityRulesSchema,
  BookingPageSchema,
  BookingQuerySchema,
  BookingRestrictionSchema,
  BookingSchema,
  CancelBookingRequestSchema,
  CheckInRequestSchema,
  CompleteBookingResponseSchema,
  CreateBookingRequestSchema,
  DeclineBookingRequestSchema,
  RescheduleBookingRequestSchema,
  SlotListSchema,
  SlotQuerySchema,
  StaffBookingQuerySchema,
  SubscriptionQuotaSchema,
  SubscriptionRequestSchema,
  UpdateAvailabilityRequestSchema,
} from './booking'
import {
  DemoAccountSchema,
  HealthSchema,
  IdParamsSchema,
  PhoneLoginRequestSchema,
  SessionSchema,
  SmsCodeRequestSchema,
  SmsCodeResponseSchema,
  UserSchema,
  WechatLoginRequestSchema,
  type Role,
} from './common'
import { HomeSummarySchema } from './home'
import {
  CreateLinkRequestSchema,
  DeclineLinkRequestSchema,
  LinkQuerySchema,
  LinkSchema,
  NoticeListSchema,
  NoticeSchema,
  ReadAllResponseSchema,
  StationDetailSchema,
  StationPageSchema,
  StationQuerySchema,
} from './station'
import { PROGRAMME_OPERATIONS } from './programme'
import { MONITOR_OPERATIONS } from './monitor'
import { EVALUATION_OPERATIONS } from './evaluation'
import { NOTICE_OPERATIONS } from './notice-ops'
import { MEMBER_OPERATIONS } from './member'
import { UPLOAD_OPERATIONS } from './upload'
import { VISIT_OPERATIONS } from './visit'
import { REPORT_OPERATIONS } from './report'
import * as z from 'zod/mini'
import './z' // zod configured (zh-CN, jitless) before any parse

type Schema = z.core.$ZodType
export type Method = 'GET' | 'POST' | 'PUT'
export type Audience = Role | 'public'

/** A documented response: a JSON body declaration, text (CSV) or no body. */
export interface ResponseDecl {
  description: string
  schema?: Schema
  /** non-JSON content type (the body is not checked against `schema`) */
  contentType?: string
}
/** Shared error responses (all bodies are ApiErrorBody), named in components.responses. */
export const ERROR_RESPONSES = {
  400: { name: 'BadRequest', description: '请求有误（VALIDATION，含 fieldErrors；也包括地址编码错误、JSON 格式错误、空请求体）' },
  401: { name: 'Unauthorized', description: '未登录或登录已过期（UNAUTHENTICATED）' },
  403: { name: 'Forbidden', description: '角色或归属不允许（FORBIDDEN、BOOKING_RESTRICTED）' },
  404: { name: 'NotFound', description: '记录不存在（NOT_FOUND）' },
  409: {
    name: 'Conflict',
    description: '状态冲突（CONFLICT、INVALID_TRANSITION、QUOTA_EXCEEDED、SLOT_FULL、CALL_CLOSED、DEADLINE_PASSED）',
  },
  413: { name: 'PayloadTooLarge', description: '请求体超过 1 MB，或上传的照片超过大小上限（PAYLOAD_TOO_LARGE）' },
  415: {
    name: 'UnsupportedMediaType',
    description: '请求体须为 JSON；上传接口须为 multipart/form-data，照片须为 JPG/PNG/WebP（UNSUPPORTED_MEDIA_TYPE）',
  },
  429: { name: 'TooManyRequests', description: '请求过于频繁（RATE_LIMITED）' },
} as const
export type ErrorStatus = keyof typeof ERROR_RESPONSES

export interface Operation {
  id: string
  method: Method
  /** OpenAPI path under /api, `{name}` for parameters */
  path: string
  tag: string
  summary: string
  description?: string
  /** `public` = no sign-in; otherwise the roles that may call it (401 without sign-in, 403 for other roles) */
  roles: readonly Audience[]
  params?: Schema
  query?: Schema
  /** request body; operations without one accept no body or `{}` */
  body?: Schema
  /**
   * a file upload instead of a JSON body: multipart/form-data with one file in `field` (the handler reads and
   * checks it; the contract hook only insists on the content type)
   */
  upload?: { field: string; accept: readonly string[]; maxBytes: number }
  /** message of the 400 when the body is refused (default: 提交的内容有误，请按提示修改) */
  invalid?: string
  /** success responses by status */
  ok: Record<number, ResponseDecl>
  /** error statuses besides the ones every operation of its kind can answer (see `errorStatuses`) */
  errors?: ErrorStatus[]
}

const SIGNED_IN: Audience[] = ['enterprise', 'association', 'staff', 'province', 'national']
const APPLICANTS: Audience[] = ['enterprise', 'association']
// Booking actions: any applicant or staff role may call them; who may do what to which booking (owner vs the
// station's staff) is the state machine's answer on top (403 wrong actor, 404 not visible).
const ORG_AND_STAFF: Audience[] = ['enterprise', 'association', 'staff']
const REVIEWERS: Audience[] = ['province', 'national']
const json = (schema: Schema, description: string): ResponseDecl => ({ schema, description })
const NO_BODY = z.optional(z.strictObject({}))
const p = IdParamsSchema

export const OPERATIONS: Operation[] = [
  // ── home / auth ──
  {
    id: 'health',
    method: 'GET',
    path: '/health',
    tag: 'home',
    summary: '服务状态',
    roles: ['public'],
    ok: { 200: json(HealthSchema, 'ok') },
  },
  {
    id: 'getOpenApi',
    method: 'GET',
    path: '/openapi.json',
    tag: 'home',
    summary: '本接口文档（OpenAPI 3.1，由 src/domain/contract 生成）',
    roles: ['public'],
    ok: { 200: json(z.looseObject({ openapi: z.string(), paths: z.record(z.string(), z.unknown()) }), 'OpenAPI 3.1 document') },
  },
  {
    id: 'getHome',
    method: 'GET',
    path: '/home',
    tag: 'home',
    summary: '首页摘要（按角色）',
    roles: SIGNED_IN,
    ok: { 200: json(HomeSummarySchema, 'per-role summary') },
  },
  {
    id: 'getMe',
    method: 'GET',
    path: '/me',
    tag: 'auth',
    summary: '当前登录用户',
    roles: SIGNED_IN,
    ok: { 200: json(UserSchema, 'the signed-in user') },
  },
  {
    id: 'sendSmsCode',
    method: 'POST',
    path: '/auth/sms-code',
    tag: 'auth',
    summary: '发送短信验证码（H5 登录 / 微信首次绑定）',
    roles: ['public'],
    body: SmsCodeRequestSchema,
    ok: { 200: json(SmsCodeResponseSchema, 'sent') },
    errors: [429],
  },
  {
    id: 'loginPhone',
    method: 'POST',
    path: '/auth/login/phone',
    tag: 'auth',
    summary: '手机号 + 验证码登录（H5）',
    roles: ['public'],
    body: PhoneLoginRequestSchema,
    ok: { 200: json(SessionSchema, 'signed in') },
  },
  {
    id: 'loginWechat',
    method: 'POST',
    path: '/auth/login/wechat',
    tag: 'auth',
    summary: '微信登录（小程序 Taro.login code）',
    description: 'The first time, `phone` + `smsCode` bind the WeChat identity to an account.',
    roles: ['public'],
    body: WechatLoginRequestSchema,
    ok: { 200: json(SessionSchema, 'signed in') },
  },
  {
    id: 'logout',
    method: 'POST',
    path: '/auth/logout',
    tag: 'auth',
    summary: '退出登录（使当前 token 失效；未登录时也返回 204）',
    roles: ['public'],
    body: NO_BODY,
    ok: { 204: { description: 'signed out' } },
  },
  {
    id: 'listDemoAccounts',
    method: 'GET',
    path: '/auth/demo-accounts',
    tag: 'auth',
    summary: '演示账号（开发登录页展示）',
    roles: ['public'],
    ok: { 200: json(z.array(DemoAccountSchema), 'demo accounts') },
  },

  // ── alerts ──
  {
    id: 'listAlerts',
    method: 'GET',
    path: '/alerts',
    tag: 'alerts',
    summary: '风险提醒列表',
    roles: ORG_AND_STAFF,
    query: AlertQuerySchema,
    ok: { 200: json(AlertPageSchema, 'alerts, most urgent first') },
  },
  {
    id: 'getAlert',
    method: 'GET',
    path: '/alerts/{id}',
    tag: 'alerts',
    summary: '风险提醒详情（本单位打开即标记已读）',
    roles: ORG_AND_STAFF,
    params: p,
    ok: { 200: json(AlertSchema, 'the alert') },
    errors: [404],
  },
  ...MONITOR_OPERATIONS,
  {
    id: 'handleAlert',
    method: 'POST',
    path: '/alerts/{id}/handle',
    tag: 'alerts',
    summary: '标记风险提醒为已处理',
    roles: ORG_AND_STAFF,
    params: p,
    body: HandleAlertRequestSchema,
    ok: { 200: json(AlertSchema, 'handled') },
    errors: [404],
  },

  // ── applications ──
  {
    id: 'listMyApplications',
    method: 'GET',
    path: '/applications/mine',
    tag: 'applications',
    summary: '我的申报（各年度，最新在前）',
    roles: ORG_AND_STAFF,
    ok: { 200: json(z.array(ApplicationSchema), 'own applications') },
  },
  {
    id: 'saveApplicationDraft',
    method: 'PUT',
    path: '/applications/draft',
    tag: 'applications',
    summary: '自动保存草稿（可部分填写），返回资格检查',
    description:
      'Creates the application of the current year if none; keys present overwrite, `null` clears a key, unknown form keys are dropped. Values are checked against the annex definition after saving (`fieldErrors`).',
    roles: ORG_AND_STAFF,
    body: DraftSaveRequestSchema,
    ok: { 200: json(DraftSaveResponseSchema, 'saved') },
    errors: [409],
  },
  {
    id: 'listApplicationLinkCandidates',
    method: 'GET',
    path: '/applications/link-candidates',
    tag: 'applications',
    summary: '双向对接确认的候选对象',
    roles: ORG_AND_STAFF,
    ok: { 200: json(z.array(ApplicationLinkCandidateSchema), 'candidates') },
  },
  {
    id: 'submitApplication',
    method: 'POST',
    path: '/applications/{id}/submit',
    tag: 'applications',
    summary: '提交申报（draft → submitted；returned → resubmitted）',
    roles: ORG_AND_STAFF,
    params: p,
    body: SubmitApplicationRequestSchema,
    ok: { 200: json(ApplicationSchema, 'submitted') },
    errors: [404, 409],
  },
  {
    id: 'getApplication',
    method: 'GET',
    path: '/applications/{id}',
    tag: 'applications',
    summary: '申报详情（含状态时间线）',
    roles: SIGNED_IN,
    params: p,
    ok: { 200: json(ApplicationSchema, 'the application') },
    errors: [404],
  },

  // ── bookings ──
  {
    id: 'createBooking',
    method: 'POST',
    path: '/bookings',
    tag: 'bookings',
    summary: '预约咨询',
    roles: APPLICANTS,
    body: CreateBookingRequestSchema,
    ok: { 201: json(BookingSchema, 'booked'), 200: json(BookingSchema, 'same idempotencyKey again: the same booking') },
    errors: [409],
  },
  {
    id: 'listMyBookings',
    method: 'GET',
    path: '/bookings',
    tag: 'bookings',
    summary: '我的预约（本单位）',
    roles: APPLICANTS,
    query: BookingQuerySchema,
    ok: { 200: json(BookingPageSchema, 'page of bookings') },
  },
  {
    id: 'getBookingRestriction',
    method: 'GET',
    path: '/bookings/restriction',
    tag: 'bookings',
    summary: '本单位预约限制状态（爽约限制）',
    roles: APPLICANTS,
    ok: { 200: json(BookingRestrictionSchema, 'restriction') },
  },
  {
    id: 'getBooking',
    method: 'GET',
    path: '/bookings/{id}',
    tag: 'bookings',
    summary: '预约详情 / 预约凭证',
    roles: ORG_AND_STAFF,
    params: p,
    ok: { 200: json(BookingSchema, 'the booking') },
    errors: [404],
  },
  {
    id: 'cancelBooking',
    method: 'POST',
    path: '/bookings/{id}/cancel',
    tag: 'bookings',
    summary: '取消预约',
    roles: ORG_AND_STAFF,
    params: p,
    body: CancelBookingRequestSchema,
    ok: { 200: json(BookingSchema, 'cancelled') },
    errors: [404, 409],
  },
  {
    id: 'rescheduleBooking',
    method: 'POST',
    path: '/bookings/{id}/reschedule',
    tag: 'bookings',
    summary: '改期（预约人）',
    roles: ORG_AND_STAFF,
    params: p,
    body: RescheduleBookingRequestSchema,
    ok: { 200: json(BookingSchema, 'rescheduled') },
    errors: [404, 409],
  },
  {
    id: 'confirmBooking',
    method: 'POST',
    path: '/bookings/{id}/confirm',
    tag: 'bookings',
    summary: '确认预约（本站工作人员）',
    roles: ORG_AND_STAFF,
    params: p,
    body: NO_BODY,
    ok: { 200: json(BookingSchema, 'confirmed') },
    errors: [404, 409],
  },
  {
    id: 'declineBooking',
    method: 'POST',
    path: '/bookings/{id}/decline',
    tag: 'bookings',
    summary: '婉拒预约（本站工作人员）',
    roles: ORG_AND_STAFF,
    params: p,
    body: DeclineBookingRequestSchema,
    ok: { 200: json(BookingSchema, 'declined') },
    errors: [404, 409],
  },
  {
    id: 'checkInBooking',
    method: 'POST',
    path: '/bookings/{id}/check-in',
    tag: 'bookings',
    summary: '扫码签到（本站工作人员）',
    roles: ORG_AND_STAFF,
    params: p,
    body: CheckInRequestSchema,
    ok: { 200: json(BookingSchema, 'checked in') },
    errors: [404, 409],
  },
  {
    id: 'completeBooking',
    method: 'POST',
    path: '/bookings/{id}/complete',
    tag: 'bookings',
    summary: '完成服务（本站工作人员）',
    roles: ORG_AND_STAFF,
    params: p,
    body: NO_BODY,
    ok: { 200: json(CompleteBookingResponseSchema, 'completed, with the visit-log draft') },
    errors: [404, 409],
  },
  {
    id: 'noShowBooking',
    method: 'POST',
    path: '/bookings/{id}/no-show',
    tag: 'bookings',
    summary: '标记未到场（本站工作人员）',
    roles: ORG_AND_STAFF,
    params: p,
    body: NO_BODY,
    ok: { 200: json(BookingSchema, 'no-show recorded') },
    errors: [404, 409],
  },
  {
    id: 'staffCheckIn',
    method: 'POST',
    path: '/staff/check-in',
    tag: 'bookings',
    summary: '扫码签到（无需先打开预约）',
    roles: ['staff'],
    body: CheckInRequestSchema,
    ok: { 200: json(BookingSchema, 'checked in') },
    errors: [409],
  },
  {
    id: 'listStaffBookings',
    method: 'GET',
    path: '/staff/bookings',
    tag: 'bookings',
    summary: '本站预约（今日 / 待办 / 历史）',
    roles: ['staff'],
    query: StaffBookingQuerySchema,
    ok: { 200: json(BookingPageSchema, 'page of bookings') },
  },
  {
    id: 'listSubscriptions',
    method: 'GET',
    path: '/subscriptions',
    tag: 'bookings',
    summary: '订阅消息剩余次数',
    roles: SIGNED_IN,
    ok: { 200: json(z.array(SubscriptionQuotaSchema), 'quota per template') },
  },
  {
    id: 'recordSubscription',
    method: 'POST',
    path: '/subscriptions',
    tag: 'bookings',
    summary: '记录订阅消息授权结果',
    roles: SIGNED_IN,
    body: SubscriptionRequestSchema,
    ok: { 200: json(SubscriptionQuotaSchema, 'quota now') },
  },

  // ── review ──
  {
    id: 'listReviewApplications',
    method: 'GET',
    path: '/review/applications',
    tag: 'review',
    summary: '待审/已审申报列表',
    roles: REVIEWERS,
    query: ReviewListQuerySchema,
    ok: { 200: json(ApplicationSummaryPageSchema, 'page of summaries') },
  },
  {
    id: 'getReviewApplication',
    method: 'GET',
    path: '/review/applications/{id}',
    tag: 'review',
    summary: '申报详情（审核视角）',
    roles: REVIEWERS,
    params: p,
    ok: { 200: json(ApplicationSchema, 'the application') },
    errors: [404],
  },
  {
    id: 'returnApplication',
    method: 'POST',
    path: '/review/applications/{id}/return',
    tag: 'review',
    summary: '退回修改（submitted | resubmitted → returned，须填写原因）',
    roles: ['province'],
    params: p,
    body: ReasonRequestSchema,
    ok: { 200: json(ApplicationSchema, 'returned') },
    errors: [404, 409],
  },
  {
    id: 'recommendApplication',
    method: 'POST',
    path: '/review/applications/{id}/recommend',
    tag: 'review',
    summary: '推荐上报（submitted | resubmitted → recommended）',
    roles: ['province'],
    params: p,
    body: NO_BODY,
    ok: { 200: json(ApplicationSchema, 'recommended') },
    errors: [404, 409],
  },
  {
    id: 'getQuota',
    method: 'GET',
    path: '/review/quota',
    tag: 'review',
    summary: '推荐名额使用情况（实时）',
    roles: REVIEWERS,
    query: QuotaQuerySchema,
    ok: { 200: json(QuotaSummarySchema, 'quota use') },
    errors: [404],
  },
  {
    id: 'getRecommendationTable',
    method: 'GET',
    path: '/review/recommendation-table',
    tag: 'review',
    summary: '导出推荐表（附件5）',
    roles: REVIEWERS,
    query: RecommendationTableQuerySchema,
    ok: {
      200: {
        schema: RecommendationTableSchema,
        description: 'JSON, or CSV (UTF-8 with BOM) with format=csv',
        contentType: 'application/json|text/csv',
      },
    },
    errors: [404],
  },
  {
    id: 'startNationalReview',
    method: 'POST',
    path: '/review/applications/{id}/national-review',
    tag: 'review',
    summary: '开始国家复核（recommended → national_review）',
    roles: ['national'],
    params: p,
    body: NO_BODY,
    ok: { 200: json(ApplicationSchema, 'in national review') },
    errors: [404, 409],
  },
  {
    id: 'publishApplication',
    method: 'POST',
    path: '/review/applications/{id}/publish',
    tag: 'review',
    summary: '发布公示（national_review → public_notice）',
    roles: ['national'],
    params: p,
    body: PublishRequestSchema,
    ok: { 200: json(ApplicationSchema, 'published') },
    errors: [404, 409],
  },
  {
    id: 'confirmApplication',
    method: 'POST',
    path: '/review/applications/{id}/confirm',
    tag: 'review',
    summary: '确认入选（public_notice → confirmed）',
    roles: ['national'],
    params: p,
    body: NO_BODY,
    ok: { 200: json(ApplicationSchema, 'confirmed') },
    errors: [404, 409],
  },
  {
    id: 'rejectApplication',
    method: 'POST',
    path: '/review/applications/{id}/reject',
    tag: 'review',
    summary: '不予入选（public_notice → not_selected，须填写原因）',
    roles: ['national'],
    params: p,
    body: ReasonRequestSchema,
    ok: { 200: json(ApplicationSchema, 'not selected') },
    errors: [404, 409],
  },
  {
    id: 'listBatches',
    method: 'GET',
    path: '/review/batches',
    tag: 'review',
    summary: '公示批次与名单（按年度、批次）',
    roles: REVIEWERS,
    query: BatchQuerySchema,
    ok: { 200: json(z.array(ReviewBatchSchema), 'batches') },
  },
  {
    id: 'publishBatch',
    method: 'POST',
    path: '/review/batches',
    tag: 'review',
    summary: '批量发布公示（全部成功或全部不执行）',
    roles: ['national'],
    body: BatchPublishRequestSchema,
    ok: { 200: json(ReviewBatchSchema, 'the batch') },
    errors: [404, 409],
  },

  // ── stations / availability / links / notices ──
  {
    id: 'listStations',
    method: 'GET',
    path: '/stations',
    tag: 'stations',
    summary: '指导站列表（公开）',
    roles: ['public'],
    query: StationQuerySchema,
    ok: { 200: json(StationPageSchema, 'page of stations') },
  },
  {
    id: 'getStation',
    method: 'GET',
    path: '/stations/{id}',
    tag: 'stations',
    summary: '指导站详情（公开）',
    roles: ['public'],
    params: p,
    ok: { 200: json(StationDetailSchema, 'the station') },
    errors: [404],
  },
  {
    id: 'listSlots',
    method: 'GET',
    path: '/stations/{id}/slots',
    tag: 'stations',
    summary: '可预约时段（公开）',
    roles: ['public'],
    params: p,
    query: SlotQuerySchema,
    ok: { 200: json(SlotListSchema, 'slots by day') },
    errors: [404],
  },
  {
    id: 'getAvailability',
    method: 'GET',
    path: '/staff/availability',
    tag: 'stations',
    summary: '本站预约设置',
    roles: ['staff'],
    ok: { 200: json(AvailabilityRulesSchema, 'rules') },
    errors: [404],
  },
  {
    id: 'updateAvailability',
    method: 'PUT',
    path: '/staff/availability',
    tag: 'stations',
    summary: '修改本站预约设置',
    roles: ['staff'],
    body: UpdateAvailabilityRequestSchema,
    invalid: '预约设置有误，请按提示修改',
    ok: { 200: json(AvailabilityRulesSchema, 'saved rules') },
    errors: [404],
  },
  {
    id: 'createLink',
    method: 'POST',
    path: '/links',
    tag: 'stations',
    summary: '申请与指导站对接',
    roles: APPLICANTS,
    body: CreateLinkRequestSchema,
    ok: { 201: json(LinkSchema, 'requested') },
    errors: [404, 409],
  },
  {
    id: 'listLinks',
    method: 'GET',
    path: '/links',
    tag: 'stations',
    summary: '对接申请列表',
    roles: ORG_AND_STAFF,
    query: LinkQuerySchema,
    ok: { 200: json(z.array(LinkSchema), 'links, pending first') },
  },
  {
    id: 'acceptLink',
    method: 'POST',
    path: '/links/{id}/accept',
    tag: 'stations',
    summary: '同意对接（本站工作人员）',
    roles: ['staff'],
    params: p,
    body: NO_BODY,
    ok: { 200: json(LinkSchema, 'accepted') },
    errors: [404, 409],
  },
  {
    id: 'declineLink',
    method: 'POST',
    path: '/links/{id}/decline',
    tag: 'stations',
    summary: '婉拒对接（本站工作人员）',
    roles: ['staff'],
    params: p,
    body: DeclineLinkRequestSchema,
    ok: { 200: json(LinkSchema, 'declined') },
    errors: [404, 409],
  },
  {
    id: 'listNotices',
    method: 'GET',
    path: '/notices',
    tag: 'notices',
    summary: '我的站内消息',
    roles: SIGNED_IN,
    ok: { 200: json(NoticeListSchema, 'latest 100 notices') },
  },
  {
    id: 'readNotice',
    method: 'POST',
    path: '/notices/{id}/read',
    tag: 'notices',
    summary: '标记消息已读（仅本人）',
    roles: SIGNED_IN,
    params: p,
    body: NO_BODY,
    ok: { 200: json(NoticeSchema, 'read') },
    errors: [404],
  },
  {
    id: 'readAllNotices',
    method: 'POST',
    path: '/notices/read-all',
    tag: 'notices',
    summary: '全部标记已读',
    roles: SIGNED_IN,
    body: NO_BODY,
    ok: { 200: json(ReadAllResponseSchema, 'how many were marked') },
  },
  ...PROGRAMME_OPERATIONS,
  ...EVALUATION_OPERATIONS,
  ...NOTICE_OPERATIONS,
  ...MEMBER_OPERATIONS,
  ...UPLOAD_OPERATIONS,
  ...VISIT_OPERATIONS,
  ...REPORT_OPERATIONS,
]

/** Every error status an operation can answer: its own plus what the framework and the guards can answer. */
export function errorStatuses(op: Operation): ErrorStatus[] {
  const out = new Set<ErrorStatus>([400, ...(op.errors ?? [])])
  if (!op.roles.includes('public')) {
    out.add(401)
    out.add(403)
  }
  if (op.method !== 'GET') {
    out.add(413)
    out.add(415)
  }
  return [...out].sort((a, b) => a - b)
}

/** OpenAPI path → Fastify route path ("/alerts/{id}" → "/alerts/:id"). */
export const routePath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1')

const byRoute = new Map(OPERATIONS.map((op) => [`${op.method} ${routePath(op.path)}`, op]))
/** The operation of a registered route (Fastify path, without the /api prefix). */
export const operationOf = (method: string, routeUrl: string): Operation | undefined => byRoute.get(`${method.toUpperCase()} ${routeUrl}`)
