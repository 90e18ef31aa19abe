// The mock's database: SQLite through better-sqlite3 (WAL, synchronous=FULL), opened and migrated at start-up,
// one typed repository per collection, and synchronous transactions (`store.tx`). The only code that knows
// the database is in this folder.
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { migrate, SCHEMA_VERSION } from './migrations'
import { Repo } from './repo'
import { BookingRepo } from './bookings'
import type {
  Notice,
  Organization,
  RegionalBrand,
  Station,
  StoredAlert,
  StoredAlertSettings,
  StoredApplication,
  StoredAvailability,
  StoredBatch,
  StoredCall,
  StoredCallReminder,
  StoredEvaluationResult,
  StoredListBatch,
  StoredListEntry,
  StoredMember,
  StoredMarkEvidence,
  StoredReport,
  StoredUpload,
  StoredReportReminder,
  StoredVisit,
  StoredVisitSubmit,
  StoredLink,
  StoredProgrammeYear,
  StoredSession,
  StoredSubmit,
  StoredSubscription,
  StoredUser,
  Trademark,
} from './types'

export * from './types'
export { Repo } from './repo'
export { BookingRepo } from './bookings'
export { SCHEMA_VERSION } from './migrations'

class SessionRepo extends Repo<StoredSession, 'userId' | 'expiresAt'> {
  /** Drops every session that expired before `nowIso` (ISO strings of one format compare like the instants). */
  deleteExpired(nowIso: string): number {
    const n = this.sql('DELETE FROM $table WHERE expires_at < ?').run(nowIso).changes
    if (n) this.touch()
    return n
  }
}

class UploadRepo extends Repo<StoredUpload, 'ownerId' | 'attachedKind' | 'attachedId'> {
  /** Adds the record and its bytes (one row: both commit or roll back with the caller's transaction). */
  insertWithBytes(doc: StoredUpload, bytes: Buffer): StoredUpload {
    this.insert(doc)
    this.sql('UPDATE $table SET bytes = ? WHERE id = ?').run(bytes, doc.id)
    return doc
  }
  /**
   * Deletes the uploads no record has taken that were made before `createdBeforeIso` (record and bytes, one row
   * each); returns how many. ISO strings of one format (`toISOString`) compare like the instants. A taken upload
   * (attached_kind set) is never matched.
   */
  deleteOrphansBefore(createdBeforeIso: string): number {
    const n = this.sql("DELETE FROM $table WHERE attached_kind IS NULL AND json_extract(doc, '$.createdAt') < ?").run(
      createdBeforeIso,
    ).changes
    if (n) this.touch()
    return n
  }
  /** The stored bytes (undefined when there is no such upload). */
  bytes(id: string): Buffer | undefined {
    return (this.sql('SELECT bytes FROM $table WHERE id = ?').pluck().get(id) as Buffer | null | undefined) ?? undefined
  }
}

export const subscriptionKey = (userId: string, templateId: string) => `${userId}\u0001${templateId}`
export const submitKey = (userId: string, key: string) => `${userId}\u0001${key}`
export const batchKey = (year: number, batch: number) => `${year}-${batch}`

class PrecheckWroteError extends Error {
  constructor() {
    super('a txGrouped precheck wrote to the store')
  }
}

interface GroupItem {
  fn: () => unknown
  precheck?: () => void
  resolve: (value: unknown) => void
  reject: (err: unknown) => void
}

export class Store {
  readonly users: Repo<StoredUser, 'phone' | 'openid' | 'role' | 'orgId' | 'stationId' | 'provinceCode'>
  readonly sessions: SessionRepo
  readonly stations: Repo<Station, 'provinceCode' | 'cityCode' | 'countyCode'>
  readonly orgs: Repo<Organization, 'kind' | 'provinceCode' | 'stationId'>
  readonly trademarks: Repo<Trademark, 'ownerOrgId'>
  readonly regionalBrands: Repo<RegionalBrand, 'associationId'>
  readonly links: Repo<StoredLink, 'stationId' | 'orgId' | 'status'>
  readonly alerts: Repo<StoredAlert, 'orgId' | 'status'>
  readonly notices: Repo<Notice, 'userId'>
  readonly bookings: BookingRepo
  readonly availability: Repo<StoredAvailability, 'profile'>
  readonly subscriptions: Repo<StoredSubscription, 'userId'>
  readonly applications: Repo<StoredApplication, 'track' | 'year' | 'provinceCode' | 'status' | 'orgId' | 'stationId'>
  readonly applicationSubmits: Repo<StoredSubmit, 'userId'>
  readonly batches: Repo<StoredBatch, 'year'>
  readonly programmeYears: Repo<StoredProgrammeYear, 'year'>
  readonly calls: Repo<StoredCall, 'year' | 'provinceCode'>
  readonly callReminders: Repo<StoredCallReminder, 'callId'>
  readonly visits: Repo<StoredVisit, 'stationId' | 'clientOrgId' | 'date' | 'followUpOn'>
  readonly visitSubmits: Repo<StoredVisitSubmit, 'userId'>
  readonly members: Repo<StoredMember, 'associationId' | 'trademarkId' | 'status' | 'uscc'>
  readonly markEvidence: Repo<StoredMarkEvidence, 'associationId' | 'trademarkId'>
  readonly reports: Repo<StoredReport, 'orgId' | 'year' | 'track' | 'status'>
  readonly alertSettings: Repo<StoredAlertSettings, never>
  readonly evaluationResults: Repo<StoredEvaluationResult, 'year' | 'subjectId' | 'track' | 'provinceCode' | 'methodVersion'>
  readonly listBatches: Repo<StoredListBatch, 'year' | 'list' | 'batch'>
  readonly listEntries: Repo<StoredListEntry, 'year' | 'list' | 'batch' | 'subjectId' | 'provinceCode' | 'field'>
  readonly uploads: UploadRepo
  readonly reportReminders: Repo<StoredReportReminder, 'year' | 'orgId'>
  /** every repository, by collection name (dump, cache invalidation) */
  readonly collections: Record<string, Repo<any, any>>

  private readonly runTx: (fn: () => unknown) => unknown
  private readonly metaCache = new Map<string, unknown>()
  /** repositories written in the innermost open transaction or savepoint (null outside), and whether meta was */
  private written: Set<Repo<any, any>> | null = null
  private metaWritten = false
  /** repository writes so far (a txGrouped precheck must not make one) */
  private writes = 0
  /** the group waiting for its commit (`txGrouped`), flushed in the check phase of this event-loop turn */
  private group: GroupItem[] | null = null
  private readonly nextSeq: Database.Statement
  private closed = false

  private constructor(
    readonly db: Database.Database,
    /** the data file (':memory:' for a throw-away store) */
    readonly file: string,
  ) {
    const r = <T extends object, C extends string>(
      table: string,
      columns: readonly C[],
      id: (d: T) => string = (d) => (d as { id: string }).id,
    ) => new Repo<T, C>(db, { table, columns, id })
    this.users = r('users', ['phone', 'openid', 'role', 'orgId', 'stationId', 'provinceCode'])
    this.sessions = new SessionRepo(db, { table: 'sessions', columns: ['userId', 'expiresAt'], id: (s) => s.token })
    this.stations = r('stations', ['provinceCode', 'cityCode', 'countyCode'])
    this.orgs = r('orgs', ['kind', 'provinceCode', 'stationId'])
    this.trademarks = r('trademarks', ['ownerOrgId'])
    this.regionalBrands = r('regional_brands', ['associationId'])
    this.links = r('links', ['stationId', 'orgId', 'status'])
    this.alerts = r('alerts', ['orgId', 'status'])
    this.notices = r('notices', ['userId'])
    this.bookings = new BookingRepo(db, {
      table: 'bookings',
      columns: ['orgId', 'userId', 'stationId', 'slotId', 'status', 'idempotencyKey', 'voucherCode'],
      id: (b) => b.id,
    })
    this.availability = r<StoredAvailability, 'profile'>('availability', ['profile'], (a) => a.stationId)
    this.subscriptions = r<StoredSubscription, 'userId'>('subscriptions', ['userId'], (s) => subscriptionKey(s.userId, s.templateId))
    this.applications = r('applications', ['track', 'year', 'provinceCode', 'status', 'orgId', 'stationId'])
    this.applicationSubmits = r<StoredSubmit, 'userId'>('application_submits', ['userId'], (s) => submitKey(s.userId, s.key))
    this.batches = r<StoredBatch, 'year'>('batches', ['year'], (b) => batchKey(b.year, b.batch))
    this.programmeYears = r<StoredProgrammeYear, 'year'>('programme_years', ['year'], (y) => String(y.year))
    this.calls = r('calls', ['year', 'provinceCode'])
    this.callReminders = r<StoredCallReminder, 'callId'>('call_reminders', ['callId'], (k) => k.key)
    this.visits = r('visits', ['stationId', 'clientOrgId', 'date', 'followUpOn'])
    this.visitSubmits = r<StoredVisitSubmit, 'userId'>('visit_submits', ['userId'], (s) => submitKey(s.userId, s.key))
    this.members = r('members', ['associationId', 'trademarkId', 'status', 'uscc'])
    this.markEvidence = r('mark_evidence', ['associationId', 'trademarkId'])
    this.reports = r('reports', ['orgId', 'year', 'track', 'status'])
    this.alertSettings = r<StoredAlertSettings, never>('alert_settings', [], (a) => a.userId)
    this.evaluationResults = r('evaluation_results', ['year', 'subjectId', 'track', 'provinceCode', 'methodVersion'])
    this.listBatches = r('list_batches', ['year', 'list', 'batch'])
    this.listEntries = r('list_entries', ['year', 'list', 'batch', 'subjectId', 'provinceCode', 'field'])
    this.uploads = new UploadRepo(db, { table: 'uploads', columns: ['ownerId', 'attachedKind', 'attachedId'], id: (u) => u.id })
    this.reportReminders = r<StoredReportReminder, 'year' | 'orgId'>('report_reminders', ['year', 'orgId'], (k) => k.key)
    this.collections = {
      users: this.users,
      sessions: this.sessions,
      stations: this.stations,
      orgs: this.orgs,
      trademarks: this.trademarks,
      regionalBrands: this.regionalBrands,
      links: this.links,
      alerts: this.alerts,
      notices: this.notices,
      bookings: this.bookings,
      availability: this.availability,
      subscriptions: this.subscriptions,
      applications: this.applications,
      applicationSubmits: this.applicationSubmits,
      batches: this.batches,
      programmeYears: this.programmeYears,
      calls: this.calls,
      callReminders: this.callReminders,
      visits: this.visits,
      visitSubmits: this.visitSubmits,
      members: this.members,
      markEvidence: this.markEvidence,
      reports: this.reports,
      alertSettings: this.alertSettings,
      evaluationResults: this.evaluationResults,
      listBatches: this.listBatches,
      listEntries: this.listEntries,
      uploads: this.uploads,
      reportReminders: this.reportReminders,
    }
    for (const repo of Object.values(this.collections)) {
      repo.onWrite = (written) => {
        this.writes++
        if (this.db.inTransaction) this.written?.add(written)
      }
    }
    this.runTx = db.transaction((fn: () => unknown) => fn())
    this.nextSeq = db.prepare('INSERT INTO seq (prefix, n) VALUES (?, 1) ON CONFLICT(prefix) DO UPDATE SET n = n + 1 RETURNING n').pluck()
  }

  /**
   * Opens (creating if needed) and migrates the database file. WAL + synchronous=FULL: a commit returns only
   * once its WAL frames are fsync'ed, so an acknowledged write survives a kill -9 and a power cut.
   * A file that is not a SQLite database is moved aside (`<file>.corrupt-<time>`) and a new one is created.
   */
  static open(file: string): Store {
    const memory = file === ':memory:'
    if (!memory) fs.mkdirSync(path.dirname(file), { recursive: true })
    const connect = () => {
      const db = new Database(file)
      try {
        db.pragma('journal_mode = WAL')
        db.pragma('synchronous = FULL')
        db.pragma('foreign_keys = OFF')
        db.pragma('busy_timeout = 5000')
        // keep the working set in memory at ×10 data too (default page cache is 2 MB)
        db.pragma('cache_size = -65536')
        db.pragma('mmap_size = 268435456')
        migrate(db)
        return db
      } catch (err) {
        db.close()
        throw err
      }
    }
    let db: Database.Database
    try {
      db = connect()
    } catch (err: any) {
      if (memory || (err?.code !== 'SQLITE_NOTADB' && err?.code !== 'SQLITE_CORRUPT')) throw err
      const aside = `${file}.corrupt-${Date.now()}`
      fs.renameSync(file, aside)
      for (const ext of ['-wal', '-shm']) fs.rmSync(`${file}${ext}`, { force: true })
      db = connect()
    }
    return new Store(db, file)
  }

  /** Deletes a data file and its WAL side files. */
  static remove(file: string): void {
    for (const ext of ['', '-wal', '-shm']) fs.rmSync(`${file}${ext}`, { force: true })
  }

  get schemaVersion(): number {
    return SCHEMA_VERSION
  }

  /**
   * Runs `fn` in one transaction: everything it writes commits together (durably) when it returns, or not at
   * all when it throws. Synchronous on purpose: no other request can run in between, so a check and the write
   * it guards (seats left → insert) are one atomic step. Nested calls join the outer transaction as a savepoint:
   * when one throws, only its own writes are rolled back (and only the caches of what it wrote are dropped).
   */
  tx<R>(fn: () => R): R {
    const enclosing = this.written
    const enclosingMeta = this.metaWritten
    const mine = new Set<Repo<any, any>>()
    this.written = mine
    this.metaWritten = false
    let ok = false
    try {
      const out = this.runTx(fn) as R
      ok = true
      return out
    } catch (err) {
      // caches built from rolled-back data inside the transaction must not survive it
      for (const repo of mine) repo.version++
      if (this.metaWritten) this.metaCache.clear()
      throw err
    } finally {
      // a released savepoint's writes are the enclosing transaction's now (rolled back with it if it fails)
      if (ok && enclosing) for (const repo of mine) enclosing.add(repo)
      this.metaWritten = enclosing ? enclosingMeta || (ok && this.metaWritten) : false
      this.written = enclosing
    }
  }

  /**
   * Group commit: like `tx`, but the calls made in the same event-loop turn are decided together, in call order,
   * inside ONE transaction — each in its own savepoint, so one that throws rolls back only itself and the others
   * see exactly what the earlier ones wrote — and committed once: one fsync for the group instead of one per
   * call. Every promise settles only after that commit (or with the commit's error when it fails, which
   * undoes the whole group), so a reply sent on it is still durable. Meant for requests that arrive in bursts
   * (500 simultaneous POST /bookings: each fsync blocks the event loop for every request queued behind it).
   *
   * `precheck` (optional) runs first, in order, inside the group's transaction but outside the savepoint: a
   * read-only test that may throw to refuse the call cheaply (no savepoint to open and roll back). A precheck
   * that writes is a bug: its writes are outside any savepoint, so the whole group fails and is undone.
   */
  txGrouped<R>(fn: () => R, precheck?: () => void): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      if (!this.group) {
        this.group = []
        // the check phase runs after the poll phase has handled every request that arrived in this turn
        setImmediate(() => this.flushGroup())
      }
      this.group.push({ fn, precheck, resolve: resolve as (v: unknown) => void, reject })
    })
  }

  private flushGroup(): void {
    const items = this.group ?? []
    this.group = null
    const outcomes: Array<{ ok: true; value: unknown } | { ok: false; err: unknown }> = []
    try {
      if (this.closed) throw new Error('the store is closed')
      this.tx(() => {
        for (const item of items) {
          try {
            if (item.precheck) this.readOnly(item.precheck)
            outcomes.push({ ok: true, value: this.tx(item.fn) })
          } catch (err) {
            // a precheck that wrote left its writes outside any savepoint: the whole group is undone
            if (err instanceof PrecheckWroteError) throw err
            outcomes.push({ ok: false, err })
          }
        }
      })
    } catch (err) {
      // the commit (or BEGIN) failed: nothing of the group is durable, so no call of it succeeded
      for (const item of items) item.reject(err)
      return
    }
    items.forEach((item, i) => {
      const o = outcomes[i]
      if (o.ok) item.resolve(o.value)
      else item.reject(o.err)
    })
  }

  /** Runs a check that must not write (inside a transaction); throws if it wrote anyway. */
  private readOnly(check: () => void): void {
    // (a counter, not a set per call: this runs for every request of a burst)
    const before = this.writes
    let refusal: unknown = null
    try {
      check()
    } catch (err) {
      refusal = err
    }
    if (this.writes !== before) throw new PrecheckWroteError()
    if (refusal !== null) throw refusal
  }

  get inTransaction(): boolean {
    return this.db.inTransaction
  }

  /** Next id for a prefix: `BK000024` (6 digits, counter per prefix, part of the caller's transaction). */
  nextId(prefix: string): string {
    const n = this.nextSeq.get(prefix) as number
    return `${prefix}${String(n).padStart(6, '0')}`
  }

  /** Sets the counters (seeding): prefix → last number used. */
  setSeq(seq: Record<string, number>): void {
    const s = this.db.prepare('INSERT INTO seq (prefix, n) VALUES (?, ?) ON CONFLICT(prefix) DO UPDATE SET n = excluded.n')
    for (const [p, n] of Object.entries(seq)) s.run(p, n)
  }

  seq(): Record<string, number> {
    const rows = this.db.prepare('SELECT prefix, n FROM seq ORDER BY prefix').all() as { prefix: string; n: number }[]
    return Object.fromEntries(rows.map((r) => [r.prefix, r.n]))
  }

  /** Small settings kept beside the collections (seed time, shared availability profiles). */
  getMeta<T>(key: string): T | undefined {
    if (this.metaCache.has(key)) return this.metaCache.get(key) as T | undefined
    const v = this.db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(key) as string | undefined
    const parsed = v === undefined ? undefined : (JSON.parse(v) as T)
    this.metaCache.set(key, parsed)
    return parsed
  }

  setMeta(key: string, value: unknown): void {
    this.db
      .prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
      .run(key, JSON.stringify(value))
    this.metaCache.set(key, value)
    if (this.db.inTransaction) this.metaWritten = true
  }

  /** Every collection's records (tests, debugging): collection → records in insertion order, plus meta and seq. */
  dump(): Record<string, unknown> {
    const out: Record<string, unknown> = {}
    const meta = this.db.prepare('SELECT key, value FROM meta ORDER BY key').all() as { key: string; value: string }[]
    out.meta = Object.fromEntries(meta.map((m) => [m.key, JSON.parse(m.value)]))
    out.seq = this.seq()
    for (const [name, repo] of Object.entries(this.collections)) out[name] = repo.all()
    return out
  }

  /**
   * Folds the WAL into the data file from a timer instead of inside whichever commit crosses SQLite's
   * 1,000-page threshold, so no request pays for a checkpoint. A crash in between loses nothing: the WAL is
   * replayed when the file is opened. Returns a function that stops the timer.
   */
  checkpointEvery(ms: number): () => void {
    if (this.file === ':memory:') return () => undefined
    this.db.pragma('wal_autocheckpoint = 0')
    const timer = setInterval(() => {
      if (!this.closed && !this.db.inTransaction) this.db.pragma('wal_checkpoint(PASSIVE)')
    }, ms)
    timer.unref()
    return () => {
      clearInterval(timer)
      if (!this.closed) this.db.pragma('wal_autocheckpoint = 1000')
    }
  }

  /** Gathers index statistics for the query planner (after bulk loads such as seeding). */
  analyze(): void {
    this.db.exec('ANALYZE')
  }

  /** Moves the WAL into the main file (a closed store is then one self-contained file that can be copied). */
  checkpoint(): void {
    if (this.file !== ':memory:') this.db.pragma('wal_checkpoint(TRUNCATE)')
  }

  close(): void {
    if (this.closed) return
    this.closed = true
    this.db.close()
  }
}
