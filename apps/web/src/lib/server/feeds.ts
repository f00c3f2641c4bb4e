// RSS 2.0, Atom and JSON Feed of the kennisbank (newest items) and the agenda (coming events), made
// with the `feed` library. Kept and invalidated like pages (hooks.server.ts): an item published is in
// the feed within seconds; `ETag`, `Last-Modified` and 304 come with the page cache (server/page-cache.js).
import { Feed, type Item } from 'feed'

import { feedFormats, type FeedFile } from '$lib/feeds'
import { formatPeriod } from '$lib/format'
import { m } from '$lib/messages'

import { publicCorsHeaders } from './public-api'

export type FeedEntry = Item & { updated: Date }

export function feedResponse(file: FeedFile, { url, title, description, page, entries }: { url: URL; title: string; description: string; page: string; entries: FeedEntry[] }): Response {
  const origin = url.origin
  const updated = entries.reduce<Date | null>((newest, entry) => (!newest || entry.updated > newest ? entry.updated : newest), null) ?? new Date(0)
  const self = `${origin}${url.pathname}${url.search}`
  const feed = new Feed({
    id: self,
    title,
    description,
    link: `${origin}${page}`,
    language: 'nl',
    updated,
    generator: false,
    copyright: `CC BY 4.0 — ${m.site.name}`,
    favicon: `${origin}/favicon.svg`,
    feedLinks: { [file === 'feed.xml' ? 'rss' : file === 'atom.xml' ? 'atom' : 'json']: self },
  })
  for (const { updated: _updated, ...entry } of entries) feed.addItem(entry)
  const body = file === 'feed.xml' ? feed.rss2() : file === 'atom.xml' ? feed.atom1() : feed.json1()
  return new Response(body, {
    headers: {
      ...publicCorsHeaders,
      'content-type': `${feedFormats[file].type}; charset=utf-8`,
    },
  })
}

/** What an event entry says besides its summary: when and where. */
export const eventLine = (startsAt: string, endsAt: string, place: string) => [formatPeriod(startsAt, endsAt), place].filter(Boolean).join(' — ')
