// Durability: the real server process (mock/server/main.ts run by node itself, so the pid is the server's
// own) is killed with SIGKILL at a random moment while clients keep writing, 20 times on the same data file.
// After each kill the file is opened again and every write the server had acknowledged (2xx received) must be
// there: each created booking, the session, and the subscription counter at least at its highest acknowledged
// value. Writes in flight at the kill may land or not; acknowledged ones may not be lost.
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { build, type Plugin } from 'esbuild'
import { openData } from '../../mock/server/db'
import { subscriptionKey, Store } from '../../mock/store'
import { DEMO_PHONES } from '../../mock/seed/demo'
import { DEFAULT_NOW, DEV_CODE } from './harness'

const ROOT = path.resolve(__dirname, '../..')
const KILLS = 20
const TEMPLATE = 'TPL_BOOKING_REMINDER'

jest.setTimeout(400_000)

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const srv = net.createServer()
    srv.on('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo
      srv.close(() => resolve(port))
    })
  })

/**
 * mock/server/main.ts as one CommonJS file (esbuild; npm packages stay imports). Most of a start under
 * `node --import tsx` is resolving and compiling its few hundred TS modules, and this test starts the server
 * 20 times; the bundle is the same code, built once. Each source's `__dirname` is kept as its own folder
 * (main.ts and db.ts find the repository from it). Written inside the repository, so its package imports
 * resolve from node_modules as the sources' do.
 */
async function bundleServer(outfile: string): Promise<void> {
  const ownDirname: Plugin = {
    name: 'own-dirname',
    setup(b) {
      b.onLoad({ filter: /\.ts$/ }, async (args) => {
        const src = await fs.promises.readFile(args.path, 'utf8')
        return { contents: src.replace(/\b__dirname\b/g, JSON.stringify(path.dirname(args.path))), loader: 'ts' }
      })
    },
  }
  await build({
    entryPoints: [path.join(ROOT, 'mock/server/main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    absWorkingDir: ROOT,
    logLevel: 'warning',
    plugins: [ownDirname],
  })
}

async function startServer(serverFile: string, dataFile: string): Promise<{ api: string; child: ChildProcess; exited: Promise<void> }> {
  const port = await freePort()
  const child = spawn(process.execPath, [serverFile], {
    cwd: ROOT,
    env: {
      ...process.env,
      MOCK_PORT: String(port),
      MOCK_HOST: '127.0.0.1',
      MOCK_DATA: dataFile,
      MOCK_NOW: DEFAULT_NOW,
      MOCK_REMINDER_INTERVAL_MS: '0',
    },
    stdio: 'ignore',
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const api = `http://127.0.0.1:${port}/api`
  const t = Date.now()
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`)
    if (Date.now() - t > 60_000) throw new Error('server not healthy after 60 s')
    try {
      if ((await fetch(`${api}/health`)).ok) return { api, child, exited }
    } catch {}
    await new Promise((r) => setTimeout(r, 10))
  }
}

async function post(api: string, p: string, token: string | null, body: unknown) {
  const res = await fetch(`${api}${p}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  })
  return { status: res.status, body: (await res.json()) as any }
}

test(`SIGKILL at random moments during writes (${KILLS}×) loses no acknowledged write`, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qqbc-durability-'))
  const dataFile = path.join(dir, 'db.sqlite')
  const serverFile = path.join(ROOT, 'test', 'artifacts', `durability-server-${process.pid}.cjs`)
  await bundleServer(serverFile)
  openData(dataFile, { now: new Date(DEFAULT_NOW), pinned: true }).store.close()
  const acked = { bookings: new Map<string, string>(), maxRemaining: 0, token: '' }
  const slots: string[] = []
  let lost: string[] = []
  try {
    for (let round = 0; round < KILLS; round++) {
      const { api, child, exited } = await startServer(serverFile, dataFile)
      if (!acked.token) {
        const login = await post(api, '/auth/login/phone', null, { phone: DEMO_PHONES.enterprise, code: DEV_CODE })
        expect(login.status).toBe(200)
        acked.token = login.body.token
        // slots of the Fujian stations the demo enterprise may book (one booking per slot and organisation)
        const list = await (await fetch(`${api}/stations?provinceCode=350000&limit=40`)).json()
        for (const st of list.items) {
          const s = await (await fetch(`${api}/stations/${st.id}/slots?days=10`)).json()
          slots.push(...s.days.flatMap((d: any) => d.slots.filter((x: any) => x.available > 0).map((x: any) => x.id)))
        }
      }
      let stop = false
      const writer = async (w: number) => {
        while (!stop) {
          try {
            if (w === 0) {
              const r = await post(api, '/subscriptions', acked.token, { templateId: TEMPLATE, accepted: true })
              if (r.status === 200) acked.maxRemaining = Math.max(acked.maxRemaining, r.body.remaining)
            } else {
              const slotId = slots.shift()
              if (!slotId) return
              const r = await post(api, '/bookings', acked.token, {
                slotId,
                topic: 'risk',
                description: '持久性测试：被强制结束前确认的预约必须保留',
                mode: 'onsite',
                idempotencyKey: `durability-${round}-${slotId}`,
              })
              if (r.status === 201) acked.bookings.set(r.body.id, slotId)
            }
          } catch {
            return // the connection died with the server: that write was never acknowledged
          }
        }
      }
      const writers = [0, 1, 2, 3].map(writer)
      await new Promise((r) => setTimeout(r, 30 + Math.random() * 400))
      process.kill(child.pid!, 'SIGKILL')
      await exited
      stop = true
      await Promise.all(writers)

      const store = Store.open(dataFile)
      try {
        lost = []
        if (!store.sessions.get(acked.token)) lost.push(`session ${acked.token}`)
        const sub = store.subscriptions.get(subscriptionKey('US000001', TEMPLATE))
        if ((sub?.remaining ?? 0) < acked.maxRemaining)
          lost.push(`subscription counter ${sub?.remaining} < acknowledged ${acked.maxRemaining}`)
        for (const [id, slotId] of acked.bookings) if (store.bookings.get(id)?.slotId !== slotId) lost.push(`booking ${id}`)
      } finally {
        store.close()
      }
      expect([round, lost]).toEqual([round, []])
    }
    // the test did write: many bookings and counter steps were acknowledged across the rounds
    expect(acked.bookings.size).toBeGreaterThan(KILLS)
    expect(acked.maxRemaining).toBeGreaterThan(KILLS)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
    fs.rmSync(serverFile, { force: true })
  }
})
