// Tells the portal which of its cached pages a change makes stale, once the change is committed.
//
// Payload's afterChange/afterDelete hooks run inside the operation's transaction, so a call to the
// portal from there could arrive before the commit (the portal would re-render the old content and keep
// it) or for a change that is rolled back. Instead each hook sends `pg_notify` on the same transaction:
// PostgreSQL delivers a notification only when its transaction commits, and drops it on rollback. The
// CMS server listens on that channel (one connection, started in onInit) and posts the tags to the portal,
// signed (HMAC-SHA256 with PORTAL_API_KEY over "<timestamp>.<body>"; the portal refuses unsigned, stale
// or replayed calls). A lost call heals by itself: the portal keeps a page at most PAGE_CACHE_TTL.
//
// Tags (the CMS client reports the same ones for each read, packages/cms-client):
//   <collection>                      every list of it, and every page that shows its documents
//   <collection>:<id>, <collection>:slug:<slug>   one document's own page (old and new slug)
//   global:<slug>                     a global (site settings)
//   seats:<event slug>                the seats left of an event (every registration changes them)
import { createHmac, randomUUID } from 'node:crypto'

import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Config, GlobalAfterChangeHook, PayloadRequest } from 'payload'

import { notifyInTransaction } from '../db'

export const channel = 'kennisbank_cache'

type Doc = { id?: number | string; slug?: unknown; _status?: unknown; event?: unknown }

export function tagsFor(collection: string, doc: Doc | undefined, previous?: Doc): string[] {
  const tags = new Set([collection])
  for (const version of [doc, previous]) {
    if (!version) continue
    if (version.id !== undefined) tags.add(`${collection}:${version.id}`)
    if (typeof version.slug === 'string' && version.slug) tags.add(`${collection}:slug:${version.slug}`)
  }
  return [...tags]
}

async function send(req: PayloadRequest, tags: string[]) {
  await notifyInTransaction(req, channel, JSON.stringify({ tags }))
}

/** A draft saved next to a draft changes nothing the portal shows. */
const invisible = (doc: Doc, previous?: Doc) => doc._status === 'draft' && (!previous || previous._status !== 'published')

async function eventSlug(req: PayloadRequest, event: unknown): Promise<string | null> {
  if (event && typeof event === 'object' && 'slug' in event) return String(event.slug)
  if (typeof event !== 'number' && typeof event !== 'string') return null
  // Internal: only the slug, to name the cache tag; nothing of it reaches the request's caller.
  const found = await req.payload.findByID({ collection: 'events', id: event, depth: 0, req, overrideAccess: true, disableErrors: true, select: { slug: true } })
  return found?.slug ?? null
}

const afterChange =
  (collection: string): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req }) => {
    if (invisible(doc, previousDoc)) return doc
    const tags = tagsFor(collection, doc, previousDoc)
    if (collection === 'registrations') {
      const slug = await eventSlug(req, doc.event)
      if (slug) tags.push(`seats:${slug}`)
    }
    await send(req, tags)
    return doc
  }

const afterDelete =
  (collection: string): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    const tags = tagsFor(collection, doc)
    if (collection === 'registrations') {
      const slug = await eventSlug(req, doc.event)
      if (slug) tags.push(`seats:${slug}`)
    }
    await send(req, tags)
  }

const globalAfterChange =
  (slug: string): GlobalAfterChangeHook =>
  async ({ doc, req }) => {
    await send(req, [`global:${slug}`])
    return doc
  }

/** Collections the portal never shows: their changes make nothing stale. */
const notOnPortal = new Set(['feedback'])

/** A Payload plugin: every collection and global tells the portal about its committed changes. */
export function portalCacheNotifications(config: Config): Config {
  return {
    ...config,
    collections: config.collections?.map((collection) =>
      collection.slug.startsWith('payload-') || notOnPortal.has(collection.slug)
        ? collection
        : {
            ...collection,
            hooks: {
              ...collection.hooks,
              afterChange: [...(collection.hooks?.afterChange ?? []), afterChange(collection.slug)],
              afterDelete: [...(collection.hooks?.afterDelete ?? []), afterDelete(collection.slug)],
            },
          },
    ),
    globals: config.globals?.map((global) => ({
      ...global,
      hooks: { ...global.hooks, afterChange: [...(global.hooks?.afterChange ?? []), globalAfterChange(global.slug)] },
    })),
  }
}

/** The signed call to the portal (see the top of this file; the portal checks it in server/page-cache.js). */
export function signedInvalidation(secret: string, tags: string[], now = Date.now()) {
  const body = JSON.stringify({ tags, nonce: randomUUID() })
  const signature = createHmac('sha256', secret).update(`${now}.${body}`).digest('hex')
  return { body, headers: { 'content-type': 'application/json', 'x-kennisbank-timestamp': String(now), 'x-kennisbank-signature': signature } }
}
