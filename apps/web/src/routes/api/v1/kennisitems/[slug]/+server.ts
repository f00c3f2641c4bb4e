import { error } from '@sveltejs/kit'

import type { RequestHandler } from './$types'

import { cms } from '$lib/server/cms'
import { validSlug } from '$lib/server/content'
import { apiHandler, apiJson, itemDetail, preflight } from '$lib/server/public-api'
import { m } from '$lib/messages'

/** GET /api/v1/kennisitems/{slug} — one published knowledge item. */
export const GET: RequestHandler = apiHandler(async ({ params, url }) => {
  const slug = validSlug(params.slug ?? '')
  const item = slug ? await cms().findBySlug('knowledge-items', slug, 1) : null
  if (!item) error(404, m.error.itemNotFound)
  return apiJson(itemDetail(item, url.origin))
})

export const OPTIONS = preflight
