// Opens the mock's data file (mock/store): migrate, and seed it when it is new. Seeding the same world again
// is wasted work for test servers, so with a pinned clock (MOCK_NOW / tests) the seeded file is kept as a
// template in the temp folder, keyed by the seed and store sources and `now`, and copied for each new server.
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Store } from '../store'
import { isSeeded, seedStore } from '../seed'
import { scaleWorld } from '../seed/scale'
import { GAZETTE_SIZE } from '../seed/monitor'
import { DEMO_ALERT_MARKS } from '../seed/watch'

const ROOT = path.resolve(__dirname, '../..')
const TEMPLATE_DIR = path.join(os.tmpdir(), 'qqbc-mock-templates')

export interface OpenOptions {
  /** the seed's clock */
  now: Date
  /** true when `now` is pinned: the seeded file may be reused as a template */
  pinned?: boolean
  /** ×N data (benchmarks): every seeded collection copied N−1 more times with new ids */
  scale?: number
}

let sourceHash: string | null = null
/** Hash of everything the seeded data depends on: the seed, the store, the domain code and the dependencies. */
function seedSourceHash(): string {
  if (sourceHash) return sourceHash
  const h = crypto.createHash('sha256')
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, e.name)
      if (e.isDirectory()) walk(p)
      else if (/\.(ts|json)$/.test(e.name)) h.update(p).update(fs.readFileSync(p))
    }
  }
  for (const d of ['mock/seed', 'mock/store', 'src/domain']) walk(path.join(ROOT, d))
  for (const f of ['package.json', 'package-lock.json'])
    if (fs.existsSync(path.join(ROOT, f))) h.update(fs.readFileSync(path.join(ROOT, f)))
  sourceHash = h.digest('hex').slice(0, 16)
  return sourceHash
}

function seedFile(file: string, opts: OpenOptions): void {
  const store = Store.open(file)
  try {
    if (!isSeeded(store)) {
      seedStore(store, opts.now)
      if (opts.scale && opts.scale > 1) scaleWorld(store, opts.scale)
    }
    store.checkpoint()
  } finally {
    store.close()
  }
}

/** Templates of older sources pile up as the code changes: drop the ones not used for a day. */
function pruneTemplates(): void {
  const dayAgo = Date.now() - 86_400_000
  for (const name of fs.readdirSync(TEMPLATE_DIR)) {
    const p = path.join(TEMPLATE_DIR, name)
    try {
      if (fs.statSync(p).atimeMs < dayAgo && fs.statSync(p).mtimeMs < dayAgo) fs.rmSync(p, { force: true })
    } catch {
      // another process removed or replaced it meanwhile
    }
  }
}

/** The template for these options (seeded now if missing; written atomically, so parallel runs are safe). */
function template(opts: OpenOptions): string {
  const key = crypto
    .createHash('sha256')
    // MOCK_DEMO_ALERTS and MOCK_GAZETTE_SIZE change what the seed writes, like the clock and the scale
    .update(`${seedSourceHash()}|${opts.now.toISOString()}|${opts.scale ?? 1}|${DEMO_ALERT_MARKS}|${GAZETTE_SIZE}`)
    .digest('hex')
    .slice(0, 20)
  const file = path.join(TEMPLATE_DIR, `world-${key}.sqlite`)
  if (fs.existsSync(file)) return file
  fs.mkdirSync(TEMPLATE_DIR, { recursive: true })
  pruneTemplates()
  const tmp = `${file}.tmp-${process.pid}-${crypto.randomBytes(4).toString('hex')}`
  seedFile(tmp, opts)
  for (const ext of ['-wal', '-shm']) fs.rmSync(`${tmp}${ext}`, { force: true })
  fs.renameSync(tmp, file)
  return file
}

/**
 * Opens `file`, creating and seeding it when it does not exist (or is empty). Returns the store and whether
 * the data was there already.
 */
export function openData(file: string, opts: OpenOptions): { store: Store; existed: boolean } {
  const existed = fs.existsSync(file) && fs.statSync(file).size > 0
  if (!existed) {
    Store.remove(file)
    if (opts.pinned) {
      fs.mkdirSync(path.dirname(file), { recursive: true })
      fs.copyFileSync(template(opts), file)
    }
  }
  const store = Store.open(file)
  if (!isSeeded(store)) {
    // a new file (unpinned clock), or one moved aside as corrupt
    seedStore(store, opts.now)
    if (opts.scale && opts.scale > 1) scaleWorld(store, opts.scale)
    return { store, existed: false }
  }
  return { store, existed }
}
