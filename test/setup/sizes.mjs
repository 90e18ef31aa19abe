// Size figures of a build, shared by the size layer (test/budget/size.mjs) and the benchmark
// (test/bench/size-audit.bench.mjs). Node built-ins only.
//  - H5 initial JS: the <script src> files of dist/h5/index.html, gzipped (level 9, as a server would
//    send them), i.e. what a phone downloads before the first page can render.
//  - weapp main package: every file of dist/weapp outside the subpackage roots of app.json (no *.map),
//    i.e. what WeChat downloads on a cold start.
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

const gz = (buf) => zlib.gzipSync(buf, { level: 9 }).length

function walk(dir, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) walk(p, out)
    else out.push(p)
  }
  return out
}

/** @returns {{gzip: number, raw: number, files: {file: string, raw: number, gzip: number}[], allJsGzip: number, allJsFiles: number}} */
export function h5Initial(dist) {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8')
  const srcs = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1].replace(/^\//, '').split('?')[0])
  const files = srcs.map((s) => {
    const buf = fs.readFileSync(path.join(dist, s))
    return { file: s, raw: buf.length, gzip: gz(buf) }
  })
  const allJs = walk(dist).filter((f) => f.endsWith('.js'))
  return {
    gzip: files.reduce((a, f) => a + f.gzip, 0),
    raw: files.reduce((a, f) => a + f.raw, 0),
    files,
    allJsGzip: allJs.reduce((a, f) => a + gz(fs.readFileSync(f)), 0),
    allJsFiles: allJs.length,
  }
}

/** @returns {{main: number, packages: Record<string, number>, top: [string, number][]}} */
export function weappPackages(dist) {
  const app = JSON.parse(fs.readFileSync(path.join(dist, 'app.json'), 'utf8'))
  const roots = (app.subPackages || app.subpackages || []).map((s) => s.root.replace(/\/$/, ''))
  const packages = { main: 0 }
  for (const r of roots) packages[r] = 0
  const mainFiles = []
  for (const f of walk(dist).filter((x) => !x.endsWith('.map'))) {
    const rel = path.relative(dist, f).split(path.sep).join('/')
    const size = fs.statSync(f).size
    const pkg = roots.find((r) => rel.startsWith(`${r}/`)) || 'main'
    packages[pkg] += size
    if (pkg === 'main') mainFiles.push([rel, size])
  }
  return { main: packages.main, packages, top: mainFiles.sort((a, b) => b[1] - a[1]).slice(0, 8) }
}

export const kb = (n) => `${(n / 1024).toFixed(1)} KB`
