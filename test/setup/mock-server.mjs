// Start the mock backend (mock/server/main.ts, owned by the mock engineer) as a child process on a free
// 127.0.0.1 port with a throw-away data file, wait for /api/health, and stop it again.
// Contract used (CONVENTIONS): `node --import tsx mock/server/main.ts [--serve-h5]`, env MOCK_PORT, MOCK_DATA, MOCK_NOW.
// The server is node itself (not the `tsx` launcher, which spawns a child), so `pid` is the server's.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { ROOT, ARTIFACTS } from './proc.mjs'

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.unref()
    srv.on('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address()
      srv.close(() => resolve(port))
    })
  })
}

/**
 * `dataFile`: use (and keep) this data file instead of a throw-away one.
 * @param {{serveH5?: boolean, name?: string, env?: Record<string,string>, timeoutMs?: number, dataFile?: string}} opts
 * @returns {Promise<{base: string, api: string, port: number, pid: number, dataFile: string, logFile: string, ms: number, stop: () => Promise<void>, kill: () => Promise<void>}>}
 */
export async function startMock({ serveH5 = false, name = 'mock', env = {}, timeoutMs = 90_000, dataFile: givenFile, nodeArgs = [] } = {}) {
  const started = Date.now()
  const port = await freePort()
  const tmp = givenFile ? null : fs.mkdtempSync(path.join(os.tmpdir(), `qqbc-${name}-`))
  const dataFile = givenFile ?? path.join(tmp, 'db.sqlite')
  fs.mkdirSync(ARTIFACTS, { recursive: true })
  const logFile = path.join(ARTIFACTS, `${name}.log`)
  const log = fs.openSync(logFile, 'w')
  const args = [...nodeArgs, '--import', 'tsx', path.join(ROOT, 'mock', 'server', 'main.ts')]
  if (serveH5) args.push('--serve-h5')
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, MOCK_PORT: String(port), MOCK_HOST: '127.0.0.1', MOCK_DATA: dataFile, ...env },
    stdio: ['ignore', log, log],
    detached: true, // own process group: stop() ends the server and anything it started
  })
  let exited = null
  child.on('exit', (code, signal) => {
    exited = { code, signal }
  })
  const base = `http://127.0.0.1:${port}`
  let cleaned = false
  const cleanup = () => {
    if (cleaned) return
    cleaned = true
    fs.closeSync(log)
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true })
  }
  const stop = async () => {
    if (!exited) {
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {}
      const t = Date.now()
      while (!exited && Date.now() - t < 5000) await new Promise((r) => setTimeout(r, 50))
      if (!exited) {
        try {
          process.kill(-child.pid, 'SIGKILL')
        } catch {}
      }
    }
    cleanup()
  }
  /** SIGKILL the server process itself (no shutdown code runs) and wait until it is gone. */
  const kill = async () => {
    if (!exited) {
      try {
        process.kill(child.pid, 'SIGKILL')
      } catch {}
      while (!exited) await new Promise((r) => setTimeout(r, 10))
    }
    cleanup()
  }
  // make sure a crash of the runner does not leave the server behind
  process.once('exit', () => {
    if (!exited) {
      try {
        process.kill(-child.pid, 'SIGKILL')
      } catch {}
    }
  })
  for (;;) {
    if (exited) {
      const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n')
      throw new Error(`mock server exited (${JSON.stringify(exited)}) before it was healthy; log ${logFile}:\n${tail}`)
    }
    if (Date.now() - started > timeoutMs) {
      await stop()
      throw new Error(`mock server not healthy on ${base}/api/health after ${timeoutMs / 1000} s; log ${logFile}`)
    }
    try {
      const res = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(2000) })
      if (res.ok) break
    } catch {}
    await new Promise((r) => setTimeout(r, 200))
  }
  return { base, api: `${base}/api`, port, pid: child.pid, dataFile, logFile, ms: Date.now() - started, stop, kill }
}
