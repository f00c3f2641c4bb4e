import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit'
import { sequence } from '@sveltejs/kit/hooks'
import { CmsError } from '@kennisbank/cms-client'
import { previewParam } from '@kennisbank/types/api'

import { readConfig } from '$lib/server/config'
import { isPreviewRequest } from '$lib/server/preview'
import { cmsFailed, withPreviewToken, withRenderScope } from '$lib/server/render-scope'
import { m } from '$lib/messages'

import { log } from '../server/log.js'
import { cacheKey, compressAnswer, entryAnswer, freshSeconds, isCacheableRequest, pageCache } from '../server/page-cache.js'

export const init: ServerInit = async () => {
  // Fails the start-up with a clear message when the configuration is missing or wrong.
  readConfig()
}

const securityHeaders: Handle = async ({ event, resolve }) => {
  const token = isPreviewRequest(event.url) ? (event.url.searchParams.get(previewParam) ?? '') : ''
  const response = await (token ? withPreviewToken(token, () => resolve(event)) : resolve(event))
  response.headers.set('x-content-type-options', 'nosniff')
  response.headers.set('referrer-policy', 'same-origin')
  response.headers.set('strict-transport-security', 'max-age=31536000; includeSubDomains')
  response.headers.set('permissions-policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()')
  if (isPreviewRequest(event.url)) {
    // A draft: for the editor who opened it, never kept or indexed, and framed by the admin only (its live preview).
    response.headers.set('cache-control', 'private, no-store')
    response.headers.set('x-robots-tag', 'noindex')
    const csp = response.headers.get('content-security-policy')
    if (csp) response.headers.set('content-security-policy', csp.replace("frame-ancestors 'none'", `frame-ancestors ${readConfig().cmsPublicOrigin}`))
  }
  return response
}

/** What a page answer from the cache becomes for SvelteKit. */
const toResponse = ({ status, headers, body }: { status: number; headers: Record<string, string>; body: Buffer }) =>
  new Response(status === 304 || body.length === 0 ? null : new Uint8Array(body), { status, headers })

const storable = /^(text\/html|text\/xml|application\/xml|application\/rss\+xml|application\/atom\+xml|application\/feed\+json|text\/calendar|application\/json|text\/plain)/

/**
 * The page cache (server/page-cache.js): an anonymous GET is rendered once and kept, compressed, with
 * the tags of the CMS reads it made; later requests are answered by the custom server before SvelteKit
 * runs. When the CMS is down, a page seen before is answered from the cache (stale) and one never seen
 * gets the Dutch error page as a 503 with Retry-After. Answers that may not be kept are compressed here.
 */
const pageCaching: Handle = async ({ event, resolve }) => {
  const requestHeaders = Object.fromEntries(event.request.headers)
  // The URL as requested (event.url drops the /__data.json of a client-side navigation's data request).
  const requested = new URL(event.request.url)
  const path = `${requested.pathname}${requested.search}`
  if (!isCacheableRequest(event.request.method, path, requestHeaders)) {
    const response = await resolve(event)
    // Downloads and other binary answers stream through as they are.
    if (!response.body || !storable.test(response.headers.get('content-type') ?? '')) return response
    return toResponse(compressAnswer(response.status, [...response.headers], Buffer.from(await response.arrayBuffer()), requestHeaders))
  }
  const cache = pageCache()
  const key = cacheKey(path)
  // Others asking for this page meanwhile wait for this rendering (server/index.js).
  const settle = event.request.method === 'GET' && cache.keepsPages && freshSeconds() > 0 ? cache.begin(key) : () => {}
  let kept: ReturnType<typeof cache.store> | undefined
  try {
    return await withRenderScope(async (scope) => {
      // A page rendered while an invalidation arrived may show the old content: it is sent, not kept.
      const renderedAt = cache.generation
      const response = await resolve(event)
      const body = Buffer.from(await response.arrayBuffer())
      // The CMS is down, or this client has caused too many renders (429): a kept copy, when there is one, is better.
      if (scope.cmsDown || response.status === 429) {
        const stale = await cache.stale(key)
        if (stale) {
          cache.stats.stale++
          return toResponse(entryAnswer(stale, requestHeaders, 'STALE'))
        }
      }
      if (scope.cmsDown) {
        const headers = [...response.headers].filter(([name]) => name !== 'cache-control')
        return toResponse(compressAnswer(503, [...headers, ['cache-control', 'no-store'], ['retry-after', '30']], body, requestHeaders))
      }
      const control = response.headers.get('cache-control') ?? ''
      const keep =
        cache.keepsPages &&
        renderedAt === cache.generation &&
        event.request.method === 'GET' &&
        response.status === 200 &&
        !/private|no-store/.test(control) &&
        !response.headers.has('set-cookie') &&
        storable.test(response.headers.get('content-type') ?? '')
      if (!keep) return toResponse(compressAnswer(response.status, [...response.headers], body, requestHeaders))
      cache.stats.misses++
      const entry = cache.store(key, { status: 200, headers: [...response.headers], body, tags: scope.tags })
      // Shared before it is answered: once a visitor has the page, every portal process can serve it.
      await cache.share(entry)
      kept = entry
      return toResponse(entryAnswer(entry, requestHeaders, 'MISS'))
    })
  } finally {
    settle(kept)
  }
}

// The cache keeps what the security headers made of an answer, so it runs outside them.
export const handle = sequence(pageCaching, securityHeaders)

export const handleError: HandleServerError = ({ error, status }) => {
  if (error instanceof CmsError) {
    cmsFailed(error)
    return { message: m.error.cmsDown }
  }
  if (status !== 404) log.error({ err: error, status }, 'page failed')
  return { message: status === 404 ? m.error.pageNotFound : m.error.server }
}
