// GET /home — "what needs me now" for the caller's role, computed from the collections.
import type {
  ApplicantHome,
  ApplicationTrack,
  HomeAlert,
  HomeApplicationRef,
  HomeBookingRef,
  HomeSummary,
  ReviewerHome,
  StaffHome,
  User,
} from '../../../src/domain/contract'
import {
  MARK_TYPE_LABELS,
  NATIONAL_WAITING_STATUSES,
  PROVINCE_WAITING_STATUSES,
  QUOTA_COUNTED_STATUSES,
  SERVICE_TOPIC_LABELS,
} from '../../../src/domain/contract'
import { alertLevel } from '../../../src/domain/deadlines'
import { provinceName, quotaTable } from '../../../src/domain/quota'
import { currentQuotaTable } from '../../../src/domain/programme'
import { programmeCurrentYear, programmeYearOf, yearQuotaRow } from './programme'
import { currentUser, requireRole, type Ctx } from '../context'
import { toLocalDate, toLocalDateTime } from '../../../src/domain/time'
import type { RouteModule } from './index'
import { freshAlerts } from './alerts'
import { followUpsDue } from '../../../src/domain/visits/followup'
import { withReportCard } from './reports'
import type { StoredApplication, StoredBooking } from '../../store'

type BookingRow = Pick<StoredBooking, 'id' | 'orgId' | 'stationId' | 'startsAt' | 'status' | 'topic'>
type ApplicationRow = Pick<StoredApplication, 'id' | 'track' | 'year' | 'orgId' | 'stationId' | 'provinceCode' | 'status' | 'updatedAt'>

const TRACKS: ApplicationTrack[] = ['enterprise', 'regional', 'station']
const UPCOMING: string[] = ['pending', 'confirmed', 'checked_in']

/** The year's limit for a track (its own table, else annex 4): one province's, or the national total; null when there is no table row. */
export function quotaLimit(ctx: Ctx, year: number, provinceCode: string | null, track: ApplicationTrack): number | null {
  if (provinceCode) return yearQuotaRow(ctx, provinceCode, year)?.[track] ?? null
  const y = programmeYearOf(ctx, year)
  return (y ? currentQuotaTable(y) : quotaTable(year)).reduce((sum, r) => sum + r[track], 0)
}

/** Local (Asia/Shanghai) "YYYY-MM-DDTHH:mm" of an instant. */

function bookingRef(ctx: Ctx, b: BookingRow): HomeBookingRef {
  const st = ctx.store.stations.get(b.stationId)
  const org = ctx.store.orgs.get(b.orgId)
  return {
    id: b.id,
    stationName: st?.name ?? '',
    ...(org ? { orgName: org.name } : {}),
    startsAt: b.startsAt,
    status: b.status,
    topicLabel: (SERVICE_TOPIC_LABELS as Record<string, string>)[b.topic] ?? b.topic,
  }
}

const applicationRef = (a: ApplicationRow): HomeApplicationRef => ({
  id: a.id,
  track: a.track,
  year: a.year,
  status: a.status,
  updatedAt: a.updatedAt,
})

function applicantHome(ctx: Ctx, user: User): ApplicantHome {
  freshAlerts(ctx)
  const role = user.role as 'enterprise' | 'association'
  const today = toLocalDate(ctx.now())
  const nowLocal = toLocalDateTime(ctx.now())
  const org = ctx.store.orgs.get(user.orgId)
  const station = org?.stationId ? ctx.store.stations.get(org.stationId) : undefined
  const pendingLink = (org ? ctx.store.links.where({ orgId: org.id, status: 'pending' }) : []).sort((a, b) =>
    b.createdAt.localeCompare(a.createdAt),
  )[0]
  const pendingStation = pendingLink ? ctx.store.stations.get(pendingLink.stationId) : undefined

  const next = (org ? ctx.store.bookings.where({ orgId: org.id, status: UPCOMING }) : [])
    .filter((b) => b.startsAt >= nowLocal || (b.status === 'checked_in' && b.startsAt.slice(0, 10) === today))
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0]

  const track: ApplicationTrack = role === 'enterprise' ? 'enterprise' : 'regional'
  const app = (org ? ctx.store.applications.where({ orgId: org.id, track }) : []).sort(
    (a, b) => b.year - a.year || b.updatedAt.localeCompare(a.updatedAt),
  )[0]
  const application = app ? applicationRef(app) : null

  const open = org ? ctx.store.alerts.where({ orgId: org.id, status: 'open' }) : []
  const alerts: HomeAlert[] = open
    .map((a) => {
      const level = a.deadline ? alertLevel(a.deadline, today) : 'info'
      return {
        id: a.id,
        title: a.title,
        ...(a.deadline ? { deadline: a.deadline } : {}),
        level: level === 'overdue' ? ('urgent' as const) : level,
      }
    })
    .sort((a, b) => (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999'))
    .slice(0, 5)

  const home: ApplicantHome = {
    role,
    orgName: org?.name ?? '',
    uscc: org?.uscc ?? '',
    station: station ? { id: station.id, name: station.name, phone: station.phone, address: station.address } : null,
    pendingStation: pendingStation ? { id: pendingStation.id, name: pendingStation.name } : null,
    nextBooking: next ? bookingRef(ctx, next) : null,
    application,
    unreadAlerts: open.filter((a) => !a.readAt).length,
    alerts,
  }
  if (role === 'association') {
    const brand = org ? ctx.store.regionalBrands.first({ associationId: org.id }) : undefined
    if (brand) {
      const tm = ctx.store.trademarks.get(brand.trademarkId)
      home.brand = {
        name: brand.name,
        markTypeLabel: tm ? MARK_TYPE_LABELS[tm.markType] : '',
        memberCount: brand.memberCount,
        smeCount: brand.smeCount,
      }
    }
  }
  return home
}

function staffHome(ctx: Ctx, user: User): StaffHome {
  freshAlerts(ctx)
  const today = toLocalDate(ctx.now())
  const station = ctx.store.stations.get(user.stationId)
  const bookings: BookingRow[] = user.stationId ? ctx.store.bookings.where({ stationId: user.stationId }) : []
  const links = user.stationId ? ctx.store.links.where({ stationId: user.stationId }) : []
  const linked = new Set(links.filter((l) => l.status === 'accepted').map((l) => l.orgId))
  const served = new Set([...linked, ...bookings.filter((b) => b.status === 'completed').map((b) => b.orgId)])
  const withAlerts = new Set(ctx.store.alerts.where({ orgId: [...linked], status: 'open' }).map((a) => a.orgId))
  const app = (user.stationId ? ctx.store.applications.where({ stationId: user.stationId, track: 'station' }) : []).sort(
    (a, b) => b.year - a.year || b.updatedAt.localeCompare(a.updatedAt),
  )[0]
  return {
    role: 'staff',
    stationId: user.stationId ?? '',
    stationName: station?.name ?? '',
    application: app ? applicationRef(app) : null,
    todayBookings: bookings
      .filter((b) => b.startsAt.slice(0, 10) === today && b.status !== 'cancelled' && b.status !== 'declined')
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
      .map((b) => bookingRef(ctx, b)),
    pendingBookings: bookings.filter((b) => b.status === 'pending' && b.startsAt.slice(0, 10) >= today).length,
    clientsServed: served.size,
    pendingLinks: links.filter((l) => l.status === 'pending').length,
    clientsWithOpenAlerts: withAlerts.size,
    followUps: staffFollowUps(ctx, user.stationId),
  }
}

/** The station's open follow-ups (service visits) for its home: overdue or due within 7 days. */
function staffFollowUps(ctx: Ctx, stationId: string | undefined): StaffHome['followUps'] {
  const due = stationId ? followUpsDue(ctx.store.visits.where({ stationId }), ctx.now(), 7) : []
  return {
    total: due.length,
    overdue: due.filter((v) => v.state === 'overdue').length,
    items: due.slice(0, 5).map((v) => ({
      visitId: v.id,
      clientName: v.client.kind === 'org' ? (ctx.store.orgs.get(v.client.orgId)?.name ?? '') : v.client.name,
      followUpOn: v.followUpOn!,
      state: v.state === 'overdue' ? 'overdue' : 'pending',
      topicLabel: SERVICE_TOPIC_LABELS[v.topics[0]],
    })),
  }
}

function reviewerHome(ctx: Ctx, user: User): ReviewerHome {
  const year = programmeCurrentYear(ctx)
  const province = user.role === 'province' ? (user.provinceCode ?? '') : null
  const waitingStatuses = province !== null ? PROVINCE_WAITING_STATUSES : NATIONAL_WAITING_STATUSES
  const apps: ApplicationRow[] =
    province === null ? ctx.store.applications.where({ year }) : ctx.store.applications.where({ provinceCode: province, year })
  const byTrack = {} as ReviewerHome['byTrack']
  for (const track of TRACKS) {
    const mine = apps.filter((a) => a.track === track)
    byTrack[track] = {
      waiting: mine.filter((a) => waitingStatuses.includes(a.status)).length,
      used: mine.filter((a) => QUOTA_COUNTED_STATUSES.includes(a.status)).length,
      limit: quotaLimit(ctx, year, province, track),
    }
  }
  return {
    role: user.role as 'province' | 'national',
    scopeName: province !== null ? provinceName(province) || province : '全国',
    year,
    waiting: TRACKS.reduce((n, t) => n + byTrack[t].waiting, 0),
    byTrack,
  }
}

const home: RouteModule = (api, ctx) => {
  api.get('/home', { preHandler: requireRole() }, async (req): Promise<HomeSummary> => {
    const user = currentUser(req)
    switch (user.role) {
      case 'enterprise':
      case 'association':
        return withReportCard(ctx, user, applicantHome(ctx, user))
      case 'staff':
        return staffHome(ctx, user)
      default:
        return withReportCard(ctx, user, reviewerHome(ctx, user))
    }
  })
}
export default home
