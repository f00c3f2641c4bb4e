// The one way to add a public endpoint of the CMS's own (beyond Payload's REST and GraphQL).
//
// Public endpoints — anonymous, no user, no Payload request pipeline — are Next.js route handlers
// under src/app/(public)/api/…, each a `publicEndpoint(…)`: it gets the Payload instance, turns a
// `PublicError` into a 4xx with a Dutch message, logs anything else as a 500, and rate-limits write
// endpoints per visitor (rate-limit.ts). Skipping Payload's pipeline (auth, i18n, access) saves a
// search tens of milliseconds, and these endpoints do their own checks.
//
// Endpoints that need a logged-in user (editors' CSV export) are Payload `endpoints` on their
// collection, so that Payload authenticates the request and `req.user` is set.
import config from '@payload-config'
import type { ErrorBody, FieldError } from '@kennisbank/types/api'
import { getPayload, type BasePayload } from 'payload'

import { messages } from '../messages'
import { Answer, noStore, PublicError } from './answers'
import { consumeApiCall, consumeWrite, fromPortal } from './rate-limit'

export type PublicContext = { payload: BasePayload; request: Request; url: URL }
type Options = {
  /** Write endpoints count against the visitor's rate limit. */
  write?: boolean
  /** Only the portal may call it (its PORTAL_API_KEY): anyone else gets a 401 with this message, before any rate limit. */
  portalOnly?: string
  /** Cache-Control of a successful answer. */
  cacheControl: string
  /** The Dutch message of a 500. */
  failure: string
}

/** Like Payload's own errors (`errors[].message`), with the message on top and a field where one is meant. */
const errorBody = (message: string, errors: FieldError[] = []): ErrorBody => ({ message, errors: errors.length ? errors : [{ message }] })

export function publicEndpoint({ write = false, portalOnly, cacheControl, failure }: Options, handle: (context: PublicContext) => Promise<unknown>) {
  return async (request: Request): Promise<Response> => {
    try {
      if (portalOnly && !fromPortal(request.headers)) throw new PublicError(401, portalOnly)
      if (write) {
        const waitSeconds = await consumeWrite(request.headers)
        if (waitSeconds !== null) return tooManyRequests(waitSeconds, messages.request.tooMany(Math.ceil(waitSeconds / 60)))
      } else {
        const waitSeconds = await consumeApiCall(request.headers)
        if (waitSeconds !== null) return tooManyRequests(waitSeconds)
      }
      const result = await handle({ payload: await getPayload({ config }), request, url: new URL(request.url) })
      const { status, body } = result instanceof Answer ? result : { status: 200, body: result }
      return Response.json(body, { status, headers: { 'cache-control': status === 200 ? cacheControl : noStore } })
    } catch (error) {
      if (error instanceof PublicError) return Response.json(errorBody(error.message, error.errors), { status: error.status, headers: { 'cache-control': noStore } })
      const { logger } = await getPayload({ config })
      logger.error({ err: error, url: request.url }, 'request failed')
      return Response.json(errorBody(failure), { status: 500, headers: { 'cache-control': noStore } })
    }
  }
}

/** 429 with Retry-After and a Dutch message. */
const tooManyRequests = (waitSeconds: number, message = messages.request.tooManyRequests(waitSeconds)) =>
  Response.json(errorBody(message), { status: 429, headers: { 'retry-after': String(waitSeconds), 'cache-control': noStore } })

/**
 * Payload's REST and GraphQL route handlers behind the per-client rate limit (rate-limit.ts), and
 * with HEAD answered like GET without a body (Payload's router knows no HEAD and answered 404).
 */
export function limitedApi<Rest extends unknown[]>(handler: (request: Request, ...rest: Rest) => Promise<Response>) {
  return async (request: Request, ...rest: Rest): Promise<Response> => {
    const waitSeconds = await consumeApiCall(request.headers)
    if (waitSeconds !== null) return tooManyRequests(waitSeconds)
    return handler(request, ...rest)
  }
}

/** HEAD for a GET handler: the same status and headers, no body. */
export function headOf<Rest extends unknown[]>(get: (request: Request, ...rest: Rest) => Promise<Response>) {
  return async (request: Request, ...rest: Rest): Promise<Response> => {
    const answer = await get(new Request(request.url, { method: 'GET', headers: request.headers }), ...rest)
    await answer.body?.cancel()
    return new Response(null, { status: answer.status, statusText: answer.statusText, headers: answer.headers })
  }
}

/** A JSON request body as an object; a PublicError (413, 400) for anything else. */
export async function readJsonObject(request: Request, maxBytes: number): Promise<Record<string, unknown>> {
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) throw new PublicError(413, messages.request.tooLarge)
  const text = await request.text()
  if (text.length > maxBytes) throw new PublicError(413, messages.request.tooLarge)
  let body: unknown
  try {
    body = JSON.parse(text || '{}')
  } catch {
    throw new PublicError(400, messages.request.notJson)
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new PublicError(400, messages.request.notJson)
  return body as Record<string, unknown>
}
