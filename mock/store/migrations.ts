// Versioned schema migrations, applied in order at start-up; the database's `PRAGMA user_version` is the
// number of the last one applied. Never edit a released migration: add the next one.
//
// Layout: one table per collection, `id` primary key, the columns the routes query by as real (indexed)
// columns, and the whole record as JSON in `doc`. The store keeps the columns in step with `doc` on every write.
import type Database from 'better-sqlite3'

export interface Migration {
  version: number
  name: string
  up: string
}

const table = (name: string, columns: string[]) =>
  `CREATE TABLE ${name} (id TEXT PRIMARY KEY NOT NULL, ${columns.map((c) => `${c}, `).join('')}doc TEXT NOT NULL);`

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'collections',
    up: [
      `CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);`,
      `CREATE TABLE seq (prefix TEXT PRIMARY KEY NOT NULL, n INTEGER NOT NULL);`,
      table('users', ['phone TEXT', 'openid TEXT', 'role TEXT', 'org_id TEXT', 'station_id TEXT', 'province_code TEXT']),
      `CREATE INDEX users_phone ON users (phone);`,
      `CREATE INDEX users_openid ON users (openid) WHERE openid IS NOT NULL;`,
      `CREATE INDEX users_org ON users (org_id);`,
      `CREATE INDEX users_station ON users (station_id, role);`,
      `CREATE INDEX users_role ON users (role, province_code);`,
      table('sessions', ['user_id TEXT', 'expires_at TEXT']),
      `CREATE INDEX sessions_user ON sessions (user_id);`,
      `CREATE INDEX sessions_expiry ON sessions (expires_at);`,
      table('stations', ['province_code TEXT', 'city_code TEXT', 'county_code TEXT']),
      `CREATE INDEX stations_province ON stations (province_code);`,
      `CREATE INDEX stations_city ON stations (city_code);`,
      `CREATE INDEX stations_county ON stations (county_code);`,
      table('orgs', ['kind TEXT', 'province_code TEXT', 'station_id TEXT']),
      `CREATE INDEX orgs_province ON orgs (province_code, kind);`,
      `CREATE INDEX orgs_station ON orgs (station_id);`,
      table('trademarks', ['owner_org_id TEXT']),
      `CREATE INDEX trademarks_owner ON trademarks (owner_org_id);`,
      table('regional_brands', ['association_id TEXT']),
      `CREATE INDEX regional_brands_association ON regional_brands (association_id);`,
      table('links', ['station_id TEXT', 'org_id TEXT', 'status TEXT']),
      `CREATE INDEX links_station ON links (station_id, status);`,
      `CREATE INDEX links_org ON links (org_id, status);`,
      table('alerts', ['org_id TEXT', 'status TEXT']),
      `CREATE INDEX alerts_org ON alerts (org_id, status);`,
      table('notices', ['user_id TEXT']),
      `CREATE INDEX notices_user ON notices (user_id);`,
      table('bookings', [
        'org_id TEXT',
        'user_id TEXT',
        'station_id TEXT',
        'slot_id TEXT',
        'status TEXT',
        'idempotency_key TEXT',
        'voucher_code TEXT',
      ]),
      `CREATE INDEX bookings_org ON bookings (org_id, status);`,
      `CREATE INDEX bookings_station ON bookings (station_id);`,
      `CREATE INDEX bookings_slot ON bookings (slot_id);`,
      `CREATE INDEX bookings_status ON bookings (status);`,
      `CREATE INDEX bookings_voucher ON bookings (voucher_code);`,
      // one booking per user and idempotency key, whatever the handler does
      `CREATE UNIQUE INDEX bookings_idempotency ON bookings (user_id, idempotency_key);`,
      table('availability', ['profile TEXT']),
      table('subscriptions', ['user_id TEXT']),
      `CREATE INDEX subscriptions_user ON subscriptions (user_id);`,
      table('applications', ['track TEXT', 'year INTEGER', 'province_code TEXT', 'status TEXT', 'org_id TEXT', 'station_id TEXT']),
      `CREATE INDEX applications_province ON applications (province_code, year, status);`,
      `CREATE INDEX applications_year ON applications (year, track);`,
      `CREATE INDEX applications_org ON applications (org_id);`,
      `CREATE INDEX applications_station ON applications (station_id);`,
      table('application_submits', ['user_id TEXT']),
      table('batches', ['year INTEGER']),
      `CREATE INDEX batches_year ON batches (year);`,
    ].join('\n'),
  },
  {
    // programme year (issue 13): the national timetable + quota versions per year, the provinces' calls, and
    // the keys of the call reminders already sent (each is sent once)
    version: 2,
    name: 'programme-year',
    up: [
      table('programme_years', ['year INTEGER']),
      table('calls', ['year INTEGER', 'province_code TEXT']),
      `CREATE INDEX calls_province ON calls (province_code, year);`,
      table('call_reminders', ['call_id TEXT']),
      `CREATE INDEX call_reminders_call ON call_reminders (call_id);`,
    ].join('\n'),
  },
  {
    // reporting (issue 11): the stations' service visits, the associations' member registers (用标名册) and the
    // yearly brand reports; the evaluation (issue 12) reads all three
    version: 3,
    name: 'reporting',
    up: [
      table('visits', ['station_id TEXT', 'client_org_id TEXT', 'date TEXT', 'follow_up_on TEXT']),
      `CREATE INDEX visits_station ON visits (station_id, date);`,
      `CREATE INDEX visits_client ON visits (client_org_id, date);`,
      `CREATE INDEX visits_follow_up ON visits (station_id, follow_up_on) WHERE follow_up_on IS NOT NULL;`,
      table('members', ['association_id TEXT', 'trademark_id TEXT', 'status TEXT', 'uscc TEXT']),
      `CREATE INDEX members_association ON members (association_id, status);`,
      `CREATE INDEX members_uscc ON members (association_id, uscc);`,
      table('reports', ['org_id TEXT', 'year INTEGER', 'track TEXT', 'status TEXT']),
      `CREATE UNIQUE INDEX reports_org_year ON reports (org_id, year);`,
      `CREATE INDEX reports_year ON reports (year, track, status);`,
    ].join('\n'),
  },
  {
    // photo uploads (issue 11): the bytes beside their metadata, so a photo commits (and rolls back) with the
    // request that stored it, survives restarts and is copied with the data file; `attached_*` = the record
    // that took it (a service visit, a member's use evidence), whose readers may then read it
    version: 4,
    name: 'uploads',
    up: [
      `CREATE TABLE uploads (id TEXT PRIMARY KEY NOT NULL, owner_id TEXT, attached_kind TEXT, attached_id TEXT, doc TEXT NOT NULL, bytes BLOB);`,
      `CREATE INDEX uploads_owner ON uploads (owner_id);`,
      `CREATE INDEX uploads_attached ON uploads (attached_kind, attached_id);`,
    ].join('\n'),
  },
  {
    // the yearly evaluation (issue 12): stored results (each with the method version it used) and the national
    // lists published in batches, one row per listed entry so the public pages filter by province and field
    version: 5,
    name: 'evaluation',
    up: [
      table('evaluation_results', ['year INTEGER', 'subject_id TEXT', 'track TEXT', 'province_code TEXT', 'method_version TEXT']),
      `CREATE UNIQUE INDEX evaluation_results_subject ON evaluation_results (year, subject_id);`,
      `CREATE INDEX evaluation_results_year ON evaluation_results (year, track, province_code);`,
      table('list_batches', ['year INTEGER', 'list TEXT', 'batch INTEGER']),
      `CREATE UNIQUE INDEX list_batches_key ON list_batches (year, list, batch);`,
      table('list_entries', ['year INTEGER', 'list TEXT', 'batch INTEGER', 'subject_id TEXT', 'province_code TEXT', 'field TEXT']),
      `CREATE UNIQUE INDEX list_entries_subject ON list_entries (year, list, subject_id);`,
      `CREATE INDEX list_entries_filter ON list_entries (year, list, batch, province_code, field);`,
      `CREATE INDEX list_entries_by_subject ON list_entries (subject_id);`,
    ].join('\n'),
  },
  {
    // yearly-report reminders (issue 11): one per organisation, year and Beijing day
    version: 6,
    name: 'report reminders',
    up: [
      table('report_reminders', ['year INTEGER', 'org_id TEXT']),
      `CREATE INDEX report_reminders_year ON report_reminders (year, org_id);`,
    ].join('\n'),
  },
  {
    // member register (issue 11): the mark holder's own dated use evidence (the members' evidence lives on
    // their register entry); the non-use defence bundle reads both
    version: 7,
    name: 'holder-evidence',
    up: [
      table('mark_evidence', ['association_id TEXT', 'trademark_id TEXT']),
      `CREATE INDEX mark_evidence_mark ON mark_evidence (trademark_id);`,
    ].join('\n'),
  },
  {
    // trademark monitoring (issue 10): which kinds of new alerts each user is told about (one row per user)
    version: 8,
    name: 'alert-settings',
    up: [table('alert_settings', [])].join('\n'),
  },
  {
    // service visits (issue 11): idempotency records of POST /visits, one per user + key (the primary key), so a
    // resend from a flaky network finds the visit it created instead of logging a second one
    version: 11,
    name: 'visit-submits',
    up: [table('visit_submits', ['user_id TEXT']), `CREATE INDEX visit_submits_user ON visit_submits (user_id);`].join('\n'),
  },
]

// Applied in array order and recorded by number, so the numbers must rise (gaps are fine: parallel branches
// reserve numbers); a file stamped with a later number would otherwise skip an earlier one for good.
MIGRATIONS.forEach((m, i) => {
  if (i > 0 && m.version <= MIGRATIONS[i - 1].version) {
    throw new Error(`migration ${m.version} (${m.name}) must come after ${MIGRATIONS[i - 1].version}: keep MIGRATIONS in rising order`)
  }
})

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version

/** Applies every migration newer than the file's user_version, each in its own transaction. */
export function migrate(db: Database.Database): { from: number; to: number } {
  const from = db.pragma('user_version', { simple: true }) as number
  if (from > SCHEMA_VERSION) {
    throw new Error(`数据文件的结构版本（${from}）比当前代码（${SCHEMA_VERSION}）新：请更新代码，或 npm run mock:reset 重置数据`)
  }
  for (const m of MIGRATIONS) {
    if (m.version <= from) continue
    db.transaction(() => {
      db.exec(m.up)
      db.pragma(`user_version = ${m.version}`)
    })()
  }
  return { from, to: SCHEMA_VERSION }
}
