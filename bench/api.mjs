#!/usr/bin/env node
// Load on what other sites call: a feed and the open list API, 100 connections for 30 s each (autocannon),
// against a portal of its own in front of a CMS of its own that counts its HTTP requests and SQL
// statements, both on the database of `npm start`. Prints req/s, p50/p97.5/p99, errors and non-2xx, and
// what reached the CMS during each run: with the page cache doing its work, (nearly) nothing.
//   npm start            (in another terminal: the database, the demo content, a built portal and CMS)
//   node bench/api.mjs [--duration=30] [--connections=100]
import { readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import autocannon from 'autocannon'

import { countingCms, freePort, startProcess } from './lib/cms.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback
const duration = Number(arg('duration', 30))
const connections = Number(arg('connections', 100))
const secret = (name, file) => process.env[name] ?? readFileSync(path.join(root, '.data', file), 'utf8').trim()
const portalKey = secret('PORTAL_API_KEY', 'portal-api-key')
const env = {
  DATABASE_URL: process.env.DATABASE_URL ?? 'postgres://postgres:postgres@127.0.0.1:54329/kennisbank',
  PAYLOAD_SECRET: secret('PAYLOAD_SECRET', 'payload-secret'),
  PORTAL_API_KEY: portalKey,
  MEDIA_DIR: path.join(root, '.data', 'media'),
  PAYLOAD_JOBS_AUTORUN: 'false',
}
const targets = {
  'feed (RSS)': '/kennisbank/feed.xml',
  'feed (JSON, one theme)': '/kennisbank/feed.json?thema=wonen',
  'list API': '/api/v1/kennisitems?aantal=20',
  'list API (filtered)': '/api/v1/kennisitems?soort=lesson&regio=west-brabant&aantal=10',
}

const cms = await countingCms({ root, env, port: await freePort(), counterPort: await freePort() })
const port = await freePort()
const portal = await startProcess([path.join(root, 'apps/web/server/index.js')], {
  env: { CMS_URL: cms.url, PORTAL_API_KEY: portalKey, NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1' },
  probe: '/robots.txt',
  port,
})
const cpu = os.cpus()
console.log(`Open API and feeds under load — ${cpu.length} × ${cpu[0]?.model ?? 'CPU'}, Node ${process.version}, ${connections} connections, ${duration} s each\n`)
console.log('target                    req/s    p50  p97.5   p99  errors  non-2xx | reached the CMS: requests  SQL statements')
try {
  for (const [name, route] of Object.entries(targets)) {
    await fetch(`${portal.url}${route}`)
    await cms.take()
    const result = await autocannon({ url: `${portal.url}${route}`, connections, duration, headers: { 'accept-encoding': 'br, gzip' } })
    const reached = await cms.take()
    const ms = (value) => String(Math.round(value)).padStart(5)
    console.log(
      `${name.padEnd(24)} ${String(Math.round(result.requests.average)).padStart(6)} ${ms(result.latency.p50)} ${ms(result.latency.p97_5)} ${ms(result.latency.p99)} ${String(result.errors).padStart(7)} ${String(result.non2xx).padStart(8)} | ${String(reached.requests).padStart(25)} ${String(reached.statements).padStart(15)}`,
    )
  }
  console.log('\n(latencies in ms; a page kept by the portal is fresh for PAGE_CACHE_TTL, 300 s, so a run shorter than that reaches the CMS at most once per target)')
} finally {
  portal.stop()
  cms.stop()
}
