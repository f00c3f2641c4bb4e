import type { RequestHandler } from './$types'

import { feedFilters, type FeedFile } from '$lib/feeds'
import { paths } from '$lib/paths'
import { cms } from '$lib/server/cms'
import { feedResponse } from '$lib/server/feeds'
import { m } from '$lib/messages'

import { badSearchAs400, facetParams, searchRequest } from '../filters'

/** /kennisbank/feed.xml, atom.xml, feed.json — the 30 newest items, optionally of one type, theme or programme. */
export const GET: RequestHandler = async ({ params, url }) => {
  const filters = new URLSearchParams()
  for (const name of feedFilters.kennisbank) {
    const value = url.searchParams.get(name)
    if (value) filters.set(name, value)
  }
  const result = await cms().search({ ...searchRequest(filters, 1), sort: 'date', limit: 30 }).catch(badSearchAs400)
  // The chosen values' labels, in the order of the list page's filters.
  const chosen = facetParams
    .filter(({ param }) => filters.has(param))
    .flatMap(({ param, facet }) => result.facets[facet].filter((value) => value.value === filters.get(param)).map((value) => value.label ?? value.value))
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
