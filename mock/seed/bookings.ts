// Seed step for the bookings capability:
// - availability for EVERY station, compactly: 5 shared rule profiles (matching the station's office-hours text)
//   + one `{stationId, profile}` row per station; slots are always derived, never stored;
// - demo bookings so the homes are populated: the demo enterprise has one confirmed upcoming, one pending
//   visit and a history; the demo station has bookings today / upcoming / in the past from linked orgs.
import type { Notice, UpdateAvailabilityRequest, User } from '../../src/domain/contract'
import { VOUCHER_ALPHABET, cancelDeadline, officeHoursText, slotId, toLocalDate } from '../../src/domain/booking'
import { addWorkingDays, isWorkingDay } from '../../src/domain/calendar'
import type { StoredAvailability, StoredBooking, StoredUser } from '../store'
import type { SeedStep } from './context'
import { DEMO_USER_IDS } from './demo'
import { routeTo } from '../../src/domain/routes'

const standardWindows = [
  { start: '09:00', end: '12:00' },
  { start: '14:00', end: '17:30' },
]

export const AVAILABILITY_PROFILES: Record<string, UpdateAvailabilityRequest> = {
  standard: {
    slotMinutes: 30,
    capacity: 2,
    windows: standardWindows,
    closedDates: [],
    horizonDays: 14,
    cancelCutoffHours: 24,
    visitAllowed: true,
  },
  early: {
    slotMinutes: 30,
    capacity: 2,
    windows: [
      { start: '08:30', end: '12:00' },
      { start: '14:30', end: '17:30' },
    ],
    closedDates: [],
    horizonDays: 14,
    cancelCutoffHours: 24,
    visitAllowed: false,
  },
  hourly: {
    slotMinutes: 60,
    capacity: 3,
    windows: [{ start: '09:00', end: '17:00' }],
    closedDates: [],
    horizonDays: 21,
    cancelCutoffHours: 12,
    visitAllowed: true,
  },
  long: {
    slotMinutes: 60,
    capacity: 2,
    windows: [
      { start: '08:00', end: '12:00' },
      { start: '14:30', end: '18:00' },
    ],
    closedDates: [],
    horizonDays: 14,
    cancelCutoffHours: 24,
    visitAllowed: false,
  },
  twice: {
    slotMinutes: 30,
    capacity: 1,
    windows: [
      { start: '09:00', end: '11:30', weekdays: [2, 4] },
      { start: '14:30', end: '17:00', weekdays: [2, 4] },
    ],
    closedDates: [],
    horizonDays: 30,
    cancelCutoffHours: 48,
    visitAllowed: true,
  },
}

/** world.ts office-hours texts → profile */
const PROFILE_BY_HOURS: Record<string, string> = {
  '周一至周五 09:00-12:00, 14:00-17:30': 'standard',
  '周一至周五 08:30-12:00, 14:30-17:30': 'early',
  '周一至周五 09:00-17:00': 'hourly',
  '周一至周五 08:00-12:00, 14:30-18:00': 'long',
  '周二、周四 09:00-11:30, 14:30-17:00（其他时间可预约上门）': 'twice',
}

/** The demo station: standard hours, 3 seats per slot (the API tests' race uses it). */
export const DEMO_STATION_RULES: UpdateAvailabilityRequest = { ...AVAILABILITY_PROFILES.standard, capacity: 3 }

export const seedBookings: SeedStep = (s) => {
  const rng = s.rng.fork('bookings')
  const { now, stations, users, orgs, store } = s
  const staffUser = users.find((u) => u.id === DEMO_USER_IDS.staff)
  const demoStation = stations.find((s) => s.id === staffUser?.stationId)

  // ── availability: one compact row per station
  store.setMeta('availabilityProfiles', AVAILABILITY_PROFILES)
  store.availability.insertMany(
    stations.map((st): StoredAvailability => {
      if (st === demoStation) return { stationId: st.id, ...DEMO_STATION_RULES }
      return { stationId: st.id, profile: PROFILE_BY_HOURS[st.officeHours] ?? 'standard' }
    }),
  )
  if (demoStation) {
    demoStation.officeHours = officeHoursText(DEMO_STATION_RULES.windows)
    store.stations.save(demoStation)
  }
  if (!demoStation || !staffUser) return

  const bookings: StoredBooking[] = []
  const notices: Notice[] = []
  const today = toLocalDate(now)
  const wd = (n: number) => addWorkingDays(today, n).date
  const iso = (daysAgo: number, hour = 0) => new Date(now.getTime() - daysAgo * 86400_000 + hour * 3600_000).toISOString()
  const usedCodes = new Set<string>()
  const voucher = () => {
    for (;;) {
      const c = rng.chars(VOUCHER_ALPHABET, 8)
      if (!usedCodes.has(c)) {
        usedCodes.add(c)
        return c
      }
    }
  }
  const ageDays = (date: string) => Math.max(0, Math.round((Date.parse(today) - Date.parse(date)) / 86400_000))

  type Status = StoredBooking['status']
  const book = (o: {
    user: User
    date: string
    time: string
    status: Status
    mode?: 'onsite' | 'visit'
    topic: StoredBooking['topic']
    description: string
    reason?: string
  }): StoredBooking => {
    const [h, m] = o.time.split(':').map(Number)
    const end = `${String(h + (m + 30 >= 60 ? 1 : 0)).padStart(2, '0')}:${String((m + 30) % 60).padStart(2, '0')}`
    const mode = o.mode ?? 'onsite'
    const first: Status = mode === 'visit' ? 'pending' : 'confirmed'
    const createdDaysAgo = ageDays(o.date) + rng.int(3, 8)
    const staff = { byRole: 'staff' as const, byName: staffUser.name, byUserId: staffUser.id }
    const owner = { byRole: o.user.role, byName: o.user.name, byUserId: o.user.id }
    const history: StoredBooking['history'] = [{ at: iso(createdDaysAgo), ...owner, from: null, to: first }]
    const path: Status[] =
      o.status === 'pending' || o.status === first
        ? []
        : o.status === 'cancelled' || o.status === 'declined'
          ? [o.status]
          : o.status === 'checked_in'
            ? ['confirmed', 'checked_in']
            : o.status === 'completed'
              ? ['confirmed', 'checked_in', 'completed']
              : ['confirmed', 'no_show']
    let from: Status = first
    for (const to of path) {
      if (to === from) continue
      const by = o.status === 'cancelled' ? owner : staff
      history.push({
        at: iso(Math.max(0, createdDaysAgo - history.length), history.length),
        ...by,
        from,
        to,
        ...(o.reason && (to === 'cancelled' || to === 'declined') ? { reason: o.reason } : {}),
      })
      from = to
    }
    const startsAt = `${o.date}T${o.time}`
    const b: StoredBooking = {
      id: s.id('BK'),
      orgId: o.user.orgId!,
      userId: o.user.id,
      stationId: demoStation.id,
      slotId: slotId(demoStation.id, o.date, o.time),
      startsAt,
      endsAt: `${o.date}T${end}`,
      status: o.status,
      topic: o.topic,
      description: o.description,
      mode,
      voucherCode: voucher(),
      idempotencyKey: `seed-${rng.chars('abcdefghjkmnpqrstuvwxyz23456789', 12)}`,
      createdAt: history[0].at,
      updatedAt: history[history.length - 1].at,
      cancelDeadline: cancelDeadline(startsAt, DEMO_STATION_RULES.cancelCutoffHours),
      ...(o.status === 'cancelled' || o.status === 'declined'
        ? { cancelledBy: o.status === 'cancelled' ? o.user.role : ('staff' as const), reason: o.reason ?? '' }
        : {}),
      rescheduleCount: 0,
      history,
    }
    bookings.push(b)
    return b
  }

  const ent = users.find((u) => u.id === DEMO_USER_IDS.enterprise)!
  const assoc = users.find((u) => u.id === DEMO_USER_IDS.association)!
  // ── demo enterprise: confirmed upcoming, pending visit, history
  const next = book({
    user: ent,
    date: wd(2),
    time: '10:00',
    status: 'confirmed',
    topic: 'risk',
    description: '近似商标「闽江圆」已初审公告，想咨询是否提出异议以及需要准备的证据材料',
  })
  const pendingVisit = book({
    user: ent,
    date: wd(4),
    time: '14:30',
    status: 'pending',
    mode: 'visit',
    topic: 'registration',
    description: '新产品线准备申请商标，希望上门帮助梳理商品类别与布局方案',
  })
  book({
    user: ent,
    date: wd(-12),
    time: '09:30',
    status: 'completed',
    topic: 'registration',
    description: '「闽江源」第29、30类商标即将到期，咨询续展流程与所需材料',
  })
  book({
    user: ent,
    date: wd(-6),
    time: '15:00',
    status: 'cancelled',
    topic: 'finance',
    description: '了解商标质押融资的条件与办理流程',
    reason: '临时出差，改日再约',
  })
  // ── demo association
  book({
    user: assoc,
    date: wd(3),
    time: '09:00',
    status: 'confirmed',
    topic: 'branding',
    description: '「福州脱胎漆器」区域品牌推广方案与会员授权使用管理咨询',
  })
  book({
    user: assoc,
    date: wd(-20),
    time: '14:00',
    status: 'completed',
    topic: 'enforcement',
    description: '发现第35类疑似抢注「福州脱胎」，咨询异议与维权途径',
  })

  // ── other organisations linked to the demo station: today, upcoming and past
  const linked = orgs
    .filter((o) => demoStation.servedOrgIds.includes(o.id) && o.id !== ent.orgId && o.id !== assoc.orgId)
    .map((o) => users.find((u) => u.orgId === o.id))
    .filter((u): u is StoredUser => !!u)
  const pick = (i: number) => linked[i % Math.max(1, linked.length)]
  if (linked.length > 0) {
    const topics: StoredBooking['topic'][] = ['registration', 'overseas', 'enforcement', 'finance', 'branding', 'risk', 'application']
    const asks: Record<StoredBooking['topic'], string> = {
      registration: '新商标申请的类别选择与近似查询',
      overseas: '计划出口东南亚，咨询马德里国际注册的办理',
      enforcement: '电商平台发现仿冒商品，咨询投诉与维权方式',
      finance: '咨询以注册商标办理质押融资的条件',
      branding: '企业品牌升级，咨询品牌定位与商标布局',
      risk: '收到商标驳回通知，咨询复审策略',
      application: '咨询“千企百城”企业商标品牌培育申报材料',
    }
    if (isWorkingDay(today)) {
      const todays: [string, Status][] = [
        ['09:30', 'completed'],
        ['10:30', 'checked_in'],
        ['14:30', 'confirmed'],
        ['15:30', 'confirmed'],
      ]
      todays.forEach(([time, status], i) => {
        const t = topics[(i + 2) % topics.length]
        book({ user: pick(i), date: today, time, status, topic: t, description: asks[t] })
      })
    }
    ;[1, 3, 5].forEach((n, i) => {
      const t = topics[(i + 4) % topics.length]
      book({
        user: pick(i + 4),
        date: wd(n),
        time: i === 1 ? '11:00' : '16:00',
        status: i === 2 ? 'pending' : 'confirmed',
        mode: i === 2 ? 'visit' : 'onsite',
        topic: t,
        description: asks[t],
      })
    })
    for (let i = 0; i < 10; i++) {
      const t = topics[i % topics.length]
      const status: Status = i === 3 ? 'no_show' : i === 6 ? 'declined' : i === 8 ? 'cancelled' : 'completed'
      book({
        user: pick(i + 7),
        date: wd(-(2 + i * 4)),
        time: ['09:00', '10:00', '14:00', '15:30'][i % 4],
        status,
        mode: status === 'declined' ? 'visit' : 'onsite',
        topic: t,
        description: asks[t],
        reason:
          status === 'declined' ? '该问题需法律服务机构办理，已告知对接渠道' : status === 'cancelled' ? '企业负责人临时有事' : undefined,
      })
    }
  }

  // ── a few notices so the message list is not empty
  const notice = (userId: string, title: string, body: string, link: string, daysAgo: number, read = false) =>
    notices.push({ id: s.id('NT'), userId, title, body, link, createdAt: iso(daysAgo), read })
  notice(
    ent.id,
    '预约成功',
    `${demoStation.name} ${next.startsAt.replace('T', ' ')}「风险预警应对」预约成功，请凭预约码到站签到`,
    routeTo('voucher', next.id),
    1,
  )
  notice(
    ent.id,
    '已提交上门走访申请',
    `已向${demoStation.name}申请 ${pendingVisit.startsAt.replace('T', ' ')} 上门走访，等待指导站确认`,
    routeTo('voucher', pendingVisit.id),
    0,
  )
  notice(
    staffUser.id,
    '新的上门走访申请',
    `福州闽江源食品有限公司 申请 ${pendingVisit.startsAt.replace('T', ' ')} 上门走访，请确认`,
    routeTo('staffBooking', pendingVisit.id),
    0,
  )
  store.bookings.insertMany(bookings)
  store.notices.insertMany(notices)
  store.subscriptions.insert({ userId: ent.id, templateId: 'TPL_BOOKING_REMINDER', remaining: 1, updatedAt: iso(1) })
}
