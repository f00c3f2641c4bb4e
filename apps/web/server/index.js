// The portal's server: adapter-node's handler (build/handler.js, its documented custom-server entry)
// behind the page cache. A cached anonymous page is answered here, before SvelteKit runs; everything
// else goes to SvelteKit, whose hooks store what may be cached (src/hooks.server.ts). Also receives the
// CMS's signed invalidations: POST /_cache/invalidate.
//   PORT (3000), HOST (0.0.0.0), PAGE_CACHE_TTL (300 s), PAGE_CACHE_STALE (86400 s), PAGE_CACHE_MB (128),
//   REDIS_URL (unset: this process alone; set: pages and invalidations are shared by every portal
//   process through Redis), REDIS_PREFIX (kennisbank: the prefix of its keys and channel),
//   USAGE_FLUSH_MS (10000: how often the usage figures go to the CMS, server/usage.js),
//   BODY_SIZE_LIMIT (32M: the largest request body, adapter-node's setting),
//   SHUTDOWN_DELAY_MS (0) and SHUTDOWN_GRACE_MS (8000): how a SIGTERM drains (below), LOG_LEVEL (info; server/log.js)
import http from 'node:http'

import { drainOnSignal } from '@kennisbank/server/drain'

import { log } from './log.js'
import { cacheKey, entryAnswer, isCacheableRequest, pageCache, verifyInvalidation } from './page-cache.js'
import { shareCache } from './shared.js'
import { usageCounter } from './usage.js'

// Form posts may carry attachments (a contribution: three files of 10 MB); adapter-node reads this when it loads.
process.env.BODY_SIZE_LIMIT ??= '32M'
const { handler } = await import('../build/handler.js')

const cache = pageCache()
const shared = await shareCache(cache)
const usage = usageCounter({ cmsUrl: process.env.CMS_URL, portalKey: process.env.PORTAL_API_KEY, flushMs: Number(process.env.USAGE_FLUSH_MS ?? 10_000) })
const port = Number(process.env.PORT ?? 3000)
const host = process.env.HOST ?? '0.0.0.0'
const grace = Number(process.env.SHUTDOWN_GRACE_MS ?? 8000)
const delay = Number(process.env.SHUTDOWN_DELAY_MS ?? 0)

function send(res, { status, headers, body }, head) {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
  res.writeHead(status)
  res.end(head ? undefined : body)
}

function invalidate(req, res) {
  const chunks = []
  let size = 0
  req.on('data', (chunk) => {
    size += chunk.length
    if (size > 256 * 1024) req.destroy()
    else chunks.push(chunk)
  })
  req.on('end', () => {
    const tags = verifyInvalidation(process.env.PORTAL_API_KEY, req.headers, Buffer.concat(chunks).toString('utf8'))
    if (!tags) {
      res.writeHead(401, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
      res.end(JSON.stringify({ message: 'Ongeldige of verlopen handtekening.' }))
      return
    }
    const before = cache.size
    shared.spread(tags).then(() => {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
      res.end(JSON.stringify({ dropped: before - cache.size }))
    })
  })
}

/**
 * Alive and ready: this process answers, with the page cache loaded. The portal serves kept pages while the CMS
 * is down, so its readiness does not depend on the CMS; the answer only reports it (the CMS's own /readyz).
 * While stopping, /readyz says 503 and /healthz (alive) still 200.
 * @param {http.ServerResponse} res @param {boolean} readiness
 */
function health(res, readiness) {
  const cmsUrl = process.env.CMS_URL
  const probe = cmsUrl ? fetch(new URL('/readyz', cmsUrl), { signal: AbortSignal.timeout(1000) }).then((r) => (r.ok ? 'ok' : 'unavailable'), () => 'unreachable') : Promise.resolve('unknown')
  probe.then((cms) => {
    if (drain.draining && readiness) return void res.writeHead(503, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify({ status: 'stopping', cms }))
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
    res.end(JSON.stringify({ status: 'ok', cms, cachedPages: cache.size }))
  })
}

const render = (/** @type {http.IncomingMessage} */ req, /** @type {http.ServerResponse} */ res) =>
  handler(req, res, () => {
    res.writeHead(404)
    res.end()
  })

/** @param {http.IncomingMessage} req @param {http.ServerResponse} res @param {import('./page-cache.js').Entry} entry @param {'HIT' | 'SHARED' | 'STALE'} state */
function hit(req, res, entry, state) {
  cache.stats.hits++
  send(res, entryAnswer(entry, req.headers, state), req.method === 'HEAD')
}

/** On every answer, static files included (SvelteKit's hooks add the rest, and the CSP, to pages). */
const baseline = {
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
}

const server = http.createServer((req, res) => {
  for (const [name, value] of Object.entries(baseline)) res.setHeader(name, value)
  const url = req.url ?? '/'
  res.on('finish', () => usage.count(req, res))
  if (req.method === 'POST' && url === '/_cache/invalidate') return invalidate(req, res)
  if (url === '/healthz' || url === '/readyz') return health(res, url === '/readyz')
  if (!isCacheableRequest(req.method, url, req.headers)) return render(req, res)
  const key = cacheKey(url)
  const entry = cache.fresh(key)
  if (entry) return hit(req, res, entry, 'HIT')
  // Being rendered for someone else: the kept copy meanwhile, or else the new one when it is ready.
  const pending = cache.pending(key)
  if (pending) {
    const kept = cache.kept(key)
    if (kept) return hit(req, res, kept, 'STALE')
    return void pending.then((fresh) => (fresh ? hit(req, res, fresh, 'HIT') : render(req, res)))
  }
  if (!cache.remote) return render(req, res)
  // Another portal process may have rendered it (shared through Redis).
  cache.freshShared(key).then((shared) => (shared ? hit(req, res, shared, 'SHARED') : render(req, res)))
})

server.listen(port, host, () => log.info({ host, port }, 'listening'))

// A promise that fails with nobody waiting for it is a bug to fix, not a reason to take every visitor's
// page down: it is logged, and the process keeps serving (the page cache included).
process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled rejection'))

// On SIGTERM/SIGINT: /readyz says 503, the open requests are finished, the usage figures sent, then exit
// (@kennisbank/server/drain: SHUTDOWN_DELAY_MS, SHUTDOWN_GRACE_MS).
const drain = drainOnSignal(server, { delayMs: delay, graceMs: grace, log, onClosed: () => Promise.all([shared.close(), usage.close()]) })
