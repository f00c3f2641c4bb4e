// Read replicas (DATABASE_REPLICA_URLS): a real streaming replica of a primary of its own, both made
// here with PostgreSQL's own tools (initdb, pg_basebackup), and a CMS process on them. Reads come from
// the replica (with its replay paused, the CMS shows what the replica has, not the primary), writes go to
// the primary, and once replay goes on the CMS shows the change. Needs PostgreSQL's server binaries,
// which CI's machine has; on a machine with only Node.js it is skipped.
import { execFileSync } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { freePort, startApp } from './helpers'

const binDir = ['18', '17', '16', '15'].map((major) => `/usr/lib/postgresql/${major}/bin`).find((dir) => existsSync(path.join(dir, 'pg_basebackup')))
const root = process.getuid?.() === 0
const cmsDir = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..')

/**
 * Runs one of PostgreSQL's tools, as the postgres user when this runs as root (initdb refuses root).
 * `detached`: no pipes, for `pg_ctl start`, whose server would hold them open.
 */
function tool(name: string, args: string[], { detached = false } = {}): string {
  const [command, argv] = root ? ['runuser', ['-u', 'postgres', '--', path.join(binDir!, name), ...args]] : [path.join(binDir!, name), args]
  return execFileSync(command, argv, { encoding: 'utf8', stdio: detached ? 'ignore' : ['ignore', 'pipe', 'pipe'], timeout: 120_000 }) ?? ''
}

const dir = binDir ? mkdtempSync(path.join(os.tmpdir(), 'kb-replica-')) : ''
const started: string[] = []
const sql = (port: number, statement: string) => tool('psql', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', 'kb', '-Atc', statement]).trim()

function startCluster(name: string, port: number) {
  tool('pg_ctl', ['-D', path.join(dir, name), '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, '-l', path.join(dir, `${name}.log`), '-w', 'start'], { detached: true })
  started.push(name)
}

afterAll(() => {
  for (const name of started) tool('pg_ctl', ['-D', path.join(dir, name), '-m', 'immediate', 'stop'])
  if (dir) rmSync(dir, { recursive: true, force: true })
})

describe('read replicas', () => {
  it.skipIf(!binDir && !process.env.CI)('reads from the replica, writes to the primary, and shows what the replica has replayed', async () => {
    if (root) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })), Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' })))
    const [primaryPort, replicaPort] = [await freePort(), await freePort()]
    tool('initdb', ['-D', path.join(dir, 'primary'), '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8'])
    startCluster('primary', primaryPort)
    tool('psql', ['-h', '127.0.0.1', '-p', String(primaryPort), '-U', 'postgres', '-c', 'CREATE DATABASE kb'])
    const primary = `postgres://postgres@127.0.0.1:${primaryPort}/kb`
    const password = 'replica-test-Wachtwoord-1'
    const env = { ...process.env, DATABASE_URL: primary, SEED_ADMIN_PASSWORD: password, SEED_EDITOR_PASSWORD: password, PAYLOAD_JOBS_AUTORUN: 'false' }
    for (const command of ['migrate', 'seed']) execFileSync(process.execPath, ['--conditions=production', 'dist/cli.mjs', command], { cwd: cmsDir, env, stdio: 'ignore', timeout: 120_000 })
    tool('pg_basebackup', ['-h', '127.0.0.1', '-p', String(primaryPort), '-U', 'postgres', '-D', path.join(dir, 'replica'), '-R', '-X', 'stream', '-c', 'fast'])
    startCluster('replica', replicaPort)
    expect(sql(replicaPort, 'SELECT pg_is_in_recovery()')).toBe('t')

    const cms = await startApp('cms', { DATABASE_URL: primary, DATABASE_REPLICA_URLS: `postgres://postgres@127.0.0.1:${replicaPort}/kb`, PAYLOAD_JOBS_AUTORUN: 'false', PORTAL_INVALIDATE_URLS: 'http://127.0.0.1:9' })
    try {
      const base = `http://127.0.0.1:${cms.port}`
      const theme = async () => ((await (await fetch(`${base}/api/themes?where[slug][equals]=wonen&depth=0`)).json()) as { docs: { title: string }[] }).docs[0]?.title
      expect(await theme()).toBe('Wonen')

      // The replica stops replaying; the primary changes. The CMS still shows the replica's state.
      sql(replicaPort, 'SELECT pg_wal_replay_pause()')
      sql(primaryPort, "UPDATE themes SET title = 'Wonen en leefomgeving' WHERE slug = 'wonen'")
      await new Promise((resolve) => setTimeout(resolve, 500))
      expect(sql(primaryPort, "SELECT title FROM themes WHERE slug = 'wonen'")).toBe('Wonen en leefomgeving')
      expect(await theme()).toBe('Wonen')
      // A write (a login updates the account) goes to the primary: the replica, read-only, would refuse it.
      const login = await fetch(`${base}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'beheerder@kennisbank.local', password }) })
      expect(login.status).toBe(200)

      // Replay goes on: the change shows (after the 2 s in which the writing process reads from the primary anyway).
      sql(replicaPort, 'SELECT pg_wal_replay_resume()')
      await expect.poll(theme, { timeout: 10_000, interval: 200 }).toBe('Wonen en leefomgeving')
      await new Promise((resolve) => setTimeout(resolve, 2500))
      sql(replicaPort, 'SELECT pg_wal_replay_pause()')
      sql(primaryPort, "UPDATE themes SET title = 'Wonen' WHERE slug = 'wonen'")
      await new Promise((resolve) => setTimeout(resolve, 500))
      expect(await theme()).toBe('Wonen en leefomgeving')
      sql(replicaPort, 'SELECT pg_wal_replay_resume()')
      await expect.poll(theme, { timeout: 10_000, interval: 200 }).toBe('Wonen')
    } finally {
      cms.stop()
    }
  }, 180_000)
})
