// Small process helpers shared by the test runners (run-all, e2e, weapp, bench). Node built-ins only.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** repo root (PROJECT_ROOT overrides, for trying the runners on another checkout) */
export const ROOT = path.resolve(process.env.PROJECT_ROOT || path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..'))
export const BIN = path.join(ROOT, 'node_modules', '.bin')
export const ARTIFACTS = path.join(ROOT, 'test', 'artifacts')

export const sec = (ms) => `${(ms / 1000).toFixed(1)} s`
export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`

/**
 * Run a command, streaming its output (prefixed) and keeping a copy.
 * Resolves {code, ms, out}; never rejects.
 */
export function run(cmd, args, { cwd = ROOT, env = {}, prefix = '', quiet = false, filter } = {}) {
  const started = Date.now()
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, FORCE_COLOR: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    const onData = (stream) => (buf) => {
      const s = buf.toString()
      out += s
      if (quiet) return
      let text = s
      if (filter) text = text.split('\n').filter(filter).join('\n')
      if (prefix) text = text.replace(/^(?=.)/gm, prefix)
      stream.write(text)
    }
    child.stdout.on('data', onData(process.stdout))
    child.stderr.on('data', onData(process.stderr))
    child.on('error', (e) => {
      out += String(e)
      resolve({ code: 127, ms: Date.now() - started, out })
    })
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), ms: Date.now() - started, out }))
  })
}

/** newest mtime (ms) of any file under the given paths (skips node_modules / dist / .git) */
export function newestMtime(paths) {
  let newest = 0
  const walk = (p) => {
    let st
    try {
      st = fs.statSync(p)
    } catch {
      return
    }
    if (st.isDirectory()) {
      const base = path.basename(p)
      if (base === 'node_modules' || base === 'dist' || base === '.git' || base === 'artifacts') return
      for (const e of fs.readdirSync(p)) walk(path.join(p, e))
    } else if (st.mtimeMs > newest) newest = st.mtimeMs
  }
  for (const p of paths) walk(p)
  return newest
}

/** Does dist/<target> need a (re)build? CI always rebuilds; otherwise missing or older than its sources. */
export function needsBuild(target, marker) {
  if (process.env.CI === 'true' || process.env.CI === '1') return 'CI=true'
  const m = path.join(ROOT, 'dist', target, marker)
  let built
  try {
    built = fs.statSync(m).mtimeMs
  } catch {
    return `dist/${target} missing`
  }
  const src = newestMtime(['src', 'config', 'babel.config.js', '.env', '.env.production', 'package.json'].map((p) => path.join(ROOT, p)))
  return src > built ? `dist/${target} older than its sources` : ''
}

const stripAnsi = (s) => s.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '')

/** Production build of one target through the package.json script. Resolves {ok, ms}. */
export async function build(target) {
  console.log(`[build] npm run build:${target} …`)
  const r = await run('npm', ['run', `build:${target}`, '--silent'], { quiet: true })
  const lines = stripAnsi(r.out)
    .split(/\r?\n/)
    .filter((l) => l.trim() && !l.includes('█'))
  const tail = lines.slice(-25).join('\n')
  // webpack errors do not always change the exit code
  const errLine = lines.find((l) => /compiled with .*\berrors?\b|Failed to compile|Compiled with errors|✖ Webpack/i.test(l))
  const ok = r.code === 0 && !errLine
  if (!ok) {
    console.log(tail)
    console.log(`[build] ${target} FAILED after ${sec(r.ms)}${errLine ? `: ${errLine.trim()}` : ` (exit ${r.code})`}`)
  } else {
    const summary = lines.find((l) => /compiled (successfully|with)/i.test(l))
    console.log(`[build] ${target} built in ${sec(r.ms)}${summary ? ` — ${summary.trim()}` : ''}`)
  }
  return { ok, ms: r.ms }
}
