// Service visits (服务记录): staff log their station's visits (photos, advice note, follow-up), mark follow-ups
// done and read the station's figures; an enterprise / association reads the visits about itself (and the advice
// notes in them), nobody else's. The rules are src/domain/visits; this module only loads, checks scope and saves.
import type {
  CreateVisitRequest,
  FollowUpList,
  Page,
  StationFigures,
  User,
  Visit,
  VisitFormContext,
  VisitQuery,
} from '../../../src/domain/contract'
import { SERVICE_TOPIC_LABELS } from '../../../src/domain/contract'
import { routeTo } from '../../../src/domain/routes'
import { toLocalDate } from '../../../src/domain/time'
import {
  FOLLOW_UP_STATE_LABELS,
  VISIT_MODES,
  VISIT_MODE_LABELS,
  canViewVisit,
  clientsServedPerYear,
  followUpFigures,
  followUpState,
  followUpsDue,
  lastThreeYears,
  markFollowUpDone,
  visitInputSchema,
  visitsByModePerMonth,
  visitsByTopicPerMonth,
  type VisitInput,
} from '../../../src/domain/visits'
import { parseWith } from '../../../src/domain/outcome'
import { submitKey, type Station, type StoredVisit } from '../../store'
import { currentUser, requireRole, type Ctx } from '../context'
import { HttpError, badRequest, conflict, forbidden, notFound } from '../errors'
import { paginate } from '../paginate'
import { notify } from './notices'
import { attachUploads, registerUploadViewer } from './uploads'
import type { RouteModule } from './index'

export const VISIT_UPLOAD_KIND = 'visit'

// the photos of a visit are read by whoever may read the visit
registerUploadViewer(VISIT_UPLOAD_KIND, (ctx, user, visitId) => {
  const v = ctx.store.visits.get(visitId)
  return !!v && canViewVisit(user, v)
})

const newestFirst = (a: StoredVisit, b: StoredVisit) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt)

export function toVisit(ctx: Ctx, v: StoredVisit, viewer: User): Visit {
  const station = ctx.store.stations.get(v.stationId)
  const staff = ctx.store.users.get(v.staffId)
  const c = v.client
  const client: Visit['client'] =
    c.kind === 'org'
      ? { kind: 'org', orgId: c.orgId, name: ctx.store.orgs.get(c.orgId)?.name ?? '' }
      : { kind: 'walk_in', name: c.name, ...(viewer.role === 'staff' ? { phone: c.phone } : {}) }
  const state = followUpState(v, ctx.now())
  return {
    id: v.id,
    stationId: v.stationId,
    stationName: station?.name ?? '',
    staffName: staff?.name ?? '指导站工作人员',
    ...(v.bookingId ? { bookingId: v.bookingId } : {}),
    date: v.date,
    client,
    mode: v.mode,
    modeLabel: VISIT_MODE_LABELS[v.mode],
    topics: v.topics,
    topicLabels: v.topics.map((t) => SERVICE_TOPIC_LABELS[t]),
    asked: v.asked,
    advised: v.advised,
    outcome: v.outcome,
    ...(v.followUpOn ? { followUpOn: v.followUpOn } : {}),
    ...(v.followUpDoneAt ? { followUpDoneAt: v.followUpDoneAt } : {}),
    followUpState: state,
    followUpStateLabel: FOLLOW_UP_STATE_LABELS[state],
    photos: v.photos.map((p) => ({ fileId: p.fileId, mime: p.mime, size: p.size })),
    ...(v.adviceNote ? { adviceNote: { title: v.adviceNote.title, body: v.adviceNote.body } } : {}),
    createdAt: v.createdAt,
  }
}

function staffStation(ctx: Ctx, user: User): Station {
  const st = ctx.store.stations.get(user.stationId)
  if (!st) throw forbidden('当前账号未关联指导站')
  return st
}

/** The station's linked organisations (accepted links), enterprise and association. */
function linkedOrgs(ctx: Ctx, st: Station) {
  return ctx.store.orgs.getMany(st.servedOrgIds)
}

const visits: RouteModule = (api, ctx) => {
  const staffOnly = { preHandler: requireRole('staff') }
  const staffAndClients = { preHandler: requireRole('staff', 'enterprise', 'association') }

  api.post('/visits', staffOnly, async (req, reply) => {
    const user = currentUser(req)
    const st = staffStation(ctx, user)
    const body = req.body as CreateVisitRequest
    const today = toLocalDate(ctx.now())
    const parsed = parseWith(visitInputSchema({ stationTopics: st.topics, today }), body)
    if (!parsed.ok) throw badRequest('服务记录有误，请按提示修改', parsed.fieldErrors)
    const input: VisitInput = parsed.value
    // a linked organisation, or the one whose booking this visit completes (any organisation may book)
    const booking = input.bookingId ? ctx.store.bookings.get(input.bookingId) : undefined
    const bookedBy = booking && booking.stationId === st.id ? booking.orgId : undefined
    if (input.client.kind === 'org' && !st.servedOrgIds.includes(input.client.orgId) && input.client.orgId !== bookedBy) {
      throw badRequest('服务记录有误，请按提示修改', { 'client.orgId': '只能选择已与本站对接的企业或区域品牌主体' })
    }
    // one transaction: the idempotency look-up, the checks, the visit, its photos and the record of the key commit
    // together, so two racing resends cannot both log a visit
    const out = ctx.store.tx((): { code: number; visit: StoredVisit } => {
      const seen = ctx.store.visitSubmits.get(submitKey(user.id, body.idempotencyKey))
      const first = seen && ctx.store.visits.get(seen.visitId)
      if (first) return { code: 200, visit: first }
      if (input.bookingId) {
        const b = ctx.store.bookings.get(input.bookingId)
        if (!b || b.stationId !== st.id) throw notFound('预约')
        if (b.status !== 'completed') throw badRequest('服务记录有误，请按提示修改', { bookingId: '这次预约还没有完成，不能登记服务记录' })
        if (input.client.kind !== 'org' || input.client.orgId !== b.orgId)
          throw badRequest('服务记录有误，请按提示修改', { 'client.orgId': '服务对象应为预约的单位' })
        if (ctx.store.visits.where({ stationId: st.id }).some((v) => v.bookingId === b.id)) throw conflict('这次预约已经登记过服务记录')
      }
      const id = ctx.store.nextId('VS')
      const uploads = attachUploads(
        ctx,
        user,
        input.photos.map((p) => p.fileId),
        { kind: VISIT_UPLOAD_KIND, id },
      )
      const v: StoredVisit = {
        ...input,
        photos: uploads.map((u) => ({ fileId: u.id, mime: u.mime, size: u.size })),
        id,
        stationId: st.id,
        staffId: user.id,
        createdAt: ctx.now().toISOString(),
        ...(input.client.kind === 'org' ? { clientOrgId: input.client.orgId } : {}),
      }
      ctx.store.visits.insert(v)
      ctx.store.visitSubmits.save({ key: body.idempotencyKey, userId: user.id, visitId: id, at: v.createdAt })
      if (v.clientOrgId) {
        const what = v.adviceNote ? `并发来《${v.adviceNote.title}》` : ''
        for (const u of ctx.store.users.where({ orgId: v.clientOrgId }))
          notify(ctx, u.id, { title: '新的服务记录', body: `${st.name} 记录了 ${v.date} 的服务${what}`, link: routeTo('myVisit', v.id) })
      }
      return { code: 201, visit: v }
    })
    reply.code(out.code)
    return toVisit(ctx, out.visit, user)
  })

  api.get('/visits', staffAndClients, async (req): Promise<Page<Visit>> => {
    const user = currentUser(req)
    const q = req.query as VisitQuery
    let all: StoredVisit[]
    if (user.role === 'staff') all = user.stationId ? ctx.store.visits.where({ stationId: user.stationId }) : []
    else all = user.orgId ? ctx.store.visits.where({ clientOrgId: user.orgId }) : []
    // the query is by column; the domain's rule has the last word on who sees what
    all = all.filter((v) => canViewVisit(user, v))
    if (q.filter === 'with-note') all = all.filter((v) => v.adviceNote)
    if (q.filter === 'follow-up') all = all.filter((v) => v.followUpOn)
    return paginate(all.sort(newestFirst), q, (v) => toVisit(ctx, v, user))
  })

  api.get('/visits/form', staffOnly, async (req): Promise<VisitFormContext> => {
    const user = currentUser(req)
    const st = staffStation(ctx, user)
    return {
      stationId: st.id,
      stationName: st.name,
      today: toLocalDate(ctx.now()),
      topics: st.topics.map((t) => ({ value: t, label: SERVICE_TOPIC_LABELS[t] })),
      clients: linkedOrgs(ctx, st).map((o) => ({ orgId: o.id, name: o.name, kind: o.kind })),
    }
  })

  api.get('/visits/follow-ups', staffOnly, async (req): Promise<FollowUpList> => {
    const user = currentUser(req)
    const st = staffStation(ctx, user)
    const now = ctx.now()
    const due = followUpsDue(ctx.store.visits.where({ stationId: st.id }), now, 7)
    return { today: toLocalDate(now), items: due.map((v) => toVisit(ctx, v, user)) }
  })

  api.get('/visits/figures', staffOnly, async (req): Promise<StationFigures> => {
    const user = currentUser(req)
    const st = staffStation(ctx, user)
    const now = ctx.now()
    const years = lastThreeYears(now)
    const year = (req.query as { year?: number }).year ?? years[2]
    if (year < years[0] || year > years[2]) throw badRequest('查询条件有误', { year: `年度应为 ${years[0]}–${years[2]} 年之一（近三年）` })
    const all = ctx.store.visits.where({ stationId: st.id })
    return {
      stationId: st.id,
      stationName: st.name,
      year,
      years,
      clientsPerYear: clientsServedPerYear(all, years[2], 3),
      topics: st.topics.map((t) => ({ value: t, label: SERVICE_TOPIC_LABELS[t] })),
      byTopic: visitsByTopicPerMonth(all, year, st.topics),
      modes: VISIT_MODES.map((m) => ({ value: m, label: VISIT_MODE_LABELS[m] })),
      byMode: visitsByModePerMonth(all, year),
      followUps: years.map((y) => followUpFigures(all, y, now)),
    }
  })

  api.get('/visits/:id', staffAndClients, async (req): Promise<Visit> => {
    const user = currentUser(req)
    const v = ctx.store.visits.get((req.params as { id: string }).id)
    if (!v) throw notFound('服务记录')
    if (!canViewVisit(user, v)) throw forbidden('只能查看本站或与本单位有关的服务记录')
    return toVisit(ctx, v, user)
  })

  api.post('/visits/:id/follow-up-done', staffOnly, async (req): Promise<Visit> => {
    const user = currentUser(req)
    const v = ctx.store.visits.get((req.params as { id: string }).id)
    if (!v) throw notFound('服务记录')
    const r = markFollowUpDone(v, user, ctx.now())
    if (!r.ok) throw new HttpError(r.status, r.code, r.message, r.fieldErrors)
    ctx.store.tx(() => ctx.store.visits.save({ ...v, ...r.value }))
    return toVisit(ctx, { ...v, ...r.value }, user)
  })
}

export default visits
