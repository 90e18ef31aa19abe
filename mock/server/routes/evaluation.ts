// The yearly evaluation: applicants' self-assessment and own results, reviewers' rankings, the national
// lists published in batches, and the public list pages and brand cards (no sign-in; public facts only).
import type {
  PublicCard,
  PublicListEntry,
  PublicListIndex,
  PublicListQuery,
  PublishListRequest,
  PublishedBatch,
  RankingEntry,
  RankingPage,
  RankingQuery,
  SelfAssessmentView,
} from '../../../src/domain/contract/evaluation'
import { LIST_KINDS, LIST_LABELS, LIST_TRACK, type ListKind } from '../../../src/domain/contract/evaluation'
import type { User } from '../../../src/domain/contract'
import { BRAND_FIELD_LABELS, MARK_TYPE_LABELS } from '../../../src/domain/contract'
import { programmeYear } from '../../../src/domain/application'
import { DEFAULT_EVALUATION_CONFIG, TRACK_LABELS, rankResults, selfAssess, type EvaluationTrack } from '../../../src/domain/evaluation'
import { provinceName } from '../../../src/domain/quota'
import { toLocalDate } from '../../../src/domain/time'
import type { StoredEvaluationResult, StoredListBatch, StoredListEntry } from '../../store'
import { currentUser, requireRole, type Ctx } from '../context'
import { conflict, forbidden, notFound } from '../errors'
import { paginate } from '../paginate'
import { loadOwn, loadYear } from '../evaluation/inputs'
import { resultView, subjectInfo, yearResults } from '../evaluation/results'
import type { RouteModule } from './index'

const BASIS_LABELS: Record<SelfAssessmentView['basis'], string> = {
  draft_report: '按本年度报送草稿中的数据估算',
  submitted_report: '按已提交的年度报送数据估算',
  application: '按申报表中填报的数据估算（尚无年度报送）',
  none: '尚无年度报送或申报数据，仅按监测与登记数据估算',
}

/** the applicant's own subject: its organisation, or the station of a staff member */
function ownSubject(user: User): { id: string; track: EvaluationTrack } {
  if (user.role === 'staff') {
    if (!user.stationId) throw forbidden('账号未关联指导站')
    return { id: user.stationId, track: 'station' }
  }
  if (!user.orgId) throw forbidden('账号未关联单位')
  return { id: user.orgId, track: user.role === 'association' ? 'regional' : 'enterprise' }
}

/** reviewers: the province they may see (province: own only; national: any or all) */
function scopeProvince(user: User, asked: string | undefined): string | undefined {
  if (user.role === 'national') return asked
  if (!user.provinceCode) throw forbidden('账号未配置所属省份')
  if (asked && asked !== user.provinceCode) throw forbidden('只能查看本省（区、市）的评价结果')
  return user.provinceCode
}

const batchId = (year: number, list: ListKind, batch: number) => `${year}:${list}:${batch}`
const entryId = (year: number, list: ListKind, subjectId: string) => `${year}:${list}:${subjectId}`

function batchView(b: StoredListBatch): PublishedBatch {
  return {
    year: b.year,
    list: b.list,
    listLabel: LIST_LABELS[b.list],
    batch: b.batch,
    publishedAt: b.publishedAt,
    methodVersion: b.methodVersion,
    minScore: b.minScore,
    count: b.count,
  }
}

function entryView(e: StoredListEntry): PublicListEntry {
  return {
    subjectId: e.subjectId,
    year: e.year,
    list: e.list,
    listLabel: LIST_LABELS[e.list],
    batch: e.batch,
    seq: e.seq,
    brandName: e.brandName,
    holderName: e.holderName,
    provinceCode: e.provinceCode,
    provinceName: provinceName(e.provinceCode),
    regionName: e.regionName,
    ...(e.field ? { field: e.field, fieldLabel: BRAND_FIELD_LABELS[e.field] } : {}),
  }
}

/**
 * Publishes one batch of a year's list: the participants of the list's track scoring at least `minScore` and
 * not on an earlier batch of the same list, best first (at most `limit`). All or nothing, in one transaction;
 * the year's results become final with it. Exported for the seed step.
 */
export function publishBatch(ctx: Ctx, req: PublishListRequest, by: string): StoredListBatch {
  const { year, list, batch, minScore } = req
  const label = `${year} 年「${LIST_LABELS[list]}」`
  const existing = ctx.store.listBatches.get(batchId(year, list, batch))
  if (existing)
    throw conflict(
      `${label}第 ${batch} 批名单已于 ${toLocalDate(new Date(existing.publishedAt))} 发布，不能重复发布；增补请发布第 ${batch + 1} 批`,
    )
  if (batch > 1 && !ctx.store.listBatches.get(batchId(year, list, batch - 1))) throw conflict(`请先发布${label}第 ${batch - 1} 批名单`)
  const results = yearResults(ctx, year)
  const ranked = rankResults(
    results.map((r) => r.result),
    results.map(subjectOf),
    { track: LIST_TRACK[list], minScore },
  )
  if (!ranked.ok) throw conflict(ranked.error)
  const listed = new Set(ctx.store.listEntries.where({ year, list }).map((e) => e.subjectId))
  const picked = ranked.entries.filter((e) => !listed.has(e.subjectId)).slice(0, req.limit ?? Infinity)
  if (!picked.length) throw conflict(`${label}没有得分不低于 ${minScore} 分且尚未入选的参与主体，未发布`)
  const loaded = new Map(loadYear(ctx, year).map((l) => [l.subject.id, l]))
  const at = ctx.now().toISOString()
  const record: StoredListBatch = {
    id: batchId(year, list, batch),
    year,
    list,
    batch,
    methodVersion: DEFAULT_EVALUATION_CONFIG.version,
    minScore,
    count: picked.length,
    publishedAt: at,
    publishedBy: by,
  }
  const entries: StoredListEntry[] = picked.map((p, i) => {
    const l = loaded.get(p.subjectId)
    return {
      id: entryId(year, list, p.subjectId),
      year,
      list,
      batch,
      seq: i + 1,
      subjectId: p.subjectId,
      track: p.track,
      brandName: l?.meta.brandName ?? p.name ?? p.subjectId,
      holderName: l?.meta.holderName ?? p.name ?? '',
      provinceCode: p.provinceCode,
      regionName: l?.meta.regionName ?? provinceName(p.provinceCode),
      ...(p.field ? { field: p.field } : {}),
      ...(l?.meta.trademarkId ? { trademarkId: l.meta.trademarkId } : {}),
      publishedAt: at,
    }
  })
  ctx.store.tx(() => {
    // the results the list was drawn from become the year's final ones
    const ids = new Set(results.map((r) => r.id))
    for (const r of ctx.store.evaluationResults.where({ year })) if (!ids.has(r.id)) ctx.store.evaluationResults.delete(r.id)
    for (const r of results) ctx.store.evaluationResults.save(r)
    ctx.store.listBatches.insert(record)
    ctx.store.listEntries.insertMany(entries)
  })
  return record
}

const subjectOf = (r: StoredEvaluationResult) => ({
  id: r.subjectId,
  name: r.name,
  track: r.track,
  field: r.field,
  provinceCode: r.provinceCode,
  years: {},
})

const evaluation: RouteModule = (api, ctx) => {
  const applicants = { preHandler: requireRole('enterprise', 'association', 'staff') }
  const reviewers = { preHandler: requireRole('province', 'national') }

  api.get('/evaluation/self-assessment', applicants, async (req): Promise<SelfAssessmentView> => {
    const user = currentUser(req)
    const me = ownSubject(user)
    const q = req.query as { year?: number }
    // the report being prepared is the previous calendar year's until the year's own report exists
    const ownReports = me.track === 'station' ? [] : ctx.store.reports.where({ orgId: me.id })
    const year = q.year ?? Math.max(programmeYear(ctx.now()) - 1, ...ownReports.map((r) => r.year))
    const { own, peers } = loadOwn(ctx, me.id, me.track, year)
    if (!own) throw notFound(me.track === 'station' ? '指导站' : '单位')
    const sa = selfAssess(
      own.subject,
      peers.map((p) => p.subject),
      year,
      { config: DEFAULT_EVALUATION_CONFIG, limit: 5 },
    )
    const info = subjectInfo({
      subjectId: own.subject.id,
      name: own.subject.name ?? own.meta.brandName,
      track: me.track,
      field: own.subject.field,
      provinceCode: own.subject.provinceCode,
    })
    return {
      year,
      basis: own.basis,
      basisLabel: BASIS_LABELS[own.basis],
      peers: peers.filter((p) => p.subject.track === me.track).length,
      result: resultView(info, sa.result, ctx.now().toISOString()),
      weakest: sa.weakest,
    }
  })

  api.get('/evaluation/results/mine', applicants, async (req) => {
    const me = ownSubject(currentUser(req))
    const q = req.query as { year?: number }
    const rows = q.year ? [q.year] : latestYears(ctx)
    for (const year of rows) {
      const row = yearResults(ctx, year).find((r) => r.subjectId === me.id)
      if (row) return resultView(subjectInfo(row), row.result, row.computedAt)
    }
    throw notFound(q.year ? `${q.year} 年度的评价结果（未参加行动或尚无结果）` : '评价结果（未参加行动或尚无结果）')
  })

  api.get('/evaluation/rankings', reviewers, async (req): Promise<RankingPage> => {
    const user = currentUser(req)
    const q = req.query as RankingQuery
    const provinceCode = scopeProvince(user, q.provinceCode)
    const results = yearResults(ctx, q.year)
    const ranked = rankResults(
      results.map((r) => r.result),
      results.map(subjectOf),
      { track: q.track, field: q.field, provinceCode, minScore: q.minScore, maxScore: q.maxScore },
    )
    if (!ranked.ok) throw conflict(ranked.error)
    const listed = new Map(ctx.store.listEntries.where({ year: q.year }).map((e) => [e.subjectId, e.batch]))
    const byId = new Map(results.map((r) => [r.subjectId, r]))
    const page = paginate(ranked.entries, q, (e): RankingEntry => {
      const info = subjectInfo(byId.get(e.subjectId)!)
      const batch = listed.get(e.subjectId)
      return {
        rank: e.rank,
        subjectId: e.subjectId,
        name: info.name,
        track: e.track,
        trackLabel: TRACK_LABELS[e.track],
        ...(info.field ? { field: info.field, fieldLabel: info.fieldLabel } : {}),
        provinceCode: e.provinceCode,
        provinceName: info.provinceName,
        score: e.score,
        confidence: e.confidence,
        ...(batch !== undefined ? { publishedBatch: batch } : {}),
      }
    })
    return {
      year: q.year,
      methodVersion: results[0]?.methodVersion ?? DEFAULT_EVALUATION_CONFIG.version,
      computedAt: results[0]?.computedAt ?? ctx.now().toISOString(),
      ...page,
    }
  })

  api.get('/evaluation/results/:id', reviewers, async (req) => {
    const user = currentUser(req)
    const { id } = req.params as { id: string }
    const { year } = req.query as { year: number }
    const row = yearResults(ctx, year).find((r) => r.subjectId === id)
    if (!row) throw notFound(`${year} 年度该参与主体的评价结果`)
    if (user.role === 'province' && row.provinceCode !== user.provinceCode) throw forbidden('只能查看本省（区、市）的评价结果')
    return resultView(subjectInfo(row), row.result, row.computedAt)
  })

  api.post('/evaluation/lists', { preHandler: requireRole('national') }, async (req) => {
    return batchView(publishBatch(ctx, req.body as PublishListRequest, currentUser(req).id))
  })

  // ── public: no sign-in, public facts only ──
  api.get('/public/lists/index', async (): Promise<PublicListIndex> => {
    const batches = ctx.store.listBatches
      .all()
      .sort((a, b) => b.year - a.year || LIST_KINDS.indexOf(a.list) - LIST_KINDS.indexOf(b.list) || a.batch - b.batch)
    const years = [...new Set(batches.map((b) => b.year))]
    return {
      years: years.map((year) => ({
        year,
        lists: LIST_KINDS.filter((l) => batches.some((b) => b.year === year && b.list === l)).map((list) => ({
          list,
          listLabel: LIST_LABELS[list],
          batches: batches
            .filter((b) => b.year === year && b.list === list)
            .map((b) => ({ batch: b.batch, publishedAt: b.publishedAt, count: b.count })),
        })),
      })),
    }
  })

  api.get('/public/lists', async (req) => {
    const q = req.query as PublicListQuery
    let rows = ctx.store.listEntries.where({
      ...(q.year !== undefined ? { year: q.year } : {}),
      ...(q.list ? { list: q.list } : {}),
      ...(q.batch !== undefined ? { batch: q.batch } : {}),
      ...(q.provinceCode ? { provinceCode: q.provinceCode } : {}),
      ...(q.field ? { field: q.field } : {}),
    })
    if (q.q) {
      const needle = q.q.trim().toLowerCase()
      rows = rows.filter((e) => e.brandName.toLowerCase().includes(needle) || e.holderName.toLowerCase().includes(needle))
    }
    rows.sort((a, b) => b.year - a.year || LIST_KINDS.indexOf(a.list) - LIST_KINDS.indexOf(b.list) || a.batch - b.batch || a.seq - b.seq)
    return paginate(rows, q, entryView)
  })

  api.get('/public/brands/:id', async (req): Promise<PublicCard> => {
    const { id } = req.params as { id: string }
    const entries = ctx.store.listEntries.where({ subjectId: id }).sort((a, b) => b.year - a.year || a.batch - b.batch)
    if (!entries.length) throw notFound('入选名单的品牌')
    const e = entries[0]
    const tm = e.trademarkId ? ctx.store.trademarks.get(e.trademarkId) : undefined
    return {
      subjectId: id,
      track: e.track,
      brandName: e.brandName,
      holderName: e.holderName,
      provinceName: provinceName(e.provinceCode),
      regionName: e.regionName,
      ...(e.field ? { field: e.field, fieldLabel: BRAND_FIELD_LABELS[e.field] } : {}),
      ...(tm
        ? { mark: { name: tm.name, regNo: tm.regNo, classes: tm.classes, markTypeLabel: MARK_TYPE_LABELS[tm.markType], isGI: !!tm.isGI } }
        : {}),
      listings: entries.map((x) => ({
        year: x.year,
        list: x.list,
        listLabel: LIST_LABELS[x.list],
        batch: x.batch,
        publishedAt: x.publishedAt,
      })),
    }
  })
}

/** the years to look in for "my latest result": this programme year and the two before, newest first */
function latestYears(ctx: Ctx): number[] {
  const y = programmeYear(ctx.now())
  return [y, y - 1, y - 2]
}

export default evaluation
