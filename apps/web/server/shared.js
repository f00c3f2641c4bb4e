// With REDIS_URL set, portal processes share their pages and their invalidations through Redis, so the
// portal runs as several stateless processes behind a load balancer:
//   - a page one process renders is stored in Redis too (the compressed entry, with its tags, expiring
//     with it), and another process that misses it locally takes it from there instead of rendering;
//   - whichever process the CMS's signed call reaches drops its entries, deletes the tagged pages from
//     Redis and publishes the tags on a Redis channel; every other process drops its own entries and
//     deletes the tagged pages from Redis too. That also removes a page a process stored just before the
//     message reached it (its store and its delete go over the same connection, in that order).
// Without Redis each process is on its own (one portal process, or PORTAL_INVALIDATE_URLS on the CMS
// naming each). When Redis is unreachable, a process goes on with its own cache.
import { randomUUID } from 'node:crypto'
import { deserialize, serialize } from 'node:v8'

import { log } from './log.js'

/** @typedef {import('./page-cache.js').Entry} Entry */
/** @typedef {ReturnType<import('./page-cache.js').pageCache>} PageCache */

/**
 * @param {PageCache} cache this process's cache
 * @returns {Promise<{ spread: (tags: string[]) => Promise<void>, close: () => Promise<void> }>}
 */
export async function shareCache(cache) {
  const url = process.env.REDIS_URL
  if (!url) {
    return {
      spread: async (tags) => void cache.drop(tags),
      close: async () => {},
    }
  }
  const { createClient, RESP_TYPES } = await import('redis')
  const prefix = process.env.REDIS_PREFIX ?? 'kennisbank'
  const channel = `${prefix}:cache:drop`
  const me = randomUUID()
  const pageKey = (/** @type {string} */ key) => `${prefix}:page:${key}`
  const tagKey = (/** @type {string} */ tag) => `${prefix}:tag:${tag}`
  const complain = (/** @type {string} */ what) => (/** @type {Error} */ error) => log.error({ err: error }, `page cache: redis, ${what}`)

  // Commands fail at once while Redis is away (no offline queue), so a request never waits for it.
  const publisher = createClient({ url, disableOfflineQueue: true })
  publisher.on('error', complain('connection'))
  await publisher.connect()
  const client = publisher.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer })
  const subscriber = publisher.duplicate()
  subscriber.on('error', complain('connection'))
  await subscriber.connect()

  /** Deletes the pages with one of these tags from Redis. @param {string[]} tags */
  async function deleteTagged(tags) {
    const keys = (await Promise.all(tags.map((tag) => publisher.sMembers(tagKey(tag))))).flat()
    const doomed = [...new Set(keys)].map(pageKey).concat(tags.map(tagKey))
    if (doomed.length) await publisher.unlink(doomed)
  }
  /** @param {string[]} tags */
  const dropEverywhere = (tags) => {
    cache.drop(tags)
    return deleteTagged(tags).catch(complain('delete'))
  }

  cache.remote = {
    async get(key) {
      const readAt = cache.generation
      try {
        const stored = await client.get(pageKey(key))
        if (!stored) return undefined
        /** @type {Entry} */
        const entry = deserialize(stored)
        // Kept here too, unless an invalidation arrived while it was read.
        if (readAt === cache.generation) cache.adopt(entry)
        return entry
      } catch (error) {
        complain('read')(/** @type {Error} */ (error))
        return undefined
      }
    },
    async put(entry, lifetimeMs) {
      const multi = publisher.multi().set(pageKey(entry.key), serialize(entry), { expiration: { type: 'PX', value: lifetimeMs } })
      for (const tag of entry.tags) multi.sAdd(tagKey(tag), entry.key).pExpire(tagKey(tag), lifetimeMs)
      await multi.exec().catch(complain('store'))
    },
  }

  await subscriber.subscribe(channel, (message) => {
    try {
      const { from, tags } = JSON.parse(message)
      if (from !== me && Array.isArray(tags)) void dropEverywhere(tags.filter((tag) => typeof tag === 'string'))
    } catch {
      // not ours
    }
  })
  return {
    async spread(tags) {
      await dropEverywhere(tags)
      await publisher.publish(channel, JSON.stringify({ from: me, tags })).catch(complain('publish'))
    },
    async close() {
      cache.remote = undefined
      await Promise.allSettled([subscriber.quit(), publisher.quit()])
    },
  }
}
