import { error } from '@sveltejs/kit'
import { eventTypes } from '@kennisbank/types/vocabularies'

import type { RequestHandler } from './$types'

import type { FeedFile } from '$lib/feeds'
import { paths } from '$lib/paths'
import { cms, currentMinute } from '$lib/server/cms'
import { placeOf, validSlug } from '$lib/server/content'
import { eventLine, feedResponse } from '$lib/server/feeds'
import { m } from '$lib/messages'

/** /agenda/feed.xml, atom.xml, feed.json — coming events, optionally of one type (`soort`) or theme (`thema`). */
export const GET: RequestHandler = async ({ params, url }) => {
  const type = url.searchParams.get('soort') ?? ''
  const theme = url.searchParams.get('thema') ?? ''
  if (type && !eventTypes.some((option) => option.value === type)) error(400, m.error.unknownEventType(type))
  if (theme && !validSlug(theme)) error(400, m.error.unknownTheme)
  const client = cms()
  const and: Record<string, unknown>[] = [{ endsAt: { greater_than_equal: currentMinute() } }]
  const names: string[] = []
  if (type) {
    and.push({ type: { equals: type } })
    names.push(eventTypes.find((option) => option.value === type)!.label)
  }
  if (theme) {
    const found = await client.findBySlug('themes', theme, 0)
    if (!found) error(404, m.error.themeNotFound)
    and.push({ themes: { in: [found.id] } })
    names.push(found.title)
  }
  const events = await client.list('events', { where: { and }, sort: 'startsAt', limit: 50, depth: 0 })
  const query = new URLSearchParams([...(type ? [['soort', type]] : []), ...(theme ? [['thema', theme]] : [])])
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
