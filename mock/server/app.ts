import Fastify, { type FastifyInstance } from 'fastify'
import { HttpError } from './errors'
import { resolveUser, type Ctx } from './context'
import { routeModules } from './routes'
import { loadOpenApi } from '../openapi/load'

export interface BuildOptions {
  ctx: Ctx
  /** serve the H5 production build (dist/h5) from the same origin */
  h5Dir?: string
  logger?: boolean
}

export async function buildApp({ ctx, h5Dir, logger = false }: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger, bodyLimit: 1024 * 1024 })

  app.decorateRequest('user', null)
  app.addHook('onRequest', async (req) => {
    req.user = resolveUser(ctx, req)
  })

  app.setErrorHandler((err: any, _req, reply) => {
    if (err instanceof HttpError) return reply.status(err.status).send(err.toBody())
    if (err.validation || err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || err.statusCode === 400) {
      return reply.status(400).send({ code: 'VALIDATION', message: '请求格式有误' })
    }
    if (err.statusCode === 413) return reply.status(413).send({ code: 'VALIDATION', message: '提交的内容过大' })
    app.log.error(err)
    ctx.log(`[error] ${err?.stack || err}`)
    return reply.status(500).send({ code: 'INTERNAL', message: '服务暂时不可用，请稍后重试' })
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

  if (h5Dir) {
    const { default: compress } = await import('@fastify/compress')
    const { default: fastifyStatic } = await import('@fastify/static')
    await app.register(compress, { global: true, threshold: 1024 })
    await app.register(fastifyStatic, {
      root: h5Dir,
      prefix: '/',
      maxAge: '1h',
      // index.html must be revalidated so a new build is picked up; hashed assets may be cached
      // (@fastify/static 10 passes the Fastify reply here, older versions the raw response)
      setHeaders: (res: any, file: string) => {
        if (file.endsWith('.html')) (typeof res.header === 'function' ? res.header : res.setHeader).call(res, 'cache-control', 'no-cache')
      },
    })
  }
  return app
}
