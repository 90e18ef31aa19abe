import type { FastifyRequest } from 'fastify'
// Province and national review of programme applications (推荐 / 复核 / 公示 / 名单), quotas (附件4),
// the recommendation table (附件5) and public-notice batches.
//   GET  /review/applications?status&track&year&provinceCode&batch&cursor&limit   province (own) | national (all)
//   GET  /review/applications/{id}                       province (own province) | national
//   POST /review/applications/{id}/return   {reason}     province (own): submitted|resubmitted → returned
//   POST /review/applications/{id}/recommend             province (own): submitted|resubmitted → recommended (409 QUOTA_EXCEEDED)
//   GET  /review/quota?year&provinceCode                 province (own) | national (provinceCode required)
//   GET  /review/recommendation-table?format=csv|json&year&provinceCode   province (own) | national
//   POST /review/applications/{id}/national-review       national: recommended → national_review
//   POST /review/applications/{id}/publish  {start,end}  national: national_review → public_notice
//   POST /review/batches  {year,start,end,applicationIds} national: publish several (all or nothing)
//   POST /review/applications/{id}/confirm               national: public_notice → confirmed
//   POST /review/applications/{id}/reject   {reason}     national: public_notice → not_selected
//   GET  /review/batches?year                            national | province (own province's applications only)
//   POST /review/applications/{id}/objections  {raisedBy,content,raisedOn}   national: record an objection (公示异议)
//   POST /review/applications/{id}/objections/{objectionId}/resolve {resolution}  national: its outcome
import type {
  Application,
  ApplicationSummary,
  ApplicationTrack,
  BatchPublishRequest,
  EnterpriseRecommendationRow,
  Page,
  PublishRequest,
  QuotaSummary,
  ReasonRequest,
  RecordObjectionRequest,
  ResolveObjectionRequest,
  ReviewListQuery,
  RecommendationTable,
  RegionalRecommendationRow,
  ReviewBatch,
  StationRecommendationRow,
  User,
} from '../../../src/domain/contract'
import { BRAND_FIELD_LABELS, IP_ENTERPRISE_STATUS_LABELS, PILOT_STATUS_LABELS, QUOTA_COUNTED_STATUSES } from '../../../src/domain/contract'
import { canView, decideTransition, fieldOf, hasConfirmedLink, isNonDemo } from '../../../src/domain/application'
import { checkRecommendationQuota, provinceName, quotaTableYear, quotaUse, type QuotaItem } from '../../../src/domain/quota'
import { programmeYearOf, recommendationGate, yearQuotaRow } from './programme'
import { currentUser, requireRole, type Ctx } from '../context'
import { HttpError, forbidden, notFound } from '../errors'
import { paginate } from '../paginate'
import { actorName, currentYear, lookups, refreshDerived, transition, view } from './applications'
import { validateObjectionDate } from '../../../src/domain/notice'
import type { StoredApplication, StoredBatch } from '../../store'
import { toLocalDate } from '../../../src/domain/time'
import type { RouteModule } from './index'

const TRACKS: ApplicationTrack[] = ['enterprise', 'regional', 'station']
/** today in Asia/Shanghai, YYYY-MM-DD */

export const quotaItem = (a: StoredApplication): QuotaItem => ({
  id: a.id,
  track: a.track,
  status: a.status,
  nonDemo: a.track === 'enterprise' ? isNonDemo(a.form as never) : undefined,
  field: fieldOf(a.track, a.form),
})

function summary(a: StoredApplication): ApplicationSummary {
  const s: ApplicationSummary = {
    id: a.id,
    track: a.track,
    year: a.year,
    provinceCode: a.provinceCode,
    provinceName: a.provinceName,
    applicantName: a.applicantName,
    brandName: a.brandName,
    status: a.status,
    eligibilityOk: a.eligibility.ok,
    updatedAt: a.updatedAt,
  }
  if (a.batch !== undefined) s.batch = a.batch
  if (a.submittedAt) s.submittedAt = a.submittedAt
  if (a.track === 'enterprise') s.nonDemo = isNonDemo(a.form as never)
  const f = fieldOf(a.track, a.form)
  if (f) s.field = f
  if (a.track === 'station') s.confirmedLinks = a.stationConfirmations.filter((c) => c.status === 'confirmed').length
  return s
}

/** List search: part of the applicant's or brand's name, or the start of the applicant's USCC (case-insensitive). */
function matchesSearch(a: StoredApplication, needle: string): boolean {
  const uscc = (a.form as Record<string, unknown>).uscc
  return (
    a.applicantName.toUpperCase().includes(needle) ||
    a.brandName.toUpperCase().includes(needle) ||
    (typeof uscc === 'string' && uscc.toUpperCase().startsWith(needle))
  )
}

/** Which province the caller reviews: its own (province) or the one asked for (national). */
function scopeProvince(user: User, asked: string | undefined, requiredForNational: boolean): string | undefined {
  if (user.role === 'province') {
    if (!user.provinceCode) throw forbidden('账号未配置所属省份')
    if (asked && asked !== user.provinceCode) throw forbidden('只能查看本省（区、市）的数据')
    return user.provinceCode
  }
  if (requiredForNational && !asked) {
    throw new HttpError(400, 'VALIDATION', '请选择省份', { provinceCode: '请选择省份' })
  }
  return asked
}

/** The year asked for (validated by the query declaration), default the current programme year. */
const yearOf = (ctx: Ctx, v: number | undefined): number => v ?? currentYear(ctx)

function findForReview(ctx: Ctx, user: User, id: string): StoredApplication {
  const a = ctx.store.applications.get(id)
  if (!a || !canView(user, a)) throw notFound('申报')
  return a
}

/** The year the limits come from: the year's own edited table, else annex 4's (the configured year starts as a copy of it). */
function tableYearOf(ctx: Ctx, year: number): number {
  const y = programmeYearOf(ctx, year)
  return y && y.quotaVersions[y.quotaVersions.length - 1].basis === 'edited' ? year : quotaTableYear(year)
}

export function buildQuotaSummary(ctx: Ctx, provinceCode: string, year: number): QuotaSummary {
  const row = yearQuotaRow(ctx, provinceCode, year)
  if (!row) throw notFound('该省份的推荐名额')
  const items = ctx.store.applications
    .where({ provinceCode, year })
    .map((a) => refreshDerived(ctx, a))
    .map(quotaItem)
  return { provinceCode, provinceName: row.provinceName, year, tableYear: tableYearOf(ctx, year), tracks: quotaUse(row, items) }
}

function buildTable(ctx: Ctx, provinceCode: string, year: number): RecommendationTable {
  const lk = lookups(ctx)
  const counted = ctx.store.applications
    .where({ provinceCode, year, status: QUOTA_COUNTED_STATUSES })
    .sort((x, y) => (x.id < y.id ? -1 : 1))
  const f = (a: StoredApplication) => a.form as Record<string, unknown>
  const s = (v: unknown) => (typeof v === 'string' ? v : '')
  const enterprise: EnterpriseRecommendationRow[] = counted
    .filter((a) => a.track === 'enterprise')
    .map((a, i) => ({
      seq: i + 1,
      applicationId: a.id,
      brandName: a.brandName,
      applicantName: s(f(a).orgName) || a.applicantName,
      ipStatusLabel: IP_ENTERPRISE_STATUS_LABELS[f(a).ipStatus as keyof typeof IP_ENTERPRISE_STATUS_LABELS] ?? '',
      fieldLabel: BRAND_FIELD_LABELS[f(a).field as keyof typeof BRAND_FIELD_LABELS] ?? '',
      contactName: s(f(a).contactName),
      contactPhone: s(f(a).contactPhone),
    }))
  const regional: RegionalRecommendationRow[] = counted
    .filter((a) => a.track === 'regional')
    .map((a, i) => ({
      seq: i + 1,
      applicationId: a.id,
      brandName: a.brandName,
      applicantName: s(f(a).holderName) || a.applicantName,
      pilotStatusLabel: PILOT_STATUS_LABELS[f(a).pilotStatus as keyof typeof PILOT_STATUS_LABELS] ?? '',
      fieldLabel: BRAND_FIELD_LABELS[f(a).field as keyof typeof BRAND_FIELD_LABELS] ?? '',
      contactName: s(f(a).contactName),
      contactPhone: s(f(a).contactPhone),
    }))
  const brandOfOrg = (orgId: string): string => {
    const app = ctx.store.applications.where({ year, orgId }).find((x) => x.track !== 'station')
    return app?.brandName || lk.orgs.get(orgId)?.name || orgId
  }
  const station: StationRecommendationRow[] = counted
    .filter((a) => a.track === 'station')
    .map((a, i) => {
      refreshDerived(ctx, a, lk)
      const confirmed = a.stationConfirmations.filter((c) => c.status === 'confirmed')
      return {
        seq: i + 1,
        applicationId: a.id,
        stationName: a.brandName,
        regionName: (a.stationId && lk.stations.get(a.stationId)?.regionName) || '',
        servedEnterpriseBrands: confirmed
          .filter((c) => c.track === 'enterprise')
          .map((c) => brandOfOrg(c.orgId))
          .join('、'),
        servedRegionalBrands: confirmed
          .filter((c) => c.track === 'regional')
          .map((c) => brandOfOrg(c.orgId))
          .join('、'),
        contactName: s(f(a).contactName),
        contactPhone: s(f(a).contactPhone),
      }
    })
  const pname = provinceName(provinceCode)
  return { provinceCode, provinceName: pname, year, unitName: `${pname}知识产权局`, enterprise, regional, station }
}

const csvCell = (v: unknown): string => {
  const t = String(v ?? '')
  // neutralise spreadsheet formulas; quote everything
  const safe = /^[=+\-@]/.test(t) ? `'${t}` : t
  return `"${safe.replace(/"/g, '""')}"`
}

/** 附件5 as CSV (UTF-8 with BOM so Excel shows Chinese), three sections like the printed table. */
export function tableCsv(t: RecommendationTable): string {
  const lines: string[][] = []
  lines.push(['“千企百城”商标品牌价值提升行动推荐表'])
  lines.push([`单位名称：${t.unitName}`, `年度：${t.year}`])
  lines.push([])
  lines.push(['企业商标品牌'])
  lines.push(['序号', '企业商标品牌名称', '申报企业名称', '是否为国家知识产权优势示范企业', '所属领域', '企业联系人', '联系方式'])
  for (const r of t.enterprise)
    lines.push([String(r.seq), r.brandName, r.applicantName, r.ipStatusLabel, r.fieldLabel, r.contactName, r.contactPhone])
  lines.push([])
  lines.push(['区域商标品牌'])
  lines.push([
    '序号',
    '区域商标品牌名称',
    '申报单位名称（商标权利人）',
    '所在地区是否为知识产权强国建设试点示范市、县、园区',
    '所属领域',
    '申报单位联系人',
    '联系方式',
  ])
  for (const r of t.regional)
    lines.push([String(r.seq), r.brandName, r.applicantName, r.pilotStatusLabel, r.fieldLabel, r.contactName, r.contactPhone])
  lines.push([])
  lines.push(['商标品牌指导站'])
  lines.push([
    '序号',
    '商标品牌指导站名称',
    '指导站所在地区',
    '对接服务参加行动的企业商标品牌',
    '对接服务参加行动的区域商标品牌',
    '指导站联系人',
    '联系方式',
  ])
  for (const r of t.station) {
    lines.push([
      String(r.seq),
      r.stationName,
      r.regionName,
      r.servedEnterpriseBrands,
      r.servedRegionalBrands,
      r.contactName,
      r.contactPhone,
    ])
  }
  return '\uFEFF' + lines.map((l) => l.map(csvCell).join(',')).join('\r\n') + '\r\n'
}

function batchView(ctx: Ctx, b: StoredBatch, visible: (a: StoredApplication) => boolean): ReviewBatch {
  const members = ctx.store.applications.getMany(b.applicationIds).filter(visible)
  const counts = Object.fromEntries(
    TRACKS.map((t) => {
      const m = members.filter((a) => a.track === t)
      return [
        t,
        {
          total: m.length,
          publicNotice: m.filter((a) => a.status === 'public_notice').length,
          confirmed: m.filter((a) => a.status === 'confirmed').length,
          notSelected: m.filter((a) => a.status === 'not_selected').length,
        },
      ]
    }),
  ) as ReviewBatch['counts']
  return { year: b.year, batch: b.batch, start: b.start, end: b.end, counts, applicationIds: members.map((a) => a.id) }
}

/** The batch a publication joins: same year and same dates → same batch, otherwise the next number. */
function batchFor(ctx: Ctx, year: number, start: string, end: string): StoredBatch {
  const batches = ctx.store.batches.where({ year })
  let b = batches.find((x) => x.start === start && x.end === end)
  if (!b) {
    const n = batches.reduce((m, x) => Math.max(m, x.batch), 0) + 1
    b = { year, batch: n, start, end, applicationIds: [], createdAt: ctx.now().toISOString() }
    ctx.store.batches.insert(b)
  }
  return b
}

function publishOne(ctx: Ctx, a: StoredApplication, user: User, b: StoredBatch): void {
  transition(ctx, a, user, 'publish', { start: b.start, end: b.end, today: toLocalDate(ctx.now()) }, (x) => {
    x.publicNotice = { start: b.start, end: b.end }
    x.batch = b.batch
  })
  if (!b.applicationIds.includes(a.id)) b.applicationIds.push(a.id)
  ctx.store.batches.save(b)
}

const review: RouteModule = (api, ctx) => {
  const reviewer = requireRole('province', 'national')
  const national = requireRole('national')
  const province = requireRole('province')

  api.get('/review/applications', { preHandler: reviewer }, async (req): Promise<Page<ApplicationSummary>> => {
    const user = currentUser(req)
    const q = req.query as ReviewListQuery
    const prov = scopeProvince(user, q.provinceCode, false)
    const year = q.year === 'all' ? undefined : yearOf(ctx, q.year)
    const statuses = q.status ? q.status.split(',') : []
    const batch = q.batch
    const needle = q.q?.trim().toUpperCase()
    const lk = lookups(ctx)
    const rows = ctx.store.applications
      .where({ ...(prov ? { provinceCode: prov } : {}), ...(year !== undefined ? { year } : {}) })
      .filter(
        (a) =>
          a.status !== 'draft' &&
          (statuses.length === 0 || statuses.includes(a.status)) &&
          (!q.track || a.track === q.track) &&
          (batch === undefined || a.batch === batch) &&
          (!needle || matchesSearch(a, needle)),
      )
      .sort((x, y) => ((x.submittedAt ?? x.updatedAt) < (y.submittedAt ?? y.updatedAt) ? 1 : -1))
    return paginate(rows, q, (a) => summary(refreshDerived(ctx, a, lk)))
  })

  api.get('/review/applications/:id', { preHandler: reviewer }, async (req): Promise<Application> => {
    const user = currentUser(req)
    return view(ctx, findForReview(ctx, user, (req.params as { id: string }).id), user)
  })

  /** A review action with a required reason. Role and state are checked before the body, so an illegal transition is a 409 whatever the body. */
  const withReason =
    (action: 'return' | 'reject') =>
    async (req: FastifyRequest): Promise<Application> => {
      const user = currentUser(req)
      const a = findForReview(ctx, user, (req.params as { id: string }).id)
      const body = req.body as ReasonRequest
      const pre = decideTransition(user, a, action, { skipInputs: true })
      if (!pre.ok) throw new HttpError(pre.status, pre.code, pre.message)
      return ctx.store.tx(() => {
        transition(ctx, a, user, action, { reason: body.reason })
        return view(ctx, a, user)
      })
    }
  /** A review action with no input. */
  const plain =
    (action: 'national_review' | 'confirm') =>
    async (req: FastifyRequest): Promise<Application> => {
      const user = currentUser(req)
      const a = findForReview(ctx, user, (req.params as { id: string }).id)
      return ctx.store.tx(() => {
        transition(ctx, a, user, action)
        return view(ctx, a, user)
      })
    }

  api.post('/review/applications/:id/return', { preHandler: province }, withReason('return'))

  api.post('/review/applications/:id/recommend', { preHandler: province }, async (req): Promise<Application> => {
    const user = currentUser(req)
    const a = findForReview(ctx, user, (req.params as { id: string }).id)
    const pre = decideTransition(user, a, 'recommend')
    if (!pre.ok) throw new HttpError(pre.status, pre.code, pre.message)
    recommendationGate(ctx, a.year)
    const lk = lookups(ctx)
    refreshDerived(ctx, a, lk)
    if (!a.eligibility.ok) {
      const failed = a.eligibility.checks.filter((c) => !c.ok && c.level === 'block').map((c) => c.message)
      throw new HttpError(409, 'CONFLICT', `不符合申报条件，不能推荐：${failed.join('；')}`)
    }
    const items = ctx.store.applications.where({ provinceCode: a.provinceCode, year: a.year }).map(quotaItem)
    const decision = checkRecommendationQuota(yearQuotaRow(ctx, a.provinceCode, a.year), items, quotaItem(a))
    if (!decision.ok) throw new HttpError(409, 'QUOTA_EXCEEDED', decision.message)
    if (a.track === 'station' && !hasConfirmedLink(a.stationConfirmations)) {
      throw new HttpError(409, 'CONFLICT', '该指导站对接服务的企业或区域品牌尚未在其申报表中确认本指导站，至少需 1 个双向确认后才能推荐')
    }
    return ctx.store.tx(() => {
      transition(ctx, a, user, 'recommend')
      return view(ctx, a, user, lk)
    })
  })

  api.get('/review/quota', { preHandler: reviewer }, async (req): Promise<QuotaSummary> => {
    const user = currentUser(req)
    const q = req.query as { year?: number; provinceCode?: string }
    const prov = scopeProvince(user, q.provinceCode, true)!
    return buildQuotaSummary(ctx, prov, yearOf(ctx, q.year))
  })

  api.get('/review/recommendation-table', { preHandler: reviewer }, async (req, reply) => {
    const user = currentUser(req)
    const q = req.query as { format?: 'csv' | 'json'; year?: number; provinceCode?: string }
    const format = q.format ?? 'json'
    const prov = scopeProvince(user, q.provinceCode, true)!
    const year = yearOf(ctx, q.year)
    if (!yearQuotaRow(ctx, prov, year)) throw notFound('该省份')
    const table = buildTable(ctx, prov, year)
    if (format === 'json') return table
    const filename = `${table.provinceName}${year}年度千企百城推荐表.csv`
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header(
        'content-disposition',
        `attachment; filename="recommendation-${prov}-${year}.csv"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      )
      .send(tableCsv(table))
  })

  api.post('/review/applications/:id/national-review', { preHandler: national }, plain('national_review'))

  api.post('/review/applications/:id/publish', { preHandler: national }, async (req): Promise<Application> => {
    const user = currentUser(req)
    const a = findForReview(ctx, user, (req.params as { id: string }).id)
    const pre = decideTransition(user, a, 'publish', { skipInputs: true })
    if (!pre.ok) throw new HttpError(pre.status, pre.code, pre.message)
    const { start, end } = req.body as PublishRequest
    const d = decideTransition(user, a, 'publish', { start, end, today: toLocalDate(ctx.now()) })
    if (!d.ok) throw new HttpError(d.status, d.code, d.message, d.fieldErrors)
    return ctx.store.tx(() => {
      publishOne(ctx, a, user, batchFor(ctx, a.year, start, end))
      return view(ctx, a, user)
    })
  })

  api.post('/review/batches', { preHandler: national }, async (req): Promise<ReviewBatch> => {
    const user = currentUser(req)
    const body = req.body as BatchPublishRequest
    const ids = [...new Set(body.applicationIds)]
    if (ids.length === 0) throw new HttpError(400, 'VALIDATION', '请选择要公示的申报', { applicationIds: '请选择要公示的申报' })
    const today = toLocalDate(ctx.now())
    // all or nothing: check every application first
    const targets: StoredApplication[] = []
    for (const id of ids) {
      const a = ctx.store.applications.get(id)
      if (!a || !canView(user, a)) throw notFound(`申报 ${id} `)
      if (a.year !== body.year) throw new HttpError(409, 'CONFLICT', `申报 ${id} 不属于 ${body.year} 年度`)
      const d = decideTransition(user, a, 'publish', { start: body.start, end: body.end, today })
      if (!d.ok)
        throw new HttpError(d.status, d.code, d.code === 'VALIDATION' ? d.message : `申报「${a.brandName}」：${d.message}`, d.fieldErrors)
      targets.push(a)
    }
    return ctx.store.tx(() => {
      const b = batchFor(ctx, body.year, body.start, body.end)
      for (const a of targets) publishOne(ctx, a, user, b)
      return batchView(ctx, b, () => true)
    })
  })

  api.post('/review/applications/:id/confirm', { preHandler: national }, plain('confirm'))

  api.post('/review/applications/:id/reject', { preHandler: national }, withReason('reject'))

  api.post('/review/applications/:id/objections', { preHandler: national }, async (req): Promise<Application> => {
    const user = currentUser(req)
    const a = findForReview(ctx, user, (req.params as { id: string }).id)
    if (a.status !== 'public_notice') throw new HttpError(409, 'CONFLICT', '只能为公示中的申报登记异议')
    const body = req.body as RecordObjectionRequest
    const today = toLocalDate(ctx.now())
    const fieldErrors = validateObjectionDate(a, body.raisedOn, today)
    if (Object.keys(fieldErrors).length) throw new HttpError(400, 'VALIDATION', '提交的内容有误，请按提示修改', fieldErrors)
    return ctx.store.tx(() => {
      const at = ctx.now().toISOString()
      a.objections = [
        ...(a.objections ?? []),
        {
          id: ctx.store.nextId('OB'),
          raisedBy: body.raisedBy.trim(),
          content: body.content.trim(),
          raisedOn: body.raisedOn,
          recordedAt: at,
          recordedBy: actorName(user),
          status: 'open',
        },
      ]
      a.updatedAt = at
      ctx.store.applications.save(a)
      return view(ctx, a, user)
    })
  })

  api.post('/review/applications/:id/objections/:objectionId/resolve', { preHandler: national }, async (req): Promise<Application> => {
    const user = currentUser(req)
    const { id, objectionId } = req.params as { id: string; objectionId: string }
    const a = findForReview(ctx, user, id)
    const o = a.objections?.find((x) => x.id === objectionId)
    if (!o) throw notFound('异议')
    if (o.status !== 'open') throw new HttpError(409, 'CONFLICT', '该异议已处理')
    if (a.status !== 'public_notice') throw new HttpError(409, 'CONFLICT', '该申报已不在公示中')
    const body = req.body as ResolveObjectionRequest
    return ctx.store.tx(() => {
      const at = ctx.now().toISOString()
      o.status = 'resolved'
      o.resolution = body.resolution.trim()
      o.resolvedAt = at
      o.resolvedBy = actorName(user)
      a.updatedAt = at
      ctx.store.applications.save(a)
      return view(ctx, a, user)
    })
  })

  api.get('/review/batches', { preHandler: reviewer }, async (req): Promise<ReviewBatch[]> => {
    const user = currentUser(req)
    const q = req.query as { year?: number | 'all' }
    const year = q.year === 'all' ? undefined : yearOf(ctx, q.year)
    const visible = (a: StoredApplication) => canView(user, a)
    return (year === undefined ? ctx.store.batches.all() : ctx.store.batches.where({ year }))
      .sort((x, y) => y.year - x.year || y.batch - x.batch)
      .map((b) => batchView(ctx, b, visible))
      .filter((b) => user.role === 'national' || b.applicationIds.length > 0)
  })
}

export default review
