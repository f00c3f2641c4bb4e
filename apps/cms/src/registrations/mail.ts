// The mails around a registration, in Dutch, as plain text and simple HTML. Links go to the portal:
// the event page, its .ics file, and the cancel page with a signed code (token.ts).
import type { BasePayload } from 'payload'

import { env } from '../env'
import { mailOf, type MailPart } from '../mail'
import { messages } from '../messages'
import type { Registration } from './service'
import { cancelCode } from './token'

export type MailKind = 'confirmed' | 'waiting' | 'promoted' | 'cancelled'

const portal = () => (env.portalUrl ?? 'http://localhost:5173').replace(/\/$/, '')
const when = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
const clock = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' })
/** "13.30": the Dutch way to write a time (as the portal does). */
const time = { format: (date: Date) => clock.format(date).replace(':', '.') }

export function registrationLinks(registration: Pick<Registration, 'id' | 'email' | 'event'>) {
  const event = `${portal()}/agenda/${registration.event.slug}`
  return {
    event,
    calendar: `${event}.ics`,
    cancel: `${event}/afmelden?aanmelding=${registration.id}&code=${cancelCode(registration.id, registration.email)}`,
  }
}

/** Where the event takes place, in one line: venue and address, and/or the online link. */
export function placeOf(location: Registration['event']['location']): string {
  const onsite = [location.venue, location.address, [location.postalCode, location.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')
  const online = location.onlineUrl ? messages.mail.onlineAt(location.onlineUrl) : messages.mail.online
  if (location.mode === 'online') return online
  if (location.mode === 'hybrid') return onsite ? messages.mail.hybrid(onsite, online) : online
  return onsite
}

/**
 * Subject and paragraphs of one mail; a paragraph is text, or a line with a link. `contact` is the
 * kennisbank's address for questions (site settings), when there is one.
 */
export function composeMail(kind: MailKind, registration: Registration & { position?: number | null }, contact: string | null = null) {
  const { event } = registration
  const links = registrationLinks(registration)
  const date = messages.mail.when(when.format(event.startsAt), time.format(event.startsAt), time.format(event.endsAt))
  const m = messages.mail
  const parts: MailPart[] = [m.greeting(registration.name)]
  const place = placeOf(event.location)
  // What the visitor needs on the day: where, and whom to ask.
  const practical = [place ? m.where(place) : '', contact ? m.questions(contact) : ''].filter(Boolean).join('\n')
  let subject: string
  switch (kind) {
    case 'confirmed':
      subject = m.confirmed.subject(event)
      parts.push(m.confirmed.body(event, date), ...(practical ? [practical] : []), { text: m.addToCalendar, href: links.calendar }, m.confirmed.cantCome, { text: m.cancel, href: links.cancel })
      break
    case 'waiting':
      subject = m.waiting.subject(event)
      parts.push(m.waiting.body(event, date, registration.position), m.waiting.next, ...(contact ? [m.questions(contact)] : []), { text: m.waiting.leave, href: links.cancel })
      break
    case 'promoted':
      subject = m.promoted.subject(event)
      parts.push(m.promoted.body(event, date), ...(practical ? [practical] : []), { text: m.addToCalendar, href: links.calendar }, m.promoted.cantCome, { text: m.cancel, href: links.cancel })
      break
    case 'cancelled':
      subject = m.cancelled.subject(event)
      parts.push(m.cancelled.body(event, date), { text: m.cancelled.agenda, href: `${portal()}/agenda` })
      break
  }
  parts.push(m.closing)
  return mailOf(subject, parts)
}

/**
 * Sends one mail. A registration stands whether or not its mail goes out: a failure is logged for
 * the editors, never turned into an error for the visitor.
 */
export async function sendRegistrationMail(payload: BasePayload, kind: MailKind, registration: Registration & { position?: number | null }) {
  try {
    const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
    const { subject, text, html } = composeMail(kind, registration, settings.contact?.email ?? null)
    await payload.sendEmail({ to: registration.email, subject, text, html })
  } catch (error) {
    payload.logger.error({ err: error, registration: registration.id }, `Mail (${kind}) for registration ${registration.id} was not sent`)
  }
}
