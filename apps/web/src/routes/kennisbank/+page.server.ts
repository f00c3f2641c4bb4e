import { CmsError } from '@kennisbank/cms-client'
import { error } from '@sveltejs/kit'
import { knowledgeTypes, labelOf } from '@kennisbank/types/vocabularies'

import type { PageServerLoad } from './$types'

import { formatDate } from '$lib/format'
import { paginate, readPage } from '$lib/filters'
import { paths } from '$lib/paths'
import { cms } from '$lib/server/cms'

import { facetFilters, searchRequest, sortFilter } from './filters'
import { m } from '$lib/messages'

export const load: PageServerLoad = async ({ url }) => {
  const page = readPage(url.searchParams)
  const request = searchRequest(url.searchParams, page)
  const result = await cms()
    .search(request)
    .catch((cause) => {
      // The CMS explains bad input in Dutch; anything else is a real failure (error page, not an empty list).
      if (cause instanceof CmsError && cause.status === 400) error(400, cause.message)
      throw cause
    })
  if (page > 1 && page > result.totalPages) error(404, m.error.listPageGone(m.knowledge.listName))
  const query = request.q ?? ''
  return {
    query,
    items: result.docs.map((doc) => ({
      title: doc.title,
      href: paths.item(doc.slug),
      summary: doc.summary,
      snippet: doc.snippet,
      meta: [labelOf(knowledgeTypes, doc.type), formatDate(doc.publishedAt)].filter(Boolean),
    })),
    totalDocs: result.totalDocs,
    suggestion: result.suggestion,
    filters: facetFilters(url.searchParams, result.facets),
    sortFilter: sortFilter(url.searchParams, Boolean(query)),
    filtered: Boolean(query) || facetFilters(url.searchParams, result.facets).some((filter) => filter.value),
    pagination: paginate(url, result.page, result.totalPages),
  }
}
