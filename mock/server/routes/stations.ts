// Station directory (public), slots (public), staff availability rules.
//   GET /stations            public   paged list: region filter, text search, topic, distance sort
//   GET /stations/:id        public   detail + served brands + booking rules summary
//   GET /stations/:id/slots  public   derived slots with seats taken
//   GET /staff/availability  staff    the station's rules
//   PUT /staff/availability  staff    replace the rules (validated)
import type { FastifyInstance } from 'fastify'
import type {
  AvailabilityRules,
  Page,
  ServedBrand,
  SlotQuery,
  Station,
  StationDetail,
  StationQuery,
  StationSummary,
  UpdateAvailabilityRequest,
} from '../../../src/domain/contract'
import {
  DEFAULT_AVAILABILITY,
  defaultIsWorkingDay,
  generateSlots,
  holdsSeat,
  normalizeAvailability,
  officeHoursText,
} from '../../../src/domain/booking'
import { currentUser, requireRole, type Ctx } from '../context'
import { forbidden, notFound } from '../errors'
import { pageBounds, toPage } from '../paginate'
import type { StoredAvailability } from '../../store'
import type { RouteModule } from './index'

// ── availability ───────────────────────────────────────────────────────────────

/** The effective rules of a station (stored row over its shared profile over the defaults). */
export function rulesFor(ctx: Ctx, stationId: string): AvailabilityRules {
  const row = ctx.store.availability.get(stationId)
  const profiles = ctx.store.getMeta<Record<string, UpdateAvailabilityRequest>>('availabilityProfiles') ?? {}
  const base = (row?.profile && profiles[row.profile]) || DEFAULT_AVAILABILITY
  const { profile: _p, stationId: _s, ...own } = row ?? ({ stationId } as StoredAvailability)
  return { ...base, ...own, stationId } as AvailabilityRules
}

export const isWorkingDay = defaultIsWorkingDay

/** Seats held per slot id for one station. */
export function takenBySlot(ctx: Ctx, stationId: string): Map<string, number> {
  const m = new Map<string, number>()
  for (const b of ctx.store.bookings.where({ stationId })) {
    if (holdsSeat(b.status)) m.set(b.slotId, (m.get(b.slotId) ?? 0) + 1)
  }
  return m
}

// ── station index for the directory (built at first use; rebuilt after any write to the stations) ───

interface StationEntry {
  st: Station
  summary: StationSummary
  /** lowercase name + host + address */
  text: string
}
interface StationIndex {
  version: number
  byId: Map<string, Station>
  entries: StationEntry[]
  /** radians / cos(lat) per entry, for the distance sort */
  latRad: Float64Array
  lngRad: Float64Array
  cosLat: Float64Array
  /** distance orders already computed: key (point + filters) → entry indices nearest first (small LRU) */
  orders: Map<string, Int32Array>
}
const stationIndexes = new WeakMap<object, StationIndex>()

export function stationIndex(ctx: Ctx): StationIndex {
  const repo = ctx.store.stations
  let idx = stationIndexes.get(repo)
  if (!idx || idx.version !== repo.version) {
    const version = repo.version
    const stations = repo.all()
    const rad = Math.PI / 180
    idx = {
      version,
      byId: new Map(stations.map((s) => [s.id, s])),
      entries: stations.map((st) => ({
        st,
        summary: toSummary(st),
        text: `${st.name}\u0001${st.host}\u0001${st.address}`.toLowerCase(),
      })),
      latRad: Float64Array.from(stations, (s) => s.lat * rad),
      lngRad: Float64Array.from(stations, (s) => s.lng * rad),
      cosLat: Float64Array.from(stations, (s) => Math.cos(s.lat * rad)),
      orders: new Map(),
    }
    stationIndexes.set(repo, idx)
  }
  return idx
}

export const findStation = (ctx: Ctx, id: string): Station | undefined => ctx.store.stations.get(id)

function toSummary(s: Station): StationSummary {
  return {
    id: s.id,
    name: s.name,
    host: s.host,
    address: s.address,
    phone: s.phone,
    lat: s.lat,
    lng: s.lng,
    topics: s.topics,
    provinceCode: s.provinceCode,
    cityCode: s.cityCode,
    countyCode: s.countyCode,
    regionName: s.regionName,
  }
}

/** Great-circle distance in km, 1 decimal. */
export function distanceKm(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const R = 6371
  const rad = Math.PI / 180
  const dLat = (lat2 - lat1) * rad
  const dLng = (lng2 - lng1) * rad
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLng / 2) ** 2
  return Math.round(2 * R * Math.asin(Math.min(1, Math.sqrt(a))) * 10) / 10
}

// ── routes ─────────────────────────────────────────────────────────────────────

const stations: RouteModule = (api: FastifyInstance, ctx: Ctx) => {
  api.get('/stations', async (req): Promise<Page<StationSummary>> => {
    const q = req.query as StationQuery
    const text = q.q ? q.q.trim().toLowerCase() : ''
    const lat = q.lat ?? null
    const lng = q.lng ?? null

    const idx = stationIndex(ctx)
    const { entries } = idx
    const county = q.countyCode ?? ''
    const city = q.cityCode ?? ''
    const province = q.provinceCode ?? ''
    const topic = q.topic ?? ''
    const terms = text ? text.split(/\s+/) : []
    const bounds = pageBounds(q)
    const { start, size } = bounds
    const filtered = !!(county || city || province || topic || terms.length)
    const page = (total: number, items: StationSummary[]): Page<StationSummary> => toPage(items, total, bounds)

    // matching entry indices (all of them when there is no filter)
    const matches = (): Int32Array => {
      if (!filtered) {
        const all = new Int32Array(entries.length)
        for (let i = 0; i < all.length; i++) all[i] = i
        return all
      }
      const out: number[] = []
      for (let i = 0; i < entries.length; i++) {
        const e = entries[i]
        const s = e.st
        if (county ? s.countyCode !== county : city ? s.cityCode !== city : province ? s.provinceCode !== province : false) continue
        if (topic && !s.topics.includes(topic)) continue
        if (terms.length > 0 && !terms.every((t) => e.text.includes(t))) continue
        out.push(i)
      }
      return Int32Array.from(out)
    }

    if (lat !== null && lng !== null) {
      // nearest first: rank by the haversine term (monotone in the distance); cached per point + filters
      const key = `${lat},${lng}|${county}|${city}|${province}|${topic}|${text}`
      let order = idx.orders.get(key)
      if (!order) {
        const hits = matches()
        const rad = Math.PI / 180
        const la = lat * rad
        const ln = lng * rad
        const cosLa = Math.cos(la)
        const h = new Float64Array(entries.length)
        for (const i of hits) {
          const sLat = Math.sin((idx.latRad[i] - la) / 2)
          const sLng = Math.sin((idx.lngRad[i] - ln) / 2)
          h[i] = sLat * sLat + cosLa * idx.cosLat[i] * sLng * sLng
        }
        order = hits.sort((a, b) => h[a] - h[b] || a - b)
        idx.orders.set(key, order)
        if (idx.orders.size > 64) idx.orders.delete(idx.orders.keys().next().value as string)
      }
      const items: StationSummary[] = []
      for (let k = start; k < Math.min(order.length, start + size); k++) {
        const e = entries[order[k]]
        items.push({ ...e.summary, distanceKm: distanceKm(lat, lng, e.st.lat, e.st.lng) })
      }
      return page(order.length, items)
    }
    if (!filtered)
      return page(
        entries.length,
        entries.slice(start, start + size).map((e) => e.summary),
      )
    const hits = matches()
    const items: StationSummary[] = []
    for (let k = start; k < Math.min(hits.length, start + size); k++) items.push(entries[hits[k]].summary)
    return page(hits.length, items)
  })

  api.get('/stations/:id', async (req): Promise<StationDetail> => {
    const { id } = req.params as { id: string }
    const st = findStation(ctx, id)
    if (!st) throw notFound('指导站')
    const orgs = ctx.store.orgs.getMany(st.servedOrgIds ?? [])
    const brands = ctx.store.regionalBrands.where({ associationId: orgs.filter((o) => o.kind === 'association').map((o) => o.id) })
    const servedBrands: ServedBrand[] = []
    for (const org of orgs) {
      const brand = org.kind === 'association' ? brands.find((b) => b.associationId === org.id) : undefined
      servedBrands.push({ orgId: org.id, name: brand?.name ?? org.name, kind: org.kind })
    }
    const rules = rulesFor(ctx, st.id)
    return {
      ...st,
      servedOrgIds: [...(st.servedOrgIds ?? [])],
      servedBrands,
      booking: {
        horizonDays: rules.horizonDays,
        slotMinutes: rules.slotMinutes,
        cancelCutoffHours: rules.cancelCutoffHours,
        visitAllowed: rules.visitAllowed,
      },
    }
  })

  api.get('/stations/:id/slots', async (req) => {
    const { id } = req.params as { id: string }
    const q = req.query as SlotQuery
    const st = findStation(ctx, id)
    if (!st) throw notFound('指导站')
    const taken = takenBySlot(ctx, st.id)
    return generateSlots(rulesFor(ctx, st.id), {
      now: ctx.now(),
      from: q.from,
      days: q.days,
      isWorkingDay,
      taken: (slotId) => taken.get(slotId) ?? 0,
    })
  })

  const staffStation = (user: { stationId?: string }) => {
    if (!user.stationId) throw forbidden('当前账号未关联指导站')
    const st = findStation(ctx, user.stationId)
    if (!st) throw notFound('指导站')
    return st
  }

  api.get('/staff/availability', { preHandler: requireRole('staff') }, async (req): Promise<AvailabilityRules> => {
    const st = staffStation(currentUser(req))
    return rulesFor(ctx, st.id)
  })

  api.put('/staff/availability', { preHandler: requireRole('staff') }, async (req): Promise<AvailabilityRules> => {
    const st = staffStation(currentUser(req))
    const rules = normalizeAvailability(req.body as UpdateAvailabilityRequest)
    const updatedAt = ctx.now().toISOString()
    return ctx.store.tx(() => {
      ctx.store.availability.save({ stationId: st.id, ...rules, updatedAt } satisfies StoredAvailability)
      st.officeHours = officeHoursText(rules.windows)
      ctx.store.stations.save(st)
      return rulesFor(ctx, st.id)
    })
  })
}
export default stations
