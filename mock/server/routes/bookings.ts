// Consultation bookings.
//   POST /bookings                     enterprise | association   create (idempotent per user + idempotencyKey)
//   GET  /bookings                     enterprise | association   own organisation's bookings
//   GET  /bookings/restriction         enterprise | association   no-show restriction of the own organisation
//   GET  /bookings/:id                 owner org | staff of the station
//   POST /bookings/:id/cancel          owner (before cut-off) | staff       {reason}
//   POST /bookings/:id/reschedule      owner (before cut-off)               {slotId}
//   POST /bookings/:id/confirm         staff                                pending → confirmed
//   POST /bookings/:id/decline         staff                                pending → declined {reason}
//   POST /bookings/:id/check-in        staff                                confirmed → checked_in {voucherCode}
//   POST /bookings/:id/complete        staff                                checked_in → completed (+ visitLogDraft)
//   POST /bookings/:id/no-show         staff                                confirmed → no_show (after the slot started)
//   POST /staff/check-in               staff                                check in by voucher code alone (scan at the door)
//   GET  /staff/bookings?scope=        staff                                today | upcoming | history
//
// Capacity: every check-and-take runs in ONE database transaction (reading the seats taken and inserting the
// booking commit together or not at all — POST /bookings through the store's group commit, `txGrouped`, where
// it is one savepoint of the group's transaction), and the reply goes out after the commit. Racing requests can
// never oversell a slot, and a retry with the same idempotency key finds the first booking.
import { randomInt } from 'node:crypto'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type {
  Booking,
  BookingAction,
  BookingHistoryEntry,
  BookingQuery,
  BookingRestriction,
  BookingStatus,
  CompleteBookingResponse,
  CreateBookingRequest,
  Page,
  Role,
  StaffBookingQuery,
  Station,
  User,
  VisitLogDraft,
} from '../../../src/domain/contract'
import { BOOKING_MODE_LABELS, SERVICE_TOPIC_LABELS, SUBSCRIBE_TEMPLATES } from '../../../src/domain/contract'
import {
  ACTIVE_STATUSES,
  SEAT_HOLDING,
  VOUCHER_ALPHABET,
  bookingActions,
  bookingRestriction,
  cancelDeadline,
  checkBookingTransition,
  formatLocal,
  holdsSeat,
  initialStatus,
  normalizeVoucher,
  parseSlotId,
  resolveSlot,
  restrictionMessage,
  toLocalDate,
  type BookingActor,
} from '../../../src/domain/booking'
import { currentUser, requireRole, type Ctx } from '../context'
import { sendHttpError } from '../contract'
import { HttpError, conflict, forbidden, invalidTransition, notFound } from '../errors'
import { paginate } from '../paginate'
import { stationStaff } from './links'
import { notify, sendSubscribeMessage } from './notices'
import { findStation, isWorkingDay, rulesFor } from './stations'
import type { RouteModule } from './index'
import { routeTo } from '../../../src/domain/routes'
import { BEIJING_OFFSET_MS, DAY_MS } from '../../../src/domain/time'
import type { StoredBooking } from '../../store'

export const slotFull = () => new HttpError(409, 'SLOT_FULL', '该时段已约满，请选择其他时段')
/** the refusal POST /bookings sends most under a race (never changed: sent, never thrown to other code) */
const SLOT_FULL = slotFull()

const APPLICANT: Role[] = ['enterprise', 'association']
/** Applicants open their voucher; station staff the booking detail. */
const bookingLink = (id: string, forStaff = false) => routeTo(forStaff ? 'staffBooking' : 'voucher', id)

function newVoucher(ctx: Ctx): string {
  for (;;) {
    let code = ''
    for (let i = 0; i < 8; i++) code += VOUCHER_ALPHABET[randomInt(VOUCHER_ALPHABET.length)]
    if (ctx.store.bookings.count({ voucherCode: code }) === 0) return code
  }
}

/** Seats held in a slot (call inside the transaction that takes one). */
export function seatsTaken(ctx: Ctx, slotId: string, exceptId?: string): number {
  // counted in SQL (no record parsed) on the booking path, where 500 requests may race for one slot
  if (exceptId === undefined) return ctx.store.bookings.count({ slotId, status: SEAT_HOLDING })
  let n = 0
  for (const b of ctx.store.bookings.where({ slotId })) if (b.id !== exceptId && holdsSeat(b.status)) n++
  return n
}

/** Current no-show restriction of an organisation. */
export function orgRestriction(ctx: Ctx, orgId: string, now: Date) {
  const dates = ctx.store.bookings.where({ orgId, status: 'no_show' }).map((b) => b.startsAt.slice(0, 10))
  return bookingRestriction(dates, now)
}

function actorOf(user: User, b: StoredBooking): BookingActor | null {
  if (APPLICANT.includes(user.role) && user.orgId && user.orgId === b.orgId) return 'owner'
  if (user.role === 'staff' && user.stationId === b.stationId) return 'staff'
  return null
}

function view(ctx: Ctx, b: StoredBooking, actor: BookingActor | null): Booking {
  const st = findStation(ctx, b.stationId)
  const org = ctx.store.orgs.get(b.orgId)
  const rules = rulesFor(ctx, b.stationId)
  const { remindedAt: _r, ...stored } = b
  return {
    ...stored,
    history: b.history.map((h) => ({ ...h })),
    cancelDeadline: cancelDeadline(b.startsAt, rules.cancelCutoffHours),
    ...(st ? { stationName: st.name, stationAddress: st.address, stationPhone: st.phone } : {}),
    ...(org ? { orgName: org.name, contactName: org.contactName, contactPhone: org.contactPhone } : {}),
    // bookings made before addresses were kept: the organisation's address now
    ...(b.mode === 'visit' && !b.visitAddress && org?.address ? { visitAddress: org.address } : {}),
    actions: actor
      ? bookingActions({ status: b.status, startsAt: b.startsAt, cancelCutoffHours: rules.cancelCutoffHours }, actor, ctx.now())
      : [],
  }
}

function historyEntry(
  ctx: Ctx,
  user: User | null,
  from: BookingStatus | null,
  to: BookingStatus,
  extra: Partial<BookingHistoryEntry> = {},
): BookingHistoryEntry {
  return {
    at: ctx.now().toISOString(),
    byRole: user?.role ?? 'system',
    byName: user?.name ?? '系统',
    ...(user ? { byUserId: user.id } : {}),
    from,
    to,
    ...extra,
  }
}

const byStartAsc = (a: StoredBooking, b: StoredBooking) =>
  a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : a.id < b.id ? -1 : 1
const byStartDesc = (a: StoredBooking, b: StoredBooking) => -byStartAsc(a, b)

const bookings: RouteModule = (api, ctx) => {
  const repo = ctx.store.bookings

  // ── create ──

  /**
   * Whether a slot id is a bookable slot today, its capacity and whether it takes home visits: what the
   * transaction below derives from the station, its rules and the clock. Kept per slot while the stations,
   * the availability rules (rows and shared profiles) and the Beijing date stay the same — `resolveSlot`
   * depends on `now` only through that date.
   */
  interface SlotCheck {
    stations: number
    availability: number
    /** the Beijing day number (days since the epoch in UTC+8): the same number = the same local date */
    day: number
    profiles: unknown
    bookable: boolean
    capacity: number
    visitAllowed: boolean
  }
  const slotChecks = new Map<string, SlotCheck>()
  const slotCheck = (slotId: string) => {
    const now = ctx.now()
    // compared as numbers (no key string or local-date string built per request: this runs for every racer)
    const stations = ctx.store.stations.version
    const availability = ctx.store.availability.version
    const day = Math.floor((now.getTime() + BEIJING_OFFSET_MS) / DAY_MS)
    const profiles = ctx.store.getMeta('availabilityProfiles')
    const hit = slotChecks.get(slotId)
    if (hit && hit.stations === stations && hit.availability === availability && hit.day === day && hit.profiles === profiles) return hit
    const p = parseSlotId(slotId)
    const st = p ? findStation(ctx, p.stationId) : undefined
    const rules = st ? rulesFor(ctx, st.id) : undefined
    const check: SlotCheck = {
      stations,
      availability,
      day,
      profiles,
      bookable: !!rules && resolveSlot(rules, slotId, now, isWorkingDay).ok,
      capacity: rules?.capacity ?? 0,
      visitAllowed: !!rules?.visitAllowed,
    }
    if (slotChecks.size >= 10_000) slotChecks.clear()
    slotChecks.set(slotId, check)
    return check
  }

  /**
   * True only when the transaction below would end in SLOT_FULL: no booking of this user with this key (a
   * replay), an organisation without any no-show (only those can be restricted) and without an active booking
   * in the slot, a bookable slot in a mode the station offers, and every seat held. Read from the repository's
   * seat ledger and `slotCheck`, without a transaction or a statement; a refusal writes nothing, so a consistent
   * read is as exact as the transaction's. Every other request takes the transaction, which decides as before.
   */
  const surelyFull = (user: User, body: CreateBookingRequest): boolean => {
    if (!user.orgId) return false
    const seats = repo.slotSeats(body.slotId, user.orgId)
    if (seats.mine || seats.held === 0) return false
    const slot = slotCheck(body.slotId)
    if (!slot.bookable || seats.held < slot.capacity || (body.mode === 'visit' && !slot.visitAllowed)) return false
    return repo.idByIdempotencyKey(user.id, body.idempotencyKey) === undefined && !repo.hasNoShow(user.orgId)
  }

  /** The decision of one POST /bookings: run inside its own savepoint of a group commit (`decide` below). */
  const create = (user: User, body: CreateBookingRequest): { code: number; booking: Booking } => {
    const again = repo.first({ userId: user.id, idempotencyKey: body.idempotencyKey })
    if (again) return { code: 200, booking: view(ctx, again, 'owner') }
    if (!user.orgId) throw forbidden('账号未关联单位，无法预约')
    const now = ctx.now()
    const p = parseSlotId(body.slotId)!
    const st = findStation(ctx, p.stationId)
    if (!st) throw new HttpError(400, 'VALIDATION', '预约时段不存在', { slotId: '预约时段不存在，请重新选择' })
    const rules = rulesFor(ctx, st.id)
    const slot = resolveSlot(rules, body.slotId, now, isWorkingDay)
    if (!slot.ok) throw new HttpError(400, 'VALIDATION', slot.message, { slotId: slot.message })
    if (body.mode === 'visit' && !rules.visitAllowed) {
      throw new HttpError(400, 'VALIDATION', '该指导站暂不提供上门走访', { mode: '该指导站暂不提供上门走访，请选择到站咨询' })
    }
    const restriction = orgRestriction(ctx, user.orgId, now)
    if (restriction.restricted) throw new HttpError(403, 'BOOKING_RESTRICTED', restrictionMessage(restriction.until!))
    const mineInSlot = repo.first({ orgId: user.orgId, slotId: body.slotId, status: ACTIVE_STATUSES })
    if (mineInSlot) throw conflict(`本单位已预约该时段（${formatLocal(mineInSlot.startsAt)}），无需重复预约`)
    if (seatsTaken(ctx, body.slotId) >= rules.capacity) throw slotFull()
    const status = initialStatus(body.mode)
    const at = now.toISOString()
    const b: StoredBooking = {
      id: ctx.store.nextId('BK'),
      orgId: user.orgId,
      userId: user.id,
      stationId: st.id,
      slotId: body.slotId,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      status,
      topic: body.topic,
      description: body.description.trim(),
      mode: body.mode,
      // a home visit goes to the organisation: its address as of booking (a later move does not change this visit)
      ...(body.mode === 'visit' ? { visitAddress: ctx.store.orgs.get(user.orgId)?.address ?? '' } : {}),
      voucherCode: newVoucher(ctx),
      idempotencyKey: body.idempotencyKey,
      createdAt: at,
      updatedAt: at,
      cancelDeadline: cancelDeadline(slot.startsAt, rules.cancelCutoffHours),
      rescheduleCount: 0,
      history: [historyEntry(ctx, user, null, status)],
    }
    repo.insert(b)
    const org = ctx.store.orgs.get(user.orgId)
    const when = formatLocal(b.startsAt)
    notify(ctx, user.id, {
      title: status === 'confirmed' ? '预约成功' : '已提交上门走访申请',
      body:
        status === 'confirmed'
          ? `${st.name} ${when}「${SERVICE_TOPIC_LABELS[b.topic]}」预约成功，请凭预约码到站签到`
          : `已向${st.name}申请 ${when} 上门走访，等待指导站确认`,
      link: bookingLink(b.id),
    })
    for (const s of stationStaff(ctx, st.id)) {
      notify(ctx, s.id, {
        title: status === 'confirmed' ? '新的预约' : '新的上门走访申请',
        body: `${org?.name ?? '企业'} 预约 ${when}「${SERVICE_TOPIC_LABELS[b.topic]}」${BOOKING_MODE_LABELS[b.mode]}${status === 'pending' ? '，请确认' : ''}`,
        link: bookingLink(b.id, true),
      })
    }
    return { code: 201, booking: view(ctx, b, 'owner') }
  }

  /**
   * Every check-and-take goes through the store's group commit: the requests that arrive in one event-loop turn
   * are decided one after the other in ONE transaction (each in its own savepoint), committed with one fsync,
   * and answered after that commit. With 500 simultaneous requests the accepted ones no longer pay an fsync
   * each while the rest wait behind them, and the exactness is the same: every decision reads what the ones
   * before it wrote. The precheck refuses, inside the group and without a savepoint, the requests that the
   * group's earlier bookings have made surely full.
   */
  const decide = (user: User, body: CreateBookingRequest) =>
    ctx.store.txGrouped(
      () => create(user, body),
      () => {
        if (surelyFull(user, body)) throw SLOT_FULL
      },
    )

  // A callback-style handler: no async function (Fastify awaits its promise), and the expected refusal is sent
  // through the error handler's own `sendHttpError` instead of being thrown through Fastify's error path.
  api.post('/bookings', { preHandler: requireRole(...APPLICANT) }, (req, reply) => {
    const user = currentUser(req)
    const body = req.body as CreateBookingRequest
    // refused from the committed ledger (no group is open outside its flush): nothing to write or wait for
    // (returns nothing: a returned reply would be awaited as a thenable)
    if (surelyFull(user, body)) {
      sendHttpError(reply, SLOT_FULL)
      return
    }
    decide(user, body).then(
      (out) => reply.code(out.code).send(out.booking),
      (err) => (err instanceof HttpError ? sendHttpError(reply, err) : reply.send(err)),
    )
  })

  // ── lists ──
  api.get('/bookings', { preHandler: requireRole(...APPLICANT) }, async (req): Promise<Page<Booking>> => {
    const user = currentUser(req)
    const q = req.query as BookingQuery
    const today = toLocalDate(ctx.now())
    const mine = user.orgId ? repo.where({ orgId: user.orgId }) : []
    const upcoming = (b: StoredBooking) => ACTIVE_STATUSES.includes(b.status) && b.startsAt.slice(0, 10) >= today
    const list =
      q.scope === 'upcoming'
        ? mine.filter(upcoming).sort(byStartAsc)
        : q.scope === 'history'
          ? mine.filter((b) => !upcoming(b)).sort(byStartDesc)
          : mine.sort(byStartDesc)
    return paginate(list, q, (b) => view(ctx, b, 'owner'))
  })

  api.get('/bookings/restriction', { preHandler: requireRole(...APPLICANT) }, async (req): Promise<BookingRestriction> => {
    const user = currentUser(req)
    if (!user.orgId) return { restricted: false, noShows: 0 }
    return orgRestriction(ctx, user.orgId, ctx.now())
  })

  api.get('/staff/bookings', { preHandler: requireRole('staff') }, async (req): Promise<Page<Booking>> => {
    const user = currentUser(req)
    const q = req.query as StaffBookingQuery
    const today = toLocalDate(ctx.now())
    const mine = user.stationId ? repo.where({ stationId: user.stationId }) : []
    const day = (b: StoredBooking) => b.startsAt.slice(0, 10)
    const live: BookingStatus[] = ['pending', 'confirmed']
    const list =
      q.scope === 'today'
        ? mine.filter((b) => day(b) === today).sort(byStartAsc)
        : q.scope === 'upcoming'
          ? // 待处理: the bookings that need confirming come first, then the confirmed ones, each by time
            mine
              .filter((b) => day(b) > today && live.includes(b.status))
              .sort((a, b) => (a.status === 'pending' ? 0 : 1) - (b.status === 'pending' ? 0 : 1) || byStartAsc(a, b))
          : mine.filter((b) => day(b) < today || (day(b) > today && !live.includes(b.status))).sort(byStartDesc)
    return paginate(list, q, (b) => view(ctx, b, 'staff'))
  })

  /** Loads a booking for the signed-in user: 404 when it does not exist or is not theirs to see. */
  const load = (req: FastifyRequest) => {
    const user = currentUser(req)
    const { id } = req.params as { id: string }
    const b = repo.get(id)
    const actor = b ? actorOf(user, b) : null
    if (!b || !actor) throw notFound('预约')
    return { user, b, actor }
  }

  api.get('/bookings/:id', { preHandler: requireRole(...APPLICANT, 'staff') }, async (req): Promise<Booking> => {
    const { b, actor } = load(req)
    return view(ctx, b, actor)
  })

  /**
   * One state-changing action (the body was checked against its declaration before): 404 (not visible) →
   * 403 (wrong actor) → 409 (state / time). The checks, `apply` and the write of the booking are one transaction.
   */
  const action =
    (
      name: BookingAction,
      apply: (args: { user: User; b: StoredBooking; actor: BookingActor; st: Station; reply: FastifyReply; body: any }) => unknown,
    ) =>
    async (req: FastifyRequest, reply: FastifyReply) =>
      ctx.store.tx(() => {
        const { user, b, actor } = load(req)
        const rules = rulesFor(ctx, b.stationId)
        const check = checkBookingTransition(
          { status: b.status, startsAt: b.startsAt, cancelCutoffHours: rules.cancelCutoffHours },
          name,
          actor,
          ctx.now(),
        )
        if (!check.ok && check.kind === 'forbidden') throw forbidden(check.message)
        if (!check.ok) throw invalidTransition(check.message)
        const st = findStation(ctx, b.stationId) as Station
        b.updatedAt = ctx.now().toISOString()
        const result = apply({ user, b, actor, st, reply, body: req.body })
        repo.save(b)
        return result ?? view(ctx, b, actor)
      })

  /** Status change, written at once (later reads in the same transaction, e.g. the no-show count, see it). */
  const move = (user: User, b: StoredBooking, to: BookingStatus, extra: Partial<BookingHistoryEntry> = {}) => {
    b.history.push(historyEntry(ctx, user, b.status, to, extra))
    b.status = to
    repo.save(b)
  }
  /** Tells the applicant (in-app + status subscribe message when they have quota). */
  const tellApplicant = (b: StoredBooking, _st: Station, title: string, body: string) => {
    notify(ctx, b.userId, { title, body, link: bookingLink(b.id) })
    sendSubscribeMessage(ctx, b.userId, SUBSCRIBE_TEMPLATES.bookingStatus, `${title}：${body}`)
  }
  const tellStaff = (b: StoredBooking, st: Station, title: string, body: string) => {
    for (const s of stationStaff(ctx, st.id)) notify(ctx, s.id, { title, body, link: bookingLink(b.id, true) })
  }
  const orgName = (b: StoredBooking) => ctx.store.orgs.get(b.orgId)?.name ?? '企业'

  api.post(
    '/bookings/:id/cancel',
    { preHandler: requireRole(...APPLICANT, 'staff') },
    action('cancel', ({ user, b, actor, st, body }) => {
      const reason = String(body.reason).trim()
      move(user, b, 'cancelled', { reason })
      b.cancelledBy = user.role
      b.reason = reason
      const when = formatLocal(b.startsAt)
      if (actor === 'owner') {
        tellStaff(b, st, '预约已取消', `${orgName(b)} 取消了 ${when} 的预约：${reason}`)
        notify(ctx, b.userId, { title: '预约已取消', body: `已取消 ${st.name} ${when} 的预约`, link: bookingLink(b.id) })
      } else {
        tellApplicant(b, st, '预约被指导站取消', `${st.name} 取消了您 ${when} 的预约：${reason}`)
      }
    }),
  )

  api.post(
    '/bookings/:id/reschedule',
    { preHandler: requireRole(...APPLICANT, 'staff') },
    action('reschedule', ({ user, b, st, body }) => {
      const slotId = String(body.slotId)
      const p = parseSlotId(slotId)!
      if (p.stationId !== b.stationId) {
        throw new HttpError(400, 'VALIDATION', '只能改约同一指导站的时段', { slotId: '只能改约同一指导站的时段' })
      }
      if (slotId === b.slotId) throw new HttpError(400, 'VALIDATION', '新时段与原时段相同', { slotId: '请选择与原时段不同的时段' })
      const rules = rulesFor(ctx, b.stationId)
      const slot = resolveSlot(rules, slotId, ctx.now(), isWorkingDay)
      if (!slot.ok) throw new HttpError(400, 'VALIDATION', slot.message, { slotId: slot.message })
      // release the old seat and take the new one in this same synchronous section
      if (seatsTaken(ctx, slotId, b.id) >= rules.capacity) throw slotFull()
      const before = formatLocal(b.startsAt)
      const to: BookingStatus = b.mode === 'visit' ? 'pending' : b.status
      move(user, b, to, { note: `改期：${before} → ${formatLocal(slot.startsAt)}` })
      b.slotId = slotId
      b.startsAt = slot.startsAt
      b.endsAt = slot.endsAt
      b.cancelDeadline = cancelDeadline(slot.startsAt, rules.cancelCutoffHours)
      b.rescheduleCount += 1
      delete b.remindedAt
      tellStaff(
        b,
        st,
        '预约已改期',
        `${orgName(b)} 将预约由 ${before} 改到 ${formatLocal(b.startsAt)}${to === 'pending' ? '，请重新确认' : ''}`,
      )
      notify(ctx, b.userId, { title: '改期成功', body: `${st.name} 预约已改到 ${formatLocal(b.startsAt)}`, link: bookingLink(b.id) })
    }),
  )

  api.post(
    '/bookings/:id/confirm',
    { preHandler: requireRole(...APPLICANT, 'staff') },
    action('confirm', ({ user, b, st }) => {
      move(user, b, 'confirmed')
      tellApplicant(b, st, '预约已确认', `${st.name} 已确认 ${formatLocal(b.startsAt)} 的${BOOKING_MODE_LABELS[b.mode]}`)
    }),
  )

  api.post(
    '/bookings/:id/decline',
    { preHandler: requireRole(...APPLICANT, 'staff') },
    action('decline', ({ user, b, st, body }) => {
      const reason = String(body.reason).trim()
      move(user, b, 'declined', { reason })
      b.cancelledBy = user.role
      b.reason = reason
      tellApplicant(b, st, '预约未被接受', `${st.name} 婉拒了 ${formatLocal(b.startsAt)} 的预约：${reason}`)
    }),
  )

  api.post(
    '/bookings/:id/check-in',
    { preHandler: requireRole(...APPLICANT, 'staff') },
    action('check_in', ({ user, b, st, body }) => {
      if (normalizeVoucher(String(body.voucherCode)) !== b.voucherCode) {
        throw new HttpError(400, 'VALIDATION', '预约码与该预约不符', { voucherCode: '预约码与该预约不符，请核对后重新扫码' })
      }
      move(user, b, 'checked_in')
      tellApplicant(b, st, '已签到', `已在${st.name}签到，请稍候，工作人员将为您服务`)
    }),
  )

  // scan at the door without opening the booking first: find the station's booking by its voucher code
  api.post('/staff/check-in', { preHandler: requireRole('staff') }, async (req): Promise<Booking> => {
    const user = currentUser(req)
    const code = normalizeVoucher(String((req.body as { voucherCode: string }).voucherCode))
    return ctx.store.tx(() => {
      const b = user.stationId ? repo.first({ voucherCode: code, stationId: user.stationId }) : undefined
      if (!b)
        throw new HttpError(400, 'VALIDATION', '未找到该预约码对应的本站预约', {
          voucherCode: '未找到该预约码对应的本站预约，请核对后重新扫码',
        })
      const rules = rulesFor(ctx, b.stationId)
      const check = checkBookingTransition(
        { status: b.status, startsAt: b.startsAt, cancelCutoffHours: rules.cancelCutoffHours },
        'check_in',
        'staff',
        ctx.now(),
      )
      if (!check.ok) throw invalidTransition(check.message)
      const st = findStation(ctx, b.stationId) as Station
      move(user, b, 'checked_in')
      tellApplicant(b, st, '已签到', `已在${st.name}签到，请稍候，工作人员将为您服务`)
      b.updatedAt = ctx.now().toISOString()
      repo.save(b)
      return view(ctx, b, 'staff')
    })
  })

  api.post(
    '/bookings/:id/complete',
    { preHandler: requireRole(...APPLICANT, 'staff') },
    action('complete', ({ user, b, actor, st }): CompleteBookingResponse => {
      move(user, b, 'completed')
      tellApplicant(b, st, '服务已完成', `${st.name} 的「${SERVICE_TOPIC_LABELS[b.topic]}」咨询已完成，感谢您的使用`)
      const org = ctx.store.orgs.get(b.orgId)
      const visitLogDraft: VisitLogDraft = {
        bookingId: b.id,
        stationId: st.id,
        stationName: st.name,
        orgId: b.orgId,
        orgName: org?.name ?? '',
        date: b.startsAt.slice(0, 10),
        mode: b.mode,
        topic: b.topic,
        topicLabel: SERVICE_TOPIC_LABELS[b.topic],
        question: b.description,
        staffName: user.name,
        ...(org ? { contactName: org.contactName, contactPhone: org.contactPhone } : {}),
        advice: '',
      }
      b.updatedAt = ctx.now().toISOString()
      return { booking: view(ctx, b, actor), visitLogDraft }
    }),
  )

  api.post(
    '/bookings/:id/no-show',
    { preHandler: requireRole(...APPLICANT, 'staff') },
    action('no_show', ({ user, b, st }) => {
      move(user, b, 'no_show')
      const r = orgRestriction(ctx, b.orgId, ctx.now())
      tellApplicant(
        b,
        st,
        '预约未到场',
        `您 ${formatLocal(b.startsAt)} 在${st.name}的预约已记为未到场${r.restricted ? `。${restrictionMessage(r.until!)}` : '，累计多次未到场将暂停预约'}`,
      )
    }),
  )
}
export default bookings
