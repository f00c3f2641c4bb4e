import type { RequestHandler } from './$types'

import type { FeedFile } from '$lib/feeds'
import { paths } from '$lib/paths'
import { cms } from '$lib/server/cms'
import { feedResponse } from '$lib/server/feeds'
import { m } from '$lib/messages'

import { searchRequest } from '../filters'

/** /kennisbank/feed.xml, atom.xml, feed.json — the 30 newest items, optionally of one type, theme or programme. */
export const GET: RequestHandler = async ({ params, url }) => {
  const filters = new URLSearchParams()
  for (const name of ['soort', 'thema', 'programma']) {
    const value = url.searchParams.get(name)
    if (value) filters.set(name, value)
  }
  const result = await cms().search({ ...searchRequest(filters, 1), sort: 'date', limit: 30 })
  const chosen = [...filters.keys()].flatMap((name) => {
    const facet = name === 'soort' ? 'type' : name === 'thema' ? 'theme' : 'programme'
    return result.facets[facet].filter((value) => value.value === filters.get(name)).map((value) => value.label ?? value.value)
  })
  return feedResponse(params.feed as FeedFile, {
    url,
    title: [m.feeds.knowledge, ...chosen].join(' – '),
    description: m.feeds.knowledgeDescription,
    page: `/kennisbank${filters.size ? `?${filters}` : ''}`,
    entries: result.docs.map((hit) => {
      const link = `${url.origin}${paths.item(hit.slug)}`
      const date = new Date(hit.publishedAt ?? 0)
      return { id: link, link, title: hit.title, description: hit.summary, date, published: date, updated: date, category: hit.themes.map((name) => ({ name })) }
    }),
  })
}
