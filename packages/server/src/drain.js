// Stopping an HTTP server without failing the requests under way; the CMS (apps/cms/server.js) and the
// portal (apps/web/server/index.js) both use it. On SIGTERM or SIGINT:
//
// 1. `draining` becomes true (each app's /readyz then answers 503, so a load balancer stops sending) and
//    every answer carries `Connection: close`, also those already being made. Without that, steady
//    keep-alive load keeps a connection busy and `server.close()` never finishes (`next start` was
//    killed after the grace period that way).
// 2. After `delayMs` (SHUTDOWN_DELAY_MS; behind a load balancer a little more than its health-check
//    interval) the listener closes, connections are closed as soon as they are idle, and once the last
//    one is gone `onClosed` runs and the process exits 0.
// 3. Whatever is still open `graceMs` (SHUTDOWN_GRACE_MS) later is cut, and the process exits 1.

/**
 * @param {import('node:http').Server} server
 * @param {{ delayMs: number, graceMs: number, log: { info: (...args: any[]) => void, warn: (...args: any[]) => void }, onClosed: () => Promise<unknown> }} options
 * @returns {{ readonly draining: boolean }}
 */
export function drainOnSignal(server, { delayMs, graceMs, log, onClosed }) {
  let draining = false
  /** @type {Set<import('node:http').ServerResponse>} */
  const inflight = new Set()
  // Before the app's own handler, so that even an answer made at once carries the header.
  server.prependListener('request', (_req, res) => {
    if (draining) return void res.setHeader('connection', 'close')
    inflight.add(res)
    res.once('close', () => inflight.delete(res))
  })
  for (const signal of ['SIGTERM', 'SIGINT']) {
    process.once(signal, () => {
      draining = true
      for (const res of inflight) if (!res.headersSent) res.setHeader('connection', 'close')
      log.info({ signal, delayMs }, 'stopping: /readyz says 503')
      setTimeout(() => {
        log.info('stopping: no new connections; finishing open requests')
        server.close(() => void onClosed().finally(() => process.exit(0)))
        // A connection whose request began before the signal goes idle once answered: close it then.
        setInterval(() => server.closeIdleConnections(), 100).unref()
        setTimeout(() => {
          log.warn({ graceMs }, 'stopping: open requests cut off')
          server.closeAllConnections()
          process.exit(1)
        }, graceMs).unref()
      }, delayMs)
    })
  }
  return {
    get draining() {
      return draining
    },
  }
}
