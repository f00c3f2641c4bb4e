// `npm start`: production build of CMS and portal, database (embedded unless DATABASE_URL
// is set), migrations, demo content, then both servers. Ctrl+C stops everything.
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { startDatabase } from './lib/database.mjs'
import { startMailbox } from './lib/mailbox.mjs'
import { assertPortFree, buildIfNeeded, cmsCli, dataDir, root, startServer, waitForHttp } from './lib/processes.mjs'

const cmsPort = Number(process.env.CMS_PORT ?? 3000)
const webPort = Number(process.env.PORTAL_PORT ?? 5173)
const cmsUrl = process.env.CMS_PUBLIC_URL ?? `http://localhost:${cmsPort}`
const portalUrl = process.env.PORTAL_URL ?? `http://localhost:${webPort}`

/** A random secret kept in .data/ for this machine's local installation (never committed), unless the environment sets it. */
function localSecret(name, file) {
  if (process.env[name]) return process.env[name]
  file = path.join(dataDir, file)
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
  return readFileSync(file, 'utf8').trim()
}

function fail(error) {
  console.error(`\n✖ ${error.message}`)
  process.exit(1)
}

mkdirSync(dataDir, { recursive: true })
const database = await (async () => {
  await assertPortFree(cmsPort, 'CMS_PORT')
  await assertPortFree(webPort, 'PORTAL_PORT')
  buildIfNeeded({ force: process.argv.includes('--rebuild') })
  return startDatabase({
    name: process.env.DATABASE_NAME ?? 'kennisbank',
    dataDir: path.join(dataDir, 'postgres'),
    port: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
  })
})().catch(fail)

// Mail goes to a real SMTP server when SMTP_HOST is set; otherwise to a local mailbox in .data/mail.
const mailbox = process.env.SMTP_HOST
  ? null
  : await startMailbox({ dir: path.join(dataDir, 'mail'), port: Number(process.env.LOCAL_SMTP_PORT ?? 2526) }).catch(fail)
const portalApiKey = localSecret('PORTAL_API_KEY', 'portal-api-key')
const cmsEnv = {
  ...(mailbox ? { SMTP_HOST: mailbox.host, SMTP_PORT: String(mailbox.port) } : {}),
  DATABASE_URL: database.url,
  PAYLOAD_SECRET: localSecret('PAYLOAD_SECRET', 'payload-secret'),
  PORTAL_API_KEY: portalApiKey,
  CMS_PUBLIC_URL: cmsUrl,
  PORTAL_URL: portalUrl,
  MEDIA_DIR: process.env.MEDIA_DIR ?? path.join(dataDir, 'media'),
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
}
const credentialsFile = path.join(dataDir, 'demo-credentials.txt')

const servers = []
async function shutdown(code = 0) {
  await Promise.all(servers.map((server) => server.stop()))
  await mailbox?.stop()
  await database.stop()
  process.exit(code)
}
process.on('SIGINT', () => shutdown(0))
process.on('SIGTERM', () => shutdown(0))

try {
  console.log('→ applying migrations')
  cmsCli(['migrate'], { env: cmsEnv })
  console.log('→ demo content')
  cmsCli(['seed'], {
    env: { ...cmsEnv, PAYLOAD_JOBS_AUTORUN: 'false', SEED_CREDENTIALS_FILE: credentialsFile },
  })

  const cms = startServer('cms', process.execPath, ['server.js'], {
    cwd: path.join(root, 'apps/cms'),
    env: { ...cmsEnv, PORT: String(cmsPort) },
  })
  servers.push(cms)
  await waitForHttp(`http://127.0.0.1:${cmsPort}/api/globals/site-settings`, { child: cms })

  const web = startServer('web', process.execPath, ['server/index.js'], {
    cwd: path.join(root, 'apps/web'),
    env: { CMS_URL: `http://127.0.0.1:${cmsPort}`, CMS_PUBLIC_URL: cmsUrl, PORTAL_API_KEY: portalApiKey, PORT: String(webPort), ORIGIN: portalUrl, NODE_ENV: 'production' },
  })
  servers.push(web)
  await waitForHttp(`http://127.0.0.1:${webPort}/`, { child: web })

  console.log(`
  ✔ Kennisbank Brede Welvaart Brabant is running
    Portal: ${portalUrl}
    CMS:    ${cmsUrl}/admin
    Demo accounts: printed above on first start, and kept in ${path.relative(root, credentialsFile)}
    Mail:   ${mailbox ? `not sent: kept as files in ${path.relative(root, mailbox.dir)} (set SMTP_HOST to send)` : `through ${process.env.SMTP_HOST}`}
    Stop with Ctrl+C.
`)
} catch (error) {
  console.error(`\n✖ ${error.message}`)
  await shutdown(1)
}
