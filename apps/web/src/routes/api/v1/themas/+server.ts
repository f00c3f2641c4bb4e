import type { RequestHandler } from './$types'

import { cms } from '$lib/server/cms'
import { apiHandler, apiJson, preflight, themeSummary } from '$lib/server/public-api'

/** GET /api/v1/themas — the themes of broad prosperity, in the kennisbank's order. */
export const GET: RequestHandler = apiHandler(async ({ url }) => {
  const themes = await cms().all('themes', { sort: 'order', depth: 0, select: { title: true, slug: true, summary: true } })
  return apiJson({ resultaten: themes.map((theme) => themeSummary(theme, url.origin)) })
})

export const OPTIONS = preflight
