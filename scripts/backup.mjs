// npm run backup [-- <folder>]: the database (every table, in one consistent snapshot) and the uploaded files,
// into a new folder (default .data/backups/<date-time>). See scripts/lib/backup.mjs and the README.
//   DATABASE_URL (default: the embedded database of `npm start`, which must be running), MEDIA_DIR (default .data/media)
import path from 'node:path'

import { backup } from './lib/backup.mjs'
import { dataDir } from './lib/processes.mjs'

const out = path.resolve(process.argv[2] ?? path.join(dataDir, 'backups', new Date().toISOString().replace(/[:.]/g, '-')))
const databaseUrl = process.env.DATABASE_URL ?? `postgres://postgres:postgres@127.0.0.1:${process.env.EMBEDDED_PG_PORT ?? 54329}/kennisbank`
const mediaDir = process.env.MEDIA_DIR ?? path.join(dataDir, 'media')
try {
  const manifest = await backup({ databaseUrl, mediaDir, out })
  const rows = Object.values(manifest.tables).reduce((sum, table) => sum + table.rows, 0)
  console.log(`✔ Backup in ${out}: ${Object.keys(manifest.tables).length} tables, ${rows} rows, ${Object.keys(manifest.media).length} files`)
} catch (error) {
  console.error(`✖ Backup failed: ${error.message}`)
  process.exit(1)
}
