#!/usr/bin/env node
// Benchmark (prints figures, asserts nothing timed): the mock's SQLite store at the seed size and at ×10 data.
// For each size: a data file seeded through `mock/server/main.ts --reset-only` (MOCK_SCALE=10 copies every
// collection ten times), sessions for the racers added by store-fixture.ts, then the real server
// (`node --import tsx mock/server/main.ts`) on a free 127.0.0.1 port:
//   - start-up: spawn → first healthy /api/health, and the server's own figure (open + migrate + build app);
//   - 100 sequential acknowledged writes (POST /bookings on distinct slots): p50 / p99;
//   - reads issued meanwhile by one concurrent reader (slots, station list and detail, own bookings, home): p99;
//   - the race: 500 concurrent POST /bookings from 500 organisations for one 5-seat slot: exactly 5 accepted, p99.
// Besides the timings it prints the server's CPU time (user + system, /proc) per 500-request round: steadier
// than the timings when other jobs share the cores. --cpu-prof: the server writes a V8 CPU profile when it stops,
// and the race's window on the profile's clock is printed (to cut the round out of the profile).
// Loopback only, bounded request counts. Usage: node test/bench/store.bench.mjs [--sizes=1,10] [--cpu-prof]
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { ARTIFACTS, ROOT } from '../setup/proc.mjs'
import { startMock } from '../setup/mock-server.mjs'

const NOW = '2026-11-24T02:00:00.000Z' // 10:00 in Beijing, a Tuesday: the seeded template is reused
const WRITES = 100
const RACERS = 500
const sizesArg = process.argv.find((a) => a.startsWith('--sizes='))
const SIZES = sizesArg ? sizesArg.slice(8).split(',').map(Number) : [1, 10]
// --cpu-prof: the server writes a V8 CPU profile into test/artifacts/bench-prof (the timings then include its cost)
const CPU_PROF = process.argv.includes('--cpu-prof')
const TARGETS = { writeP50: 10, readP99: 50, scaleRatio: 1.3, startupX10: 3000, raceP99: 150 }

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : NaN
}
/** CPU time (user + system, ms) the process has used so far, from /proc (Linux); NaN elsewhere. */
function cpuMs(pid) {
  try {
    const f = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
    return ((Number(f[11]) + Number(f[12])) * 1000) / 100 // utime + stime in clock ticks (USER_HZ = 100)
  } catch {
    return NaN
  }
}
const f1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : '–')

function request(agent, method, url, token, body) {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : JSON.stringify(body)
    const t = performance.now()
    const req = http.request(
      url,
      {
        method,
        agent,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(data ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) } : {}),
        },
      },
      (res) => {
        const chunks = []
        res.on('data', (c) => chunks.push(c))
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString()
          resolve({
            status: res.statusCode,
            ms: performance.now() - t,
            body: text && /json/.test(res.headers['content-type'] ?? '') ? JSON.parse(text) : text,
          })
        })
        res.on('error', reject)
      },
    )
    req.on('error', reject)
    if (data) req.write(data)
    req.end()
  })
}

// The race's client: one pre-opened keep-alive socket per racer and the request bytes built before the start,
// the way load generators (wrk, autocannon) drive a server, so that the figure is the server's and not the cost
// of Node's http client creating and parsing 500 requests on the same 2 cores.
async function openSockets(port, n) {
  return Promise.all(
    Array.from(
      { length: n },
      () =>
        new Promise((resolve, reject) => {
          const s = net.connect(port, '127.0.0.1', () => resolve(s))
          s.setNoDelay(true)
          s.on('error', reject)
        }),
    ),
  )
}
function rawRequestBytes(method, pathname, token, body) {
  const data = body === undefined ? '' : JSON.stringify(body)
  const head = [
    `${method} ${pathname} HTTP/1.1`,
    'host: 127.0.0.1',
    ...(token ? [`authorization: Bearer ${token}`] : []),
    ...(data ? ['content-type: application/json', `content-length: ${Buffer.byteLength(data)}`] : []),
    '',
    '',
  ].join('\r\n')
  return Buffer.from(head + data)
}
/** Writes one prepared request on a socket and resolves with the status, body and time to the last byte. */
function rawSend(socket, bytes) {
  return new Promise((resolve) => {
    const t = performance.now()
    let buf = Buffer.alloc(0)
    const onData = (chunk) => {
      buf = buf.length ? Buffer.concat([buf, chunk]) : chunk
      const end = buf.indexOf('\r\n\r\n')
      if (end < 0) return
      const head = buf.subarray(0, end).toString()
      const length = Number(/content-length: *(\d+)/i.exec(head)?.[1] ?? 0)
      if (buf.length < end + 4 + length) return
      socket.off('data', onData)
      const ms = performance.now() - t
      const text = buf.subarray(end + 4, end + 4 + length).toString()
      resolve({ status: Number(head.slice(9, 12)), ms, body: /json/.test(head) && text ? JSON.parse(text) : text })
    }
    socket.on('data', onData)
    socket.write(bytes)
  })
}

function prepare(file, scale) {
  const t = Date.now()
  const env = { ...process.env, MOCK_DATA: file, MOCK_NOW: NOW, MOCK_SCALE: String(scale) }
  const reset = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'mock/server/main.ts'), '--reset-only'], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
  })
  if (reset.status !== 0) throw new Error(`reset failed: ${reset.stderr || reset.stdout}`)
  const fx = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'test/bench/store-fixture.ts'), file, String(RACERS)], {
    cwd: ROOT,
    encoding: 'utf8',
  })
  if (fx.status !== 0) throw new Error(`fixture failed: ${fx.stderr}`)
  return { ...JSON.parse(fx.stdout), prepareMs: Date.now() - t, bytes: fs.statSync(file).size }
}

async function measure(scale) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `qqbc-bench-store-x${scale}-`))
  const file = path.join(dir, 'db.sqlite')
  const agent = new http.Agent({ keepAlive: true, maxSockets: 8 })
  let mock
  try {
    const fx = prepare(file, scale)
    mock = await startMock({
      name: `bench-store-x${scale}`,
      dataFile: file,
      env: { MOCK_NOW: NOW, MOCK_REMINDER_INTERVAL_MS: '0' },
      nodeArgs: CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${path.join(ARTIFACTS, 'bench-prof')}`] : [],
    })
    const startupMs = mock.ms
    const own = /启动耗时 (\d+) ms/.exec(fs.readFileSync(mock.logFile, 'utf8'))
    const api = mock.api

    // slots for the writer: free ones of Fujian stations (not the race station), one booking per slot
    const list = (await request(agent, 'GET', `${api}/stations?provinceCode=350000&limit=30`)).body
    const slots = []
    for (const st of list.items) {
      if (st.id === fx.raceStationId || slots.length >= WRITES * 2) continue
      const s = (await request(agent, 'GET', `${api}/stations/${st.id}/slots?days=10`)).body
      for (const d of s.days) for (const x of d.slots) if (x.available > 0) slots.push(x.id)
    }
    const demo = (await request(agent, 'GET', `${api}/home`, fx.writer)).body
    const reads = [
      `/stations/${list.items[0].id}/slots`,
      '/stations?provinceCode=350000',
      `/stations/${list.items[1].id}`,
      '/bookings?scope=upcoming',
      '/home',
      ...(demo.station ? [`/stations/${demo.station.id}`] : []),
    ]
    // warm-up (JIT, prepared statements, station index): not measured
    for (let i = 0; i < 30; i++) await request(agent, 'GET', `${api}${reads[i % reads.length]}`, fx.writer)

    // sequential writes with one reader alongside
    const writeMs = []
    const readMs = []
    const statuses = {}
    let writing = true
    const reader = (async () => {
      const readAgent = new http.Agent({ keepAlive: true, maxSockets: 1 })
      for (let i = 0; writing; i++) {
        const r = await request(readAgent, 'GET', `${api}${reads[i % reads.length]}`, fx.writer)
        if (r.status === 200) readMs.push(r.ms)
        else statuses[`read ${r.status}`] = (statuses[`read ${r.status}`] ?? 0) + 1
      }
      readAgent.destroy()
    })()
    for (let i = 0; writeMs.length < WRITES && i < slots.length; i++) {
      const r = await request(agent, 'POST', `${api}/bookings`, fx.writer, {
        slotId: slots[i],
        topic: 'registration',
        description: '基准测试：顺序写入的预约',
        mode: 'onsite',
        idempotencyKey: `bench-x${scale}-${i}`,
      })
      statuses[r.status] = (statuses[r.status] ?? 0) + 1
      if (r.status === 201) writeMs.push(r.ms)
    }
    writing = false
    await reader

    // the race: 500 organisations, one 5-seat slot, all at once, one connection each (opened beforehand,
    // so the figure is the server's handling of 500 simultaneous requests, not 500 TCP handshakes)
    const raceSlots = (await request(agent, 'GET', `${api}/stations/${fx.raceStationId}/slots?days=10`)).body
    const raceSlot = raceSlots.days.flatMap((d) => d.slots).find((s) => s.taken === 0 && s.capacity === 5)
    const sockets = await openSockets(mock.port, RACERS)
    const health = (tok) => rawRequestBytes('GET', '/api/health', tok)
    await Promise.all(sockets.map((sock, i) => rawSend(sock, health(fx.tokens[i])))) // warm-up, not measured
    // the floor on this machine: the same 500 simultaneous requests to an endpoint that does no work
    const floorBytes = sockets.map((_, i) => health(fx.tokens[i]))
    let cpu0 = cpuMs(mock.pid)
    const floorFrom = process.hrtime.bigint() / 1000n
    const floor = await Promise.all(sockets.map((sock, i) => rawSend(sock, floorBytes[i])))
    const floorCpuMs = cpuMs(mock.pid) - cpu0
    if (CPU_PROF) console.log(`[bench] ×${scale} floor window µs ${floorFrom}–${process.hrtime.bigint() / 1000n}`)
    const raceBytes = fx.tokens.map((tok, i) =>
      rawRequestBytes('POST', '/api/bookings', tok, {
        slotId: raceSlot.id,
        topic: 'finance',
        description: '基准测试：抢同一个时段',
        mode: 'onsite',
        idempotencyKey: `race-x${scale}-${i}`,
      }),
    )
    cpu0 = cpuMs(mock.pid)
    const raceFrom = process.hrtime.bigint() / 1000n
    const race = await Promise.all(sockets.map((sock, i) => rawSend(sock, raceBytes[i])))
    const raceCpuMs = cpuMs(mock.pid) - cpu0
    // the race's window on the monotonic clock the profile's timestamps use (µs), to cut it out of the profile
    if (CPU_PROF) console.log(`[bench] ×${scale} race window µs ${raceFrom}–${process.hrtime.bigint() / 1000n} (server pid ${mock.pid})`)
    for (const sock of sockets) sock.destroy()
    const accepted = race.filter((r) => r.status === 201).length
    const full = race.filter((r) => r.status === 409 && r.body?.code === 'SLOT_FULL').length
    const after = (await request(agent, 'GET', `${api}/stations/${fx.raceStationId}/slots?from=${raceSlot.id.split('_')[1]}&days=1`)).body
    const taken = after.days[0].slots.find((s) => s.id === raceSlot.id)?.taken

    return {
      scale,
      load: os.loadavg()[0],
      stations: fx.stations,
      dataMB: fx.bytes / 1e6,
      startupMs,
      serverStartupMs: own ? Number(own[1]) : NaN,
      writes: writeMs.length,
      writeP50: pct(writeMs, 50),
      writeP99: pct(writeMs, 99),
      reads: readMs.length,
      readP99: pct(readMs, 99),
      racers: race.length,
      accepted,
      full,
      taken,
      raceP99: pct(
        race.map((r) => r.ms),
        99,
      ),
      floorP99: pct(
        floor.map((r) => r.ms),
        99,
      ),
      floorCpuMs,
      raceCpuMs,
      statuses,
    }
  } finally {
    agent.destroy()
    if (mock) await mock.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

let failed = false
const rows = []
try {
  for (const scale of SIZES) {
    console.log(`[bench] ×${scale}: seeding / copying the data file, starting the server …`)
    const r = await measure(scale)
    rows.push(r)
    console.log(
      `×${r.scale}: ${r.stations} stations, ${f1(r.dataMB)} MB | start-up ${r.startupMs} ms (server's own ${r.serverStartupMs} ms) | ` +
        `${r.writes} sequential writes p50 ${f1(r.writeP50)} ms p99 ${f1(r.writeP99)} ms | ${r.reads} reads meanwhile p99 ${f1(r.readP99)} ms | ` +
        `race ${r.racers} → ${r.accepted} accepted, ${r.full} SLOT_FULL, seats taken ${r.taken}, p99 ${f1(r.raceP99)} ms (500 × GET /health at once: p99 ${f1(r.floorP99)} ms) | statuses ${JSON.stringify(r.statuses)} | ` +
        `load average ${r.load.toFixed(1)} on ${os.cpus().length} cores`,
    )
    // the target beside each figure (×10 write p50: within 1.3× of the seed-size one, printed under "targets")
    const one = rows.find((x) => x.scale === 1)
    const writeTarget =
      r.scale === 1 || !one ? `target ≤ ${TARGETS.writeP50} ms` : `target ≤ ${f1(one.writeP50 * TARGETS.scaleRatio)} ms = 1.3 × seed size`
    console.log(`BENCH store x${r.scale} write p50 ${f1(r.writeP50)} ms (${writeTarget}; p99 ${f1(r.writeP99)} ms, no target)`)
    console.log(`BENCH store x${r.scale} read-during-writes p99 ${f1(r.readP99)} ms (target ≤ ${TARGETS.readP99} ms)`)
    console.log(
      `BENCH store x${r.scale} race-500-for-5 p99 ${f1(r.raceP99)} ms (target ≤ ${TARGETS.raceP99} ms; ${r.accepted} accepted, target exactly 5; ` +
        `floor: 500 × GET /health at once p99 ${f1(r.floorP99)} ms, no target; ` +
        `server CPU per round: race ${f1(r.raceCpuMs)} ms, floor ${f1(r.floorCpuMs)} ms)`,
    )
    console.log(
      `BENCH store x${r.scale} start-up ${r.startupMs} ms (server ${r.serverStartupMs} ms${r.scale === 10 ? `; target ≤ ${TARGETS.startupX10} ms` : ', target at ×10 only'})`,
    )
    if (r.accepted !== 5 || r.taken !== 5 || r.full !== RACERS - 5 || r.writes < WRITES) failed = true
  }
  const one = rows.find((r) => r.scale === 1)
  const ten = rows.find((r) => r.scale === 10)
  console.log('\ntargets:')
  const line = (name, value, target, unit = ' ms') =>
    console.log(`  ${name.padEnd(38)} ${f1(value).padStart(8)}${unit}  (target ≤ ${target}${unit}) ${value <= target ? 'ok' : 'OVER'}`)
  if (one) {
    line('seed size: sequential write p50', one.writeP50, TARGETS.writeP50)
    line('seed size: reads during writes p99', one.readP99, TARGETS.readP99)
    line('seed size: 500-for-5 race p99', one.raceP99, TARGETS.raceP99)
  }
  if (one && ten) line('×10: write p50 / seed-size write p50', ten.writeP50 / one.writeP50, TARGETS.scaleRatio, '×')
  if (ten) {
    line('×10: start-up, spawn → healthy', ten.startupMs, TARGETS.startupX10)
    line('×10: start-up, server itself', ten.serverStartupMs, TARGETS.startupX10)
    line('×10: reads during writes p99', ten.readP99, TARGETS.readP99)
    line('×10: 500-for-5 race p99', ten.raceP99, TARGETS.raceP99)
  }
  if (failed) console.log('!! the race or the writes did not behave (see above)')
} catch (err) {
  console.error(err)
  failed = true
}
process.exitCode = failed ? 1 : 0
