// The mails around a registration, in Dutch, as plain text and simple HTML. Links go to the portal:
// the event page, its .ics file, and the cancel page with a signed code (token.ts).
import type { BasePayload } from 'payload'

import { env } from '../env'
import type { Registration } from './service'
import { cancelCode } from './token'

export type MailKind = 'confirmed' | 'waiting' | 'promoted' | 'cancelled'

const portal = () => (env.portalUrl ?? 'http://localhost:5173').replace(/\/$/, '')
const when = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
const time = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' })

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

export function registrationLinks(registration: Pick<Registration, 'id' | 'email' | 'event'>) {
  const event = `${portal()}/agenda/${registration.event.slug}`
  return {
    event,
    calendar: `${event}.ics`,
    cancel: `${event}/afmelden?aanmelding=${registration.id}&code=${cancelCode(registration.id, registration.email)}`,
  }
}

/** Subject and paragraphs of one mail; a paragraph is text, or a line with a link. */
export function composeMail(kind: MailKind, registration: Registration & { position?: number | null }) {
  const { event } = registration
  const links = registrationLinks(registration)
  const date = `${when.format(event.startsAt)}, ${time.format(event.startsAt)}–${time.format(event.endsAt)} uur`
  type Part = string | { text: string; href: string }
  const parts: Part[] = [`Beste ${registration.name},`]
  let subject: string
  switch (kind) {
    case 'confirmed':
      subject = `Aanmelding bevestigd: ${event.title}`
      parts.push(`U bent aangemeld voor “${event.title}” op ${date}.`)
      parts.push({ text: 'Zet de bijeenkomst in uw agenda', href: links.calendar })
      parts.push('Kunt u toch niet komen? Meld u dan af, dan gaat uw plaats naar iemand op de wachtlijst:')
      parts.push({ text: 'Afmelden', href: links.cancel })
      break
    case 'waiting':
      subject = `U staat op de wachtlijst: ${event.title}`
      parts.push(`“${event.title}” op ${date} is vol. U staat op de wachtlijst${registration.position ? ` (plaats ${registration.position})` : ''}.`)
      parts.push('Komt er een plaats vrij, dan schuift u vanzelf door en krijgt u daarover direct een mail.')
      parts.push({ text: 'Van de wachtlijst af', href: links.cancel })
      break
    case 'promoted':
      subject = `Er is een plaats vrij: u bent aangemeld voor ${event.title}`
      parts.push(`Goed nieuws: er is een plaats vrijgekomen. U bent nu aangemeld voor “${event.title}” op ${date}.`)
      parts.push({ text: 'Zet de bijeenkomst in uw agenda', href: links.calendar })
      parts.push('Kunt u toch niet komen? Meld u dan af:')
      parts.push({ text: 'Afmelden', href: links.cancel })
      break
    case 'cancelled':
      subject = `Afmelding ontvangen: ${event.title}`
      parts.push(`U bent afgemeld voor “${event.title}” op ${date}. Jammer dat u er niet bij kunt zijn.`)
      parts.push({ text: 'Bekijk de agenda', href: `${portal()}/agenda` })
      break
  }
  parts.push('Met vriendelijke groet,\nKennisbank Brede Welvaart Brabant')
  const text = parts.map((part) => (typeof part === 'string' ? part : `${part.text}: ${part.href}`)).join('\n\n')
  const html = parts
    .map((part) => (typeof part === 'string' ? `<p>${escapeHtml(part).replace(/\n/g, '<br>')}</p>` : `<p><a href="${escapeHtml(part.href)}">${escapeHtml(part.text)}</a></p>`))
    .join('\n')
  return { subject, text, html: `<!doctype html><html lang="nl"><body>${html}</body></html>` }
}

/**
 * Sends one mail. A registration stands whether or not its mail goes out: a failure is logged for
 * the editors, never turned into an error for the visitor.
 */
export async function sendRegistrationMail(payload: BasePayload, kind: MailKind, registration: Registration & { position?: number | null }) {
  const { subject, text, html } = composeMail(kind, registration)
  try {
    await payload.sendEmail({ to: registration.email, subject, text, html })
  } catch (error) {
    payload.logger.error({ err: error, registration: registration.id }, `Mail (${kind}) for registration ${registration.id} was not sent`)
  }
}
