// The association's member register (用标管理), wired to the pure rules in src/domain/members. Every
// endpoint is the association's own: the register, the marks and the evidence of the signed-in user's
// organisation (another association's member is a 404, as if it did not exist).
//   GET  /members · POST /members · GET /members/{id} · POST /members/{id}/changes · POST /members/{id}/evidence
//   GET  /members/figures · GET /members/usage/{year}
//   GET  /association/marks · POST /association/marks/{id}/evidence
//   GET  /association/marks/{id}/bundle · GET /association/marks/{id}/bundle.html
// For the yearly report and the evaluation: `memberUsageOf(ctx, associationId, year)` (the same figures as
// GET /members/usage/{year}) and `registerOf(ctx, associationId)`.
import type { User } from '../../../src/domain/contract'
import { MARK_TYPE_LABELS } from '../../../src/domain/contract'
import type {
  AssociationMark,
  CreateMemberRequest,
  EvidenceRequest,
  MemberChangeRequest,
  MemberDetail,
  MemberFigures,
  MemberFiguresQuery,
  MemberQuery,
  MemberSummary,
  UseEvidenceBundleView,
} from '../../../src/domain/contract/member'
import { addCalendarDays, addCalendarYears } from '../../../src/domain/calendar'
import {
  addEvidence,
  addMember,
  bundleFileName,
  buildUseEvidenceBundle,
  changeMember,
  evidenceInputSchema,
  filterRegister,
  memberActions,
  memberCountsByMonth,
  memberCountsOn,
  renderBundleHtml,
  standingOn,
  windowErrors,
  yearlyMemberUsage,
  type BundleFile,
  type Member,
  type UseEvidence,
  type YearlyMemberUsage,
} from '../../../src/domain/members'
import { fieldErrorsOf, invalid } from '../../../src/domain/outcome'
import { localYear, toLocalDate, toLocalDateTime } from '../../../src/domain/time'
import type { StoredMarkEvidence, Trademark } from '../../store'
import { currentUser, requireRole, type Ctx } from '../context'
import { assertValid, forbidden, notFound } from '../errors'
import { paginate } from '../paginate'
import { actorOf, refusal } from './programme'
import { attachUploads, registerUploadViewer } from './uploads'
import type { RouteModule } from './index'

// ── helpers shared with the report / evaluation modules ──────────────────────

/** Every register entry of an association (all its marks, every status). */
export const registerOf = (ctx: Ctx, associationId: string): Member[] => ctx.store.members.where({ associationId })

/** The yearly member-usage figures (用标情况) of an association, as GET /members/usage/{year} answers them. */
export function memberUsageOf(ctx: Ctx, associationId: string, year: number): YearlyMemberUsage {
  return yearlyMemberUsage(registerOf(ctx, associationId), year, toLocalDate(ctx.now()))
}

// ── views ────────────────────────────────────────────────────────────────────

function toSummary(m: Member): MemberSummary {
  const last = m.history[m.history.length - 1]
  const lastEvidence = m.evidence.reduce<string | undefined>((a, e) => (!a || e.on > a ? e.on : a), undefined)
  return {
    id: m.id,
    associationId: m.associationId,
    trademarkId: m.trademarkId,
    uscc: m.uscc,
    name: m.name,
    sme: m.sme,
    products: m.products,
    licence: m.licence,
    status: m.status,
    lastAction: last.action,
    lastChangeOn: last.on,
    evidenceCount: m.evidence.length,
    ...(lastEvidence ? { lastEvidenceOn: lastEvidence } : {}),
  }
}

const toDetail = (ctx: Ctx, m: Member): MemberDetail => ({
  id: m.id,
  associationId: m.associationId,
  trademarkId: m.trademarkId,
  uscc: m.uscc,
  name: m.name,
  sme: m.sme,
  products: m.products,
  licence: m.licence,
  status: m.status,
  history: m.history,
  evidence: [...m.evidence].sort((a, b) => (a.on < b.on ? 1 : a.on > b.on ? -1 : 0)),
  actions: memberActions(m),
  markName: ctx.store.trademarks.get(m.trademarkId)?.name ?? '',
})

const evidenceView = (e: StoredMarkEvidence): UseEvidence => ({
  id: e.id,
  on: e.on,
  kind: e.kind,
  description: e.description,
  fileIds: e.fileIds,
  ...(e.products ? { products: e.products } : {}),
})

// ── scope ────────────────────────────────────────────────────────────────────

function associationOf(ctx: Ctx, user: User) {
  const org = user.orgId ? ctx.store.orgs.get(user.orgId) : undefined
  if (!org || org.kind !== 'association') throw forbidden('只有区域品牌主体（协会）可以管理用标会员')
  return org
}

function ownMember(ctx: Ctx, req: any): Member {
  const org = associationOf(ctx, currentUser(req))
  const m = ctx.store.members.get(req.params.id)
  if (!m || m.associationId !== org.id) throw notFound('用标会员')
  return m
}

function ownMark(ctx: Ctx, orgId: string, markId: string | undefined): Trademark {
  const tm = ctx.store.trademarks.get(markId)
  if (!tm || tm.ownerOrgId !== orgId) throw notFound('商标')
  return tm
}

/** Keeps the mark's "use evidence on file" dates (read by the non-use risk monitor) in step with the register. */
function noteUse(ctx: Ctx, trademarkId: string, on: string) {
  const tm = ctx.store.trademarks.get(trademarkId)
  if (!tm || tm.useEvidenceOn?.includes(on)) return
  tm.useEvidenceOn = [...(tm.useEvidenceOn ?? []), on].sort()
  ctx.store.trademarks.save(tm)
}

// ── evidence files ───────────────────────────────────────────────────────────

/** Uploads taken by a piece of use evidence are record `<associationId>:<evidenceId>` of kind 'member_evidence'. */
const EVIDENCE_KIND = 'member_evidence'
const evidenceRecord = (associationId: string, evidenceId: string) => ({ kind: EVIDENCE_KIND, id: `${associationId}:${evidenceId}` })
// the association that recorded the evidence (its own or a member's) may read its files
registerUploadViewer(
  EVIDENCE_KIND,
  (_ctx, user, recordId) => user.role === 'association' && !!user.orgId && recordId.startsWith(`${user.orgId}:`),
)

// ── evidence files in the bundle ─────────────────────────────────────────────

/**
 * Seeded evidence carries `seed-…` file ids with no bytes behind them: the document shows a drawn placeholder
 * marked as demo data, so the layout can be judged; any other id is looked up as an upload.
 */
function placeholderSvg(label: string): string {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="280" height="200" viewBox="0 0 280 200">` +
    `<rect width="280" height="200" fill="#f7efe6"/><path d="M120 40h40l-6 20c22 12 30 40 22 70-6 24-22 34-36 34s-30-10-36-34c-8-30 0-58 22-70z" fill="#8c1c13"/>` +
    `<text x="140" y="188" font-size="13" text-anchor="middle" fill="#5b4636">演示数据 · ${label}</text></svg>`
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`
}

/** An evidence file for the document: an upload of this association's evidence, embedded as a data: URI. */
function fileResolver(ctx: Ctx, associationId: string) {
  return (fileId: string): BundleFile | undefined => {
    if (fileId.startsWith('seed-')) return { name: `样例图片 ${fileId.slice(5)}`, dataUri: placeholderSvg(fileId.slice(5)) }
    const u = ctx.store.uploads.get(fileId)
    if (!u || u.attachedKind !== EVIDENCE_KIND || !u.attachedId?.startsWith(`${associationId}:`)) return undefined
    const bytes = ctx.store.uploads.bytes(fileId)
    if (!bytes) return undefined
    return { name: `照片 ${fileId}`, dataUri: `data:${u.mime};base64,${bytes.toString('base64')}` }
  }
}

// ── bundle ───────────────────────────────────────────────────────────────────

function bundleFor(ctx: Ctx, req: any) {
  const org = associationOf(ctx, currentUser(req))
  const tm = ownMark(ctx, org.id, req.params.id)
  const q = req.query as { from: string; to: string }
  assertValid(windowErrors(q), '请选择正确的证据期间')
  const bundle = buildUseEvidenceBundle({
    mark: { id: tm.id, regNo: tm.regNo, name: tm.name },
    holder: { name: org.name, uscc: org.uscc, evidence: ctx.store.markEvidence.where({ trademarkId: tm.id }).map(evidenceView) },
    members: ctx.store.members.where({ associationId: org.id, trademarkId: tm.id }),
    window: { from: q.from, to: q.to },
  })
  return { org, bundle }
}

const members: RouteModule = (api, ctx) => {
  const guard = { preHandler: requireRole('association') }
  const today = () => toLocalDate(ctx.now())

  api.get('/members', guard, async (req) => {
    const org = associationOf(ctx, currentUser(req))
    const q = req.query as MemberQuery
    const register = ctx.store.members.where({ associationId: org.id, ...(q.trademarkId ? { trademarkId: q.trademarkId } : {}) })
    const n = (s: string) => register.filter((m) => m.status === s).length
    const counts = {
      all: register.length,
      active: n('active'),
      suspended: n('suspended'),
      withdrawn: n('withdrawn'),
      sme: register.filter((m) => m.sme && m.status !== 'withdrawn').length,
    }
    return { ...paginate(filterRegister(register, { q: q.q, status: q.status }), q, toSummary), counts }
  })

  api.post('/members', guard, async (req, reply) => {
    const user = currentUser(req)
    const org = associationOf(ctx, user)
    const body = req.body as CreateMemberRequest
    const brand = ctx.store.regionalBrands.first({ associationId: org.id })
    const tm = ownMark(ctx, org.id, body.trademarkId ?? brand?.trademarkId)
    const { trademarkId: _ignored, ...input } = body
    const r = addMember(actorOf(user), input, {
      today: today(),
      now: ctx.now(),
      id: ctx.store.nextId('MB'),
      associationId: org.id,
      trademarkId: tm.id,
      register: ctx.store.members.where({ associationId: org.id, uscc: input.uscc }),
    })
    if (!r.ok) throw refusal(r)
    ctx.store.tx(() => ctx.store.members.insert(r.value))
    return reply.code(201).send(toDetail(ctx, r.value))
  })

  api.get('/members/figures', guard, async (req): Promise<MemberFigures> => {
    const org = associationOf(ctx, currentUser(req))
    const q = req.query as { from?: number; to?: number } & MemberFiguresQuery
    const day = today()
    const thisYear = localYear(ctx.now())
    const to = Math.min(q.to ?? thisYear, thisYear)
    const from = Math.min(q.from ?? to - 3, to)
    const register = registerOf(ctx, org.id)
    const series = []
    for (let y = from; y <= to; y++) series.push(...memberCountsByMonth(register, y).filter((c) => c.on < day))
    series.push(memberCountsOn(register, day))
    const yearly = []
    for (let y = from; y <= to; y++) yearly.push(yearlyMemberUsage(register, y, day))
    return {
      associationId: org.id,
      brandName: ctx.store.regionalBrands.first({ associationId: org.id })?.name ?? org.name,
      today: day,
      current: memberCountsOn(register, day),
      series,
      yearly,
    }
  })

  api.get('/members/usage/:year', guard, async (req) => {
    const org = associationOf(ctx, currentUser(req))
    return memberUsageOf(ctx, org.id, (req.params as { year: number }).year)
  })

  api.get('/members/:id', guard, async (req) => toDetail(ctx, ownMember(ctx, req)))

  api.post('/members/:id/changes', guard, async (req) => {
    const m = ownMember(ctx, req)
    const { action, ...input } = req.body as MemberChangeRequest
    const r = changeMember(m, action, actorOf(currentUser(req)), input, { today: today(), now: ctx.now() })
    if (!r.ok) throw refusal(r)
    ctx.store.tx(() => ctx.store.members.save(r.value))
    return toDetail(ctx, r.value)
  })

  api.post('/members/:id/evidence', guard, async (req, reply) => {
    const m = ownMember(ctx, req)
    const r = addEvidence(m, actorOf(currentUser(req)), req.body, { today: today(), now: ctx.now(), id: ctx.store.nextId('EV') })
    if (!r.ok) throw refusal(r)
    const ev = r.value.evidence[r.value.evidence.length - 1]
    ctx.store.tx(() => {
      attachUploads(ctx, currentUser(req), ev.fileIds, evidenceRecord(m.associationId, ev.id), 'fileIds')
      ctx.store.members.save(r.value)
      if (standingOn(r.value, ev.on) === 'active') noteUse(ctx, m.trademarkId, ev.on)
    })
    return reply.code(201).send(toDetail(ctx, r.value))
  })

  const markView = (tm: Trademark): AssociationMark => ({
    id: tm.id,
    regNo: tm.regNo,
    name: tm.name,
    markTypeLabel: MARK_TYPE_LABELS[tm.markType],
    registeredOn: tm.registeredOn,
    members: ctx.store.members.count({ trademarkId: tm.id }),
    holderEvidence: ctx.store.markEvidence
      .where({ trademarkId: tm.id })
      .map(evidenceView)
      .sort((a, b) => (a.on < b.on ? 1 : a.on > b.on ? -1 : 0)),
  })

  api.get('/association/marks', guard, async (req) => {
    const org = associationOf(ctx, currentUser(req))
    const day = today()
    return {
      holder: { id: org.id, name: org.name, uscc: org.uscc },
      marks: ctx.store.trademarks.where({ ownerOrgId: org.id }).map(markView),
      defaultWindow: { from: addCalendarYears(day, -3), to: addCalendarDays(day, -1) },
    }
  })

  api.post('/association/marks/:id/evidence', guard, async (req, reply) => {
    const user = currentUser(req)
    const org = associationOf(ctx, user)
    const tm = ownMark(ctx, org.id, (req.params as { id: string }).id)
    const parsed = evidenceInputSchema.safeParse(req.body)
    if (!parsed.success) throw refusal(invalid(fieldErrorsOf(parsed.error)))
    const input = parsed.data as EvidenceRequest
    if (input.on > today()) throw refusal(invalid({ on: '证据日期不能晚于今天' }))
    const ev: StoredMarkEvidence = {
      id: ctx.store.nextId('EV'),
      on: input.on,
      kind: input.kind,
      description: input.description.trim(),
      fileIds: input.fileIds,
      ...(input.products ? { products: input.products } : {}),
      associationId: org.id,
      trademarkId: tm.id,
      at: ctx.now().toISOString(),
      by: user.id,
    }
    ctx.store.tx(() => {
      attachUploads(ctx, user, ev.fileIds, evidenceRecord(org.id, ev.id), 'fileIds')
      ctx.store.markEvidence.insert(ev)
      noteUse(ctx, tm.id, ev.on)
    })
    return reply.code(201).send(markView(tm))
  })

  api.get('/association/marks/:id/bundle', guard, async (req): Promise<UseEvidenceBundleView> => {
    const { bundle } = bundleFor(ctx, req)
    return { ...bundle, fileName: bundleFileName(bundle) }
  })

  api.get('/association/marks/:id/bundle.html', guard, async (req, reply) => {
    const { org, bundle } = bundleFor(ctx, req)
    const user = currentUser(req)
    const html = renderBundleHtml(bundle, {
      generatedAt: toLocalDateTime(ctx.now()).replace('T', ' '),
      generatedBy: user.name,
      file: fileResolver(ctx, org.id),
    })
    const name = bundleFileName(bundle)
    return reply
      .header('content-type', 'text/html; charset=utf-8')
      .header(
        'content-disposition',
        `attachment; filename="use-evidence-${bundle.mark.regNo}.html"; filename*=UTF-8''${encodeURIComponent(name)}`,
      )
      .send(html)
  })
}

export default members
