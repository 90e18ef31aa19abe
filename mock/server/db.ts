import fs from 'node:fs'
import path from 'node:path'

/**
 * The mock's whole state: plain JSON collections keyed by capability.
 * Each capability adds its own collections to `DbState` (declaration below) and seeds them in seed/.
 */
export interface DbState {
  version: number
  /** monotonically increasing id counter per prefix */
  seq: Record<string, number>
  [collection: string]: unknown
}

/**
 * In-memory state persisted atomically (write temp file + rename) to a JSON file.
 * Mutating handlers call `await db.commit()` before replying, so nothing acknowledged is lost on restart;
 * concurrent commits are grouped into one write (group commit).
 */
export class Db {
  private writing: Promise<void> | null = null
  private pending: Promise<void> | null = null
  constructor(
    public state: DbState,
    private file: string | null,
  ) {}

  static open(file: string | null, seed: () => DbState): Db {
    if (file && fs.existsSync(file)) {
      try {
        return new Db(JSON.parse(fs.readFileSync(file, 'utf8')) as DbState, file)
      } catch (err) {
        // A corrupt file can only come from outside edits (writes are atomic): keep it aside and reseed.
        fs.renameSync(file, `${file}.corrupt-${Date.now()}`)
      }
    }
    const db = new Db(seed(), file)
    db.writeSync()
    return db
  }

  /** Typed access to a collection. */
  coll<T>(name: string): T[] {
    if (!Array.isArray(this.state[name])) this.state[name] = []
    return this.state[name] as T[]
  }

  nextId(prefix: string): string {
    const n = (this.state.seq[prefix] ?? 0) + 1
    this.state.seq[prefix] = n
    return `${prefix}${String(n).padStart(6, '0')}`
  }

  writeSync(): void {
    if (!this.file) return
    fs.mkdirSync(path.dirname(this.file), { recursive: true })
    const tmp = `${this.file}.tmp-${process.pid}`
    fs.writeFileSync(tmp, JSON.stringify(this.state))
    fs.renameSync(tmp, this.file)
  }

  /** Persist the current state; resolves once a write that includes every change made so far is on disk. */
  commit(): Promise<void> {
    if (!this.file) return Promise.resolve()
    if (this.pending) return this.pending
    const file = this.file
    let p!: Promise<void>
    // eslint-disable-next-line prefer-const -- referenced inside its own initialiser
    p = (async () => {
      await Promise.resolve() // let `this.pending = p` happen first
      if (this.writing) await this.writing.catch(() => undefined)
      if (this.pending === p) this.pending = null // later commits now queue behind this write
      const tmp = `${file}.tmp-${process.pid}`
      const data = JSON.stringify(this.state)
      this.writing = fs.promises
        .mkdir(path.dirname(file), { recursive: true })
        .then(() => fs.promises.writeFile(tmp, data))
        .then(() => fs.promises.rename(tmp, file))
      try {
        await this.writing
      } finally {
        this.writing = null
      }
    })()
    this.pending = p
    return p
  }
}
