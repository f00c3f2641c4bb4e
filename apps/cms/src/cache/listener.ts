// The CMS server's side of cache invalidation (see notify.ts): listens for committed changes and posts
// their tags to the portal, signed. Notifications that arrive close together go as one call; a failed
// call is tried again twice. Runs in the Next.js server only (not in the CLI or in tests' local API).
import type { BasePayload } from 'payload'

import { listen } from '../db'
import { env } from '../env'
import { channel, signedInvalidation } from './notify'

/** Where the portal takes invalidations: PORTAL_INVALIDATE_URLS (comma-separated, one per portal without a shared Redis), else PORTAL_URL. */
export function invalidationTargets(): string[] {
  const list = (process.env.PORTAL_INVALIDATE_URLS ?? env.portalUrl ?? '').split(',').map((url) => url.trim()).filter(Boolean)
  return list.map((url) => new URL('/_cache/invalidate', url).href)
}

export function startInvalidationListener(payload: BasePayload): () => void {
  const targets = invalidationTargets()
  if (!targets.length) return () => {}
  let pending = new Set<string>()
  let timer: NodeJS.Timeout | undefined

  const post = async (target: string, tags: string[], attempt = 1): Promise<void> => {
    try {
      const { body, headers } = signedInvalidation(env.portalApiKey, tags)
      const response = await fetch(target, { method: 'POST', body, headers, signal: AbortSignal.timeout(5000) })
      if (!response.ok) throw new Error(`answered ${response.status}`)
    } catch (error) {
      if (attempt >= 3) {
        payload.logger.warn(`portal cache not told about ${tags.length} tag(s) at ${target}: ${(error as Error).message} (its pages expire by themselves)`)
        return
      }
      await new Promise((resolve) => setTimeout(resolve, attempt * 500).unref())
      return post(target, tags, attempt + 1)
    }
  }

  const flush = () => {
    timer = undefined
    const tags = [...pending]
    pending = new Set()
    for (const target of targets) void post(target, tags)
  }

  return listen(payload, channel, (message) => {
    try {
      for (const tag of (JSON.parse(message) as { tags: string[] }).tags) pending.add(tag)
    } catch {
      return
    }
    timer ??= setTimeout(flush, 25)
  })
}
