// `npm test`: type checks and unit tests, then a fresh database (embedded unless DATABASE_URL
// is set) with every migration applied from empty and the demo content seeded, the production
// builds served on their own ports, the integration suite over the local API and HTTP, and the
// Playwright end-to-end suite in Chromium.
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'

import { startDatabase } from './lib/database.mjs'
import { startMailbox } from './lib/mailbox.mjs'
import { assertPortFree, buildIfNeeded, cmsCli, dataDir, pnpmAsync, root, startServer, waitForHttp } from './lib/processes.mjs'

const cmsPort = Number(process.env.TEST_CMS_PORT ?? 3100)
const webPort = Number(process.env.TEST_PORTAL_PORT ?? 5174)
const cmsUrl = `http://127.0.0.1:${cmsPort}`
const portalUrl = `http://127.0.0.1:${webPort}`
const passwords = { admin: randomBytes(12).toString('base64url'), editor: randomBytes(12).toString('base64url') }

const smtpPort = Number(process.env.TEST_SMTP_PORT ?? 2525)
const mediaDir = path.join(dataDir, 'media-test')
const mailDir = path.join(dataDir, 'mail-test')
const logDir = path.join(dataDir, 'test-logs')
const steps = []
const step = async (name, fn) => {
  const started = Date.now()
  console.log(`\n━━ ${name}`)
  await fn()
  steps.push(`${name}: ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

const servers = []
let database
let mailbox
async function cleanup() {
  await Promise.all(servers.map((server) => server.stop()))
  await mailbox?.stop()
  await database?.stop()
}
process.on('SIGINT', async () => {
  await cleanup()
  process.exit(130)
})

let failed = false
try {
  await assertPortFree(cmsPort, 'TEST_CMS_PORT')
  await assertPortFree(webPort, 'TEST_PORTAL_PORT')
  await assertPortFree(smtpPort, 'TEST_SMTP_PORT')

  await step('dependency version floors', () => {
    const result = spawnSync(process.execPath, [path.join(root, 'scripts/check-versions.mjs')], { stdio: 'inherit' })
    if (result.status !== 0) throw new Error('a dependency is below its security floor')
  })
  await step('structure (one door to SQL, frozen migrations, no sentence twice)', () => {
    const result = spawnSync(process.execPath, [path.join(root, 'scripts/check-structure.mjs')], { stdio: 'inherit' })
    if (result.status !== 0) throw new Error('a structure rule is broken (README: "Where things go")')
  })
  await step('type checks', () => pnpmAsync(['-r', '--workspace-concurrency=1', 'run', 'check']))
  await step('unit tests', () => pnpmAsync(['-r', '--workspace-concurrency=1', '--filter', '@kennisbank/cms-client', '--filter', '@kennisbank/web', 'run', '/^test(:unit)?$/']))

  await step('production builds', () => buildIfNeeded())
  await step('fresh test database', async () => {
    rmSync(mediaDir, { recursive: true, force: true })
    rmSync(mailDir, { recursive: true, force: true })
    mkdirSync(logDir, { recursive: true })
    mailbox = await startMailbox({ dir: mailDir, port: smtpPort, logFile: path.join(logDir, 'mail.log') })
    database = await startDatabase({
      name: 'kennisbank_test',
      dataDir: path.join(dataDir, 'postgres-test'),
      port: Number(process.env.TEST_EMBEDDED_PG_PORT ?? 54330),
      fresh: true,
    })
  })
  const cmsEnv = {
    DATABASE_URL: database.url,
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    PORTAL_API_KEY: randomBytes(24).toString('base64url'),
    CMS_PUBLIC_URL: cmsUrl,
    PORTAL_URL: portalUrl,
    PAYLOAD_JOBS_AUTORUN: 'false',
    NEXT_TELEMETRY_DISABLED: '1',
    MEDIA_DIR: mediaDir,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtpPort),
    MAIL_FROM: 'kennisbank@test.example',
    // Per client per minute: well above what the suites send from one address; the rate-limit test exhausts it on purpose.
    API_RATE_LIMIT: '2000',
  }

  await step('migrations from empty', () => cmsCli(['migrate'], { env: cmsEnv }))
  await step('demo content', () =>
    cmsCli(['seed'], {
      env: { ...cmsEnv, SEED_ADMIN_PASSWORD: passwords.admin, SEED_EDITOR_PASSWORD: passwords.editor },
    }),
  )
  await step('start CMS and portal', async () => {
    const cms = startServer('cms', process.execPath, ['server.js'], {
      cwd: path.join(root, 'apps/cms'),
      env: { ...cmsEnv, NODE_ENV: 'production', PORT: String(cmsPort) },
      logFile: path.join(logDir, 'cms.log'),
    })
    servers.push(cms)
    await waitForHttp(`${cmsUrl}/api/globals/site-settings`, { child: cms })
    const web = startServer('web', process.execPath, ['server/index.js'], {
      cwd: path.join(root, 'apps/web'),
      env: { CMS_URL: cmsUrl, CMS_PUBLIC_URL: cmsUrl, PORTAL_API_KEY: cmsEnv.PORTAL_API_KEY, PORT: String(webPort), ORIGIN: portalUrl, NODE_ENV: 'production', USAGE_FLUSH_MS: '500', API_RATE_LIMIT: '200' },
      logFile: path.join(logDir, 'web.log'),
    })
    servers.push(web)
    await waitForHttp(`${portalUrl}/`, { child: web })
  })

  const testEnv = {
    ...cmsEnv,
    CMS_URL: cmsUrl,
    PORTAL_URL: portalUrl,
    TEST_ADMIN_EMAIL: 'beheerder@kennisbank.local',
    TEST_ADMIN_PASSWORD: passwords.admin,
    TEST_EDITOR_EMAIL: 'redacteur@kennisbank.local',
    TEST_EDITOR_PASSWORD: passwords.editor,
    MAIL_DIR: mailDir,
  }
  // End-to-end first: they check the portal against exactly the demo content (every published demo
  // document reachable within 3 clicks), before the integration tests add documents of their own.
  await step('end-to-end tests (Chromium)', () => pnpmAsync(['--filter', '@kennisbank/web', 'run', 'test:e2e'], { env: testEnv }))
  await step('integration tests (local API + HTTP)', () => pnpmAsync(['--filter', '@kennisbank/cms', 'run', 'test:int'], { env: testEnv }))
} catch (error) {
  failed = true
  console.error(`\n✖ ${error.message}`)
  for (const name of ['cms', 'web']) {
    try {
      const lines = readFileSync(path.join(logDir, `${name}.log`), 'utf8').trimEnd().split('\n')
      console.error(`\n── last lines of ${name} server log (.data/test-logs/${name}.log)\n${lines.slice(-60).join('\n')}`)
    } catch {
      // that server did not start
    }
  }
} finally {
  await cleanup()
}

console.log(`\n${steps.map((s) => `  ✔ ${s}`).join('\n')}`)
console.log(failed ? '\n✖ tests failed' : '\n✔ all tests passed')
process.exit(failed ? 1 : 0)
