/** The schema comes from committed migrations only, and they describe the current config. */
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { type PostgresAdapter, sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { localApi } from './helpers'

const migrationsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/migrations')
const committed = () =>
  readdirSync(migrationsDir)
    .filter((file) => /^\d{8}_\d{6}_.*\.ts$/.test(file))
    .map((file) => file.replace(/\.ts$/, ''))

let payload: Payload

beforeAll(async () => {
  payload = await localApi()
})

describe('migrations', () => {
  it('were all applied by the migrate command to the empty test database, and nothing was pushed', async () => {
    const { rows } = await payload.db.drizzle.execute(sql`select name, batch from payload_migrations order by name`)
    const applied = (rows as { name: string; batch: number }[]).filter((row) => row.name !== 'dev')
    expect(applied.map((row) => row.name)).toEqual(committed())
    expect((rows as { batch: number }[]).some((row) => row.batch === -1)).toBe(false)
  })

  it('match the config: the schema of the config equals the last migration snapshot', async () => {
    // What `payload migrate:create` compares, done in-process (no CLI, nothing written).
    const db = payload.db as unknown as PostgresAdapter
    const { generateDrizzleJson, generateMigration } = db.requireDrizzleKit()
    const latest = readdirSync(migrationsDir).filter((file) => file.endsWith('.json')).sort().at(-1)
    expect(latest, 'no migration snapshot committed').toBeTruthy()
    const snapshot = JSON.parse(readFileSync(path.join(migrationsDir, latest!), 'utf8'))
    const statements = await generateMigration(snapshot, await generateDrizzleJson(db.schema))
    expect(statements, 'the config changed without a migration: run `pnpm --filter @kennisbank/cms migrate:create <name>`').toEqual([])
  })
})
