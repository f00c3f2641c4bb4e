// Rate limits of the public write endpoints (registering, cancelling), in memory (rate-limiter-flexible).
//
// The portal proves itself with the shared PORTAL_API_KEY and names its visitor's address: each
// visitor gets FORM_RATE_LIMIT writes per ten minutes. Everyone else who calls the CMS directly
// (the compose file publishes it) shares one budget of five times that: a script that skips the
// portal cannot send more, and cannot dodge the limit by inventing addresses.
import { timingSafeEqual } from 'node:crypto'

import { portalKeyHeader, visitorHeader } from '@kennisbank/types/api'
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

import { env } from '../env'

const duration = 10 * 60
const perVisitor = new RateLimiterMemory({ keyPrefix: 'write-visitor', points: env.formRateLimit, duration })
const direct = new RateLimiterMemory({ keyPrefix: 'write-direct', points: env.formRateLimit * 5, duration })

/** True when the request carries the portal's key. */
export function fromPortal(headers: Headers): boolean {
  const given = Buffer.from(headers.get(portalKeyHeader) ?? '')
  const expected = Buffer.from(env.portalApiKey)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/** Counts one write; null when it may go ahead, otherwise the seconds to wait. */
export async function consumeWrite(headers: Headers): Promise<number | null> {
  try {
    if (fromPortal(headers)) await perVisitor.consume((headers.get(visitorHeader) ?? '').slice(0, 100) || 'unknown')
    else await direct.consume('all')
    return null
  } catch (error) {
    if (error instanceof RateLimiterRes) return Math.max(1, Math.ceil(error.msBeforeNext / 1000))
    throw error
  }
}

// Reads and writes through Payload's REST and GraphQL APIs. Each client (its address as the proxy in
// front reports it in X-Forwarded-For, else the connection's) gets API_RATE_LIMIT calls a minute, five
// times that when it sends a login (the admin makes many calls); all clients without the portal's
// key together get twenty times that, so that inventing addresses cannot overload the CMS. The portal,
// whose visitors are served from its own cache, is not limited here.
const perClient = new RateLimiterMemory({ keyPrefix: 'api-client', points: env.apiRateLimit, duration: 60 })
const perLoggedInClient = new RateLimiterMemory({ keyPrefix: 'api-login', points: env.apiRateLimit * 5, duration: 60 })
const allClients = new RateLimiterMemory({ keyPrefix: 'api-all', points: env.apiRateLimit * 20, duration: 60 })

/** Counts one API call; null when it may go ahead, otherwise the seconds to wait. */
export async function consumeApiCall(headers: Headers): Promise<number | null> {
  if (fromPortal(headers)) return null
  const client = (headers.get('x-forwarded-for') ?? '').split(',')[0]!.trim().slice(0, 64) || 'unknown'
  const loggedIn = headers.has('authorization') || /(^|;\s*)payload-token=/.test(headers.get('cookie') ?? '')
  try {
    await (loggedIn ? perLoggedInClient : perClient).consume(client)
    await allClients.consume('all')
    return null
  } catch (error) {
    if (error instanceof RateLimiterRes) return Math.max(1, Math.ceil(error.msBeforeNext / 1000))
    throw error
  }
}
