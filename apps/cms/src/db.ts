// The one door from the CMS's own code to SQL. Payload's collections go through its local API;
// what needs SQL of its own (search, registrations under a row lock, jobs that delete in bulk) goes
// through the functions here, on the pool of Payload's PostgreSQL adapter. Importing the adapter's
// types gives `payload.db` its `pool` (module augmentation), so no cast is needed; `pnpm check:structure`
// fails when SQL is reached any other way.
import { createHash } from 'node:crypto'

import type {} from '@payloadcms/db-postgres'
import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'
import { PgDialect } from '@payloadcms/db-postgres/drizzle/pg-core'
import type { BasePayload, PayloadRequest } from 'payload'
import pg from 'pg'

export { sql, type SQL } from '@payloadcms/db-postgres/drizzle'

export type Row = Record<string, unknown>
/** A connection to run statements on: the pool, or one client inside a transaction. */
export type Queryable = { query: <R extends Row = Row>(text: string, values?: unknown[]) => Promise<{ rows: R[]; rowCount: number | null }> }

const dialect = new PgDialect()

/** A statement built with drizzle's `sql` template as text and bound parameters (the benchmark runs it raw). */
export function toQuery(statement: SQL): { text: string; values: unknown[] } {
  const { sql: text, params } = dialect.sqlToQuery(statement)
  return { text, values: params as unknown[] }
}

/** Runs one statement on the pool: plain text with `$n` parameters, or a drizzle `sql` template. */
export async function query<R extends Row = Row>(payload: BasePayload, statement: string | SQL, values: unknown[] = []): Promise<{ rows: R[]; rowCount: number | null }> {
  const { text, values: params } = typeof statement === 'string' ? { text: statement, values } : toQuery(statement)
  const { rows, rowCount } = await payload.db.pool.query<R>(text, params)
  return { rows, rowCount }
}

/**
 * Runs a statement as a named prepared statement: PostgreSQL parses each shape (the text without its
 * values) once per connection instead of on every request. For hot statements such as search.
 *
 * `planOnce`: plan it once per connection too, for statements whose best plan does not depend on their
 * values. PostgreSQL otherwise decides per statement whether to plan anew for every call, and kept doing
 * so for the search: 2–4 ms of planning in a search of 5–15 ms (measured at 100,000 items). Such
 * statements run on a second pool of the same database whose connections have
 * `plan_cache_mode = force_generic_plan`; Payload's own statements keep the default.
 */
export async function queryPrepared<R extends Row = Row>(payload: BasePayload, statement: SQL, { planOnce = false } = {}): Promise<R[]> {
  const { text, values } = toQuery(statement)
  const name = `kb_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`
  return (await (planOnce ? plannedOncePool(payload) : payload.db.pool).query<R>({ name, text, values })).rows
}

const plannedOncePools = new WeakMap<pg.Pool, pg.Pool>()

/** The second pool of `queryPrepared`'s `planOnce`: Payload's pool's settings, plus the plan cache mode. */
function plannedOncePool(payload: BasePayload): pg.Pool {
  const main = payload.db.pool
  let pool = plannedOncePools.get(main)
  if (!pool) {
    const options = main.options as pg.PoolConfig
    pool = new pg.Pool({ ...options, options: `${options.options ?? ''} -c plan_cache_mode=force_generic_plan`.trim(), allowExitOnIdle: true })
    // An idle connection the server closed is dropped by the pool and the next query opens another; said in
    // the log (the benchmark's and tests' stand-in has none), as without a listener it would end the process.
    pool.on('error', (err) => payload.logger?.warn({ err }, 'An idle connection of the search pool was closed'))
    plannedOncePools.set(main, pool)
  }
  return pool
}

/** One client of the pool for several statements (no transaction), released afterwards. */
export async function withClient<T>(payload: BasePayload, work: (client: Queryable) => Promise<T>): Promise<T> {
  const client = await payload.db.pool.connect()
  try {
    return await work(client)
  } finally {
    client.release()
  }
}

/**
 * Runs `work` in one transaction on its own client: committed when it returns, rolled back when it
 * throws. Separate from Payload's `req.transactionID`: use it for work that must commit on its own,
 * such as a registration that locks its event's row.
 */
export function transaction<T>(payload: BasePayload, work: (client: Queryable) => Promise<T>): Promise<T> {
  return withClient(payload, async (client) => {
    await client.query('BEGIN')
    try {
      const result = await work(client)
      await client.query('COMMIT')
      return result
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {})
      throw error
    }
  })
}

/**
 * Runs a statement on the request's transaction (Payload's `req.transactionID`), so that it commits or
 * rolls back with the operation around it; without a transaction it commits at once.
 */
export async function queryInTransaction<R extends Row = Row>(req: PayloadRequest, statement: SQL): Promise<R[]> {
  const id = req.transactionID ? await req.transactionID : undefined
  // Payload keeps each open transaction's drizzle handle in `sessions` (typed loosely there).
  const session = id !== undefined ? (req.payload.db.sessions?.[id]?.db as typeof req.payload.db.drizzle | undefined) : undefined
  const db = session ?? req.payload.db.drizzle
  const result = await db.execute(statement)
  return result.rows as R[]
}

/**
 * Sends a PostgreSQL notification on the request's transaction: delivered to listeners when it commits,
 * dropped when it rolls back. Without a transaction the statement commits (and notifies) at once.
 */
export async function notifyInTransaction(req: PayloadRequest, channel: string, message: string): Promise<void> {
  await queryInTransaction(req, sql`SELECT pg_notify(${channel}, ${message})`)
}

/**
 * Listens on a channel with a client of its own, and listens again after the connection fails (a
 * database restart). Returns a function that stops listening.
 */
export function listen(payload: BasePayload, channel: string, onMessage: (message: string) => void): () => void {
  let stopped = false
  let release: (() => void) | undefined
  const connect = async () => {
    if (stopped) return
    try {
      const client = await payload.db.pool.connect()
      let done = false
      const retry = (error?: Error) => {
        if (done) return
        done = true
        client.release(error ?? true)
        if (!stopped) setTimeout(connect, 1000).unref()
      }
      client.on('notification', (note) => note.channel === channel && onMessage(note.payload ?? ''))
      client.on('error', retry)
      release = () => retry()
      await client.query(`LISTEN ${channel.replace(/[^a-z_]/g, '')}`)
    } catch (error) {
      payload.logger.warn(`listening on ${channel} failed, trying again: ${(error as Error).message}`)
      if (!stopped) setTimeout(connect, 1000).unref()
    }
  }
  void connect()
  return () => {
    stopped = true
    release?.()
  }
}

type HeldClient = Queryable & { release: (destroy?: boolean) => void }
const heldLocks = new Map<string, HeldClient>()

/**
 * Whether this process holds the cluster-wide lock `name`: a PostgreSQL session-level advisory lock on a
 * connection of its own, kept for as long as the process lives. PostgreSQL releases it when that
 * connection ends (the process stopped or crashed), and then the next caller in another process gets it.
 */
export async function holdsLock(payload: BasePayload, name: string): Promise<boolean> {
  const held = heldLocks.get(name)
  if (held) {
    try {
      await held.query('SELECT 1')
      return true
    } catch {
      heldLocks.delete(name)
      held.release(true)
    }
  }
  const client: HeldClient = await payload.db.pool.connect()
  try {
    const { rows } = await client.query<{ got: boolean }>('SELECT pg_try_advisory_lock(hashtext($1)) AS got', [name])
    if (rows[0]?.got) {
      heldLocks.set(name, client)
      return true
    }
  } catch {
    // The database is away: not held; the next call tries again.
  }
  client.release()
  return false
}

/** Lets go of a lock this process holds (its connection goes back to the pool). */
export async function releaseLock(name: string): Promise<void> {
  const held = heldLocks.get(name)
  if (!held) return
  heldLocks.delete(name)
  await held.query('SELECT pg_advisory_unlock(hashtext($1))', [name]).catch(() => {})
  held.release()
}

/**
 * Another database through the same door: what the functions here need of Payload (its pool), on a
 * database of its own. For a test of the search on generated items (tests/int/bounded-search.int.spec.ts).
 */
export function databaseAt(connectionString: string): { payload: BasePayload; end: () => Promise<void> } {
  const pool = new pg.Pool({ connectionString, max: 4, options: '-c jit=off' })
  const end = async () => {
    await plannedOncePools.get(pool)?.end()
    await pool.end()
  }
  return { payload: { db: { pool } } as unknown as BasePayload, end }
}
