// The CMS's HTTP server: Next.js (with Payload inside) behind Node's own server, as Next's documented
// custom server, so that a SIGTERM drains it. `next start` closes its server on SIGTERM too, but under
// steady load keep-alive connections (the portal's, a load balancer's) keep bringing new requests, so
// it never finished and was killed after the grace period (seen in bench/restart.mjs).
//
// On SIGTERM or SIGINT it drains (@kennisbank/server/drain: SHUTDOWN_DELAY_MS, SHUTDOWN_GRACE_MS): /readyz
// answers 503, the requests under way are finished, and the process exits.
//
//   PORT=3000 node server.js     (HOST to bind one address; NODE_ENV is production unless set)
//
// Logs are JSON lines, as Payload's (src/payload.config.ts: LOG_FORMAT, LOG_LEVEL).
import http from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { drainOnSignal } from '@kennisbank/server/drain'
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

const server = http.createServer((req, res) => {
  if (drain.draining && req.url === '/readyz') {
    res.writeHead(503, { 'content-type': 'application/json', 'cache-control': 'no-store' })
    return void res.end(JSON.stringify({ status: 'stopping' }))
  }
  void handle(req, res)
})
const drain = drainOnSignal(server, { delayMs: delay, graceMs: grace, log, onClosed: () => app.close() })
server.listen(port, host, () => log.info({ host, port }, 'listening'))
