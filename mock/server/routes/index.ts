import type { FastifyInstance } from 'fastify'
import type { Ctx } from '../context'
import health from './health'
import auth from './auth'
import me from './me'
import home from './home'
import alerts from './alerts'
import stations from './stations'
import links from './links'
import bookings from './bookings'
import notices from './notices'
import applications from './applications'
import review from './review'
import programme from './programme'
import monitor from './monitor'
import evaluation from './evaluation'
import members from './members'
import uploads from './uploads'
import visits from './visits'
import reports from './reports'

/** Every capability's routes; each module registers its own paths under /api. */
export type RouteModule = (api: FastifyInstance, ctx: Ctx) => void | Promise<void>

export const routeModules: RouteModule[] = [
  health,
  auth,
  me,
  home,
  alerts,
  stations,
  links,
  bookings,
  notices,
  applications,
  review,
  programme,
  monitor,
  evaluation,
  members,
  uploads,
  visits,
  reports,
]
