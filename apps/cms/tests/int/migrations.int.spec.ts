/** The schema comes from committed migrations only, and they describe the current config. */
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'
import type { SQL } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { query, toQuery } from '../../src/db'
import { migrations } from '../../src/migrations'
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
    const { rows } = await query(payload, 'select name, batch from payload_migrations order by name')
    const applied = (rows as { name: string; batch: number }[]).filter((row) => row.name !== 'dev')
    expect(applied.map((row) => row.name)).toEqual(committed())
    expect((rows as { batch: number }[]).some((row) => row.batch === -1)).toBe(false)
  })

  it('match the config: the schema of the config equals the last migration snapshot', async () => {
    // What `payload migrate:create` compares, done in-process (no CLI, nothing written).
    const db = payload.db
    const { generateDrizzleJson, generateMigration } = db.requireDrizzleKit()
    const latest = readdirSync(migrationsDir).filter((file) => file.endsWith('.json')).sort().at(-1)
    expect(latest, 'no migration snapshot committed').toBeTruthy()
    const snapshot = JSON.parse(readFileSync(path.join(migrationsDir, latest!), 'utf8'))
    const statements = await generateMigration(snapshot, await generateDrizzleJson(db.schema))
    expect(statements, 'the config changed without a migration: run `pnpm --filter @kennisbank/cms migrate:create <name>`').toEqual([])
  })
})

/** The SQL a migration sends, in order, without a database: its `db.execute` calls recorded. */
async function statementsOf(run: (args: MigrateUpArgs & MigrateDownArgs) => Promise<void>): Promise<string[]> {
  const statements: string[] = []
  const db = { execute: async (statement: SQL) => void statements.push(toQuery(statement).text.trim()) }
  await run({ db, payload, req: {} } as unknown as MigrateUpArgs & MigrateDownArgs)
  return statements
}

describe('migrations are frozen', () => {
  it('send exactly the SQL they sent when they were committed (an edit to imported code cannot change them)', async () => {
    const text: string[] = []
    for (const migration of migrations) {
      text.push(`-- ${migration.name} up`, ...(await statementsOf(migration.up)), `-- ${migration.name} down`, ...(await statementsOf(migration.down)))
    }
    await expect(text.join('\n\n') + '\n').toMatchFileSnapshot('./__snapshots__/migrations.sql')
  })

  it('recreate from empty the schema in the committed snapshot (tables, columns, indexes, constraints, functions, triggers, enums)', async () => {
    // What migrate (scripts/test.mjs, from an empty database) built. Definitions are PostgreSQL's own
    // rendering, the same on 15 and 18 (checked: CI runs both); function bodies by a hash of their text as written,
    // the materialized view by its columns (its text is in the migrations' SQL snapshot above).
    const { rows } = await query<{ line: string }>(
      payload,
      `
      SELECT 'column ' || c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
          || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
          || CASE WHEN a.attgenerated = 's' THEN ' generated' ELSE coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '') END AS line
        FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'm') AND a.attnum > 0 AND NOT a.attisdropped
      UNION ALL SELECT 'index ' || indexname || ': ' || indexdef FROM pg_indexes WHERE schemaname = 'public'
      UNION ALL SELECT 'constraint ' || conrelid::regclass || '.' || conname || ': ' || pg_get_constraintdef(oid)
        FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND contype <> 'n' -- NOT NULL: a constraint row since PostgreSQL 18, a column flag before
      UNION ALL SELECT 'function ' || proname || '(' || pg_get_function_identity_arguments(p.oid) || ') ' || md5(prosrc)
        FROM pg_proc p WHERE pronamespace = 'public'::regnamespace AND NOT EXISTS (SELECT 1 FROM pg_depend dep WHERE dep.objid = p.oid AND dep.deptype = 'e')
      UNION ALL SELECT 'trigger ' || tgrelid::regclass || '.' || tgname || ': ' || pg_get_triggerdef(oid) FROM pg_trigger WHERE NOT tgisinternal
      UNION ALL SELECT 'enum ' || t.typname || ': ' || string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder)
        FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid WHERE t.typnamespace = 'public'::regnamespace GROUP BY t.typname
      UNION ALL SELECT 'extension ' || extname FROM pg_extension WHERE extname <> 'plpgsql'
      `,
    )
    // Sorted here, not by the database: its collation may differ between servers.
    await expect(rows.map((row) => row.line).sort().join('\n') + '\n').toMatchFileSnapshot('./__snapshots__/schema.txt')
  })
})