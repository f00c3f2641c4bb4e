/** The schema comes from committed migrations only, and they describe the current config. */
import { spawnSync } from 'node:child_process'
import { readdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { localApi } from './helpers'

const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const migrationsDir = path.join(cmsDir, 'src/migrations')
const committed = () =>
  readdirSync(migrationsDir)
    .filter((file) => /^\d{8}_\d{6}_.*\.ts$/.test(file))
    .map((file) => file.replace(/\.ts$/, ''))

let payload: Payload

beforeAll(async () => {
  payload = await localApi()
})

describe('migrations', () => {
  it('were all applied by `payload migrate` to the empty test database, and nothing was pushed', async () => {
    const { rows } = await payload.db.drizzle.execute(sql`select name, batch from payload_migrations order by name`)
    const applied = (rows as { name: string; batch: number }[]).filter((row) => row.name !== 'dev')
    expect(applied.map((row) => row.name)).toEqual(committed())
    expect((rows as { batch: number }[]).some((row) => row.batch === -1)).toBe(false)
  })

  it('match the config: generating a migration finds no schema change', () => {
    const before = new Set(readdirSync(migrationsDir))
    const keepAlive = path.resolve(cmsDir, '../../scripts/lib/keep-alive.mjs')
    const args = ['--import', pathToFileURL(keepAlive).href, 'node_modules/payload/bin.js', 'migrate:create', 'drift-check', '--skip-empty']
    const result = spawnSync(process.execPath, args, {
      cwd: cmsDir,
      env: process.env,
      encoding: 'utf8',
      timeout: 120_000,
    })
    const added = readdirSync(migrationsDir).filter((file) => !before.has(file))
    for (const file of added) rmSync(path.join(migrationsDir, file))
    expect(result.status, result.stderr).toBe(0)
    expect(added, 'the config changed without a migration: run `pnpm --filter @kennisbank/cms migrate:create`').toEqual([])
  })
})
