import type { RouteModule } from './index'

const health: RouteModule = (api, ctx) => {
  api.get('/health', async () => ({ ok: true, time: ctx.now().toISOString() }))
}
export default health
