import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify'
import { HttpError, frameworkError } from './errors'
import { resolveUser, type Ctx } from './context'
import { routeModules } from './routes'
import { loadOpenApi } from '../openapi/load'
import { OPERATIONS, operationOf, type Operation } from '../../src/domain/contract/operations'
import { checkRequest, checkResponse, sendHttpError } from './contract'

export interface BuildOptions {
  ctx: Ctx
  /** serve the H5 production build (dist/h5) from the same origin */
  h5Dir?: string
  logger?: boolean
  /** a response with fields its declaration does not have fails (500) instead of being trimmed; the API tests set it */
  strictResponses?: boolean
}

const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v])
const INTERNAL = { code: 'INTERNAL', message: '服务暂时不可用，请稍后重试' }

export async function buildApp({
  ctx,
  h5Dir,
  logger = false,
  strictResponses = process.env.MOCK_STRICT_RESPONSES === '1',
}: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger,
    bodyLimit: 1024 * 1024,
    // ids longer than the declarations allow (64) reach the params check and get a field-level 400
    routerOptions: { maxParamLength: 500 },
    // bad percent-encoding / over-long parameters: the one error shape, in Chinese
    frameworkErrors: (err, _req, reply: any) => {
      const e = frameworkError(err as { code?: string }) ?? new HttpError(400, 'VALIDATION', '请求格式有误')
      reply.status(e.status).send(e.toBody())
    },
  })

  app.decorateRequest('user', null)
  // callback hooks throughout (here and in contract.ts): Fastify awaits an async hook's promise, a microtask each
  app.addHook('onRequest', (req, _reply, done) => {
    req.user = resolveUser(ctx, req)
    done()
  })

  // Every /api route goes through its declaration (src/domain/contract/operations.ts): roles, params, query and
  // body before the handler; the response on the way out. A route without a declaration does not start.
  const seen = new Set<Operation>()
  app.addHook('onRoute', (route: RouteOptions) => {
    if (!route.url.startsWith('/api/')) return
    const url = route.url.slice('/api'.length)
    for (const method of asArray(route.method)) {
      const op = operationOf(method === 'HEAD' ? 'GET' : method, url)
      if (!op) throw new Error(`${method} ${route.url} is not declared in src/domain/contract/operations.ts`)
      seen.add(op)
      route.preValidation = [...asArray(route.preValidation), checkRequest(op)] as RouteOptions['preValidation']
      if (method !== 'HEAD') {
        route.preSerialization = [
          ...asArray(route.preSerialization),
          checkResponse(op, { strict: strictResponses, log: ctx.log }),
        ] as RouteOptions['preSerialization']
      }
    }
  })

  app.setErrorHandler((err: any, _req, reply) => {
    const e = err instanceof HttpError ? err : frameworkError(err)
    if (e) return sendHttpError(reply, e)
    app.log.error(err)
    ctx.log(`[error] ${err?.stack || err}`)
    return reply.status(500).send(INTERNAL)
  })
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/')) return reply.status(404).send({ code: 'NOT_FOUND', message: '接口不存在' })
    return reply.status(404).type('text/plain; charset=utf-8').send('页面不存在')
  })

  await app.register(
    async (api) => {
      for (const register of routeModules) await register(api, ctx)
      api.get('/openapi.json', async () => loadOpenApi())
    },
    { prefix: '/api' },
  )
  const missing = OPERATIONS.filter((op) => !seen.has(op)).map((op) => `${op.method} ${op.path}`)
  if (missing.length) throw new Error(`declared but not implemented: ${missing.join(', ')}`)

  if (h5Dir) {
    const { default: compress } = await import('@fastify/compress')
    const { default: fastifyStatic } = await import('@fastify/static')
    await app.register(compress, { global: true, threshold: 1024 })
    await app.register(fastifyStatic, {
      root: h5Dir,
      prefix: '/',
      maxAge: '1h',
      // the build writes .br/.gz beside each text asset (config/index.ts); sent as they are, not compressed again
      preCompressed: true,
      // index.html must be revalidated so a new build is picked up; hashed assets may be cached
      // (@fastify/static 10 passes the Fastify reply here, older versions the raw response)
      setHeaders: (res: any, file: string) => {
        if (/\.html(\.(br|gz))?$/.test(file))
          (typeof res.header === 'function' ? res.header : res.setHeader).call(res, 'cache-control', 'no-cache')
      },
    })
  }
  return app
}
