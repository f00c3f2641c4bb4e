import type { RequestHandler } from './$types'

import { cms } from '$lib/server/cms'
import { openApiDocument } from '$lib/server/openapi'
import { apiHandler, apiJson, preflight } from '$lib/server/public-api'

/** GET /api/v1/openapi.json — the API's OpenAPI 3.1 description, with the kennisbank's contact address. */
export const GET: RequestHandler = apiHandler(async ({ url }) => {
  const settings = await cms().siteSettings()
  return apiJson(openApiDocument(url.origin, settings.contact?.email || null))
})

export const OPTIONS = preflight
