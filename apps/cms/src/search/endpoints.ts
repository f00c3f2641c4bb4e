// The search API as Next.js route handlers (src/app/(search)/api/search/…): public, published-only
// reads that need no user, so they skip Payload's request pipeline (auth, i18n) and go straight to
// PostgreSQL through the Payload instance's pool.
import config from '@payload-config'
import { audiences, knowledgeTypes, labelOf } from '@kennisbank/types/vocabularies'
import { getPayload, type BasePayload } from 'payload'

import { searchKnowledge } from './knowledge'
import { parseKnowledgeSearch, SearchInputError, type KnowledgeSearch } from './query'
import { searchSite } from './site'
import { suggestCorrection, suggestTitles } from './suggest'

// Short-lived public caching; no-transform keeps the server from gzipping a few kilobytes of JSON for
// every call (the portal and other servers call from close by; compress at the proxy if needed).
const headers = { 'cache-control': 'public, max-age=30, no-transform' }

/** Bad input is a 400 with a Dutch message; anything else is logged and a 500. */
function route(run: (payload: BasePayload, search: KnowledgeSearch) => Promise<unknown>) {
  return async (request: Request): Promise<Response> => {
    try {
      const search = parseKnowledgeSearch(new URL(request.url).searchParams)
      return Response.json(await run(await getPayload({ config }), search), { headers })
    } catch (error) {
      if (error instanceof SearchInputError) return Response.json({ errors: [{ message: error.message }] }, { status: 400 })
      console.error(error)
      return Response.json({ errors: [{ message: 'Er ging iets mis bij het zoeken.' }] }, { status: 500 })
    }
  }
}

/**
 * GET /api/search — knowledge items: `q`, filters `type theme programme region audience year`,
 * `sort` (relevance|date|oldest|title), `page`, `limit`. Published items only, with facet counts.
 */
export const knowledgeSearch = route(async (payload, search) => {
  const result = await searchKnowledge(payload, search)
  for (const value of result.facets.type) value.label = labelOf(knowledgeTypes, value.value)
  for (const value of result.facets.audience) value.label = labelOf(audiences, value.value)
  const suggestion = result.totalDocs === 0 && search.words.length ? await suggestCorrection(payload, search.words) : null
  return { ...result, suggestion }
})

/** GET /api/search/site — every published kind of content, best matches first: `q`, `page`, `limit`. */
export const siteSearch = route(async (payload, search) => {
  const result = await searchSite(payload, search)
  const suggestion = result.totalDocs === 0 && search.words.length ? await suggestCorrection(payload, search.words) : null
  return { ...result, suggestion }
})

/** GET /api/search/suggest?q=… — up to 8 titles of published items for search-as-you-type. */
export const suggest = route(async (payload, search) => ({
  suggestions: search.words.length ? await suggestTitles(payload, search.words) : [],
}))
