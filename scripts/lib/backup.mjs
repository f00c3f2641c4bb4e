// Backup and restore of the kennisbank: every table of the database and the uploaded files.
//
// Without pg_dump: the default install runs an embedded PostgreSQL that ships no client tools, and a
// pg_dump older than the server refuses to work. Instead, in one read-only snapshot (REPEATABLE READ),
// every table of schema public is written as CSV with its header (COPY … TO STDOUT, through
// pg-copy-streams), gzipped, with its row count and the SHA-256 of its CSV in manifest.json; the media
// files are copied with their SHA-256. A restore builds the schema with the CMS's own migrations
// (`migrate`, run by the caller), loads each table in one transaction with foreign keys deferred
// (session_replication_role = replica: the database user must be a superuser or own the tables), sets
// every sequence past its highest id, refreshes the materialized views, copies the files back, and checks every
// count and checksum again.
import { createHash } from 'node:crypto'
import { copyFileSync, createReadStream, createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { Transform, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGunzip, createGzip } from 'node:zlib'

import pg from 'pg'
import { from as copyFrom, to as copyTo } from 'pg-copy-streams'

const ident = (name) => `"${name.replace(/"/g, '""')}"`

/** A pass-through stream that hashes what flows through it. */
function hashing() {
  const hash = createHash('sha256')
  const stream = new Transform({
    transform(chunk, _encoding, done) {
      hash.update(chunk)
      done(null, chunk)
    },
  })
  return { stream, digest: () => hash.digest('hex') }
}

const sha256 = (file) => createHash('sha256').update(readFileSync(file)).digest('hex')

/** Every file under `dir`, as paths relative to it. */
function filesUnder(dir, prefix = '') {
  if (!existsSync(dir)) return []
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    return statSync(full).isDirectory() ? filesUnder(full, path.join(prefix, name)) : [path.join(prefix, name)]
  })
}

/** Writes the CSV of one table (COPY TO) through `sink`; returns its SHA-256. */
async function exportTable(client, table, sink) {
  const hash = hashing()
  await pipeline(client.query(copyTo(`COPY ${ident(table)} TO STDOUT WITH (FORMAT csv, HEADER true)`)), hash.stream, ...sink)
  return hash.digest()
}

/** The SHA-256 of every table's CSV as the database holds it now. */
export async function tableChecksums(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
    const { rows } = await client.query("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")
    const sums = {}
    for (const { tablename } of rows) {
      const count = await client.query(`SELECT count(*)::int AS n FROM ${ident(tablename)}`)
      sums[tablename] = { rows: count.rows[0].n, sha256: await exportTable(client, tablename, [new Writable({ write: (_c, _e, done) => done() })]) }
    }
    await client.query('COMMIT')
    return sums
  } finally {
    await client.end()
  }
}

/** One statement on its own connection (for tests and checks: creating the database to restore into, say). */
export async function queryOnce(databaseUrl, text, values = []) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return (await client.query(text, values)).rows
  } finally {
    await client.end()
  }
}

/** Backs up the database at `databaseUrl` and the files in `mediaDir` into the new folder `out`; returns the manifest. */
export async function backup({ databaseUrl, mediaDir, out }) {
  if (existsSync(out) && readdirSync(out).length) throw new Error(`${out} is not empty: a backup goes into a folder of its own`)
  mkdirSync(path.join(out, 'tables'), { recursive: true })
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  const manifest = { createdAt: new Date().toISOString(), format: 1, migrations: [], tables: {}, media: {} }
  try {
    // One snapshot for all tables: the backup is consistent even while the CMS writes.
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
    const { rows } = await client.query("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")
    for (const { tablename } of rows) {
      const count = await client.query(`SELECT count(*)::int AS n FROM ${ident(tablename)}`)
      const file = path.join(out, 'tables', `${tablename}.csv.gz`)
      const digest = await exportTable(client, tablename, [createGzip(), createWriteStream(file)])
      manifest.tables[tablename] = { rows: count.rows[0].n, sha256: digest }
    }
    manifest.migrations = (await client.query('SELECT name FROM payload_migrations ORDER BY id')).rows.map((row) => row.name)
    await client.query('COMMIT')
  } finally {
    await client.end()
  }
  for (const name of filesUnder(mediaDir)) {
    const target = path.join(out, 'media', name)
    mkdirSync(path.dirname(target), { recursive: true })
    copyFileSync(path.join(mediaDir, name), target)
    manifest.media[name] = sha256(target)
  }
  writeFileSync(path.join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  return manifest
}

/** The first line of a gzipped file (a CSV's header). */
async function headerOf(file) {
  let text = ''
  for await (const chunk of createReadStream(file).pipe(createGunzip())) {
    text += chunk.toString('utf8')
    const end = text.indexOf('\n')
    if (end >= 0) return text.slice(0, end).replace(/\r$/, '')
  }
  return text
}

/** CSV header fields (column names never hold commas here, but may be quoted). */
const columnsOf = (header) => header.split(',').map((name) => name.replace(/^"|"$/g, '').replace(/""/g, '"'))

/**
 * Restores a backup into the empty database at `databaseUrl` and the files into `mediaDir`. `migrate(url)`
 * builds the schema (the CMS's migrations); it must know every migration the backup was made with.
 */
export async function restore({ databaseUrl, mediaDir, from, migrate }) {
  const manifest = JSON.parse(readFileSync(path.join(from, 'manifest.json'), 'utf8'))
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const existing = await client.query("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'")
    if (existing.rows[0].n > 0) throw new Error('The database to restore into is not empty: restore into a new, empty database.')
    await migrate(databaseUrl)
    const known = new Set((await client.query('SELECT name FROM payload_migrations')).rows.map((row) => row.name))
    const missing = manifest.migrations.filter((name) => !known.has(name))
    if (missing.length) throw new Error(`This release does not know the migrations ${missing.join(', ')} of the backup: restore with the release it was made with.`)
    const { rows } = await client.query("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
    await client.query('BEGIN')
    await client.query('SET LOCAL session_replication_role = replica')
    await client.query(`TRUNCATE ${rows.map((row) => ident(row.tablename)).join(', ')} RESTART IDENTITY`)
    for (const table of Object.keys(manifest.tables)) {
      const file = path.join(from, 'tables', `${table}.csv.gz`)
      const columns = columnsOf(await headerOf(file)).map(ident).join(', ')
      await pipeline(createReadStream(file), createGunzip(), client.query(copyFrom(`COPY ${ident(table)} (${columns}) FROM STDIN WITH (FORMAT csv, HEADER true)`)))
    }
    // Sequences past the highest id, so new documents get new ids.
    const serials = await client.query(
      `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND column_default LIKE 'nextval(%'`,
    )
    for (const { table_name: table, column_name: column } of serials.rows) {
      await client.query(`SELECT setval(pg_get_serial_sequence($1, $2), COALESCE((SELECT max(${ident(column)}) FROM ${ident(table)}), 0) + 1, false)`, [
        `public.${ident(table)}`,
        column,
      ])
    }
    // Materialized views (the search's word list and top lists) are built from the tables, not backed up;
    // in the order they were created, so that a view read by another is built first.
    for (const { matviewname } of (await client.query("SELECT matviewname FROM pg_matviews v JOIN pg_class c ON c.relname = v.matviewname AND c.relnamespace = 'public'::regnamespace WHERE v.schemaname = 'public' ORDER BY c.oid")).rows) {
      await client.query(`REFRESH MATERIALIZED VIEW ${ident(matviewname)}`)
    }
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    throw error
  } finally {
    await client.end()
  }
  for (const name of Object.keys(manifest.media)) {
    const target = path.join(mediaDir, name)
    mkdirSync(path.dirname(target), { recursive: true })
    copyFileSync(path.join(from, 'media', name), target)
  }
  // The same rows, byte for byte, and the same files.
  const now = await tableChecksums(databaseUrl)
  const different = Object.entries(manifest.tables).filter(([table, expected]) => now[table]?.rows !== expected.rows || now[table]?.sha256 !== expected.sha256).map(([table]) => table)
  const files = Object.entries(manifest.media).filter(([name, expected]) => sha256(path.join(mediaDir, name)) !== expected).map(([name]) => name)
  if (different.length || files.length) throw new Error(`The restore differs from the backup: tables ${different.join(', ') || '—'}; files ${files.join(', ') || '—'}`)
  return manifest
}
