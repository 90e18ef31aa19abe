// One typed repository per collection over a `(id, indexed columns…, doc JSON)` table (see migrations.ts).
// Reads return fresh copies: change a record, then `save` it — nothing is written behind the caller's back.
import type Database from 'better-sqlite3'

type Scalar = string | number | null
/** A filter value: equality, `undefined`/`null` = the field is absent, an array = any of. */
export type FilterValue = Scalar | boolean | undefined | readonly (string | number)[]
export type Filter<C extends string> = { [K in C | 'id']?: FilterValue }

export interface RepoSpec<T, C extends string> {
  table: string
  /** the record's key */
  id: (doc: T) => string
  /** record fields kept as indexed columns (column name = snake_case of the field) */
  columns: readonly C[]
}

const snake = (f: string) => f.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)

function scalar(v: unknown): Scalar {
  if (v === undefined || v === null) return null
  if (typeof v === 'boolean') return v ? 1 : 0
  if (typeof v === 'string' || typeof v === 'number') return v
  return JSON.stringify(v)
}

export class Repo<T extends object, C extends string = never> {
  /** bumped on every write (and on every rolled-back transaction): caches built from this collection compare it */
  version = 0
  private readonly stmts = new Map<string, Database.Statement>()
  private readonly cols: string[]
  private readonly upsertSql: string
  private readonly insertSql: string

  /** set by the store: told about every write (the store bumps written repositories again if the transaction rolls back) */
  onWrite: (repo: Repo<any, any>) => void = () => undefined

  constructor(
    private readonly db: Database.Database,
    readonly spec: RepoSpec<T, C>,
  ) {
    this.cols = spec.columns.map((c) => snake(c))
    const names = ['id', ...this.cols, 'doc']
    const marks = names.map(() => '?').join(', ')
    this.insertSql = `INSERT INTO ${spec.table} (${names.join(', ')}) VALUES (${marks})`
    // ON CONFLICT … DO UPDATE keeps the rowid, so "insertion order" (the default order) survives updates
    this.upsertSql = `${this.insertSql} ON CONFLICT(id) DO UPDATE SET ${names
      .slice(1)
      .map((n) => `${n} = excluded.${n}`)
      .join(', ')}`
  }

  private stmt(sql: string): Database.Statement {
    let s = this.stmts.get(sql)
    if (!s) {
      s = this.db.prepare(sql)
      this.stmts.set(sql, s)
    }
    return s
  }

  private row(doc: T): Scalar[] {
    const out: Scalar[] = [this.spec.id(doc)]
    for (const c of this.spec.columns) out.push(scalar((doc as Record<string, unknown>)[c]))
    out.push(JSON.stringify(doc))
    return out
  }

  private whereSql(filter: Filter<C> | undefined): { sql: string; params: Scalar[] } {
    const parts: string[] = []
    const params: Scalar[] = []
    for (const [field, value] of Object.entries(filter ?? {}) as [string, FilterValue][]) {
      const col = field === 'id' ? 'id' : snake(field)
      if (field !== 'id' && !this.cols.includes(col)) throw new Error(`${this.spec.table}: ${field} is not an indexed column`)
      if (value === undefined || value === null) parts.push(`${col} IS NULL`)
      else if (Array.isArray(value)) {
        parts.push(`${col} IN (SELECT value FROM json_each(?))`)
        params.push(JSON.stringify(value))
      } else {
        parts.push(`${col} = ?`)
        params.push(scalar(value))
      }
    }
    return { sql: parts.length ? ` WHERE ${parts.join(' AND ')}` : '', params }
  }

  get(id: string | undefined | null): T | undefined {
    if (id === undefined || id === null) return undefined
    const doc = this.stmt(`SELECT doc FROM ${this.spec.table} WHERE id = ?`).pluck().get(id) as string | undefined
    return doc === undefined ? undefined : (JSON.parse(doc) as T)
  }

  has(id: string | undefined | null): boolean {
    if (id === undefined || id === null) return false
    return this.stmt(`SELECT 1 FROM ${this.spec.table} WHERE id = ?`).pluck().get(id) !== undefined
  }

  /** Records with these ids, in the order asked (missing ones left out). */
  getMany(ids: readonly string[]): T[] {
    if (ids.length === 0) return []
    const rows = this.stmt(`SELECT id, doc FROM ${this.spec.table} WHERE id IN (SELECT value FROM json_each(?))`).all(
      JSON.stringify(ids),
    ) as {
      id: string
      doc: string
    }[]
    const byId = new Map(rows.map((r) => [r.id, r.doc]))
    const out: T[] = []
    for (const id of ids) {
      const doc = byId.get(id)
      if (doc !== undefined) out.push(JSON.parse(doc) as T)
    }
    return out
  }

  /** Records matching every field of the filter, in insertion order. */
  where(filter?: Filter<C>, opts: { limit?: number } = {}): T[] {
    const w = this.whereSql(filter)
    const limit = opts.limit !== undefined ? ` LIMIT ${Math.max(0, Math.floor(opts.limit))}` : ''
    const docs = this.stmt(`SELECT doc FROM ${this.spec.table}${w.sql} ORDER BY rowid${limit}`)
      .pluck()
      .all(...w.params) as string[]
    return docs.map((d) => JSON.parse(d) as T)
  }

  first(filter?: Filter<C>): T | undefined {
    return this.where(filter, { limit: 1 })[0]
  }

  all(): T[] {
    return this.where()
  }

  count(filter?: Filter<C>): number {
    const w = this.whereSql(filter)
    return this.stmt(`SELECT count(*) FROM ${this.spec.table}${w.sql}`)
      .pluck()
      .get(...w.params) as number
  }

  /** Adds a new record (an existing id is an error). */
  insert(doc: T): T {
    this.stmt(this.insertSql).run(...this.row(doc))
    this.touch()
    return doc
  }

  insertMany(docs: readonly T[]): void {
    const s = this.stmt(this.insertSql)
    for (const d of docs) s.run(...this.row(d))
    this.touch()
  }

  /** Writes the record (insert or replace by id). */
  save(doc: T): T {
    this.stmt(this.upsertSql).run(...this.row(doc))
    this.touch()
    return doc
  }

  delete(id: string): boolean {
    const n = this.stmt(`DELETE FROM ${this.spec.table} WHERE id = ?`).run(id).changes
    if (n) this.touch()
    return n > 0
  }

  deleteWhere(filter: Filter<C>): number {
    const w = this.whereSql(filter)
    const n = this.stmt(`DELETE FROM ${this.spec.table}${w.sql}`).run(...w.params).changes
    if (n) this.touch()
    return n
  }

  /** For repository subclasses: a cached prepared statement on this collection's table. */
  protected sql(sql: string): Database.Statement {
    return this.stmt(sql.replace(/\$table\b/g, this.spec.table))
  }
  protected touch(): void {
    this.version++
    this.onWrite(this)
  }
}
