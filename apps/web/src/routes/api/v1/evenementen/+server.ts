import { error } from '@sveltejs/kit'

import type { RequestHandler } from './$types'

import { readPage } from '$lib/filters'
import { startOfDay } from '$lib/format'
import { cms, currentMinute } from '$lib/server/cms'
import { eventFilters } from '$lib/server/events'
import { apiHandler, apiJson, eventSummary, preflight, readLimit } from '$lib/server/public-api'
import { m } from '$lib/messages'

/**
 * GET /api/v1/evenementen — published events that have not ended, soonest first; `vanaf` (a date)
 * starts the list at another day, `soort` and `thema` filter as in the agenda.
 */
export const GET: RequestHandler = apiHandler(async ({ url }) => {
  const params = url.searchParams
  const from = params.get('vanaf') ?? ''
  if (from && !(/^\d{4}-\d{2}-\d{2}$/.test(from) && !Number.isNaN(Date.parse(`${from}T00:00:00Z`)))) error(400, m.api.badDate)
  const { where } = await eventFilters(params)
  const and = [{ endsAt: { greater_than_equal: from ? startOfDay(from).toISOString() : currentMinute() } }, ...where]
  const result = await cms().list('events', { where: { and }, sort: 'startsAt', depth: 1, page: readPage(params), limit: readLimit(params) })
  return apiJson({
    resultaten: result.docs.map((event) => eventSummary(event, url.origin)),
    paginering: { pagina: result.page ?? 1, perPagina: result.limit, totaal: result.totalDocs, totaalIsSchatting: false, aantalPaginas: result.totalPages },
  })
})

export const OPTIONS = preflight
