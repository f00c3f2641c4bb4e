import { CmsError, type SiteCollection } from '@kennisbank/cms-client'
import { error } from '@sveltejs/kit'

import type { PageServerLoad } from './$types'

import { formatDate } from '$lib/format'
import { paginate, readPage, readQuery } from '$lib/filters'
import { collectionPaths } from '$lib/paths'
import { usageResultsHeader } from '$lib/server/usage'
import { cms } from '$lib/server/cms'
import { m } from '$lib/messages'

const kinds: Record<SiteCollection, string> = m.search.kinds

/** Site-wide search: every published kind of content. */
export const load: PageServerLoad = async ({ url, setHeaders }) => {
  const query = readQuery(url.searchParams)
  const page = readPage(url.searchParams)
  if (!query.trim()) return { query, results: [], totalDocs: 0, counts: [], suggestion: null, pagination: paginate(url, 1, 0) }
  const result = await cms()
    .searchSite({ q: query, page, limit: 20 })
    .catch((cause) => {
      if (cause instanceof CmsError && cause.status === 400) error(400, cause.message)
      throw cause
    })
  if (page > 1 && page > result.totalPages) error(404, m.error.listPageGone(m.search.listName))
  // For the usage figures (server/usage.js): how many results this search found.
  setHeaders({ [usageResultsHeader]: String(result.totalDocs) })
  return {
    query,
    results: result.docs.map((doc) => ({
      title: doc.title,
      href: collectionPaths[doc.collection]!(doc.slug),
      summary: doc.summary,
      snippet: doc.snippet,
      meta: [kinds[doc.collection], doc.collection === 'events' || doc.collection === 'knowledge-items' ? formatDate(doc.date) : ''].filter(Boolean),
    })),
    totalDocs: result.totalDocs,
    counts: (Object.keys(kinds) as SiteCollection[]).flatMap((key) => (result.collections[key] ? [`${kinds[key]}: ${result.collections[key]}`] : [])),
    suggestion: result.suggestion,
    pagination: paginate(url, result.page, result.totalPages),
  }
}
