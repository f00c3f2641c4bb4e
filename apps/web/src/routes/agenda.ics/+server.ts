import type { RequestHandler } from './$types'

import { calendar, calendarHeaders } from '$lib/server/calendar'
import { cms } from '$lib/server/cms'
import { eventFilters } from '$lib/server/events'
import { m } from '$lib/messages'

/** How far back the feed reaches, so a calendar keeps recent sessions. */
const pastDays = 90

/**
 * GET /agenda.ics — a feed to subscribe to: published events from 90 days ago on, optionally only
 * one type (`?soort=werksessie`'s value, e.g. `work-session`) or theme (`?thema=wonen`).
 */
export const GET: RequestHandler = async ({ url }) => {
  const { where, names } = await eventFilters(url.searchParams)
  const since = { endsAt: { greater_than_equal: new Date(Date.now() - pastDays * 86_400_000).toISOString() } }
  const events = await cms().all('events', { where: { and: [since, ...where] }, sort: 'startsAt', depth: 0 })
  return new Response(calendar(events, { origin: url.origin, name: [m.agenda.feedName, ...names].join(' – ') }), { headers: calendarHeaders('agenda.ics') })
}
