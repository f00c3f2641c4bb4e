import { error } from '@sveltejs/kit'

import type { RequestHandler } from './$types'

import { eventTypes } from '@kennisbank/types/vocabularies'

import { calendar, calendarHeaders } from '$lib/server/calendar'
import { cms } from '$lib/server/cms'
import { validSlug } from '$lib/server/content'

/** How far back the feed reaches, so a calendar keeps recent sessions. */
const pastDays = 90

/**
 * GET /agenda.ics — a feed to subscribe to: published events from 90 days ago on, optionally only
 * one type (`?soort=werksessie`'s value, e.g. `work-session`) or theme (`?thema=wonen`).
 */
export const GET: RequestHandler = async ({ url }) => {
  const type = url.searchParams.get('soort') ?? ''
  const theme = url.searchParams.get('thema') ?? ''
  if (type && !eventTypes.some((option) => option.value === type)) error(400, `Onbekende soort “${type.slice(0, 40)}”. Kies een soort uit de agenda.`)
  if (theme && !validSlug(theme)) error(400, 'Onbekend thema. Kies een thema uit de agenda.')
  const client = cms()
  const and: Record<string, unknown>[] = [{ endsAt: { greater_than_equal: new Date(Date.now() - pastDays * 86_400_000).toISOString() } }]
  if (type) and.push({ type: { equals: type } })
  let name = 'Agenda Kennisbank Brede Welvaart Brabant'
  if (theme) {
    const found = await client.findBySlug('themes', theme, 0)
    if (!found) error(404, 'Dit thema bestaat niet.')
    and.push({ themes: { in: [found.id] } })
    name += ` – ${found.title}`
  }
  if (type) name += ` – ${eventTypes.find((option) => option.value === type)!.label}`
  const events = await client.all('events', { where: { and }, sort: 'startsAt', depth: 0 })
  return new Response(calendar(events, { origin: url.origin, name }), { headers: calendarHeaders('agenda.ics') })
}
