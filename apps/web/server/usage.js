// Usage figures without cookies. Every page view this process answers (rendered, or from the page cache)
// is counted in memory per day and path, and every search per day and query, with the number of results
// its page reported (`x-kennisbank-results`). Every USAGE_FLUSH_MS (10 s) and on shutdown the counts go to
// the CMS (POST /api/usage with the portal's key), which adds them to the day's rows. Nothing about the
// visitor is kept or sent: no address, no browser, no cookie, no time of day; so no visit can be recovered.
// Not counted: known bots and crawlers (isbot), requests without a browser name, prefetches, HEAD, and
// anything but an HTML page answered 200, or 304 when the browser asked whether its copy is still good.
import { isbot } from 'isbot'

import { log } from './log.js'

export const resultsHeader = 'x-kennisbank-results'
const maxKeys = 20_000

/** Today in the Netherlands, as YYYY-MM-DD. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date())

/** A search as counted: lower case, words separated by one space (the same search typed twice counts once as a query). */
export const normaliseQuery = (/** @type {string} */ text) => text.normalize('NFC').toLowerCase().split(/\s+/).filter(Boolean).join(' ').slice(0, 200).trim()

/**
 * @param {{ cmsUrl: string | undefined, portalKey: string | undefined, flushMs?: number }} options
 */
export function usageCounter({ cmsUrl, portalKey, flushMs = 10_000 }) {
  /** @type {Map<string, number>} */
  let pages = new Map()
  /** @type {Map<string, { searches: number, results: number }>} */
  let searches = new Map()

  /** Counts one answer, once it has been sent. @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
  function count(req, res) {
    if (req.method !== 'GET' || (res.statusCode !== 200 && res.statusCode !== 304)) return
    // A page: HTML, or (a 304 may carry no type) a request for a document.
    const type = String(res.getHeader('content-type') ?? '')
    if (!(type.startsWith('text/html') || (res.statusCode === 304 && !type && String(req.headers.accept ?? '').includes('text/html')))) return
    const agent = req.headers['user-agent']
    if (!agent || isbot(agent)) return
    if (req.headers.purpose === 'prefetch' || String(req.headers['sec-purpose'] ?? '').includes('prefetch')) return
    if (pages.size >= maxKeys || searches.size >= maxKeys) return
    const url = new URL(req.url ?? '/', 'http://portal')
    // An editor's preview of a draft is not a visit.
    if (url.searchParams.has('preview')) return
    const day = today()
    const path = url.pathname.slice(0, 300)
    pages.set(`${day}\t${path}`, (pages.get(`${day}\t${path}`) ?? 0) + 1)
    const query = normaliseQuery(url.searchParams.get('zoekterm') ?? '')
    const results = Number(res.getHeader(resultsHeader))
    if (query && Number.isInteger(results) && results >= 0) {
      const key = `${day}\t${query}`
      searches.set(key, { searches: (searches.get(key)?.searches ?? 0) + 1, results })
    }
  }

  /** Sends what was counted since the last report; kept for the next one when the CMS does not answer. */
  async function flush() {
    if (!cmsUrl || !portalKey || (!pages.size && !searches.size)) return
    const [sentPages, sentSearches] = [pages, searches]
    pages = new Map()
    searches = new Map()
    const body = {
      pages: [...sentPages].map(([key, views]) => ({ day: key.split('\t')[0], path: key.split('\t')[1], views })),
      searches: [...sentSearches].map(([key, value]) => ({ day: key.split('\t')[0], query: key.split('\t')[1], ...value })),
    }
    try {
      const response = await fetch(new URL('/api/usage', cmsUrl), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-kennisbank-portal-key': portalKey },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(5000),
      })
      if (response.status >= 500) throw new Error(`CMS answered ${response.status}`)
      if (!response.ok) log.error({ status: response.status, answer: await response.text() }, 'usage: the CMS refused the figures')
    } catch {
      // The CMS is away: add them back, so the next report carries them.
      for (const [key, views] of sentPages) pages.set(key, (pages.get(key) ?? 0) + views)
      for (const [key, value] of sentSearches) searches.set(key, { searches: (searches.get(key)?.searches ?? 0) + value.searches, results: searches.get(key)?.results ?? value.results })
    }
  }

  const timer = setInterval(() => void flush(), flushMs)
  timer.unref()
  return { count, flush, close: async () => (clearInterval(timer), flush()) }
}
