#!/usr/bin/env node
// Benchmark (prints figures, asserts nothing timed): throughput and latency of the mock backend's station
// directory. Starts the real mock (node --import tsx mock/server/main.ts) on a free 127.0.0.1 port with a throw-away data file,
// fires a BOUNDED number of requests per scenario with a fixed concurrency, prints req/s and p50/p95/p99, stops.
// Loopback only. Usage: node test/bench/mock-throughput.bench.mjs [--requests=2000] [--concurrency=20]
import http from 'node:http'
import { startMock } from '../setup/mock-server.mjs'

const arg = (name, def) => {
  const a = process.argv.find((x) => x.startsWith(`--${name}=`))
  const n = a ? Number(a.split('=')[1]) : def
  return Number.isFinite(n) && n > 0 ? Math.min(n, 100_000) : def
}
const REQUESTS = arg('requests', 2000)
const CONCURRENCY = arg('concurrency', 20)

// node:http with keep-alive (lighter than fetch, so the client steals less CPU from the server on small machines)
let agent
function get(url) {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent }, (res) => {
      let bytes = 0
      res.on('data', (c) => (bytes += c.length))
      res.on('end', () => resolve({ status: res.statusCode, bytes }))
      res.on('error', reject)
    })
    req.on('error', reject)
  })
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

async function scenario(api, name, paths, n = REQUESTS) {
  // warm-up (JIT, station index), not measured
  for (let i = 0; i < 200; i++) await get(`${api}${paths[i % paths.length]}`)
  const lat = []
  let next = 0
  let errors = 0
  let bytes = 0
  const t0 = performance.now()
  const worker = async () => {
    for (;;) {
      const i = next++
      if (i >= n) return
      const t = performance.now()
      const res = await get(`${api}${paths[i % paths.length]}`)
      lat.push(performance.now() - t)
      bytes += res.bytes
      if (res.status !== 200) errors++
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
  const secs = (performance.now() - t0) / 1000
  lat.sort((a, b) => a - b)
  const rps = n / secs
  const row = {
    name,
    rps: Math.round(rps),
    p50: pct(lat, 50).toFixed(2),
    p95: pct(lat, 95).toFixed(2),
    p99: pct(lat, 99).toFixed(2),
    kb: (bytes / n / 1024).toFixed(1),
    errors,
  }
  console.log(
    `${name.padEnd(34)} ${String(row.rps).padStart(6)} req/s   p50 ${row.p50.padStart(6)} ms   p95 ${row.p95.padStart(6)} ms   p99 ${row.p99.padStart(6)} ms   ${row.kb} KB/resp${errors ? `   ${errors} non-200!` : ''}`,
  )
  console.log(`BENCH mock ${name} ${row.rps} req/s (p50 ${row.p50} ms, p95 ${row.p95} ms)`)
  return row
}

agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY })
const mock = await startMock({ name: 'bench-mock', env: { MOCK_REMINDER_INTERVAL_MS: '0' } })
let failed = false
try {
  const api = mock.api
  const total = (await fetch(`${api}/stations?limit=1`).then((r) => r.json())).total
  console.log(
    `mock up in ${mock.ms} ms on ${mock.base}; ${total} stations; ${REQUESTS} requests per scenario, concurrency ${CONCURRENCY}\n`,
  )
  const q = (s) => encodeURIComponent(s)
  const rows = []
  rows.push(await scenario(api, 'GET /stations (page of 20)', ['/stations?limit=20']))
  rows.push(
    await scenario(
      api,
      'GET /stations cursor pages 1-50',
      Array.from({ length: 50 }, (_, i) => `/stations?limit=20${i ? `&cursor=o${i * 20}` : ''}`),
    ),
  )
  rows.push(
    await scenario(api, 'GET /stations region filter', [
      '/stations?provinceCode=350000',
      '/stations?cityCode=440300',
      '/stations?countyCode=350102',
      '/stations?provinceCode=510000&topic=finance',
    ]),
  )
  rows.push(
    await scenario(api, 'GET /stations text search', [
      `/stations?q=${q('鼓楼')}`,
      `/stations?q=${q('市场监督')}`,
      `/stations?q=${q('路 号')}`,
      `/stations?q=${q('杭州')}`,
    ]),
  )
  rows.push(
    await scenario(api, 'GET /stations distance sort', [
      '/stations?lat=26.08&lng=119.30',
      '/stations?lat=39.90&lng=116.40&topic=overseas',
      '/stations?lat=31.23&lng=121.47&cursor=o40',
    ]),
  )
  const station = (await fetch(`${api}/stations?q=${q('福州市鼓楼区商标品牌指导站')}`).then((r) => r.json())).items[0].id
  rows.push(await scenario(api, 'GET /stations/{id}/slots', [`/stations/${station}/slots`], Math.min(REQUESTS, 1000)))
  failed = rows.some((r) => r.errors > 0)
} catch (err) {
  console.error(err)
  failed = true
} finally {
  agent.destroy()
  await mock.stop()
}
process.exitCode = failed ? 1 : 0
