// Station ↔ organisation links (对接联系机制).
//   POST /links               enterprise | association   ask a station to be "my station" (one active link per org)
//   GET  /links               enterprise | association (own org) | staff (requests to their station)
//   POST /links/:id/accept    staff of that station      → org.stationId set, station.servedOrgIds updated
//   POST /links/:id/decline   staff of that station      {reason?}
// Both sides get an in-app notice on every change.
import type { CreateLinkRequest, DeclineLinkRequest, Link, LinkStatus, Station } from '../../../src/domain/contract'
import { currentUser, requireRole, type Ctx } from '../context'
import { conflict, forbidden, invalidTransition, notFound } from '../errors'
import { notify } from './notices'
import { findStation } from './stations'
import type { RouteModule } from './index'

import type { StoredLink } from '../../store'
import { routeTo } from '../../../src/domain/routes'

function view(ctx: Ctx, l: StoredLink): Link {
  const st = findStation(ctx, l.stationId)
  const org = ctx.store.orgs.get(l.orgId)
  return {
    id: l.id,
    stationId: l.stationId,
    orgId: l.orgId,
    status: l.status,
    createdAt: l.createdAt,
    ...(l.decidedAt ? { decidedAt: l.decidedAt } : {}),
    ...(l.reason ? { reason: l.reason } : {}),
    ...(st ? { stationName: st.name } : {}),
    ...(org ? { orgName: org.name, orgKind: org.kind } : {}),
  }
}

export const orgUsers = (ctx: Ctx, orgId: string) => ctx.store.users.where({ orgId, role: ['enterprise', 'association'] })
export const stationStaff = (ctx: Ctx, stationId: string) => ctx.store.users.where({ stationId, role: 'staff' })

const links: RouteModule = (api, ctx) => {
  api.post('/links', { preHandler: requireRole('enterprise', 'association') }, async (req, reply) => {
    const user = currentUser(req)
    const { stationId } = req.body as CreateLinkRequest
    if (!user.orgId) throw forbidden('账号未关联单位，无法对接指导站')
    const org = ctx.store.orgs.get(user.orgId)
    if (!org) throw notFound('单位')
    const st = findStation(ctx, stationId)
    if (!st) throw notFound('指导站')
    const active = ctx.store.links.first({ orgId: org.id, status: ['pending', 'accepted'] })
    if (active || org.stationId) {
      const other = findStation(ctx, active?.stationId ?? org.stationId!)
      const name = other?.name ?? '指导站'
      throw conflict(
        active?.status === 'pending'
          ? `已向「${name}」提交对接申请，请等待指导站确认`
          : `本单位已与「${name}」建立对接，如需更换请联系该指导站`,
      )
    }
    const link = ctx.store.tx(() => {
      const created: StoredLink = {
        id: ctx.store.nextId('LK'),
        stationId: st.id,
        orgId: org.id,
        status: 'pending',
        createdAt: ctx.now().toISOString(),
      }
      ctx.store.links.insert(created)
      for (const s of stationStaff(ctx, st.id)) {
        notify(ctx, s.id, { title: '新的对接申请', body: `${org.name}申请与本站建立对接联系，请及时确认`, link: routeTo('staffLinks') })
      }
      for (const u of orgUsers(ctx, org.id)) {
        notify(ctx, u.id, {
          title: '对接申请已提交',
          body: `已向「${st.name}」提交对接申请，等待指导站确认`,
          link: routeTo('stationDetail', st.id),
        })
      }
      return created
    })
    return reply.code(201).send(view(ctx, link))
  })

  api.get('/links', { preHandler: requireRole('enterprise', 'association', 'staff') }, async (req): Promise<Link[]> => {
    const user = currentUser(req)
    const { status } = req.query as { status?: LinkStatus }
    const all =
      user.role === 'staff'
        ? ctx.store.links.where({ stationId: user.stationId })
        : user.orgId
          ? ctx.store.links.where({ orgId: user.orgId })
          : []
    const mine = status ? all.filter((l) => l.status === status) : all
    const rank = { pending: 0, accepted: 1, declined: 2 } as const
    return mine
      .slice()
      .sort((a, b) => rank[a.status] - rank[b.status] || (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0))
      .map((l) => view(ctx, l))
  })

  const decide =
    (accept: boolean) =>
    async (req: any): Promise<Link> => {
      const user = currentUser(req)
      const { id } = req.params as { id: string }
      const link = ctx.store.links.get(id)
      if (!link) throw notFound('对接申请')
      if (link.stationId !== user.stationId) throw forbidden('只能处理本站收到的对接申请')
      if (link.status !== 'pending') {
        throw invalidTransition(`该对接申请${link.status === 'accepted' ? '已同意' : '已婉拒'}，不能重复处理`)
      }
      const org = ctx.store.orgs.get(link.orgId)
      const st = findStation(ctx, link.stationId) as Station
      if (accept && org?.stationId && org.stationId !== link.stationId) {
        throw conflict('该单位已与其他指导站建立对接')
      }
      link.status = accept ? 'accepted' : 'declined'
      link.decidedAt = ctx.now().toISOString()
      const reason = ((req.body as DeclineLinkRequest | undefined)?.reason ?? '').trim()
      if (!accept && reason) link.reason = reason
      const orgName = org?.name ?? '该单位'
      return ctx.store.tx(() => {
        ctx.store.links.save(link)
        if (accept && org) {
          org.stationId = st.id
          if (!st.servedOrgIds.includes(org.id)) st.servedOrgIds.push(org.id)
          ctx.store.orgs.save(org)
          ctx.store.stations.save(st)
        }
        for (const u of orgUsers(ctx, link.orgId)) {
          notify(
            ctx,
            u.id,
            accept
              ? {
                  title: '对接成功',
                  body: `「${st.name}」已同意对接，可在首页查看“我的指导站”并预约咨询`,
                  link: routeTo('stationDetail', st.id),
                }
              : {
                  title: '对接申请未通过',
                  body: `「${st.name}」婉拒了对接申请${reason ? `：${reason}` : ''}`,
                  link: routeTo('stationDetail', st.id),
                },
          )
        }
        for (const s of stationStaff(ctx, st.id)) {
          notify(ctx, s.id, {
            title: accept ? '已建立对接' : '已婉拒对接申请',
            body: accept ? `本站已与${orgName}建立对接联系` : `已婉拒${orgName}的对接申请`,
            link: routeTo('staffLinks'),
          })
        }
        return view(ctx, link)
      })
    }

  api.post('/links/:id/accept', { preHandler: requireRole('staff') }, decide(true))
  api.post('/links/:id/decline', { preHandler: requireRole('staff') }, decide(false))
}
export default links
