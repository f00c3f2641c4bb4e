// iCalendar (RFC 5545) for events, made with ical-generator: one file per event and the subscribable
// feed /agenda.ics. Times are written in UTC ("…Z"), which every calendar shows in its own time zone;
// the Amsterdam wall-clock times (also across daylight saving time) follow from that exactly.
import type { Event } from '@kennisbank/types'
import ical, { ICalCalendarMethod } from 'ical-generator'

import { paths } from '$lib/paths'

import { placeOf } from './content'
import { m } from '$lib/messages'

export type CalendarEvent = Pick<Event, 'id' | 'slug' | 'title' | 'summary' | 'startsAt' | 'endsAt' | 'updatedAt' | 'location'>

function address(event: CalendarEvent): string {
  const { mode, venue, address, postalCode, city, onlineUrl } = event.location ?? {}
  const onsite = [venue, address, [postalCode, city].filter(Boolean).join(' ')].filter(Boolean).join(', ')
  if (mode === 'online') return onlineUrl ? `${m.event.online}: ${onlineUrl}` : m.event.online
  if (mode === 'hybrid') return [onsite || placeOf(event), onlineUrl ? `${m.event.andOnline}: ${onlineUrl}` : m.event.andOnline].join(' ')
  return onsite
}

export function calendar(events: CalendarEvent[], { origin, name }: { origin: string; name: string }): string {
  const cal = ical({
    name,
    description: m.agenda.feedDescription,
    prodId: { company: 'Provincie Noord-Brabant', product: m.site.name, language: 'NL' },
    method: ICalCalendarMethod.PUBLISH,
    url: `${origin}/agenda`,
    ttl: 60 * 60,
  })
  const host = new URL(origin).host
  for (const event of events) {
    const url = `${origin}${paths.event(event.slug)}`
    cal.createEvent({
      id: `event-${event.id}@${host}`,
      start: new Date(event.startsAt),
      end: new Date(event.endsAt),
      stamp: new Date(event.updatedAt),
      lastModified: new Date(event.updatedAt),
      summary: event.title,
      description: `${event.summary}\n\n${url}`,
      location: address(event) || null,
      url,
    })
  }
  return cal.toString()
}

export const calendarHeaders = (filename: string) => ({
  'content-type': 'text/calendar; charset=utf-8',
  'content-disposition': `attachment; filename="${filename}"`,
  'cache-control': 'public, max-age=300',
})
