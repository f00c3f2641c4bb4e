import { createCmsClient, type CmsClient } from '@kennisbank/cms-client'

import { readConfig } from './config'
import { addTags } from './render-scope'

import { pageCache } from '../../../server/page-cache.js'

let client: CmsClient | undefined

/**
 * The CMS's anonymous JSON answers, kept with the page cache (server/page-cache.js) and emptied by every
 * invalidation. Registration endpoints (seats, forms) and previews always go to the CMS.
 */
const cachedFetch: typeof fetch = async (input, init) => {
  const url = String(input)
  const method = init?.method ?? 'GET'
  if (method !== 'GET' || /\/api\/(registrations\/|preview)/.test(url)) return fetch(input, init)
  const cache = pageCache()
  const kept = cache.data.get(url)
  const json = { 'content-type': 'application/json' }
  if (kept !== undefined) return new Response(kept, { status: 200, headers: json })
  const readAt = cache.generation
  const response = await fetch(input, init)
  if (!response.ok) return response
  const body = await response.text()
  cache.data.set(url, body, readAt)
  return new Response(body, { status: response.status, headers: json })
}

/** The portal's one CMS client (server-only). */
export function cms(): CmsClient {
  const { cmsUrl, portalKey } = readConfig()
  client ??= createCmsClient({ baseUrl: cmsUrl, portalKey, onRead: addTags, fetch: cachedFetch })
  return client
}

/**
 * The current minute, for "ends after now" in CMS queries: the same URL for a whole minute, so the
 * kept CMS answer is reused (an event that ended within the last minute may still be listed).
 */
export function currentMinute(): string {
  return new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString()
}
