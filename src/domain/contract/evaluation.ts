// The yearly evaluation (issue 12): self-assessment, the applicants' own results, the reviewers' rankings,
// the national lists published in batches and their public pages (no sign-in, nothing private).
//   GET  /evaluation/self-assessment      applicant: what the score would be now, weakest indicators
//   GET  /evaluation/results/mine         applicant: the year's stored result with its explanation
//   GET  /evaluation/rankings             reviewers (province: own province), filters + cursor paging
//   GET  /evaluation/results/{id}         reviewers: one participant's explained result
//   POST /evaluation/lists                national: publish one batch of a year's list
//   GET  /public/lists/index              everyone: published years, lists and batches
//   GET  /public/lists                    everyone: entries of the published lists
//   GET  /public/brands/{id}              everyone: a listed brand's public card
import * as z from 'zod/mini'
import { IdParamsSchema } from './common'
import { BrandFieldSchema } from './org'
import type { Operation } from './operations'
import { msg, oneOf, queryInt, queryNumber } from './z'

export const EVALUATION_TRACKS = ['enterprise', 'regional', 'station'] as const
export const EvaluationTrackSchema = z.enum(EVALUATION_TRACKS)

/** the three national lists: 千企千标 (enterprises), 百城百品 (regional brands), 优秀指导站 (stations) */
export const LIST_KINDS = ['qianqi', 'baicheng', 'station'] as const
export type ListKind = (typeof LIST_KINDS)[number]
export const LIST_LABELS: Record<ListKind, string> = { qianqi: '千企千标', baicheng: '百城百品', station: '优秀指导站' }
export const LIST_TRACK: Record<ListKind, (typeof EVALUATION_TRACKS)[number]> = {
  qianqi: 'enterprise',
  baicheng: 'regional',
  station: 'station',
}
export const ListKindSchema = z.enum(LIST_KINDS)

const YEAR_MSG = '年度应为 2023–2100 的整数'
const queryYear = () => queryInt(2023, 2100, YEAR_MSG)
const cursor = () => z.string().check(z.regex(/^o\d{1,9}$/, '分页参数不正确'))
const limit = () => queryInt(1, 200, '每页条数应为 1–200')

// ── explained result ──
export const InputValueSchema = z.object({
  source: z.string(),
  label: z.string(),
  unit: z.optional(z.string()),
  year: z.number(),
  /** absent when missing; null when it does not apply */
  value: z.optional(z.nullable(z.union([z.number(), z.boolean(), z.string()]))),
  missing: z.boolean(),
  /** the value as shown: "1,200 万元", "是", "缺失", "不适用" */
  text: z.string(),
})
export type InputValueView = z.infer<typeof InputValueSchema>

export const PeerFiguresSchema = z.object({
  group: z.string(),
  size: z.number(),
  median: z.number(),
  p25: z.number(),
  p75: z.number(),
  percentile: z.optional(z.number()),
})

export const IndicatorResultSchema = z.object({
  id: z.string(),
  label: z.string(),
  item: z.string(),
  dimension: z.string(),
  weight: z.number(),
  status: z.enum(['scored', 'missing', 'not_applicable']),
  points: z.nullable(z.number()),
  inputs: z.array(InputValueSchema),
  rule: z.string(),
  peers: z.optional(PeerFiguresSchema),
  fallback: z.optional(z.string()),
  toRaise: z.string(),
  advice: z.string(),
})
export type IndicatorResultView = z.infer<typeof IndicatorResultSchema>

export const DimensionResultSchema = z.object({
  key: z.string(),
  label: z.string(),
  share: z.number(),
  points: z.number(),
  weightWithData: z.number(),
  score: z.nullable(z.number()),
})

export const SubjectInfoSchema = z.object({
  id: z.string(),
  name: z.string(),
  track: EvaluationTrackSchema,
  trackLabel: z.string(),
  field: z.optional(BrandFieldSchema),
  fieldLabel: z.optional(z.string()),
  provinceCode: z.string(),
  provinceName: z.string(),
})
export type SubjectInfo = z.infer<typeof SubjectInfoSchema>

export const EvaluationResultSchema = z.object({
  subject: SubjectInfoSchema,
  year: z.number(),
  methodVersion: z.string(),
  /** 0–100 over the indicators with data; null when nothing could be scored */
  score: z.nullable(z.number()),
  /** 0–1: share of the applicable weight that had data */
  confidence: z.number(),
  dimensions: z.array(DimensionResultSchema),
  indicators: z.array(IndicatorResultSchema),
  missing: z.array(z.string()),
  /** ISO instant the result was computed */
  computedAt: z.string(),
})
export type EvaluationResultView = z.infer<typeof EvaluationResultSchema>

export const WeakIndicatorSchema = z.object({
  id: z.string(),
  label: z.string(),
  dimension: z.string(),
  status: z.enum(['scored', 'missing', 'not_applicable']),
  weight: z.number(),
  points: z.nullable(z.number()),
  lost: z.number(),
  toRaise: z.string(),
  advice: z.string(),
})
export type WeakIndicatorView = z.infer<typeof WeakIndicatorSchema>

/** where the self-assessment's report figures came from */
export const BASIS_KINDS = ['draft_report', 'submitted_report', 'application', 'none'] as const
export const SelfAssessmentSchema = z.object({
  year: z.number(),
  basis: z.enum(BASIS_KINDS),
  basisLabel: z.string(),
  /** comparable participants of the year it was measured against */
  peers: z.number(),
  result: EvaluationResultSchema,
  weakest: z.array(WeakIndicatorSchema),
})
export type SelfAssessmentView = z.infer<typeof SelfAssessmentSchema>

export const SelfAssessmentQuerySchema = z.strictObject({ year: z.optional(queryYear()) })
export const MyResultQuerySchema = z.strictObject({ year: z.optional(queryYear()) })
export const ResultQuerySchema = z.strictObject({ year: queryYear() })

// ── rankings ──
export const RankingQuerySchema = z.strictObject({
  year: queryYear(),
  track: z.optional(oneOf(EVALUATION_TRACKS, '赛道应为 enterprise、regional 或 station')),
  field: z.optional(oneOf(['manufacturing', 'service', 'agriculture'], '领域应为 manufacturing、service 或 agriculture')),
  provinceCode: z.optional(z.string().check(z.regex(/^\d{2}0000$/, '省份代码应为 6 位数字，后 4 位为 0'))),
  minScore: z.optional(queryNumber(0, 100, '最低分应为 0–100')),
  maxScore: z.optional(queryNumber(0, 100, '最高分应为 0–100')),
  cursor: z.optional(cursor()),
  limit: z.optional(limit()),
})
export type RankingQuery = z.infer<typeof RankingQuerySchema>

export const RankingEntrySchema = z.object({
  rank: z.number(),
  subjectId: z.string(),
  name: z.string(),
  track: EvaluationTrackSchema,
  trackLabel: z.string(),
  field: z.optional(BrandFieldSchema),
  fieldLabel: z.optional(z.string()),
  provinceCode: z.string(),
  provinceName: z.string(),
  score: z.number(),
  confidence: z.number(),
  /** already on a published list of the year: its batch */
  publishedBatch: z.optional(z.number()),
})
export type RankingEntry = z.infer<typeof RankingEntrySchema>

export const RankingPageSchema = z.object({
  year: z.number(),
  methodVersion: z.string(),
  computedAt: z.string(),
  items: z.array(RankingEntrySchema),
  total: z.number(),
  next: z.nullable(z.string()),
})
export type RankingPage = z.infer<typeof RankingPageSchema>

// ── publishing ──
export const PublishListRequestSchema = z.strictObject({
  year: z.number(msg('请选择年度', YEAR_MSG)).check(z.int(YEAR_MSG), z.minimum(2023, YEAR_MSG), z.maximum(2100, YEAR_MSG)),
  list: oneOf(LIST_KINDS, '请选择名单（千企千标、百城百品或优秀指导站）'),
  batch: z
    .number(msg('请填写批次', '批次应为 1–20 的整数'))
    .check(z.int('批次应为 1–20 的整数'), z.minimum(1, '批次应为 1–20 的整数'), z.maximum(20, '批次应为 1–20 的整数')),
  /** entries scoring at least this (0–100) */
  minScore: z
    .number(msg('请填写入选最低分', '最低分应为 0–100'))
    .check(z.minimum(0, '最低分应为 0–100'), z.maximum(100, '最低分应为 0–100')),
  /** at most this many entries, best first */
  limit: z.optional(
    z
      .number('入选数量应为 1–1000 的整数')
      .check(
        z.int('入选数量应为 1–1000 的整数'),
        z.minimum(1, '入选数量应为 1–1000 的整数'),
        z.maximum(1000, '入选数量应为 1–1000 的整数'),
      ),
  ),
})
export type PublishListRequest = z.infer<typeof PublishListRequestSchema>

export const PublishedBatchSchema = z.object({
  year: z.number(),
  list: ListKindSchema,
  listLabel: z.string(),
  batch: z.number(),
  publishedAt: z.string(),
  methodVersion: z.string(),
  minScore: z.number(),
  count: z.number(),
})
export type PublishedBatch = z.infer<typeof PublishedBatchSchema>

// ── public ──
export const PublicListIndexSchema = z.object({
  years: z.array(
    z.object({
      year: z.number(),
      lists: z.array(
        z.object({
          list: ListKindSchema,
          listLabel: z.string(),
          batches: z.array(z.object({ batch: z.number(), publishedAt: z.string(), count: z.number() })),
        }),
      ),
    }),
  ),
})
export type PublicListIndex = z.infer<typeof PublicListIndexSchema>

export const PublicListQuerySchema = z.strictObject({
  year: z.optional(queryYear()),
  list: z.optional(oneOf(LIST_KINDS, '名单应为 qianqi、baicheng 或 station')),
  batch: z.optional(queryInt(1, 20, '批次应为 1–20 的整数')),
  provinceCode: z.optional(z.string().check(z.regex(/^\d{2}0000$/, '省份代码应为 6 位数字，后 4 位为 0'))),
  field: z.optional(oneOf(['manufacturing', 'service', 'agriculture'], '领域应为 manufacturing、service 或 agriculture')),
  q: z.optional(z.string().check(z.minLength(1, '请输入关键词'), z.maxLength(50, '关键词最多 50 个字'))),
  cursor: z.optional(cursor()),
  limit: z.optional(limit()),
})
export type PublicListQuery = z.infer<typeof PublicListQuerySchema>

/** one listed brand or station — public facts only (no contact, no figures, no score) */
export const PublicListEntrySchema = z.object({
  subjectId: z.string(),
  year: z.number(),
  list: ListKindSchema,
  listLabel: z.string(),
  batch: z.number(),
  /** position within the batch */
  seq: z.number(),
  brandName: z.string(),
  holderName: z.string(),
  provinceCode: z.string(),
  provinceName: z.string(),
  regionName: z.string(),
  field: z.optional(BrandFieldSchema),
  fieldLabel: z.optional(z.string()),
})
export type PublicListEntry = z.infer<typeof PublicListEntrySchema>
export const PublicListPageSchema = z.object({ items: z.array(PublicListEntrySchema), total: z.number(), next: z.nullable(z.string()) })

export const PublicCardSchema = z.object({
  subjectId: z.string(),
  track: EvaluationTrackSchema,
  brandName: z.string(),
  holderName: z.string(),
  provinceName: z.string(),
  regionName: z.string(),
  field: z.optional(BrandFieldSchema),
  fieldLabel: z.optional(z.string()),
  /** the registered mark (public register facts) */
  mark: z.optional(
    z.object({ name: z.string(), regNo: z.string(), classes: z.array(z.number()), markTypeLabel: z.string(), isGI: z.boolean() }),
  ),
  listings: z.array(
    z.object({ year: z.number(), list: ListKindSchema, listLabel: z.string(), batch: z.number(), publishedAt: z.string() }),
  ),
})
export type PublicCard = z.infer<typeof PublicCardSchema>

const APPLICANT_ROLES = ['enterprise', 'association', 'staff'] as const
const REVIEWER_ROLES = ['province', 'national'] as const

export const EVALUATION_OPERATIONS: Operation[] = [
  {
    id: 'getSelfAssessment',
    method: 'GET',
    path: '/evaluation/self-assessment',
    tag: 'evaluation',
    summary: '自评：按现有数据（报送草稿、申报表）估算得分、最薄弱的指标及改进建议',
    roles: APPLICANT_ROLES,
    query: SelfAssessmentQuerySchema,
    ok: { 200: { schema: SelfAssessmentSchema, description: 'the self-assessment' } },
    errors: [404],
  },
  {
    id: 'getMyResult',
    method: 'GET',
    path: '/evaluation/results/mine',
    tag: 'evaluation',
    summary: '本单位（本站）的年度评价结果及逐项说明',
    roles: APPLICANT_ROLES,
    query: MyResultQuerySchema,
    ok: { 200: { schema: EvaluationResultSchema, description: 'the stored result' } },
    errors: [404],
  },
  {
    id: 'listRankings',
    method: 'GET',
    path: '/evaluation/rankings',
    tag: 'evaluation',
    summary: '年度评价排名（省级：本省；国家：全国），按赛道、领域、省份、分数段筛选',
    roles: REVIEWER_ROLES,
    query: RankingQuerySchema,
    ok: { 200: { schema: RankingPageSchema, description: 'a page of the ranking' } },
    errors: [409],
  },
  {
    id: 'getResult',
    method: 'GET',
    path: '/evaluation/results/{id}',
    tag: 'evaluation',
    summary: '某参与主体的年度评价结果及逐项说明（评审）',
    roles: REVIEWER_ROLES,
    params: IdParamsSchema,
    query: ResultQuerySchema,
    ok: { 200: { schema: EvaluationResultSchema, description: 'the result' } },
    errors: [404],
  },
  {
    id: 'publishList',
    method: 'POST',
    path: '/evaluation/lists',
    tag: 'evaluation',
    summary: '发布年度名单的一个批次（千企千标、百城百品、优秀指导站）；同一批次不能重复发布',
    roles: ['national'],
    body: PublishListRequestSchema,
    ok: { 200: { schema: PublishedBatchSchema, description: 'the published batch' } },
    errors: [409],
  },
  {
    id: 'getPublicListIndex',
    method: 'GET',
    path: '/public/lists/index',
    tag: 'evaluation',
    summary: '已发布名单的年度、名单与批次（公开）',
    roles: ['public'],
    ok: { 200: { schema: PublicListIndexSchema, description: 'years, lists, batches' } },
  },
  {
    id: 'listPublicEntries',
    method: 'GET',
    path: '/public/lists',
    tag: 'evaluation',
    summary: '已发布名单（公开），按年度、名单、批次、省份、领域筛选',
    roles: ['public'],
    query: PublicListQuerySchema,
    ok: { 200: { schema: PublicListPageSchema, description: 'a page of listed brands' } },
  },
  {
    id: 'getPublicCard',
    method: 'GET',
    path: '/public/brands/{id}',
    tag: 'evaluation',
    summary: '入选品牌（指导站）的公开名片：商标、权利人、地区、领域、入选年度',
    roles: ['public'],
    params: IdParamsSchema,
    ok: { 200: { schema: PublicCardSchema, description: 'the public card' } },
    errors: [404],
  },
]
