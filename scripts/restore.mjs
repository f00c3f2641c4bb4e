// npm run restore -- <folder>: a backup (npm run backup) into a new, empty database and the media folder.
// Builds the schema with the CMS's migrations (apps/cms/dist, so build first), loads every table, checks every
// row count and checksum and every file against the backup. See the README, section "Backup and restore".
//   DATABASE_URL (required: the empty database), MEDIA_DIR (default .data/media),
//   PAYLOAD_SECRET and PORTAL_API_KEY (the CMS's, for its migrations; default: those of `npm start` in .data)
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { restore } from './lib/backup.mjs'
import { cmsCli, dataDir } from './lib/processes.mjs'

const from = process.argv[2]
const databaseUrl = process.env.DATABASE_URL
if (!from || !databaseUrl) {
  console.error('✖ Usage: DATABASE_URL=postgres://…/new-empty-database npm run restore -- <backup folder>')
  process.exit(1)
}
const secret = (name, file) => process.env[name] ?? (existsSync(path.join(dataDir, file)) ? readFileSync(path.join(dataDir, file), 'utf8').trim() : undefined)
const env = { DATABASE_URL: databaseUrl, PAYLOAD_SECRET: secret('PAYLOAD_SECRET', 'payload-secret'), PORTAL_API_KEY: secret('PORTAL_API_KEY', 'portal-api-key') }
try {
  const manifest = await restore({ databaseUrl, mediaDir: process.env.MEDIA_DIR ?? path.join(dataDir, 'media'), from: path.resolve(from), migrate: () => cmsCli(['migrate'], { env }) })
  console.log(`✔ Restored the backup of ${manifest.createdAt}: every table and file checked`)
} catch (error) {
  console.error(`✖ Restore failed: ${error.message}`)
  process.exit(1)
}
