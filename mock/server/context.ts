import fs from 'node:fs'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Role, User } from '../../src/domain/contract'
import type { Store } from '../store'
import { forbidden, unauthenticated } from './errors'

export interface MockConfig {
  /** fixed SMS code accepted in development; printed at start-up */
  devSmsCode: string
  /** session lifetime in hours */
  sessionHours: number
}

/** What every route module receives. */
export interface Ctx {
  /** the database: one repository per collection, `store.tx(fn)` for a request's writes */
  store: Store
  config: MockConfig
  /** current time; tests and demos may pin it (MOCK_NOW) */
  now: () => Date
  /** "sent" messages (SMS, subscribe messages) are logged through this */
  log: (line: string) => void
}

declare module 'fastify' {
  interface FastifyRequest {
    user: User | null
  }
}

// token → user, valid while neither collection has been written (their versions are bumped on every write and
// on every rolled-back transaction): a request then costs no database read to authenticate.
const sessionCache = new WeakMap<Ctx, { sessions: number; users: number; byToken: Map<string, { user: User; expires: number } | null> }>()
const SESSION_CACHE_MAX = 20_000

/** Resolves the bearer token to a user (or null). Registered as an onRequest hook in app.ts. */
export function resolveUser(ctx: Ctx, req: FastifyRequest): User | null {
  const header = req.headers.authorization
  if (!header || !header.startsWith('Bearer ')) return null
  const token = header.slice(7).trim()
  // the versions compared as numbers: no key string built per request
  const sessions = ctx.store.sessions.version
  const users = ctx.store.users.version
  let cache = sessionCache.get(ctx)
  if (!cache || cache.sessions !== sessions || cache.users !== users)
    sessionCache.set(ctx, (cache = { sessions, users, byToken: new Map() }))
  let hit = cache.byToken.get(token)
  if (hit === undefined) {
    const session = ctx.store.sessions.get(token)
    const user = session ? ctx.store.users.get(session.userId) : undefined
    hit = session && user ? { user, expires: new Date(session.expiresAt).getTime() } : null
    if (cache.byToken.size >= SESSION_CACHE_MAX) cache.byToken.clear()
    cache.byToken.set(token, hit)
  }
  if (!hit || hit.expires < ctx.now().getTime()) return null
  // a copy: a handler that changes its request's user must not change the cached one
  return { ...hit.user }
}

/**
 * Route guard: `{ preHandler: requireRole('staff') }`; no roles = any signed-in user. 401 / 403 otherwise.
 * A callback hook, not an async one: Fastify awaits an async hook's promise (a microtask per request).
 */
export function requireRole(...roles: Role[]) {
  return (req: FastifyRequest, _reply: FastifyReply, done: (err?: Error) => void) => {
    if (!req.user) return done(unauthenticated())
    if (roles.length > 0 && !roles.includes(req.user.role)) return done(forbidden())
    done()
  }
}

/** The signed-in user inside a guarded handler. */
export function currentUser(req: FastifyRequest): User {
  if (!req.user) throw unauthenticated()
  return req.user
}

export const DEFAULT_CONFIG: MockConfig = { devSmsCode: '246810', sessionHours: 24 * 30 }

/** Builds the Ctx for main.ts and the test harness. `now` pins the clock (MOCK_NOW / tests). */
export function createCtx(
  store: Store,
  opts: { now?: string | Date; clockFile?: string; log?: (line: string) => void; config?: Partial<MockConfig> } = {},
): Ctx {
  const pinned = opts.now ? new Date(opts.now).getTime() : null
  if (pinned !== null && Number.isNaN(pinned)) throw new Error(`MOCK_NOW is not a valid ISO date: ${String(opts.now)}`)
  const skew = opts.clockFile ? clockSkew(opts.clockFile) : () => 0
  return {
    store,
    config: { ...DEFAULT_CONFIG, ...opts.config },
    now: () => new Date((pinned ?? Date.now()) + skew()),
    log: opts.log ?? ((line) => console.log(line)),
  }
}

/**
 * A clock skew for end-to-end runs (MOCK_CLOCK_FILE): the file holds a number of milliseconds added to the
 * clock, so a scenario can let weeks pass between two steps while the clock keeps running. Only the process
 * that starts the server can write that file; there is no HTTP way to move the time. Re-read when the file's
 * modification time changes (a stat per call: cheap, and only when the variable is set).
 */
function clockSkew(file: string): () => number {
  let seen = -1
  let value = 0
  return () => {
    let mtime: number
    try {
      mtime = fs.statSync(file).mtimeMs
    } catch {
      return 0
    }
    if (mtime !== seen) {
      seen = mtime
      const n = Number(fs.readFileSync(file, 'utf8').trim() || 0)
      value = Number.isFinite(n) ? n : 0
    }
    return value
  }
}

/** The contract `User` of a stored user (drops server-only fields such as the bound WeChat openid). */
export function publicUser(u: User): User {
  const { id, phone, name, role, orgId, stationId, provinceCode } = u
  return {
    id,
    phone,
    name,
    role,
    ...(orgId ? { orgId } : {}),
    ...(stationId ? { stationId } : {}),
    ...(provinceCode ? { provinceCode } : {}),
  }
}
