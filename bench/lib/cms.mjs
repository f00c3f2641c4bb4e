// The CMS part of bench/portal.mjs: a second CMS process on the same database with bench/lib/count-sql.cjs
// preloaded, to count the SQL statements behind each page render and REST call and to capture the SQL
// of one REST call; and a bare Node server that runs that very SQL with `pg` and returns JSON.
import { spawn } from 'node:child_process'
import { openSync, writeFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import os from 'node:os'
import path from 'node:path'

/** A free TCP port on 127.0.0.1. */
export const freePort = () =>
  new Promise((resolve) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })

/** Starts a Node process and waits until `probe` on `port` answers. */
export async function startProcess(args, { env, cwd, probe, port }) {
  // BENCH_LOG=<file>: the processes' output goes there (appended), to see why one failed.
  const output = process.env.BENCH_LOG ? openSync(process.env.BENCH_LOG, 'a') : 'ignore'
  const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', output, output] })
  const url = `http://127.0.0.1:${port}`
  for (let i = 0; i < 600; i++) {
    if (await fetch(`${url}${probe}`).then((r) => r.status < 500, () => false)) return { url, stop: () => child.kill() }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  child.kill()
  throw new Error(`${args.join(' ')} did not start`)
}

/** A CMS process that counts its SQL statements: `take()` returns what it counted since the last call. */
export async function countingCms({ root, env, port, counterPort }) {
  const cmsDir = path.join(root, 'apps/cms')
  const server = await startProcess(['--require', path.join(root, 'bench/lib/count-sql.cjs'), 'server.js'], {
    cwd: cmsDir,
    env: { ...env, PORT: String(port), CMS_DIR: cmsDir, SQL_COUNTER_PORT: String(counterPort), NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    probe: '/api/globals/site-settings?depth=0',
    port,
  })
  const take = async () => (await fetch(`http://127.0.0.1:${counterPort}/take`)).json()
  return { ...server, take }
}

/** A bare Node server that runs `statements` (text and values) one after another on a pooled connection and returns their rows as JSON. */
export async function barePg({ databaseUrl, statements, port }) {
  const file = path.join(os.tmpdir(), `kb-bare-pg-${process.pid}.mjs`)
  writeFileSync(
    file,
    `import http from 'node:http'
import pg from ${JSON.stringify(import.meta.resolve('pg'))}
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10, options: '-c jit=off' })
const statements = ${JSON.stringify(statements)}
http.createServer(async (req, res) => {
  const client = await pool.connect()
  try {
    const results = []
    for (const { text, values } of statements) results.push((await client.query(text, values)).rows)
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify(results))
  } catch (error) {
    res.writeHead(500)
    res.end(String(error))
  } finally {
    client.release()
  }
}).listen(Number(process.env.PORT), '127.0.0.1')`,
  )
  const server = await startProcess([file], { env: { DATABASE_URL: databaseUrl, PORT: String(port) }, probe: '/', port })
  return { ...server, stop: () => (server.stop(), rmSync(file, { force: true })) }
}
