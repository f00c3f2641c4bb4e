// Public endpoints for registrations (under /api/registrations), and the CSV export for editors.
// Everything a visitor sends is checked here; bad input is a 4xx with a Dutch message, and nothing
// already stored changes.
import { stringify } from 'csv-stringify/sync'
import type { Endpoint, PayloadRequest } from 'payload'

import { hasRole } from '../access/roles'
import { registrationStatuses, labelOf } from '@kennisbank/types/vocabularies'
import { availability, cancel, findRegistration, register, RegistrationError, type RegistrationInput } from './service'
import { isValidCancelCode } from './token'

const limits = { body: 16_384, name: 200, email: 254, organisation: 200, remark: 1000 }
const slugPattern = /^[a-z0-9-]{1,120}$/
// Deliberately plain: one @, no spaces or brackets, a dot in the domain. The confirmation mail is the real check.
const emailPattern = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]{2,}$/
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/

type FieldError = { field: string; message: string }
const json = (status: number, body: unknown) => Response.json(body, { status, headers: { 'cache-control': 'no-store' } })
const invalid = (errors: FieldError[]) => json(400, { message: errors.length === 1 ? errors[0]!.message : 'Controleer de gemarkeerde velden.', errors })

/** The body as an object, or a 4xx Response. */
async function readBody(req: PayloadRequest): Promise<Record<string, unknown> | Response> {
  if (Number(req.headers.get('content-length') ?? 0) > limits.body) return json(413, { message: 'Het formulier is te groot.' })
  const text = req.text ? await req.text() : ''
  if (text.length > limits.body) return json(413, { message: 'Het formulier is te groot.' })
  try {
    const body = JSON.parse(text || '{}')
    return body && typeof body === 'object' && !Array.isArray(body) ? body : json(400, { message: 'Stuur de gegevens als JSON-object.' })
  } catch {
    return json(400, { message: 'Stuur de gegevens als JSON-object.' })
  }
}

const textField = (body: Record<string, unknown>, name: string) => (typeof body[name] === 'string' ? (body[name] as string).normalize('NFC').trim() : body[name] == null ? '' : null)

/** Checks a registration form; Dutch messages per field. */
export function checkRegistration(body: Record<string, unknown>): { event: string; input: RegistrationInput } | { errors: FieldError[] } {
  const errors: FieldError[] = []
  const event = textField(body, 'event')
  const name = textField(body, 'name')
  const email = textField(body, 'email')
  const organisation = textField(body, 'organisation')
  const remark = textField(body, 'remark')
  if (!event || !slugPattern.test(event)) errors.push({ field: 'event', message: 'Kies een bestaande bijeenkomst.' })
  if (name === null || !name) errors.push({ field: 'name', message: 'Vul uw naam in.' })
  else if (name.length > limits.name) errors.push({ field: 'name', message: `Uw naam is te lang: gebruik hoogstens ${limits.name} tekens.` })
  else if (controlCharacters.test(name) || /[\r\n]/.test(name)) errors.push({ field: 'name', message: 'Uw naam bevat tekens die niet zijn toegestaan.' })
  if (email === null || !email) errors.push({ field: 'email', message: 'Vul uw e-mailadres in.' })
  else if (email.length > limits.email || !emailPattern.test(email)) errors.push({ field: 'email', message: 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.' })
  if (organisation === null || organisation.length > limits.organisation || controlCharacters.test(organisation) || /[\r\n]/.test(organisation)) {
    errors.push({ field: 'organisation', message: `Vul bij organisatie hoogstens ${limits.organisation} tekens in, op één regel.` })
  }
  if (remark === null || remark.length > limits.remark || controlCharacters.test(remark)) {
    errors.push({ field: 'remark', message: `Uw opmerking is te lang: gebruik hoogstens ${limits.remark} tekens.` })
  }
  if (body.consent !== true && body.consent !== 'true' && body.consent !== 'on') {
    errors.push({ field: 'consent', message: 'Geef toestemming om uw gegevens voor deze aanmelding te gebruiken.' })
  }
  if (errors.length) return { errors }
  return { event: event!, input: { name: name!, email: email!, organisation: organisation ?? '', remark: remark ?? '' } }
}

function errorResponse(error: unknown, req: PayloadRequest): Response {
  if (error instanceof RegistrationError) return json(error.status, { message: error.message })
  req.payload.logger.error({ err: error }, 'Registration failed')
  return json(500, { message: 'Er ging iets mis bij het aanmelden. Probeer het later opnieuw.' })
}

const idOf = (value: unknown) => (typeof value === 'number' || (typeof value === 'string' && /^\d{1,10}$/.test(value)) ? Number(value) : null)
const codeOf = (value: unknown) => (typeof value === 'string' && /^[A-Za-z0-9_-]{20,100}$/.test(value) ? value : null)

/** The registration behind a cancel link when the code fits, or a 4xx Response. */
async function authorisedRegistration(req: PayloadRequest, rawId: unknown, rawCode: unknown) {
  const id = idOf(rawId)
  const code = codeOf(rawCode)
  if (id === null || code === null) return json(400, { message: 'Deze afmeldlink is niet compleet. Gebruik de link uit uw bevestigingsmail.' })
  const registration = await findRegistration(req.payload, id)
  if (!registration || !isValidCancelCode(id, registration.email, code)) {
    return json(403, { message: 'Deze afmeldlink klopt niet. Gebruik de link uit uw bevestigingsmail.' })
  }
  return registration
}

const csvCell = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value)
const stamp = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'short', timeStyle: 'short' })

export const registrationEndpoints: Endpoint[] = [
  {
    // POST /api/registrations/register — { event: slug, name, email, organisation?, remark?, consent: true }
    path: '/register',
    method: 'post',
    handler: async (req) => {
      const body = await readBody(req)
      if (body instanceof Response) return body
      const checked = checkRegistration(body)
      if ('errors' in checked) return invalid(checked.errors)
      try {
        const registration = await register(req.payload, checked.event, checked.input)
        return json(201, {
          status: registration.status,
          position: registration.position,
          message:
            registration.status === 'confirmed'
              ? `U bent aangemeld voor “${registration.event.title}”. We hebben een bevestiging gestuurd naar ${registration.email}.`
              : `De bijeenkomst is vol: u staat op de wachtlijst (plaats ${registration.position}). Komt er een plaats vrij, dan krijgt u een mail op ${registration.email}.`,
        })
      } catch (error) {
        return errorResponse(error, req)
      }
    },
  },
  {
    // GET /api/registrations/availability?event=slug — seats and waiting list of a published event.
    path: '/availability',
    method: 'get',
    handler: async (req) => {
      const slug = req.searchParams.get('event') ?? ''
      if (!slugPattern.test(slug)) return json(400, { message: 'Kies een bestaande bijeenkomst.' })
      const result = await availability(req.payload, slug)
      return result ? json(200, result) : json(404, { message: 'Deze bijeenkomst bestaat niet of is niet gepubliceerd.' })
    },
  },
  {
    // GET /api/registrations/cancel?id=…&code=… — what the cancel page shows before the visitor confirms.
    path: '/cancel',
    method: 'get',
    handler: async (req) => {
      const registration = await authorisedRegistration(req, req.searchParams.get('id'), req.searchParams.get('code'))
      if (registration instanceof Response) return registration
      return json(200, {
        status: registration.status,
        name: registration.name,
        event: { title: registration.event.title, slug: registration.event.slug, startsAt: registration.event.startsAt, endsAt: registration.event.endsAt },
      })
    },
  },
  {
    // POST /api/registrations/cancel — { id, code }: cancels; the first on the waiting list moves up.
    path: '/cancel',
    method: 'post',
    handler: async (req) => {
      const body = await readBody(req)
      if (body instanceof Response) return body
      try {
        const registration = await authorisedRegistration(req, body.id, body.code)
        if (registration instanceof Response) return registration
        const result = await cancel(req.payload, registration.id)
        return json(200, {
          status: 'cancelled',
          message: result.alreadyCancelled
            ? `U was al afgemeld voor “${registration.event.title}”.`
            : `U bent afgemeld voor “${registration.event.title}”. We hebben een bevestiging gestuurd naar ${registration.email}.`,
        })
      } catch (error) {
        return errorResponse(error, req)
      }
    },
  },
  {
    // GET /api/registrations/export?event=<id> — CSV for editors (Excel in Dutch: ';', UTF-8 with BOM).
    path: '/export',
    method: 'get',
    handler: async (req) => {
      if (!hasRole(req.user, 'admin', 'editor')) return json(403, { message: 'Alleen redacteuren mogen aanmeldingen exporteren.' })
      const eventId = idOf(req.searchParams.get('event'))
      if (eventId === null) return json(400, { message: 'Kies een bijeenkomst.' })
      const event = await req.payload.findByID({ collection: 'events', id: eventId, depth: 0, disableErrors: true, req })
      if (!event) return json(404, { message: 'Deze bijeenkomst bestaat niet.' })
      const { docs } = await req.payload.find({ collection: 'registrations', where: { event: { equals: eventId } }, sort: 'createdAt', pagination: false, depth: 0, req })
      const rows = docs.map((doc) => [
        doc.name,
        doc.email,
        doc.organisation ?? '',
        labelOf(registrationStatuses, doc.status),
        doc.attended ? 'ja' : 'nee',
        stamp.format(new Date(doc.createdAt)),
        doc.remark ?? '',
      ])
      const csv = stringify([['Naam', 'E-mailadres', 'Organisatie', 'Status', 'Aanwezig', 'Aangemeld op', 'Opmerking'], ...rows.map((row) => row.map((cell) => csvCell(String(cell))))], {
        delimiter: ';',
        bom: true,
        record_delimiter: '\r\n',
      })
      return new Response(csv, {
        headers: {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="aanmeldingen-${event.slug ?? eventId}.csv"`,
          'cache-control': 'no-store',
        },
      })
    },
  },
]
