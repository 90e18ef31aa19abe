// The contract's value lists, labels and constants — plain data with NO zod import, so pages of the
// mini-program main package (home, sign-in) can show labels without bundling the schema library.
// The zod declarations (./common, ./org, …) build their enums from ./values and re-export these.
import type {
  BOOKING_MODES,
  APPLICATION_STATUS_VALUES,
  ENTERPRISE_SCALES,
  IP_ENTERPRISE_STATUSES,
  SRDI_STATUSES,
  TIME_HONORED_STATUSES,
  PILOT_STATUSES,
  ROLES,
  BRAND_FIELDS,
  MARK_TYPES,
  SERVICE_TOPICS,
  LINK_STATUSES,
  BOOKING_STATUSES,
  APPLICATION_TRACKS,
} from './values'

type Role = (typeof ROLES)[number]
type BrandField = (typeof BRAND_FIELDS)[number]
type MarkType = (typeof MARK_TYPES)[number]
type ServiceTopic = (typeof SERVICE_TOPICS)[number]
type LinkStatus = (typeof LINK_STATUSES)[number]
type BookingStatus = (typeof BOOKING_STATUSES)[number]
type BookingMode = (typeof BOOKING_MODES)[number]
type ApplicationTrack = (typeof APPLICATION_TRACKS)[number]
type ApplicationStatus = (typeof APPLICATION_STATUS_VALUES)[number]
type EnterpriseScale = (typeof ENTERPRISE_SCALES)[number]
type IpEnterpriseStatus = (typeof IP_ENTERPRISE_STATUSES)[number]
type SrdiStatus = (typeof SRDI_STATUSES)[number]
type TimeHonoredStatus = (typeof TIME_HONORED_STATUSES)[number]
type PilotStatus = (typeof PILOT_STATUSES)[number]
/** One status-tag style everywhere (lists, details, timelines). Same words/tones as src/domain/status.ts APPLICATION_STATUS. */

// ── common ──
export const ROLE_LABELS: Record<Role, string> = {
  enterprise: '企业',
  association: '区域品牌主体',
  staff: '指导站工作人员',
  province: '省级知识产权管理部门',
  national: '国家知识产权局',
}
// ── org ──
export const BRAND_FIELD_LABELS: Record<BrandField, string> = {
  manufacturing: '制造业',
  service: '服务业',
  agriculture: '农业',
}
export const MARK_TYPE_LABELS: Record<MarkType, string> = {
  collective: '集体商标',
  certification: '证明商标',
  ordinary: '普通商标',
}
export const SERVICE_TOPIC_LABELS: Record<ServiceTopic, string> = {
  registration: '商标注册与布局',
  overseas: '海外布局/马德里',
  enforcement: '维权与纠纷',
  finance: '质押融资/许可',
  branding: '品牌策划',
  risk: '风险预警应对',
  application: '申报辅导',
}
// ── station ──
export const LINK_STATUS_LABELS: Record<LinkStatus, string> = {
  pending: '待确认',
  accepted: '已对接',
  declined: '已婉拒',
}
// ── booking ──
export const BOOKING_STATUS_LABELS: Record<BookingStatus, string> = {
  pending: '待确认',
  confirmed: '已确认',
  checked_in: '已签到',
  completed: '已完成',
  cancelled: '已取消',
  declined: '已婉拒',
  no_show: '未到场',
}
export const BOOKING_MODE_LABELS: Record<BookingMode, string> = {
  onsite: '到站咨询',
  visit: '上门走访',
}
export const SUBSCRIBE_TEMPLATES = {
  /** reminder before the slot */
  bookingReminder: 'TPL_BOOKING_REMINDER',
  /** status change (confirmed / declined / cancelled by staff) */
  bookingStatus: 'TPL_BOOKING_STATUS',
  /** programme application status change (申报状态变更) */
  applicationStatus: 'TPL_APPLICATION_STATUS',
  /** the province call closes in 7 days / 1 day and the application is still a draft (申报截止提醒) */
  callReminder: 'TPL_CALL_REMINDER',
} as const
// ── application ──
export const APPLICATION_TRACK_LABELS: Record<ApplicationTrack, string> = {
  enterprise: '企业商标品牌',
  regional: '区域商标品牌',
  station: '商标品牌指导站',
}
/** the applicant role that files each track */
export const TRACK_APPLICANT_ROLE: Record<ApplicationTrack, Role> = {
  enterprise: 'enterprise',
  regional: 'association',
  station: 'staff',
}
export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, string> = {
  draft: '草稿',
  submitted: '已申报',
  returned: '退回修改',
  resubmitted: '已重新申报',
  recommended: '省级已推荐',
  national_review: '国家复核中',
  public_notice: '公示中',
  confirmed: '已确认参加行动',
  not_selected: '未入选',
}
/** Statuses that occupy a province's recommendation quota (附件4). `not_selected` frees its place. */
export const QUOTA_COUNTED_STATUSES: ApplicationStatus[] = ['recommended', 'national_review', 'public_notice', 'confirmed']
/** Statuses waiting for the province reviewer. */
export const PROVINCE_WAITING_STATUSES: ApplicationStatus[] = ['submitted', 'resubmitted']
/** Statuses waiting for the national reviewer's re-check (待复核): the national home counts these, and its 去审核 opens them. */
export const NATIONAL_WAITING_STATUSES: ApplicationStatus[] = ['recommended']
/** Statuses in which the applicant may still edit the form (PUT /applications/draft). */
export const EDITABLE_STATUSES: ApplicationStatus[] = ['draft', 'returned']
export const ENTERPRISE_SCALE_LABELS: Record<EnterpriseScale, string> = {
  large: '大型企业',
  medium: '中型企业',
  small: '小型企业',
  micro: '微型企业',
}
export const IP_ENTERPRISE_STATUS_LABELS: Record<IpEnterpriseStatus, string> = {
  demonstration: '国家知识产权示范企业',
  advantage: '国家知识产权优势企业',
  none: '否',
}
export const SRDI_STATUS_LABELS: Record<SrdiStatus, string> = {
  champion: '制造业单项冠军（含单项冠军示范企业和单项冠军产品）',
  little_giant: '专精特新“小巨人”企业',
  provincial_srdi: '省级专精特新中小企业',
  none: '否',
}
export const TIME_HONORED_LABELS: Record<TimeHonoredStatus, string> = {
  china: '中华老字号企业',
  provincial: '省级老字号企业',
  none: '否',
}
export const PILOT_STATUS_LABELS: Record<PilotStatus, string> = {
  city: '国家知识产权强市建设示范(或试点)城市',
  county: '国家知识产权强县建设示范(或试点)县',
  park: '国家级知识产权强国建设示范(或试点)园区',
  none: '否',
}
export const APPLICATION_STATUSES: ApplicationStatus[] = [
  'draft',
  'submitted',
  'returned',
  'resubmitted',
  'recommended',
  'national_review',
  'public_notice',
  'confirmed',
  'not_selected',
]
