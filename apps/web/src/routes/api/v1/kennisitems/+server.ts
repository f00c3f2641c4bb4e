import type { RequestHandler } from './$types'

import { readPage } from '$lib/filters'
import { cms } from '$lib/server/cms'
import { apiHandler, apiJson, itemSummary, preflight, readLimit } from '$lib/server/public-api'

import { searchRequest } from '../../../kennisbank/filters'

/** GET /api/v1/kennisitems — published knowledge items, searched and filtered with the kennisbank's own parameters. */
export const GET: RequestHandler = apiHandler(async ({ url }) => {
  const request = { ...searchRequest(url.searchParams, readPage(url.searchParams)), limit: readLimit(url.searchParams) }
  const result = await cms().search(request)
  return apiJson({
    resultaten: result.docs.map((hit) => itemSummary(hit, url.origin)),
    paginering: { pagina: result.page, perPagina: result.limit, totaal: result.totalDocs, totaalIsSchatting: result.totalIsEstimate, aantalPaginas: result.totalPages },
  })
})

export const OPTIONS = preflight
