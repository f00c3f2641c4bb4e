// The CMS's HTTP server: Next.js (with Payload inside) behind Node's own server, as Next's documented
// custom server, so that a SIGTERM drains it. `next start` closes its server on SIGTERM too, but under
// steady load keep-alive connections (the portal's, a load balancer's) keep bringing new requests, so
// it never finished and was killed after the grace period (seen in bench/restart.mjs).
//
// On SIGTERM or SIGINT: /readyz answers 503 and every answer closes its connection; after
// SHUTDOWN_DELAY_MS (default 0; behind a load balancer, a little more than its health-check interval, so
// it has stopped sending first) no new connections are accepted, the requests under way are finished,
// and the process exits 0; after a further SHUTDOWN_GRACE_MS (default 8 s, within `docker stop`'s 10 s)
// the remaining connections are cut and it exits 1. Without the delay, a request sent at the very
// moment the listener closes gets a connection error before any handler saw it, as with any server.
//
//   PORT=3000 node server.js     (HOST to bind one address; NODE_ENV is production unless set)
//
// Logs are JSON lines, as Payload's (src/payload.config.ts: LOG_FORMAT, LOG_LEVEL).
import http from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { pino } from 'pino'

process.env.NODE_ENV ||= 'production'
const log = pino({ name: 'cms', level: process.env.LOG_LEVEL || 'info', timestamp: pino.stdTimeFunctions.isoTime })
const { default: next } = await import('next')

const port = Number(process.env.PORT || 3000)
const host = process.env.HOST
const grace = Number(process.env.SHUTDOWN_GRACE_MS || 8000)
const delay = Number(process.env.SHUTDOWN_DELAY_MS || 0)

const app = next({ dev: false, dir: path.dirname(fileURLToPath(import.meta.url)), port, hostname: host })
const handle = app.getRequestHandler()
await app.prepare()

let draining = false
/** Answers being made: on the signal, those not yet begun are told to close their connection too. */
const inflight = new Set()
const server = http.createServer((req, res) => {
  inflight.add(res)
  res.once('close', () => inflight.delete(res))
  if (draining) {
    res.setHeader('connection', 'close')
    if (req.url === '/readyz') {
      res.writeHead(503, { 'content-type': 'application/json', 'cache-control': 'no-store' })
      return void res.end(JSON.stringify({ status: 'stopping' }))
    }
  }
  void handle(req, res)
})
server.listen(port, host, () => log.info({ host, port }, 'listening'))

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.once(signal, () => {
    draining = true
    for (const res of inflight) if (!res.headersSent) res.setHeader('connection', 'close')
    log.info({ signal, delayMs: delay }, 'stopping: /readyz says 503')
    setTimeout(() => {
      log.info('stopping: no new connections; finishing open requests')
      server.close(() => void app.close().finally(() => process.exit(0)))
      // A connection whose request began before the signal goes idle once answered: close it then.
      setInterval(() => server.closeIdleConnections(), 100).unref()
      setTimeout(() => {
        log.warn({ graceMs: grace }, 'stopping: open requests cut off')
        server.closeAllConnections()
        process.exit(1)
      }, grace).unref()
    }, delay)
  })
}
