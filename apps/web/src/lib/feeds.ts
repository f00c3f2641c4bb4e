// The feeds of the kennisbank and the agenda: where they are and what they are called.
import { m } from '$lib/messages'

export const feedFormats = {
  'feed.xml': { type: 'application/rss+xml', title: m.feeds.rss },
  'atom.xml': { type: 'application/atom+xml', title: m.feeds.atom },
  'feed.json': { type: 'application/feed+json', title: m.feeds.json },
} as const

export type FeedFile = keyof typeof feedFormats

/** The parameters a feed takes from its list page's filters. */
export const feedFilters = { kennisbank: ['soort', 'thema', 'programma'], agenda: ['soort', 'thema'] } as const

/** `<link rel="alternate">` entries for a list page, carrying the filters the feed understands. */
export function feedLinks(list: keyof typeof feedFilters, params: URLSearchParams, name: string) {
  const query = new URLSearchParams()
  for (const param of feedFilters[list]) {
    const value = params.get(param)
    if (value) query.set(param, value)
  }
  return (Object.keys(feedFormats) as FeedFile[]).map((file) => ({
    href: `/${list}/${file}${query.size ? `?${query}` : ''}`,
    type: feedFormats[file].type,
    title: `${name} (${feedFormats[file].title})`,
  }))
}
