// Organisations, stations, trademarks: the seeded world.

export type OrgKind = 'enterprise' | 'association'
export type BrandField = 'manufacturing' | 'service' | 'agriculture'
export const BRAND_FIELD_LABELS: Record<BrandField, string> = {
  manufacturing: '制造业',
  service: '服务业',
  agriculture: '农业',
}

export type MarkType = 'collective' | 'certification' | 'ordinary'
export const MARK_TYPE_LABELS: Record<MarkType, string> = {
  collective: '集体商标',
  certification: '证明商标',
  ordinary: '普通商标',
}

export interface RegionRef {
  provinceCode: string // e.g. "350000"
  cityCode: string // e.g. "350100"
  countyCode: string // e.g. "350102"
  /** "福建省 福州市 鼓楼区" */
  regionName: string
}

export interface Organization extends RegionRef {
  id: string
  kind: OrgKind
  name: string
  uscc: string
  contactName: string
  contactPhone: string
  field: BrandField
  /** the station this organisation is linked to (对接联系), once accepted */
  stationId?: string
}

export interface Trademark {
  id: string
  /** registration number, e.g. "12345678", "12345678A", "G1234567" */
  regNo: string
  name: string
  classes: number[]
  ownerOrgId: string
  markType: MarkType
  /** geographical indication */
  isGI?: boolean
  /** YYYY-MM-DD */
  registeredOn: string
  /** YYYY-MM-DD, last day of validity */
  validUntil: string
}

export interface RegionalBrand {
  id: string
  associationId: string
  name: string
  trademarkId: string
  field: BrandField
  memberCount: number
  smeCount: number
}

export type ServiceTopic =
  | 'registration'
  | 'overseas'
  | 'enforcement'
  | 'finance'
  | 'branding'
  | 'risk'
  | 'application'

export const SERVICE_TOPIC_LABELS: Record<ServiceTopic, string> = {
  registration: '商标注册与布局',
  overseas: '海外布局/马德里',
  enforcement: '维权与纠纷',
  finance: '质押融资/许可',
  branding: '品牌策划',
  risk: '风险预警应对',
  application: '申报辅导',
}

export interface StationSummary extends RegionRef {
  id: string
  name: string
  host: string
  address: string
  phone: string
  lat: number
  lng: number
  topics: ServiceTopic[]
  /** GET /stations with lat/lng only: distance from that point in km (1 decimal) */
  distanceKm?: number
}

export interface Station extends StationSummary {
  /** 审批授牌单位 */
  approvedBy: string
  /** e.g. "周一至周五 09:00-12:00, 14:00-17:30" */
  officeHours: string
  staffCount: number
  /** organisations linked to this station (accepted links) */
  servedOrgIds: string[]
}
