// With REDIS_URL set, portal processes share invalidations: whichever process the CMS's call reaches
// publishes the tags on a Redis channel, and every process (itself too) drops its entries. Without
// Redis, each process is on its own (one portal process, or PORTAL_INVALIDATE_URLS on the CMS naming each).
import { createClient } from 'redis'

const channel = 'kennisbank:cache:drop'

/**
 * @param {(tags: string[]) => void} drop what a process does with tags
 * @returns {Promise<{ spread: (tags: string[]) => Promise<void>, close: () => Promise<void> }>}
 */
export async function shareInvalidations(drop) {
  const url = process.env.REDIS_URL
  if (!url) return { spread: async (tags) => drop(tags), close: async () => {} }
  const publisher = createClient({ url })
  publisher.on('error', (error) => console.error(`[cache] redis: ${error.message}`))
  await publisher.connect()
  const subscriber = publisher.duplicate()
  subscriber.on('error', (error) => console.error(`[cache] redis: ${error.message}`))
  await subscriber.connect()
  await subscriber.subscribe(channel, (message) => {
    try {
      const tags = JSON.parse(message)
      if (Array.isArray(tags)) drop(tags.filter((tag) => typeof tag === 'string'))
    } catch {
      // not ours
    }
  })
  return {
    async spread(tags) {
      drop(tags)
      try {
        await publisher.publish(channel, JSON.stringify(tags))
      } catch (error) {
        console.error(`[cache] could not share an invalidation: ${/** @type {Error} */ (error).message}`)
      }
    },
    async close() {
      await Promise.allSettled([subscriber.quit(), publisher.quit()])
    },
  }
}
