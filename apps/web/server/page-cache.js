// The portal's page cache: finished anonymous GET answers (HTML, feeds, the sitemap), kept compressed
// (gzip and brotli, made once when stored) in an in-process LRU, each with the tags of the CMS data it
// was built from. The custom server (server/index.js) answers hits before SvelteKit runs; hooks.server.ts
// stores misses and, when the CMS is down, answers from a stale entry. The CMS drops entries by tag
// after each committed change (POST /_cache/invalidate, signed); entries also expire by themselves.
//
// One instance per process, found through globalThis: the custom server and the SvelteKit bundle each
// import this file, and must share the same cache.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

import { LRUCache } from 'lru-cache'

/** @param {string} name @param {number} fallback */
const seconds = (name, fallback) => {
  const value = Number(process.env[name] ?? fallback)
  return Number.isFinite(value) && value >= 0 ? value : fallback
}

/** How long an entry is served without asking the CMS (a lost invalidation heals after this). */
export const freshSeconds = () => seconds('PAGE_CACHE_TTL', 300)
/** How long after that an entry may still be served while the CMS is down. */
export const staleSeconds = () => seconds('PAGE_CACHE_STALE', 86_400)
const maxMegabytes = () => seconds('PAGE_CACHE_MB', 128)

/** Public pages: shared caches may keep them briefly, revalidate in the background, and serve them when we fail. */
export const publicCacheControl = () => `public, max-age=0, s-maxage=60, stale-while-revalidate=${freshSeconds()}, stale-if-error=${staleSeconds()}`

const compressible = /^(text\/|application\/(json|feed\+json|xml|rss\+xml|atom\+xml|javascript)|image\/svg\+xml)/

/**
 * @typedef {{ key: string, status: number, headers: [string, string][], body: Buffer, gzip: Buffer, br: Buffer, compressed: boolean, etag: string, tags: string[], storedAt: number }} Entry
 */

function createPageCache() {
  /** @type {LRUCache<string, Entry>} */
  const entries = new LRUCache({
    maxSize: maxMegabytes() * 1024 * 1024,
    sizeCalculation: (entry) => entry.body.length + entry.gzip.length + entry.br.length + 512,
    ttl: (freshSeconds() + staleSeconds()) * 1000,
    dispose: (entry, key) => {
      for (const tag of entry.tags) {
        const keys = byTag.get(tag)
        keys?.delete(key)
        if (keys && !keys.size) byTag.delete(tag)
      }
    },
  })
  /** @type {Map<string, Set<string>>} */
  const byTag = new Map()
  const stats = { hits: 0, misses: 0, stale: 0, dropped: 0 }
  // The CMS's answers the pages are built from (JSON by URL), fresh as long as a page. Any invalidation
  // empties it: changes are rare next to reads, and a page is rebuilt from it at the cost of a render.
  /** @type {LRUCache<string, { body: string, storedAt: number }>} */
  const data = new LRUCache({ maxSize: 32 * 1024 * 1024, sizeCalculation: (entry) => entry.body.length + 128, ttl: Math.max(1, freshSeconds()) * 1000 })

  // Counts invalidations: an answer read before one may be older than the change, so it is not kept.
  let generation = 0
  // Pages being rendered now, by key: further requests for one wait for it (or get the kept copy)
  // instead of rendering it again, so an expired popular page is rendered once, not once per visitor.
  /** @type {Map<string, Promise<Entry | undefined>>} */
  const rendering = new Map()

  /** @param {Entry} entry @param {number} [ttl] */
  const keep = (entry, ttl) => {
    entries.set(entry.key, entry, ttl ? { ttl } : undefined)
    for (const tag of entry.tags) {
      if (!byTag.has(tag)) byTag.set(tag, new Set())
      byTag.get(tag)?.add(entry.key)
    }
  }

  return {
    stats,
    /**
     * Pages shared with other portal processes (server/shared.js sets it when REDIS_URL is set).
     * @type {{ get: (key: string) => Promise<Entry | undefined>, put: (entry: Entry, lifetimeMs: number) => Promise<void> } | undefined}
     */
    remote: undefined,
    get generation() {
      return generation
    },
    /** Pages are kept unless PAGE_CACHE_PAGES=off (then only the CMS's answers are: for the benchmark). */
    keepsPages: process.env.PAGE_CACHE_PAGES !== 'off',
    data: {
      /** @param {string} url */
      get(url) {
        const entry = data.get(url)
        return entry && Date.now() - entry.storedAt < freshSeconds() * 1000 ? entry.body : undefined
      },
      /** @param {string} url @param {string} body @param {number} readAt the generation when the read began */
      set(url, body, readAt) {
        if (freshSeconds() > 0 && readAt === generation) data.set(url, { body, storedAt: Date.now() })
      },
    },
    /** An entry younger than the fresh time, or nothing. @param {string} key */
    fresh(key) {
      const entry = entries.get(key)
      return entry && isFresh(entry) ? entry : undefined
    },
    /** A fresh entry another process stored (when pages are shared). @param {string} key */
    async freshShared(key) {
      const entry = await this.remote?.get(key)
      return entry && isFresh(entry) ? entry : undefined
    },
    /** An entry of this process past its fresh time but still kept. @param {string} key */
    kept(key) {
      return entries.get(key)
    },
    /** The rendering of this page under way, if any. @param {string} key */
    pending(key) {
      return rendering.get(key)
    },
    /**
     * Marks a page as being rendered; call the returned function with what was kept (or nothing).
     * @param {string} key @returns {(entry: Entry | undefined) => void}
     */
    begin(key) {
      /** @type {(entry: Entry | undefined) => void} */
      let settle = () => {}
      const done = new Promise((resolve) => (settle = resolve))
      rendering.set(key, /** @type {Promise<Entry | undefined>} */ (done))
      return (entry) => {
        if (rendering.get(key) === done) rendering.delete(key)
        settle(entry)
      }
    },
    /** Any entry still kept, here or shared (for when the CMS is down). @param {string} key */
    async stale(key) {
      return entries.get(key) ?? (await this.remote?.get(key))
    },
    /** Keeps an entry another process stored (server/shared.js). @param {Entry} entry */
    adopt(entry) {
      const lifetime = (freshSeconds() + staleSeconds()) * 1000 - (Date.now() - entry.storedAt)
      if (lifetime > 0) keep(entry, lifetime)
    },
    /**
     * Keeps an answer: compressed once here, so a hit costs no compression.
     * @param {string} key @param {{ status: number, headers: [string, string][], body: Buffer, tags: Iterable<string> }} answer
     */
    store(key, { status, headers, body, tags }) {
      const type = headers.find(([name]) => name === 'content-type')?.[1] ?? ''
      const squeeze = compressible.test(type) && body.length > 256
      const storedAt = Date.now()
      /** @type {Entry} */
      const entry = {
        key,
        status,
        // Last-Modified is when this answer was made: it can only change by being made again, so an
        // If-Modified-Since never gets a 304 for content that changed (an edit, a renamed theme, an item withdrawn).
        headers: [
          ...headers.filter(([name]) => !['content-length', 'content-encoding', 'etag', 'cache-control', 'vary', 'x-cache', 'last-modified'].includes(name)),
          ['last-modified', new Date(storedAt).toUTCString()],
        ],
        body,
        gzip: squeeze ? gzipSync(body, { level: 6 }) : body,
        br: squeeze ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }) : body,
        compressed: squeeze,
        etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
        tags: [...new Set(tags)],
        storedAt,
      }
      keep(entry)
      return entry
    },
    /** Stores an entry for the other portal processes too, when pages are shared. @param {Entry} entry */
    async share(entry) {
      await this.remote?.put(entry, (freshSeconds() + staleSeconds()) * 1000)
    },
    /** Drops every entry with one of these tags; returns how many. @param {string[]} tags */
    drop(tags) {
      generation++
      data.clear()
      let count = 0
      for (const tag of tags) {
        for (const key of [...(byTag.get(tag) ?? [])]) {
          if (entries.delete(key)) count++
        }
      }
      stats.dropped += count
      return count
    },
    clear() {
      entries.clear()
    },
    get size() {
      return entries.size
    },
  }
}

/** @param {Entry} entry */
const isFresh = (entry) => Date.now() - entry.storedAt < freshSeconds() * 1000

/** @returns {ReturnType<typeof createPageCache>} */
export function pageCache() {
  const shared = /** @type {{ [slot]?: ReturnType<typeof createPageCache> }} */ (globalThis)
  shared[slot] ??= createPageCache()
  return shared[slot]
}
const slot = Symbol.for('kennisbank.pageCache')

/**
 * Requests the cache may answer: GET or HEAD, nobody identified, no preview.
 * @param {string | undefined} method @param {string} url @param {Record<string, string | string[] | undefined>} headers
 */
export function isCacheableRequest(method, url, headers) {
  if (method !== 'GET' && method !== 'HEAD') return false
  if (headers.authorization || headers.cookie) return false
  return !/^\/(_app|_cache|media)(\/|\?|$)/.test(url) && !/\/afmelden(\/|\?|$)/.test(url) && !/[?&](preview|draft)=/.test(url)
}

const plainPath = /^\/[A-Za-z0-9_~/-]*$/

/** The cache key of a URL: the path and its query parameters in a fixed order, empty ones and tracking ones left out. */
/** @param {string} url */
export function cacheKey(url) {
  // A plain path (no query, dots, escapes or doubled slashes) is its own key.
  if (plainPath.test(url) && !url.includes('//')) return url
  const parsed = new URL(url, 'http://portal')
  const params = [...parsed.searchParams].filter(([name, value]) => value !== '' && !/^(utm_|fbclid$|gclid$)/.test(name))
  params.sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : av > bv ? 1 : 0) : a < b ? -1 : 1))
  const query = new URLSearchParams(params).toString()
  return query ? `${parsed.pathname}?${query}` : parsed.pathname
}

/** Which stored body to send for an Accept-Encoding header. @param {Entry} entry @param {string | string[] | undefined} acceptEncoding */
export function chooseEncoding(entry, acceptEncoding = '') {
  if (!entry.compressed) return { encoding: null, body: entry.body }
  const accepted = String(acceptEncoding).toLowerCase()
  if (/\bbr\b/.test(accepted)) return { encoding: 'br', body: entry.br }
  if (/\bgzip\b/.test(accepted)) return { encoding: 'gzip', body: entry.gzip }
  return { encoding: null, body: entry.body }
}

/** Per entry, the headers of each kind of answer, made once. @type {WeakMap<Entry, Map<string, Record<string, string>>>} */
const preparedHeaders = new WeakMap()
const nothing = Buffer.alloc(0)

/**
 * The answer from the cache: 'HIT' (kept by this process), 'SHARED' (kept by another one, through
 * Redis), 'MISS' (just rendered) or 'STALE' (past its fresh time: the CMS is down, or a new rendering
 * is under way); 304 when the browser has it.
 * @param {Entry} entry @param {Record<string, string | string[] | undefined>} requestHeaders @param {'HIT' | 'SHARED' | 'MISS' | 'STALE'} state
 * @returns {{ status: number, headers: Record<string, string>, body: Buffer }}
 */
export function entryAnswer(entry, requestHeaders, state) {
  const inm = requestHeaders['if-none-match']
  // If-None-Match decides when it is sent; otherwise If-Modified-Since (against when the answer was made).
  const notModified = inm ? String(inm).split(',').some((tag) => tag.trim().replace(/^W\//, '') === entry.etag) : notModifiedSince(entry, requestHeaders['if-modified-since'])
  const { encoding, body } = notModified ? { encoding: null, body: nothing } : chooseEncoding(entry, requestHeaders['accept-encoding'])
  let prepared = preparedHeaders.get(entry)
  if (!prepared) preparedHeaders.set(entry, (prepared = new Map()))
  const kind = notModified ? '304' : String(encoding)
  let base = prepared.get(kind)
  if (!base) {
    base = Object.fromEntries(entry.headers)
    base.etag = entry.etag
    base.vary = 'Accept-Encoding'
    base['cache-control'] = publicCacheControl()
    if (encoding) base['content-encoding'] = encoding
    if (!notModified) base['content-length'] = String(body.length)
    prepared.set(kind, base)
  }
  /** @type {Record<string, string>} */
  const headers = { ...base, 'x-cache': state }
  if (state !== 'MISS') headers.age = String(Math.floor((Date.now() - entry.storedAt) / 1000))
  return { status: notModified ? 304 : entry.status, headers, body }
}

/** True when the entry was made no later than the If-Modified-Since date. @param {Entry} entry @param {string | string[] | undefined} since */
function notModifiedSince(entry, since) {
  const modified = entry.headers.find(([name]) => name === 'last-modified')?.[1]
  if (!since || !modified) return false
  const sinceMs = Date.parse(String(since))
  return Number.isFinite(sinceMs) && Date.parse(modified) <= sinceMs
}

/**
 * An answer that is not kept, compressed for this request when it is worth it (brotli, else gzip).
 * @param {number} status @param {[string, string][]} headerList @param {Buffer} body @param {Record<string, string | string[] | undefined>} requestHeaders
 */
export function compressAnswer(status, headerList, body, requestHeaders) {
  /** @type {Record<string, string>} */
  const headers = Object.fromEntries(headerList)
  const accepted = String(requestHeaders['accept-encoding'] ?? '').toLowerCase()
  if (body.length > 1024 && !headers['content-encoding'] && compressible.test(headers['content-type'] ?? '')) {
    headers.vary = 'Accept-Encoding'
    if (/\bbr\b/.test(accepted)) {
      headers['content-encoding'] = 'br'
      body = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } })
    } else if (/\bgzip\b/.test(accepted)) {
      headers['content-encoding'] = 'gzip'
      body = gzipSync(body, { level: 6 })
    }
  }
  headers['content-length'] = String(body.length)
  return { status, headers, body }
}

// Invalidation calls: HMAC-SHA256 over "<timestamp>.<body>" with the shared PORTAL_API_KEY, a timestamp
// no more than a minute off, and no signature accepted twice (replay).
export const signatureHeader = 'x-kennisbank-signature'
export const timestampHeader = 'x-kennisbank-timestamp'
const windowMs = 60_000
/** @type {Map<string, number>} */
const seen = new Map()

/** @param {string} secret @param {number} timestamp @param {string} body */
export function sign(secret, timestamp, body) {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')
}

/**
 * The tags of a signed invalidation call, or null when it is unsigned, stale, replayed or malformed.
 * @param {string | undefined} secret @param {Record<string, string | string[] | undefined>} headers @param {string} body
 * @returns {string[] | null}
 */
export function verifyInvalidation(secret, headers, body, now = Date.now()) {
  const timestamp = Number(headers[timestampHeader])
  const signature = String(headers[signatureHeader] ?? '')
  if (!secret || !Number.isFinite(timestamp) || Math.abs(now - timestamp) > windowMs || !/^[0-9a-f]{64}$/.test(signature)) return null
  const expected = Buffer.from(sign(secret, timestamp, body), 'hex')
  if (!timingSafeEqual(expected, Buffer.from(signature, 'hex'))) return null
  for (const [key, at] of seen) if (now - at > 2 * windowMs) seen.delete(key)
  if (seen.has(signature)) return null
  seen.set(signature, now)
  try {
    const { tags } = JSON.parse(body)
    return Array.isArray(tags) && tags.every((tag) => typeof tag === 'string' && tag.length <= 200) ? tags.slice(0, 1000) : null
  } catch {
    return null
  }
}
