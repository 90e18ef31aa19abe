import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Role, User } from '../../src/domain/contract'
import type { Db } from './db'
import { forbidden, unauthenticated } from './errors'

export interface MockConfig {
  /** fixed SMS code accepted in development; printed at start-up */
  devSmsCode: string
  /** session lifetime in hours */
  sessionHours: number
}

/** What every route module receives. */
export interface Ctx {
  db: Db
  config: MockConfig
  /** current time; tests and demos may pin it (MOCK_NOW) */
  now: () => Date
  /** "sent" messages (SMS, subscribe messages) are logged through this */
  log: (line: string) => void
}

export interface StoredSession {
  token: string
  userId: string
  expiresAt: string
}

declare module 'fastify' {
  interface FastifyRequest {
    user: User | null
  }
}

/** Resolves the bearer token to a user (or null). Registered as an onRequest hook in app.ts. */
export function resolveUser(ctx: Ctx, req: FastifyRequest): User | null {
  const header = req.headers.authorization
  if (!header || !header.startsWith('Bearer ')) return null
  const token = header.slice(7).trim()
  const session = ctx.db.coll<StoredSession>('sessions').find((s) => s.token === token)
  if (!session || new Date(session.expiresAt).getTime() < ctx.now().getTime()) return null
  return ctx.db.coll<User>('users').find((u) => u.id === session.userId) ?? null
}

/** Route guard: `{ preHandler: requireRole('staff') }`; no roles = any signed-in user. 401 / 403 otherwise. */
export function requireRole(...roles: Role[]) {
  return async (req: FastifyRequest, _reply: FastifyReply) => {
    if (!req.user) throw unauthenticated()
    if (roles.length > 0 && !roles.includes(req.user.role)) throw forbidden()
  }
}

/** The signed-in user inside a guarded handler. */
export function currentUser(req: FastifyRequest): User {
  if (!req.user) throw unauthenticated()
  return req.user
}
