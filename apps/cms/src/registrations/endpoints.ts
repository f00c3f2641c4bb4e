// The public registration endpoints (register, availability, cancel): route handlers through
// publicEndpoint (src/app/(public)/api/registrations/…). The editors' CSV export is in export.ts.
// Everything a visitor sends is checked here; bad input is a 4xx with a Dutch message, and nothing
// already stored changes.
import { isSlug, registrationLimits as limits, type FieldError, type RegistrationResult } from '@kennisbank/types/api'

import { Answer, noStore, PublicError } from '../api/answers'
import { publicEndpoint, readJsonObject } from '../api/public'
import { controlCharacters, emailPattern, oneLine, textField } from '../api/input'
import { messages } from '../messages'
import { availability, cancel, findRegistration, register, type RegistrationInput } from './service'
import { isValidCancelCode } from './token'

const m = messages.registration

/** Checks a registration form; Dutch messages per field. */
export function checkRegistration(body: Record<string, unknown>): { event: string; input: RegistrationInput } | { errors: FieldError[] } {
  const errors: FieldError[] = []
  const event = textField(body, 'event')
  const name = textField(body, 'name')
  const email = textField(body, 'email')
  const organisation = textField(body, 'organisation')
  const remark = textField(body, 'remark')
  if (!isSlug(event)) errors.push({ field: 'event', message: m.chooseEvent })
  if (name === null || !name) errors.push({ field: 'name', message: m.nameMissing })
  else if (name.length > limits.name) errors.push({ field: 'name', message: m.nameTooLong(limits.name) })
  else if (!oneLine(name)) errors.push({ field: 'name', message: m.nameCharacters })
  if (email === null || !email) errors.push({ field: 'email', message: m.emailMissing })
  else if (email.length > limits.email || !emailPattern.test(email)) errors.push({ field: 'email', message: m.emailInvalid })
  if (organisation === null || organisation.length > limits.organisation || !oneLine(organisation)) {
    errors.push({ field: 'organisation', message: m.organisationInvalid(limits.organisation) })
  }
  if (remark === null || remark.length > limits.remark || controlCharacters.test(remark)) {
    errors.push({ field: 'remark', message: m.remarkTooLong(limits.remark) })
  }
  if (body.consent !== true && body.consent !== 'true' && body.consent !== 'on') errors.push({ field: 'consent', message: m.consentMissing })
  if (errors.length) return { errors }
  return { event: event!, input: { name: name!, email: email!, organisation: organisation ?? '', remark: remark ?? '' } }
}

const idOf = (value: unknown) => (typeof value === 'number' || (typeof value === 'string' && /^\d{1,10}$/.test(value)) ? Number(value) : null)
const codeOf = (value: unknown) => (typeof value === 'string' && /^[A-Za-z0-9_-]{20,100}$/.test(value) ? value : null)

/** The registration behind a cancel link when the code fits; a PublicError (400, 403) otherwise. */
async function authorisedRegistration(payload: Parameters<typeof findRegistration>[0], rawId: unknown, rawCode: unknown) {
  const id = idOf(rawId)
  const code = codeOf(rawCode)
  if (id === null || code === null) throw new PublicError(400, messages.cancellation.incompleteLink)
  const registration = await findRegistration(payload, id)
  if (!registration || !isValidCancelCode(id, registration.email, code)) throw new PublicError(403, messages.cancellation.wrongLink)
  return registration
}

/** POST /api/registrations/register — { event: slug, name, email, organisation?, remark?, consent: true } */
export const registerEndpoint = publicEndpoint({ write: true, cacheControl: noStore, failure: m.failed }, async ({ payload, request }) => {
  const checked = checkRegistration(await readJsonObject(request, limits.body))
  if ('errors' in checked) throw new PublicError(400, checked.errors.length === 1 ? checked.errors[0]!.message : m.checkFields, checked.errors)
  const registration = await register(payload, checked.event, checked.input)
  const answer: RegistrationResult = {
    status: registration.status,
    position: registration.position,
    message: registration.status === 'confirmed' ? m.confirmed(registration.event, registration.email) : m.waiting(registration.position, registration.email),
  }
  return new Answer(201, answer)
})

/** GET /api/registrations/availability?event=slug — seats and waiting list of a published event (exact: not cached). */
export const availabilityEndpoint = publicEndpoint({ cacheControl: noStore, failure: m.failed }, async ({ payload, url }) => {
  const slug = url.searchParams.get('event')
  if (!isSlug(slug)) throw new PublicError(400, m.chooseEvent)
  const result = await availability(payload, slug)
  if (!result) throw new PublicError(404, m.unknownEvent)
  return result
})

/** GET /api/registrations/cancel?id=…&code=… — what the cancel page shows before the visitor confirms. */
export const cancelInfoEndpoint = publicEndpoint({ cacheControl: noStore, failure: m.failed }, async ({ payload, url }) => {
  const registration = await authorisedRegistration(payload, url.searchParams.get('id'), url.searchParams.get('code'))
  const { title, slug, startsAt, endsAt } = registration.event
  return { status: registration.status, name: registration.name, event: { title, slug, startsAt, endsAt } }
})

/** POST /api/registrations/cancel — { id, code }: cancels; the first on the waiting list moves up. */
export const cancelEndpoint = publicEndpoint({ write: true, cacheControl: noStore, failure: m.failed }, async ({ payload, request }) => {
  const body = await readJsonObject(request, limits.body)
  const registration = await authorisedRegistration(payload, body.id, body.code)
  const result = await cancel(payload, registration.id)
  return {
    status: 'cancelled',
    message: result.alreadyCancelled ? messages.cancellation.already(registration.event) : messages.cancellation.done(registration.event, registration.email),
  }
})
