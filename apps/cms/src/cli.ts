/**
 * The CMS's command line for deploys and the launchers, bundled to plain JavaScript by
 * esbuild (`dist/cli.mjs`, part of `build`):
 *
 *   node --conditions=production dist/cli.mjs migrate   apply the committed migrations
 *   node --conditions=production dist/cli.mjs seed      load the demo content (idempotent)
 *
 * Why not `payload migrate` / `payload run`: they load TypeScript through tsx at run time, and
 * on Node 20 they now and then exit 0 having done nothing (payloadcms/payload#17757). The cause
 * we found: Lexical's `node` entry points (`*.node.mjs`) pick their dev or prod build with a
 * top-level `await import()`, which deadlocks Node 20's ESM loader when reached through the
 * module graph; with nothing left on the event loop the process just ends. The `production`
 * export condition resolves Lexical to its prebuilt files directly, and a bundle needs no loader.
 */
// First: the command line is read by a person, so Payload's coloured log lines unless LOG_FORMAT says otherwise.
import './cli-env'

import { appendFileSync } from 'node:fs'

import { getPayload, type Migration } from 'payload'

import { migrations } from './migrations'
import config from './payload.config'
import { seed } from './seed'

async function main(command: 'migrate' | 'seed') {
  const payload = await getPayload({ config, cron: false })

  if (command === 'migrate') {
    // The generated index types its functions more narrowly than Payload's Migration.
    await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  } else {
    const { created, accounts } = await seed(payload, {
      passwords: { admin: process.env.SEED_ADMIN_PASSWORD, editor: process.env.SEED_EDITOR_PASSWORD },
    })
    const total = Object.values(created).reduce((sum, n) => sum + n, 0)
    console.log(total === 0 ? '✔ Demo content already present; nothing changed.' : `✔ Demo content created: ${JSON.stringify(created)}`)
    if (accounts.length > 0) {
      console.log('\n  Accounts created (shown once — keep them safe):')
      for (const account of accounts) console.log(`    ${account.role.padEnd(7)}  ${account.email}  ${account.password}`)
      console.log('')
      if (process.env.SEED_CREDENTIALS_FILE) {
        appendFileSync(process.env.SEED_CREDENTIALS_FILE, accounts.map((a) => `${a.role}\t${a.email}\t${a.password}\n`).join(''), { mode: 0o600 })
      }
    }
  }
  await payload.destroy()
}

const command = process.argv[2]
if (command !== 'migrate' && command !== 'seed') {
  console.error('usage: node dist/cli.mjs migrate|seed')
  process.exit(2)
}
// No top-level await: the entry module finishes evaluating before Payload starts.
main(command).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
