// The editors' CSV export of an event's registrations: a Payload endpoint on the collection, because
// it needs the logged-in user (README: "Where things go").
import { registrationStatuses, labelOf } from '@kennisbank/types/vocabularies'
import { stringify } from 'csv-stringify/sync'
import type { Endpoint } from 'payload'

import { hasRole } from '../access/roles'
import { noStore } from '../api/answers'
import { messages } from '../messages'

const eventIdOf = (value: string | null) => (value && /^\d{1,10}$/.test(value) ? Number(value) : null)
const csvCell = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value)
const stamp = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'short', timeStyle: 'short' })

/** Payload endpoints of the registrations collection: only what needs the logged-in editor. */
export const registrationEndpoints: Endpoint[] = [
  {
    // GET /api/registrations/export?event=<id> — CSV for editors (Excel in Dutch: ';', UTF-8 with BOM).
    path: '/export',
    method: 'get',
    handler: async (req) => {
      if (!hasRole(req.user, 'admin', 'editor')) return Response.json({ message: messages.export.editorsOnly }, { status: 403 })
      const eventId = eventIdOf(req.searchParams.get('event'))
      if (eventId === null) return Response.json({ message: messages.export.chooseEvent }, { status: 400 })
      const event = await req.payload.findByID({ collection: 'events', id: eventId, depth: 0, disableErrors: true, req })
      if (!event) return Response.json({ message: messages.export.unknownEvent }, { status: 404 })
      const { docs } = await req.payload.find({ collection: 'registrations', where: { event: { equals: eventId } }, sort: 'createdAt', pagination: false, depth: 0, req })
      const rows = docs.map((doc) => [
        doc.name,
        doc.email,
        doc.organisation ?? '',
        labelOf(registrationStatuses, doc.status),
        doc.attended ? messages.export.yes : messages.export.no,
        stamp.format(new Date(doc.createdAt)),
        doc.remark ?? '',
      ])
      const csv = stringify([[...messages.export.columns], ...rows.map((row) => row.map((cell) => csvCell(String(cell))))], {
        delimiter: ';',
        bom: true,
        record_delimiter: '\r\n',
      })
      return new Response(csv, {
        headers: {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="aanmeldingen-${event.slug ?? eventId}.csv"`,
          'cache-control': noStore,
        },
      })
    },
  },
]
