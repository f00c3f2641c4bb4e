#!/usr/bin/env node
// Visitors while the CMS restarts: a portal of its own drives 100 connections for 60 s over every route
// type of the demo content (bench/routes.mjs), and after 15 s its CMS (a CMS of its own, on the database
// of `npm start`) gets SIGTERM and is started again. Prints the requests, their statuses, errors and
// latencies, per phase (before, CMS down, after), and how long the CMS was away.
//   npm start            (in another terminal: the database, the demo content, a built portal and CMS)
//   node bench/restart.mjs [--duration=60] [--connections=100] [--stop-after=15] [--ttl=5] [--down=0]
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import autocannon from 'autocannon'

import { freePort, startProcess } from './lib/cms.mjs'
import { routes } from './routes.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback
const duration = Number(arg('duration', 60))
const connections = Number(arg('connections', 100))
const stopAfter = Number(arg('stop-after', 15))
// Pages fresh for 5 s only, so that many expire while the CMS is away and must be answered stale.
const ttl = Number(arg('ttl', 5))
// Seconds the CMS stays stopped before it is started again (0: a plain restart).
const pause = Number(arg('down', 0))
const secret = (name, file) => process.env[name] ?? readFileSync(path.join(root, '.data', file), 'utf8').trim()
const portalKey = secret('PORTAL_API_KEY', 'portal-api-key')
const cmsPort = await freePort()
const cmsEnv = {
  ...process.env,
  DATABASE_URL: process.env.DATABASE_URL ?? 'postgres://postgres:postgres@127.0.0.1:54329/kennisbank',
  PAYLOAD_SECRET: secret('PAYLOAD_SECRET', 'payload-secret'),
  PORTAL_API_KEY: portalKey,
  MEDIA_DIR: path.join(root, '.data', 'media'),
  PAYLOAD_JOBS_AUTORUN: 'false',
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
}
const cmsUrl = `http://127.0.0.1:${cmsPort}`

/** The CMS as deployed (apps/cms/server.js); resolves once it answers. */
async function startCms() {
  const child = spawn(process.execPath, ['server.js'], { cwd: path.join(root, 'apps/cms'), env: { ...cmsEnv, PORT: String(cmsPort) }, stdio: 'ignore' })
  for (let i = 0; i < 600; i++) {
    if (await fetch(`${cmsUrl}/readyz`).then((r) => r.ok, () => false)) return child
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  child.kill()
  throw new Error('the CMS did not start')
}

let cms = await startCms()
const portalPort = await freePort()
const portal = await startProcess([path.join(root, 'apps/web/server/index.js')], {
  env: { CMS_URL: cmsUrl, PORTAL_API_KEY: portalKey, NODE_ENV: 'production', PORT: String(portalPort), HOST: '127.0.0.1', PAGE_CACHE_TTL: String(ttl) },
  probe: '/robots.txt',
  port: portalPort,
})
// Every route type that answers 200 (the 404 page is meant to be one), a feed, the open API and the calendar.
const paths = [...Object.values(routes).filter((route) => route !== routes['not found (404)']), '/kennisbank/feed.xml', '/api/v1/kennisitems?aantal=20', '/agenda.ics']
// Visitors have seen every page before: the page cache knows them.
for (const route of paths) await fetch(`${portal.url}${route}`)

const cpu = os.cpus()
console.log(`Portal under load while its CMS restarts — ${cpu.length} × ${cpu[0]?.model ?? 'CPU'}, Node ${process.version}, ${connections} connections, ${duration} s, ${paths.length} routes, pages fresh for ${ttl} s; CMS stopped after ${stopAfter} s\n`)
const phases = { before: [], 'CMS down': [], after: [] }
let phase = 'before'
let down = { from: 0, exited: 0, to: 0, killed: false }
const start = Date.now()
const restart = setTimeout(async () => {
  phase = 'CMS down'
  down.from = Date.now()
  // As `docker stop` does: SIGTERM, and SIGKILL if the process has not ended within 10 s.
  const old = cms
  const stopped = new Promise((resolve) => old.once('exit', resolve))
  old.kill('SIGTERM')
  const killer = setTimeout(() => {
    down.killed = true
    old.kill('SIGKILL')
  }, 10_000)
  await stopped
  clearTimeout(killer)
  down.exited = Date.now()
  await new Promise((resolve) => setTimeout(resolve, pause * 1000))
  cms = await startCms()
  down.to = Date.now()
  phase = 'after'
}, stopAfter * 1000)

const run = autocannon({
  url: portal.url,
  connections,
  duration,
  requests: paths.map((route) => ({ method: 'GET', path: route })),
  headers: { 'accept-encoding': 'br, gzip' },
})
run.on('response', (_client, status, _bytes, latency) => phases[phase].push({ status, latency }))
const result = await run
clearTimeout(restart)

const percentile = (values, p) => values.sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)] ?? 0
console.log('phase        requests    2xx  other  p50 ms  p95 ms  p99 ms')
for (const [name, answers] of Object.entries(phases)) {
  const latencies = answers.map((answer) => answer.latency)
  const ok = answers.filter((answer) => answer.status >= 200 && answer.status < 300).length
  console.log(`${name.padEnd(10)} ${String(answers.length).padStart(10)} ${String(ok).padStart(6)} ${String(answers.length - ok).padStart(6)} ${String(Math.round(percentile(latencies, 50))).padStart(7)} ${String(Math.round(percentile(latencies, 95))).padStart(7)} ${String(Math.round(percentile(latencies, 99))).padStart(7)}`)
}
const tally = new Map()
for (const answer of Object.values(phases).flat()) if (answer.status >= 300) tally.set(answer.status, (tally.get(answer.status) ?? 0) + 1)
const other = [...tally].map(([status, count]) => `${status} × ${count}`)
if (other.length) console.log(`statuses other than 2xx: ${other.join(', ')}`)
console.log(`\nall: ${result.requests.total} requests, ${Math.round(result.requests.average)} req/s, errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}`)
const at = (time) => `${((time - start) / 1000).toFixed(1)} s`
console.log(`the CMS got SIGTERM at ${at(down.from)}, had stopped at ${down.exited ? at(down.exited) : '(not yet)'}${down.killed ? ' (SIGKILL after 10 s: it did not end by itself)' : ''}, answered again at ${down.to ? at(down.to) : '(not within the run)'}`)
console.log(result.errors + result.timeouts + result.non2xx === 0 ? 'target: 0 failed requests → met' : 'target: 0 failed requests → NOT met')
portal.stop()
cms.kill()
