// The OpenAPI document is generated from the zod declarations (mock/openapi/generate.ts); the committed copy
// (mock/openapi/openapi.json) must be what the generator writes today, and /api/openapi.json serves it.
import fs from 'node:fs'
import { OPENAPI_FILE, generateOpenApi, serialize } from '../../mock/openapi/generate'
import { OPERATIONS } from '../../src/domain/contract/operations'
import { startMock, type Mock } from './harness'

let mock: Mock
beforeAll(async () => {
  mock = await startMock()
})
afterAll(async () => {
  await mock?.close()
})

test('the committed mock/openapi/openapi.json is up to date (run `npm run openapi` after changing a declaration)', () => {
  const committed = fs.readFileSync(OPENAPI_FILE, 'utf8')
  expect(committed === serialize(generateOpenApi())).toBe(true)
})

test('GET /api/openapi.json serves the generated document, one path item per declared operation', async () => {
  const res = await mock.call('GET', '/openapi.json')
  expect(res.status).toBe(200)
  expect(res.body).toEqual(JSON.parse(serialize(generateOpenApi())))
  const ops = Object.values<Record<string, unknown>>(res.body.paths).reduce((n, item) => n + Object.keys(item).length, 0)
  expect(ops).toBe(OPERATIONS.length)
  expect(res.body.openapi).toBe('3.1.0')
})

test('request bodies and responses are components with additionalProperties: false', async () => {
  const doc = generateOpenApi()
  expect(doc.components.schemas.UpdateAvailabilityRequest).toMatchObject({
    additionalProperties: false,
    required: expect.arrayContaining(['cancelCutoffHours', 'windows', 'visitAllowed']),
  })
  expect(doc.components.schemas.Booking.additionalProperties).toBe(false)
  expect(doc.paths['/alerts'].get.parameters).toEqual([
    expect.objectContaining({ name: 'status', in: 'query', schema: expect.objectContaining({ enum: ['open', 'handled', 'all'] }) }),
    expect.objectContaining({
      name: 'level',
      in: 'query',
      schema: expect.objectContaining({ enum: ['overdue', 'urgent', 'soon', 'info'] }),
    }),
    expect.objectContaining({
      name: 'kind',
      in: 'query',
      schema: expect.objectContaining({ enum: expect.arrayContaining(['similar_published', 'lapsed', 'negative_opinion']) }),
    }),
    expect.objectContaining({ name: 'trademarkId', in: 'query' }),
    expect.objectContaining({ name: 'cursor', in: 'query' }),
    expect.objectContaining({ name: 'limit', in: 'query' }),
  ])
})
