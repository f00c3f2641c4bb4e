import { error } from '@sveltejs/kit'
import { evidenceLevels, knowledgeTypes, labelOf } from '@kennisbank/types/vocabularies'

import type { PageServerLoad } from './$types'

import { formatDate } from '$lib/format'
import { paginate, readPage } from '$lib/filters'
import { paths } from '$lib/paths'
import { usageResultsHeader } from '$lib/server/usage'
import { cms } from '$lib/server/cms'

import { m } from '$lib/messages'

import { badSearchAs400, facetFilters, searchRequest, sortFilter, waysOut } from './filters'

export const load: PageServerLoad = async ({ url, setHeaders }) => {
  const page = readPage(url.searchParams)
  const request = searchRequest(url.searchParams, page)
  const result = await cms()
    .search(request)
    .catch(badSearchAs400)
  if (page > 1 && page > result.totalPages) error(404, m.error.listPageGone(m.knowledge.listName))
  const query = request.q ?? ''
  // For the usage figures (server/usage.js): how many items this search found.
  if (query.trim()) setHeaders({ [usageResultsHeader]: String(result.totalDocs) })
  const client = cms()
  const parentRegion = async (slug: string) => {
    const region = await client.findBySlug('regions', slug, 1)
    return region?.parent && typeof region.parent === 'object' ? { slug: region.parent.slug, title: region.parent.title } : null
  }
  return {
    waysOut: result.totalDocs === 0 ? await waysOut(url, request, result.facets, async (wider) => (await client.search(wider)).totalDocs, parentRegion) : [],
    query,
    items: result.docs.map((doc) => ({
      title: doc.title,
      href: paths.item(doc.slug),
      summary: doc.summary,
      snippet: doc.snippet,
      // Type, evidence, themes, where it applies and date: what a card needs to choose what to read.
      meta: [
        labelOf(knowledgeTypes, doc.type),
        doc.evidence ? labelOf(evidenceLevels, doc.evidence) : '',
        doc.themes.join(', '),
        doc.regions.length ? doc.regions.join(', ') : m.knowledge.appliesToAll,
        formatDate(doc.publishedAt),
      ].filter(Boolean),
    })),
    totalDocs: result.totalDocs,
    totalIsEstimate: result.totalIsEstimate,
    suggestion: result.suggestion,
    filters: facetFilters(url.searchParams, result.facets),
    sortFilter: sortFilter(url.searchParams, Boolean(query)),
    filtered: Boolean(query) || facetFilters(url.searchParams, result.facets).some((filter) => filter.value),
    pagination: paginate(url, result.page, result.totalPages),
  }
}
