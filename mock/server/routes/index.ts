import type { FastifyInstance } from 'fastify'
import type { Ctx } from '../context'
import health from './health'

/** Every capability's routes; each module registers its own paths under /api. */
export type RouteModule = (api: FastifyInstance, ctx: Ctx) => void | Promise<void>

export const routeModules: RouteModule[] = [health]
