// GET /me — the signed-in user (any role).
import type { User } from '../../../src/domain/contract'
import { currentUser, publicUser, requireRole } from '../context'
import type { RouteModule } from './index'

const me: RouteModule = (api) => {
  api.get('/me', { preHandler: requireRole() }, async (req): Promise<User> => publicUser(currentUser(req)))
}
export default me
