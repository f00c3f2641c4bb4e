import type { RequestHandler } from './$types'

import type { FeedFile } from '$lib/feeds'
import { paths } from '$lib/paths'
import { cms, currentMinute } from '$lib/server/cms'
import { placeOf } from '$lib/server/content'
import { eventFilters } from '$lib/server/events'
import { eventLine, feedResponse } from '$lib/server/feeds'
import { m } from '$lib/messages'

/** /agenda/feed.xml, atom.xml, feed.json — coming events, optionally of one type (`soort`) or theme (`thema`). */
export const GET: RequestHandler = async ({ params, url }) => {
  const { where, names, query } = await eventFilters(url.searchParams)
  const events = await cms().list('events', { where: { and: [{ endsAt: { greater_than_equal: currentMinute() } }, ...where] }, sort: 'startsAt', limit: 50, depth: 0 })
  return feedResponse(params.feed as FeedFile, {
    url,
    title: [m.feeds.agenda, ...names].join(' – '),
    description: m.feeds.agendaDescription,
    page: `/agenda${query.size ? `?${query}` : ''}`,
    entries: events.docs.map((event) => {
      const link = `${url.origin}${paths.event(event.slug)}`
      const updated = new Date(event.updatedAt)
      return { id: link, link, title: event.title, description: `${eventLine(event.startsAt, event.endsAt, placeOf(event))}. ${event.summary}`, date: updated, updated }
    }),
  })
}
