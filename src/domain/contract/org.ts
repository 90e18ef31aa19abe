// Organisations, stations, trademarks: the seeded world.
import * as z from 'zod/mini'
import './z' // zod configured (zh-CN, jitless) before any parse
import { ORG_KINDS, BRAND_FIELDS, MARK_TYPES, SERVICE_TOPICS } from './values'
export { BRAND_FIELD_LABELS, MARK_TYPE_LABELS, SERVICE_TOPIC_LABELS } from './labels'
export { ORG_KINDS, BRAND_FIELDS, MARK_TYPES, SERVICE_TOPICS } from './values'

export const OrgKindSchema = z.enum(ORG_KINDS)
export type OrgKind = z.infer<typeof OrgKindSchema>

export const BrandFieldSchema = z.enum(BRAND_FIELDS)
export type BrandField = z.infer<typeof BrandFieldSchema>

export const MarkTypeSchema = z.enum(MARK_TYPES)
export type MarkType = z.infer<typeof MarkTypeSchema>

const regionShape = {
  provinceCode: z.string(), // e.g. "350000"
  cityCode: z.string(), // e.g. "350100"
  countyCode: z.string(), // e.g. "350102"
  /** "福建省 福州市 鼓楼区" */
  regionName: z.string(),
}
export const RegionRefSchema = z.object(regionShape)
export type RegionRef = z.infer<typeof RegionRefSchema>

export const OrganizationSchema = z.object({
  ...regionShape,
  id: z.string(),
  kind: OrgKindSchema,
  name: z.string(),
  uscc: z.string(),
  contactName: z.string(),
  contactPhone: z.string(),
  /** where the organisation is (上门走访 goes here): "福建省福州市鼓楼区…号" */
  address: z.string(),
  field: BrandFieldSchema,
  /** the station this organisation is linked to (对接联系), once accepted */
  stationId: z.optional(z.string()),
})
export type Organization = z.infer<typeof OrganizationSchema>

export const TrademarkSchema = z.object({
  id: z.string(),
  /** registration number, e.g. "12345678", "12345678A", "G1234567" */
  regNo: z.string(),
  name: z.string(),
  classes: z.array(z.number()),
  ownerOrgId: z.string(),
  markType: MarkTypeSchema,
  /** geographical indication */
  isGI: z.optional(z.boolean()),
  /** YYYY-MM-DD */
  registeredOn: z.string(),
  /** YYYY-MM-DD, last day of validity */
  validUntil: z.string(),
  /** YYYY-MM-DD dates of the use evidence on file (a mark registered 3+ years without any is exposed to 撤三) */
  useEvidenceOn: z.optional(z.array(z.string())),
  /** a Madrid designation of China ("G…" number): refusal / opposition notices served, and whether answered */
  madrid: z.optional(
    z.object({
      events: z.array(
        z.object({
          id: z.string(),
          type: z.enum(['refusal', 'opposition']),
          servedOn: z.string(),
          respondedOn: z.optional(z.string()),
        }),
      ),
    }),
  ),
})
export type Trademark = z.infer<typeof TrademarkSchema>

export const RegionalBrandSchema = z.object({
  id: z.string(),
  associationId: z.string(),
  name: z.string(),
  trademarkId: z.string(),
  field: BrandFieldSchema,
  memberCount: z.number(),
  smeCount: z.number(),
})
export type RegionalBrand = z.infer<typeof RegionalBrandSchema>

export const ServiceTopicSchema = z.enum(SERVICE_TOPICS)
export type ServiceTopic = z.infer<typeof ServiceTopicSchema>

const summaryShape = {
  ...regionShape,
  id: z.string(),
  name: z.string(),
  host: z.string(),
  address: z.string(),
  phone: z.string(),
  lat: z.number(),
  lng: z.number(),
  topics: z.array(ServiceTopicSchema),
  /** GET /stations with lat/lng only: distance from that point in km (1 decimal) */
  distanceKm: z.optional(z.number()),
}
export const StationSummarySchema = z.object(summaryShape)
export type StationSummary = z.infer<typeof StationSummarySchema>

export const stationShape = {
  ...summaryShape,
  /** 审批授牌单位 */
  approvedBy: z.string(),
  /** e.g. "周一至周五 09:00-12:00, 14:00-17:30" */
  officeHours: z.string(),
  staffCount: z.number(),
  /** organisations linked to this station (accepted links) */
  servedOrgIds: z.array(z.string()),
}
export const StationSchema = z.object(stationShape)
export type Station = z.infer<typeof StationSchema>
