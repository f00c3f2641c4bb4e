import type { Endpoint, PayloadRequest } from 'payload'

import { labelOf, audiences, knowledgeTypes } from '@kennisbank/types/vocabularies'

import { searchKnowledge } from './knowledge'
import { parseKnowledgeSearch, queryWords, SearchInputError } from './query'
import { searchSite } from './site'
import { suggestCorrection, suggestTitles } from './suggest'

const headers = { 'cache-control': 'public, max-age=30' }

/** Bad input is a 400 with a Dutch message; everything else is the server's problem. */
function handle(run: (req: PayloadRequest) => Promise<unknown>): Endpoint['handler'] {
  return async (req) => {
    try {
      return Response.json(await run(req), { headers })
    } catch (error) {
      if (error instanceof SearchInputError) return Response.json({ errors: [{ message: error.message }] }, { status: 400 })
      throw error
    }
  }
}

const params = (req: PayloadRequest) => req.searchParams ?? new URL(req.url ?? '', 'http://localhost').searchParams

/**
 * GET /api/search — knowledge items: `q`, filters `type theme programme region audience year`,
 * `sort` (relevance|date), `page`, `limit`. Published items only, with facet counts.
 */
export const knowledgeSearchEndpoint: Endpoint = {
  path: '/search',
  method: 'get',
  handler: handle(async (req) => {
    const search = parseKnowledgeSearch(params(req))
    const result = await searchKnowledge(req.payload, search)
    for (const value of result.facets.type) value.label = labelOf(knowledgeTypes, value.value)
    for (const value of result.facets.audience) value.label = labelOf(audiences, value.value)
    const suggestion = result.totalDocs === 0 && search.words.length ? await suggestCorrection(req.payload, search.words) : null
    return { ...result, suggestion }
  }),
}

/** GET /api/search/site — every published kind of content, best matches first: `q`, `page`, `limit`. */
export const siteSearchEndpoint: Endpoint = {
  path: '/search/site',
  method: 'get',
  handler: handle(async (req) => {
    const search = parseKnowledgeSearch(params(req))
    const result = await searchSite(req.payload, search)
    const suggestion = result.totalDocs === 0 && search.words.length ? await suggestCorrection(req.payload, search.words) : null
    return { ...result, suggestion }
  }),
}

/** GET /api/search/suggest?q=… — up to 8 titles of published items for search-as-you-type. */
export const suggestEndpoint: Endpoint = {
  path: '/search/suggest',
  method: 'get',
  handler: handle(async (req) => {
    const search = parseKnowledgeSearch(params(req))
    return { suggestions: search.words.length ? await suggestTitles(req.payload, search.words) : [] }
  }),
}
