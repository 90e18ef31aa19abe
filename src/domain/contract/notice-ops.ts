// Endpoints of the public-notice objections (异议), spread into OPERATIONS. Kept apart from ./objection so the
// application declaration can import the objection's shape without a cycle.
import * as z from 'zod/mini'
import { ApplicationSchema } from './application'
import { RecordObjectionRequestSchema, ResolveObjectionRequestSchema } from './objection'
import { id } from './z'
import type { Operation } from './operations'

const ObjectionParamsSchema = z.strictObject({ id: id('申报编号'), objectionId: id('异议编号') })

export const NOTICE_OPERATIONS: Operation[] = [
  {
    id: 'recordObjection',
    method: 'POST',
    path: '/review/applications/{id}/objections',
    tag: 'review',
    summary: '登记公示期内收到的异议（国家知识产权局；未处理的异议阻止确认入选）',
    roles: ['national'],
    params: z.strictObject({ id: id('申报编号') }),
    body: RecordObjectionRequestSchema,
    ok: { 200: { schema: ApplicationSchema, description: 'recorded' } },
    errors: [404, 409],
  },
  {
    id: 'resolveObjection',
    method: 'POST',
    path: '/review/applications/{id}/objections/{objectionId}/resolve',
    tag: 'review',
    summary: '登记异议的核实处理结果（国家知识产权局）',
    roles: ['national'],
    params: ObjectionParamsSchema,
    body: ResolveObjectionRequestSchema,
    ok: { 200: { schema: ApplicationSchema, description: 'resolved' } },
    errors: [404, 409],
  },
]
