// `payload run src/seed/run.ts`: seeds demo content and prints accounts created in this run.
import config from '@payload-config'
import { getPayload } from 'payload'

import { seed } from './index'

const payload = await getPayload({ config })
const { created, accounts } = await seed(payload, {
  passwords: { admin: process.env.SEED_ADMIN_PASSWORD, editor: process.env.SEED_EDITOR_PASSWORD },
})

const total = Object.values(created).reduce((sum, n) => sum + n, 0)
console.log(total === 0 ? '✔ Demo content already present; nothing changed.' : `✔ Demo content created: ${JSON.stringify(created)}`)
if (accounts.length > 0) {
  console.log('\n  Accounts created (shown once — keep them safe):')
  for (const a of accounts) console.log(`    ${a.role.padEnd(7)}  ${a.email}  ${a.password}`)
  console.log('')
}
if (process.env.SEED_CREDENTIALS_FILE && accounts.length > 0) {
  const { appendFileSync } = await import('node:fs')
  appendFileSync(process.env.SEED_CREDENTIALS_FILE, accounts.map((a) => `${a.role}\t${a.email}\t${a.password}\n`).join(''), { mode: 0o600 })
}
// Tells the launcher that the seed really ran (see scripts/lib/processes.mjs, `seedDemoContent`).
if (process.env.SEED_DONE_FILE) {
  const { writeFileSync } = await import('node:fs')
  writeFileSync(process.env.SEED_DONE_FILE, JSON.stringify({ created, accounts: accounts.length }))
}
process.exit(0)
