// Graceful shutdown of both servers (apps/cms/server.js, apps/web/server/index.js), as `docker stop` or
// an orchestrator does it: SIGTERM under steady keep-alive load, with one request half sent. The
// half-sent request is still answered, every answer given is a whole one, and the process exits 0
// soon — long before its grace period. (`next start`, and the portal before it closed connections that
// went idle after the signal, kept serving such connections and ended only when killed or after the
// grace period: 6.3 s here.) With SHUTDOWN_DELAY_MS, /readyz says 503 first, so a load balancer can
// move the load away before the listener closes, and then no request fails at all.
import http from 'node:http'
import net from 'node:net'

import { describe, expect, it } from 'vitest'

import { startApp } from './helpers'

/** Keep-alive load from `workers` loops on one path until the server refuses connections. */
function steadyLoad(port: number, path: string, workers = 4) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: workers })
  const statuses = new Map<number, number>()
  const errors: string[] = []
  let stopped = false
  const once = () =>
    new Promise<void>((resolve) => {
      const request = http.get({ host: '127.0.0.1', port, path, agent }, (response) => {
        response.resume()
        response.on('end', () => {
          statuses.set(response.statusCode!, (statuses.get(response.statusCode!) ?? 0) + 1)
          resolve()
        })
      })
      request.on('error', (error: NodeJS.ErrnoException) => {
        errors.push(error.code ?? error.message)
        if (error.code === 'ECONNREFUSED') stopped = true
        resolve()
      })
    })
  const loops = Array.from({ length: workers }, async () => {
    while (!stopped) await once()
  })
  return {
    statuses,
    errors,
    stop: async () => {
      stopped = true
      await Promise.all(loops)
      agent.destroy()
    },
  }
}

/** A request whose headers are sent now and whose body is sent by `finish()`; resolves with its status once the server has closed the connection. */
function halfSent(port: number, path: string, body: string) {
  const socket = net.connect(port, '127.0.0.1')
  const half = Math.floor(body.length / 2)
  socket.write(`POST ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, half)}`)
  let raw = ''
  socket.on('data', (chunk) => (raw += chunk.toString('latin1')))
  const answered = new Promise<{ status: number }>((resolve, reject) => {
    socket.on('close', () => {
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(raw)?.[1])
      if (!status) reject(new Error(`no answer to the half-sent request: ${JSON.stringify(raw.slice(0, 200))}`))
      resolve({ status })
    })
    socket.on('error', reject)
  })
  return { finish: () => socket.write(body.slice(half)), answered }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const cases = [
  // The CMS: its liveness route as the load, a registration without an event as the half-sent request (a Dutch 4xx).
  { app: 'cms' as const, load: '/healthz', post: '/api/registrations/register', expected: [400, 401, 403] },
  // The portal: a static file as the load, an unsigned cache invalidation as the half-sent request (401).
  { app: 'portal' as const, load: '/robots.txt', post: '/_cache/invalidate', expected: [401] },
]

describe('graceful shutdown on SIGTERM', () => {
  for (const { app, load, post, expected } of cases) {
    it(`${app}: finishes the open requests under keep-alive load and exits 0 well within its grace period`, async () => {
      const server = await startApp(app, { SHUTDOWN_GRACE_MS: '20000', LOG_LEVEL: 'warn' })
      try {
        const traffic = steadyLoad(server.port, load)
        const slow = halfSent(server.port, post, JSON.stringify({ event: 'bestaat-niet', name: 'Test', email: 'test@example.nl', padding: 'x'.repeat(200) }))
        await pause(500)
        const signalled = performance.now()
        server.child.kill('SIGTERM')
        await pause(300)
        slow.finish()
        const answer = await slow.answered
        const code = await server.exited
        const took = performance.now() - signalled
        await traffic.stop()
        console.log(`${app}: exit ${code} ${Math.round(took)} ms after SIGTERM; half-sent request ${answer.status}; load answers ${JSON.stringify(Object.fromEntries(traffic.statuses))}, connection errors ${JSON.stringify(traffic.errors)}`)

        expect(expected, `the half-sent request got ${answer.status}`).toContain(answer.status)
        expect(code).toBe(0)
        expect(took).toBeLessThan(5000)
        // Every answer was a whole one with the load path's own status. The only errors are connections
        // refused, or reset as the listener closed (sent in that instant, before any handler saw them).
        expect([...traffic.statuses.keys()]).toEqual([200])
        expect(traffic.statuses.get(200)).toBeGreaterThan(20)
        expect(traffic.errors.filter((error) => !['ECONNREFUSED', 'ECONNRESET', 'EPIPE'].includes(error))).toEqual([])
      } finally {
        server.stop()
      }
    }, 90_000)

    it(`${app}: with SHUTDOWN_DELAY_MS, says "not ready" at once and keeps serving until the load has moved away: no request fails`, async () => {
      const server = await startApp(app, { SHUTDOWN_GRACE_MS: '20000', SHUTDOWN_DELAY_MS: '1500', LOG_LEVEL: 'warn' })
      try {
        const traffic = steadyLoad(server.port, load)
        await pause(500)
        const signalled = performance.now()
        server.child.kill('SIGTERM')
        // As a load balancer: it checks readiness (a new connection), sees 503 and stops sending.
        await expect.poll(async () => (await fetch(`http://127.0.0.1:${server.port}/readyz`)).status, { timeout: 1000, interval: 50 }).toBe(503)
        expect((await fetch(`http://127.0.0.1:${server.port}/healthz`)).status).toBe(200)
        await pause(200)
        await traffic.stop()
        const code = await server.exited
        const took = performance.now() - signalled
        console.log(`${app} (delay 1500 ms): exit ${code} ${Math.round(took)} ms after SIGTERM; load answers ${JSON.stringify(Object.fromEntries(traffic.statuses))}, connection errors ${JSON.stringify(traffic.errors)}`)

        expect(code).toBe(0)
        expect(took).toBeGreaterThanOrEqual(1500)
        expect(took).toBeLessThan(5000)
        expect([...traffic.statuses.keys()]).toEqual([200])
        expect(traffic.errors).toEqual([])
      } finally {
        server.stop()
      }
    }, 90_000)
  }
})
