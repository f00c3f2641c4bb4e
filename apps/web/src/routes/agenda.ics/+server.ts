import { error } from '@sveltejs/kit'

import type { RequestHandler } from './$types'

import { eventTypes } from '@kennisbank/types/vocabularies'

import { calendar, calendarHeaders } from '$lib/server/calendar'
import { cms } from '$lib/server/cms'
import { validSlug } from '$lib/server/content'
import { m } from '$lib/messages'

/** How far back the feed reaches, so a calendar keeps recent sessions. */
const pastDays = 90

/**
 * GET /agenda.ics — a feed to subscribe to: published events from 90 days ago on, optionally only
 * one type (`?soort=werksessie`'s value, e.g. `work-session`) or theme (`?thema=wonen`).
 */
export const GET: RequestHandler = async ({ url }) => {
  const type = url.searchParams.get('soort') ?? ''
  const theme = url.searchParams.get('thema') ?? ''
  if (type && !eventTypes.some((option) => option.value === type)) error(400, m.error.unknownEventType(type))
  if (theme && !validSlug(theme)) error(400, m.error.unknownTheme)
  const client = cms()
  const and: Record<string, unknown>[] = [{ endsAt: { greater_than_equal: new Date(Date.now() - pastDays * 86_400_000).toISOString() } }]
  if (type) and.push({ type: { equals: type } })
  let name: string = m.agenda.feedName
  if (theme) {
    const found = await client.findBySlug('themes', theme, 0)
    if (!found) error(404, m.error.themeNotFound)
    and.push({ themes: { in: [found.id] } })
    name += ` – ${found.title}`
  }
  if (type) name += ` – ${eventTypes.find((option) => option.value === type)!.label}`
  const events = await client.all('events', { where: { and }, sort: 'startsAt', depth: 0 })
  return new Response(calendar(events, { origin: url.origin, name }), { headers: calendarHeaders('agenda.ics') })
}
