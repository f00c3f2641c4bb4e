// The search API: public, published-only reads as route handlers (src/app/(public)/api/search/…).
import { audiences, knowledgeTypes, labelOf } from '@kennisbank/types/vocabularies'
import type { KnowledgeSearchResult, SiteSearchResult, TitleSuggestions } from '@kennisbank/types/api'

import { publicEndpoint, type PublicContext } from '../api/public'
import { messages } from '../messages'
import { searchKnowledge } from './knowledge'
import { parseKnowledgeSearch, type KnowledgeSearch } from './query'
import { searchSite } from './site'
import { suggestCorrection, suggestTitles } from './suggest'

// Short-lived public caching; no-transform keeps the server from gzipping a few kilobytes of JSON for
// every call (the portal and other servers call from close by; compress at the proxy if needed).
const options = { cacheControl: 'public, max-age=30, no-transform', failure: messages.search.failed }

/** A search endpoint: the query string checked (bad input is a 400 with a Dutch message), then `search`. */
const searchEndpoint = <T>(search: (context: PublicContext, query: KnowledgeSearch) => Promise<T>) =>
  publicEndpoint(options, (context) => search(context, parseKnowledgeSearch(context.url.searchParams)))

/**
 * GET /api/search — knowledge items: `q`, filters `type theme programme region audience year`,
 * `sort` (relevance|date|oldest|title), `page`, `limit`. Published items only, with facet counts.
 */
export const knowledgeSearch = searchEndpoint(async ({ payload }, query): Promise<KnowledgeSearchResult> => {
  const result = await searchKnowledge(payload, query)
  for (const value of result.facets.type) value.label = labelOf(knowledgeTypes, value.value)
  for (const value of result.facets.audience) value.label = labelOf(audiences, value.value)
  const suggestion = result.totalDocs === 0 && query.words.length ? await suggestCorrection(payload, query.words) : null
  return { ...result, suggestion }
})

/** GET /api/search/site — every published kind of content, best matches first: `q`, `page`, `limit`. */
export const siteSearch = searchEndpoint(async ({ payload }, query): Promise<SiteSearchResult> => {
  const result = await searchSite(payload, query)
  const suggestion = result.totalDocs === 0 && query.words.length ? await suggestCorrection(payload, query.words) : null
  return { ...result, suggestion }
})

/** GET /api/search/suggest?q=… — up to 8 titles of published items for search-as-you-type. */
export const suggest = searchEndpoint(async ({ payload }, query): Promise<TitleSuggestions> => ({
  suggestions: query.words.length ? await suggestTitles(payload, query.words) : [],
}))
