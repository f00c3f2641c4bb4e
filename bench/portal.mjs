#!/usr/bin/env node
// Portal speed against a bare Node baseline, with autocannon, all in one run:
//   - bare Node: an `http` server in its own process sending the very same bytes (headers and brotli body)
//   - portal, warm page cache (a hit is answered before SvelteKit runs)
//   - portal, pages not kept but the CMS's answers kept (PAGE_CACHE_PAGES=off: every request renders)
//   - portal, no cache at all (PAGE_CACHE_TTL=0: every request renders from the CMS)
// at 25 and 100 connections, for /, /kennisbank, a knowledge item and /agenda; req/s, p50/p95/p99 and
// the ratio to the baseline. Then the CMS: SQL statements per page render and per REST call (counted in
// a second CMS process on the same database), and CMS REST for one item by slug, anonymous, against a
// bare Node server running the same SQL with `pg`. Needs a running CMS with the demo content and a
// built portal:
//   npm start            (in another terminal)
//   node bench/portal.mjs [--duration=10] [--connections=25,100] [--cms-only]
// DATABASE_URL: the CMS's database (default: the embedded one of `npm start`).
import { readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import autocannon from 'autocannon'

import { barePg, countingCms, freePort, startProcess } from './lib/cms.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback
const duration = Number(arg('duration', 10))
const connectionCounts = arg('connections', '25,100').split(',').map(Number)
const cmsUrl = process.env.CMS_URL ?? 'http://localhost:3000'
const portalKey = process.env.PORTAL_API_KEY ?? readFileSync(path.join(root, '.data', 'portal-api-key'), 'utf8').trim()
const routes = { '/': '/', '/kennisbank': '/kennisbank', 'item': '/kennisbank/ervaren-brede-welvaart-in-brabant', '/agenda': '/agenda' }
const headers = { 'accept-encoding': 'br, gzip' }

/** Starts a Node script on a free port (PORT, HOST) and waits until it answers. */
async function start(file, env) {
  const port = await freePort()
  return startProcess([file], { env: { ...env, PORT: String(port), HOST: '127.0.0.1' }, probe: '/robots.txt', port })
}

const portal = (env) =>
  start(path.join(root, 'apps/web/server/index.js'), { CMS_URL: cmsUrl, PORTAL_API_KEY: portalKey, NODE_ENV: 'production', ...env })

/** A bare Node server answering each route with the bytes the portal sent for it. */
async function bare(samples) {
  const file = path.join(os.tmpdir(), `kb-bare-${process.pid}.mjs`)
  const { writeFileSync, rmSync } = await import('node:fs')
  writeFileSync(
    file,
    `import http from 'node:http'
const pages = new Map(${JSON.stringify(Object.entries(samples).map(([route, s]) => [route, { headers: s.headers, body: s.body.toString('base64') }]))}.map(([r, s]) => [r, { headers: s.headers, body: Buffer.from(s.body, 'base64') }]))
http.createServer((req, res) => {
  const page = pages.get(req.url)
  if (!page) { res.writeHead(req.url === '/robots.txt' ? 200 : 404); return res.end() }
  res.writeHead(200, page.headers); res.end(page.body)
}).listen(Number(process.env.PORT), process.env.HOST)`,
  )
  const server = await start(file, {})
  return { ...server, stop: () => (server.stop(), rmSync(file, { force: true })) }
}

/** Waits until the CMS answers quickly again: an overloaded run leaves requests queued behind it. */
async function settle() {
  for (let i = 0; i < 60; i++) {
    const start = performance.now()
    await fetch(`${cmsUrl}/api/globals/site-settings?depth=0`).catch(() => null)
    if (performance.now() - start < 50) break
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  await new Promise((resolve) => setTimeout(resolve, 1000))
}

async function measure(url, connections) {
  await settle()
  const result = await autocannon({ url, connections, duration, headers })
  return { rps: result.requests.average, p50: result.latency.p50, p95: result.latency.p97_5 ?? result.latency.p95, p99: result.latency.p99, errors: result.errors + result.non2xx }
}

const cpu = os.cpus()
console.log(`Portal benchmark — ${cpu.length} × ${cpu[0]?.model ?? 'CPU'}, Node ${process.version}, ${duration} s per measurement, CMS ${cmsUrl}\n`)

const ms = (v) => `${Math.round(v)}`.padStart(6)
if (process.argv.includes('--cms-only')) await cmsPart()
else await portalPart()

async function portalPart() {
  const cached = await portal({})
  const rendering = await portal({ PAGE_CACHE_PAGES: 'off' })
  const uncached = await portal({ PAGE_CACHE_TTL: '0' })
  const samples = {}
  for (const [name, route] of Object.entries(routes)) {
    await fetch(`${cached.url}${route}`, { headers })
    const response = await fetch(`${cached.url}${route}`, { headers })
    const sent = Object.fromEntries([...response.headers].filter(([k]) => !['date', 'connection', 'keep-alive', 'transfer-encoding'].includes(k)))
    // fetch decodes the body; ask for the raw bytes the portal keeps for this encoding.
    const raw = await new Promise((resolve, reject) => {
      import('node:http').then(({ get }) =>
        get(`${cached.url}${route}`, { headers }, (res) => {
          const chunks = []
          res.on('data', (c) => chunks.push(c))
          res.on('end', () => resolve(Buffer.concat(chunks)))
        }).on('error', reject),
      )
    })
    samples[route] = { headers: sent, body: raw }
    if (response.headers.get('x-cache') !== 'HIT') console.log(`note: ${name} was not a cache hit (${response.headers.get('x-cache')})`)
  }
  const baseline = await bare(samples)

  console.log('page          conns   bare req/s | warm cache req/s  p50  p95  p99  ratio | CMS data cached req/s  p50  p95  p99  ratio | no cache req/s  p50   p95   p99  ratio')
  try {
    for (const connections of connectionCounts) {
      for (const [name, route] of Object.entries(routes)) {
        const b = await measure(`${baseline.url}${route}`, connections)
        const w = await measure(`${cached.url}${route}`, connections)
        const r = await measure(`${rendering.url}${route}`, connections)
        const n = await measure(`${uncached.url}${route}`, connections)
        console.log(
          `${name.padEnd(13)} ${String(connections).padStart(5)} ${ms(b.rps).padStart(12)} | ${ms(w.rps).padStart(16)} ${ms(w.p50).padStart(4)} ${ms(w.p95).padStart(4)} ${ms(w.p99).padStart(4)} ${(w.rps / b.rps).toFixed(2).padStart(6)} | ${ms(r.rps).padStart(21)} ${ms(r.p50).padStart(4)} ${ms(r.p95).padStart(4)} ${ms(r.p99).padStart(4)} ${(r.rps / b.rps).toFixed(3).padStart(6)} | ${ms(n.rps).padStart(14)} ${ms(n.p50).padStart(4)} ${ms(n.p95).padStart(5)} ${ms(n.p99).padStart(5)} ${(n.rps / b.rps).toFixed(3).padStart(6)}${w.errors + r.errors + n.errors ? `  (errors/non-2xx: ${w.errors + r.errors + n.errors})` : ''}`,
        )
      }
    }
    console.log('\n(p95 column: autocannon reports p97.5; latencies in ms)')
    await cmsPart()
  } finally {
    baseline.stop()
    cached.stop()
    rendering.stop()
    uncached.stop()
  }
}

async function cmsPart() {
  const secret = (name, file) => process.env[name] ?? readFileSync(path.join(root, '.data', file), 'utf8').trim()
  const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres:postgres@127.0.0.1:54329/kennisbank'
  // API_RATE_LIMIT: the REST comparison is one anonymous client making thousands of calls, which the CMS
  // would otherwise answer with 429 after the first 120 a minute (measuring the limiter, not the CMS).
  const env = { DATABASE_URL: databaseUrl, PAYLOAD_SECRET: secret('PAYLOAD_SECRET', 'payload-secret'), PORTAL_API_KEY: portalKey, MEDIA_DIR: path.join(root, '.data', 'media'), PAYLOAD_JOBS_AUTORUN: 'false', API_RATE_LIMIT: '100000000' }
  const counting = await countingCms({ root, env, port: await freePort(), counterPort: await freePort() })
  const direct = await portal({ PAGE_CACHE_TTL: '0', CMS_URL: counting.url })
  try {
    console.log('\nSQL statements per page render (no portal cache; the CMS calls the page makes and the statements behind them)')
    for (const [name, route] of Object.entries(routes)) {
      await fetch(`${direct.url}${route}`)
      await counting.take()
      await fetch(`${direct.url}${route}`)
      const { requests, statements } = await counting.take()
      console.log(`${name.padEnd(13)} ${String(requests).padStart(3)} CMS calls ${String(statements).padStart(4)} statements`)
    }
    const slug = routes.item.split('/').pop()
    const rest = {
      'site settings, depth 0 (the portal)': '/api/globals/site-settings?depth=0',
      'site settings, default depth': '/api/globals/site-settings',
      'item by slug, depth 1': `/api/knowledge-items?where%5Bslug%5D%5Bequals%5D=${slug}&depth=1&limit=1`,
      '6 newest items, depth 0': '/api/knowledge-items?limit=6&sort=-publishedAt&depth=0',
      'search (words and a filter)': '/api/search?q=wonen&type=lesson',
    }
    console.log('\nSQL statements per REST call (anonymous)')
    let bySlug = []
    for (const [name, url] of Object.entries(rest)) {
      await fetch(`${counting.url}${url}`)
      await counting.take()
      await fetch(`${counting.url}${url}`)
      const { statements, texts } = await counting.take()
      if (name.startsWith('item by slug')) bySlug = texts
      console.log(`${name.padEnd(36)} ${String(statements).padStart(4)} statements`)
    }
    // CMS REST by slug against a bare Node server running the same statements with pg.
    const bare = await barePg({ databaseUrl, statements: bySlug, port: await freePort() })
    try {
      console.log(`\nCMS REST, one item by slug (depth 1, anonymous; ${bySlug.length} statements) against a bare Node server running the same SQL with pg`)
      console.log('conns   bare pg req/s  p50  p95  p99 |  CMS REST req/s  p50  p95  p99  ratio')
      for (const connections of connectionCounts) {
        const b = await measure(`${bare.url}/`, connections)
        const c = await measure(`${counting.url}${rest['item by slug, depth 1']}`, connections)
        console.log(
          `${String(connections).padStart(5)} ${ms(b.rps).padStart(15)} ${ms(b.p50).padStart(4)} ${ms(b.p95).padStart(4)} ${ms(b.p99).padStart(4)} | ${ms(c.rps).padStart(15)} ${ms(c.p50).padStart(4)} ${ms(c.p95).padStart(4)} ${ms(c.p99).padStart(4)} ${(c.rps / b.rps).toFixed(2).padStart(6)}${b.errors + c.errors ? `  (errors/non-2xx: ${b.errors + c.errors})` : ''}`,
        )
      }
    } finally {
      bare.stop()
    }
  } finally {
    direct.stop()
    counting.stop()
  }
}
