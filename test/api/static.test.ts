// The mock's H5 serving (`npm start`, --serve-h5): the build's precompressed .br/.gz files are sent as they are
// for a client that accepts them, the plain file otherwise; index.html is revalidated on every load (no-cache) in
// any encoding, hashed assets may be cached.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../mock/server/app'
import { createCtx } from '../../mock/server/context'
import { openData } from '../../mock/server/db'
import { DEFAULT_NOW } from './harness'

let app: FastifyInstance
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qqbc-h5-'))
const html = '<!doctype html><title>千企百城</title>' + ' '.repeat(2000)
const js = `console.log(${JSON.stringify('x'.repeat(4000))})`

beforeAll(async () => {
  fs.mkdirSync(path.join(dir, 'js'))
  const write = (p: string, body: string) => {
    fs.writeFileSync(path.join(dir, p), body)
    fs.writeFileSync(path.join(dir, `${p}.br`), zlib.brotliCompressSync(body))
    fs.writeFileSync(path.join(dir, `${p}.gz`), zlib.gzipSync(body))
  }
  write('index.html', html)
  write('js/app.12345678.js', js)
  const { store } = openData(path.join(dir, 'db.sqlite'), { now: new Date(DEFAULT_NOW), pinned: true })
  app = await buildApp({ ctx: createCtx(store, { now: DEFAULT_NOW, log: () => undefined }), h5Dir: dir })
  await app.ready()
})
afterAll(async () => {
  await app?.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

test('a hashed asset is sent as its .br file to a client that accepts brotli, plain otherwise', async () => {
  const br = await app.inject({ url: '/js/app.12345678.js', headers: { 'accept-encoding': 'gzip, deflate, br' } })
  expect(br.statusCode).toBe(200)
  expect(br.headers['content-encoding']).toBe('br')
  expect(br.headers.vary).toMatch(/accept-encoding/i)
  expect(br.headers['cache-control']).toMatch(/max-age=3600/)
  expect(zlib.brotliDecompressSync(br.rawPayload).toString()).toBe(js)
  expect(br.rawPayload.length).toBe(fs.statSync(path.join(dir, 'js/app.12345678.js.br')).size)

  const gz = await app.inject({ url: '/js/app.12345678.js', headers: { 'accept-encoding': 'gzip' } })
  expect(gz.headers['content-encoding']).toBe('gzip')
  expect(zlib.gunzipSync(gz.rawPayload).toString()).toBe(js)

  const plain = await app.inject({ url: '/js/app.12345678.js', headers: { 'accept-encoding': 'identity' } })
  expect(plain.headers['content-encoding']).toBeUndefined()
  expect(plain.body).toBe(js)
})

test('index.html is revalidated on every load, compressed or not', async () => {
  for (const enc of ['br', 'gzip', 'identity']) {
    const r = await app.inject({ url: '/', headers: { 'accept-encoding': enc } })
    expect(r.statusCode).toBe(200)
    expect(r.headers['cache-control']).toBe('no-cache')
  }
})
