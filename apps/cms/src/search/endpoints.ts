// The search API: public, published-only reads as route handlers (src/app/(public)/api/search/…).
import { audiences, evidenceLevels, knowledgeTypes, labelOf } from '@kennisbank/types/vocabularies'
import { isSlug, type KnowledgeSearchResult, type RelatedItems, type SiteSearchResult, type TitleSuggestions } from '@kennisbank/types/api'

import { PublicError } from '../api/answers'
import { publicEndpoint, type PublicContext } from '../api/public'
import { messages } from '../messages'
import { addSelectedValues, searchKnowledge } from './knowledge'
import { parseKnowledgeSearch, type KnowledgeSearch } from './query'
import { relatedItems } from './related'
import { searchSite } from './site'
import { queryAlternatives } from './spelling'
import { suggestCorrection, suggestTitles } from './suggest'

// Short-lived public caching; no-transform keeps the server from gzipping a few kilobytes of JSON for
// every call (the portal and other servers call from close by; compress at the proxy if needed).
const options = { cacheControl: 'public, max-age=30, no-transform', failure: messages.search.failed }

/** A search endpoint: the query string checked (bad input is a 400 with a Dutch message), then `search`. */
const searchEndpoint = <T>(search: (context: PublicContext, query: KnowledgeSearch & { corrected: string | null }) => Promise<T>) =>
  publicEndpoint(options, async (context) => {
    const query = parseKnowledgeSearch(context.url.searchParams)
    return search(context, { ...query, ...(await queryAlternatives(context.payload, query.words)) })
  })

/** "Bedoelde u …?": the corrected words when the search corrected some, else a correction when nothing was found. */
const suggestionFor = async (payload: PublicContext['payload'], query: KnowledgeSearch & { corrected: string | null }, totalDocs: number) =>
  query.corrected ?? (totalDocs === 0 && query.words.length ? await suggestCorrection(payload, query.words) : null)

/**
 * GET /api/search — knowledge items: `q`, filters `type theme programme region audience year`,
 * `sort` (relevance|date|oldest|title), `page`, `limit`. Published items only, with facet counts.
 */
export const knowledgeSearch = searchEndpoint(async ({ payload }, query): Promise<KnowledgeSearchResult> => {
  const result = await searchKnowledge(payload, query)
  await addSelectedValues(payload, query, result.facets)
  for (const value of result.facets.type) value.label = labelOf(knowledgeTypes, value.value)
  for (const value of result.facets.audience) value.label = labelOf(audiences, value.value)
  for (const value of result.facets.evidence) value.label = labelOf(evidenceLevels, value.value)
  return { ...result, suggestion: await suggestionFor(payload, query, result.totalDocs) }
})

/** GET /api/search/site — every published kind of content, best matches first: `q`, `page`, `limit`. */
export const siteSearch = searchEndpoint(async ({ payload }, query): Promise<SiteSearchResult> => {
  const result = await searchSite(payload, query)
  return { ...result, suggestion: await suggestionFor(payload, query, result.totalDocs) }
})

/** GET /api/search/suggest?q=… — up to 8 titles of published items for search-as-you-type. */
export const suggest = publicEndpoint(options, async ({ payload, url }): Promise<TitleSuggestions> => {
  const { words } = parseKnowledgeSearch(url.searchParams)
  return { suggestions: words.length ? await suggestTitles(payload, words) : [] }
})

/** GET /api/search/related?slug=…&exclude=a,b&limit=3 — published items related to a published item. */
export const related = publicEndpoint(options, async ({ payload, url }): Promise<RelatedItems> => {
  const slug = url.searchParams.get('slug')
  const exclude = (url.searchParams.get('exclude') ?? '').split(',').filter(Boolean)
  const limit = Number(url.searchParams.get('limit') ?? 3)
  if (!isSlug(slug) || !exclude.every(isSlug) || exclude.length > 20 || !Number.isInteger(limit) || limit < 1 || limit > 12) {
    throw new PublicError(400, messages.search.badRelated)
  }
  return relatedItems(payload, slug, exclude, limit)
})
