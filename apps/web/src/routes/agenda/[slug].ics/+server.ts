import { error } from '@sveltejs/kit'

import type { RequestHandler } from './$types'

import { calendar, calendarHeaders } from '$lib/server/calendar'
import { cms } from '$lib/server/cms'
import { validSlug } from '$lib/server/content'
import { m } from '$lib/messages'

/** GET /agenda/<slug>.ics — one published event as an iCalendar file. */
export const GET: RequestHandler = async ({ params, url }) => {
  const slug = validSlug(params.slug)
  const event = slug ? await cms().findBySlug('events', slug, 0) : null
  if (!event) error(404, m.error.eventNotFound)
  return new Response(calendar([event], { origin: url.origin, name: event.title }), { headers: calendarHeaders(`${event.slug}.ics`) })
}
