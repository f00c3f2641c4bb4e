import { error } from '@sveltejs/kit'

import type { RequestHandler } from './$types'

import { cms } from '$lib/server/cms'
import { validSlug } from '$lib/server/content'
import { apiHandler, apiJson, eventDetail, preflight } from '$lib/server/public-api'
import { m } from '$lib/messages'

/** GET /api/v1/evenementen/{slug} — one published event. */
export const GET: RequestHandler = apiHandler(async ({ params, url }) => {
  const slug = validSlug(params.slug ?? '')
  const event = slug ? await cms().findBySlug('events', slug, 1) : null
  if (!event) error(404, m.error.eventNotFound)
  return apiJson(eventDetail(event, url.origin))
})

export const OPTIONS = preflight
