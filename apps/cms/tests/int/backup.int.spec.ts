// Backup and restore (scripts/lib/backup.mjs): the test database as the suite left it (demo content and the
// tests' own documents, uploads included) is backed up, restored into a new empty database on the same server
// and a new media folder, and every table's row count and content checksum and every file are compared.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createHash } from 'node:crypto'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { backup, queryOnce, restore, tableChecksums } from '../../../../scripts/lib/backup.mjs'
import { cmsCli } from '../../../../scripts/lib/processes.mjs'
import { requiredEnv, unique } from './helpers'

const work = mkdtempSync(path.join(os.tmpdir(), 'kennisbank-backup-'))
const name = unique('kb_restore').replace(/-/g, '_')
const restoredUrl = () => {
  const url = new URL(requiredEnv('DATABASE_URL'))
  url.pathname = `/${name}`
  return url.href
}
const admin = (sql: string) => queryOnce(requiredEnv('DATABASE_URL'), sql)
const filesOf = (dir: string) => Object.fromEntries(readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => {
  const full = path.join(entry.parentPath, entry.name)
  return [path.relative(dir, full), createHash('sha256').update(readFileSync(full)).digest('hex')]
}))

afterAll(async () => {
  await admin(`DROP DATABASE IF EXISTS ${name}`)
  rmSync(work, { recursive: true, force: true })
})

describe('backup and restore', () => {
  it('restores every table and every upload exactly, into a new database', async () => {
    const manifest = await backup({ databaseUrl: requiredEnv('DATABASE_URL'), mediaDir: requiredEnv('MEDIA_DIR'), out: path.join(work, 'backup') })
    expect(manifest.tables.knowledge_items!.rows).toBeGreaterThan(30)
    expect(Object.keys(manifest.media).length).toBeGreaterThan(10)

    await admin(`CREATE DATABASE ${name}`)
    const mediaDir = path.join(work, 'media')
    await restore({ databaseUrl: restoredUrl(), mediaDir, from: path.join(work, 'backup'), migrate: (url) => cmsCli(['migrate'], { env: { DATABASE_URL: url } }) })

    // Compared again here, independently of restore's own check: every table, every file.
    const restored = await tableChecksums(restoredUrl())
    expect(restored).toEqual(manifest.tables)
    expect(filesOf(mediaDir)).toEqual(manifest.media)
    // New documents continue after the restored ids; the search's word list is rebuilt.
    const [row] = await queryOnce(restoredUrl(), "SELECT (SELECT max(id) FROM knowledge_items) AS max, nextval('knowledge_items_id_seq') AS next, (SELECT count(*)::int FROM search_terms) AS terms")
    expect(Number(row!.next)).toBeGreaterThan(Number(row!.max))
    expect(row!.terms).toBeGreaterThan(50)
    // A restore never overwrites: into a database that is not empty, it refuses.
    await expect(restore({ databaseUrl: restoredUrl(), mediaDir, from: path.join(work, 'backup'), migrate: () => {} })).rejects.toThrow(/not empty/)
  }, 180_000)
})
