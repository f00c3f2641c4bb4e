// Registering and cancelling, exact under load: every change to an event's registrations runs in one
// transaction that first locks the event's row (SELECT … FOR UPDATE). Concurrent registrations for
// the same event therefore take turns: each counts the confirmed seats with the previous ones
// committed, so the event never gets more confirmed registrations than seats. A partial unique index
// (migration registrations) keeps one active registration per e-mail address and event as well.
import type { RegistrationAvailability } from '@kennisbank/types/api'
import type { BasePayload } from 'payload'

import { PublicError } from '../api/answers'
import { channel } from '../cache/notify'
import { transaction, withClient, type Queryable } from '../db'
import { messages } from '../messages'
// Mail goes out after the transaction commits and does not hold up the answer (mail.ts logs failures).
import { sendRegistrationMail } from './mail'

export type RegistrationInput = { name: string; email: string; organisation: string; remark: string }
export type EventRow = {
  id: number
  slug: string
  title: string
  startsAt: Date
  endsAt: Date
  mode: string
  capacity: number | null
  waitingList: boolean
  closesAt: Date | null
  location: { mode: string | null; venue: string | null; address: string | null; postalCode: string | null; city: string | null; onlineUrl: string | null }
}
export type Registration = { id: number; status: 'confirmed' | 'waiting' | 'cancelled'; name: string; email: string; event: EventRow }

/** Why registering is not possible now, in Dutch; null when it is. */
export function closedReason(event: EventRow, now = new Date()): string | null {
  if (event.mode !== 'internal') return messages.registration.notHere
  if (event.startsAt.getTime() <= now.getTime()) return messages.registration.started
  if (event.closesAt && event.closesAt.getTime() <= now.getTime()) return messages.registration.closed
  return null
}

const eventColumns = `e.id, e.slug, e.title, e.starts_at AS "startsAt", e.ends_at AS "endsAt", e.registration_mode::text AS mode,
  e.registration_capacity::int AS capacity, coalesce(e.registration_waiting_list, true) AS "waitingList", e.registration_closes_at AS "closesAt",
  json_build_object('mode', e.location_mode::text, 'venue', e.location_venue, 'address', e.location_address, 'postalCode', e.location_postal_code,
    'city', e.location_city, 'onlineUrl', e.location_online_url) AS location`

/** Tells the portal's cache, when this transaction commits, that the event's seats changed (src/cache/notify.ts). */
async function seatsChanged(client: Queryable, event: EventRow): Promise<void> {
  await client.query('SELECT pg_notify($1, $2)', [channel, JSON.stringify({ tags: ['registrations', `seats:${event.slug}`, `events:${event.id}`] })])
}

/** A published event by slug, with its registration settings; locked when `forUpdate`. */
async function findEvent(client: Queryable, where: { slug?: string; id?: number }, forUpdate: boolean): Promise<EventRow | null> {
  const condition = where.id !== undefined ? 'e.id = $1' : 'e.slug = $1'
  const { rows } = await client.query(
    `SELECT ${eventColumns} FROM events e WHERE ${condition} AND e._status = 'published'${forUpdate ? ' FOR UPDATE' : ''}`,
    [where.id ?? where.slug],
  )
  return (rows[0] as EventRow | undefined) ?? null
}

/** Seats and waiting list of a published event, for the event page. */
export async function availability(payload: BasePayload, slug: string): Promise<RegistrationAvailability | null> {
  return withClient(payload, async (client) => {
    const event = await findEvent(client, { slug }, false)
    if (!event) return null
    const { confirmed, waiting } = await counts(client, event.id)
    const seatsLeft = event.capacity === null ? null : Math.max(0, event.capacity - confirmed)
    const reason = closedReason(event) ?? (seatsLeft === 0 && !event.waitingList ? messages.registration.full : null)
    return {
      open: reason === null,
      reason,
      capacity: event.capacity,
      confirmed,
      waiting,
      seatsLeft,
      waitingList: event.waitingList,
      closesAt: event.closesAt ? event.closesAt.toISOString() : null,
    }
  })
}

async function counts(client: Queryable, eventId: number) {
  const { rows } = await client.query(
    `SELECT count(*) FILTER (WHERE status = 'confirmed')::int AS confirmed, count(*) FILTER (WHERE status = 'waiting')::int AS waiting
     FROM registrations WHERE event_id = $1`,
    [eventId],
  )
  return rows[0] as { confirmed: number; waiting: number }
}

/**
 * Registers for an event: confirmed while seats are left, otherwise on the waiting list (when the
 * event has one). Throws a PublicError (404, 409) with a Dutch message when it cannot.
 */
export async function register(payload: BasePayload, slug: string, input: RegistrationInput): Promise<Registration & { status: 'confirmed' | 'waiting'; position: number | null }> {
  const result = await transaction(payload, async (client) => {
    const event = await findEvent(client, { slug }, true)
    if (!event) throw new PublicError(404, messages.registration.unknownEvent)
    const reason = closedReason(event)
    if (reason) throw new PublicError(409, reason)
    const existing = await client.query(`SELECT 1 FROM registrations WHERE event_id = $1 AND lower(email) = lower($2) AND status <> 'cancelled'`, [event.id, input.email])
    if (existing.rowCount) throw new PublicError(409, messages.registration.duplicate)
    const { confirmed, waiting } = await counts(client, event.id)
    const hasSeat = event.capacity === null || confirmed < event.capacity
    if (!hasSeat && !event.waitingList) throw new PublicError(409, messages.registration.fullNoWaitingList)
    const status = hasSeat ? 'confirmed' : 'waiting'
    const { rows } = await client.query(
      `INSERT INTO registrations (event_id, name, email, organisation, remark, status, attended, consent_at, updated_at, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, false, now(), now(), now()) RETURNING id`,
      [event.id, input.name, input.email, input.organisation || null, input.remark || null, status],
    )
    await seatsChanged(client, event)
    return { id: Number(rows[0]!.id), status, name: input.name, email: input.email, event, position: status === 'waiting' ? waiting + 1 : null } as const
  })
  void sendRegistrationMail(payload, result.status === 'confirmed' ? 'confirmed' : 'waiting', result)
  return result
}

/**
 * Gives free seats to the first people on the waiting list, in order of registration; everyone on it
 * when the event has no capacity (any more). Inside a locked transaction.
 */
async function promote(client: Queryable, event: EventRow): Promise<Registration[]> {
  const { rows } = await client.query(
    `UPDATE registrations SET status = 'confirmed', promoted_at = now(), updated_at = now()
     WHERE id IN (
       SELECT id FROM registrations WHERE event_id = $1 AND status = 'waiting' ORDER BY created_at, id
       LIMIT CASE WHEN $2::int IS NULL THEN NULL
         ELSE greatest(0, $2::int - (SELECT count(*) FROM registrations WHERE event_id = $1 AND status = 'confirmed')) END
     ) RETURNING id, name, email`,
    [event.id, event.capacity],
  )
  return rows.map((row) => ({ id: Number(row.id), status: 'confirmed', name: String(row.name), email: String(row.email), event }))
}

/**
 * Cancels a registration (idempotent). A freed seat goes to the first person on the waiting list,
 * who gets a mail. Returns the cancelled registration and whoever moved up.
 */
export async function cancel(payload: BasePayload, id: number): Promise<{ registration: Registration; alreadyCancelled: boolean; promoted: Registration[] }> {
  const result = await transaction(payload, async (client) => {
    const owner = await client.query('SELECT event_id FROM registrations WHERE id = $1', [id])
    if (!owner.rowCount) throw new PublicError(404, messages.cancellation.unknown)
    const event = await findEvent(client, { id: Number(owner.rows[0]!.event_id) }, true)
    if (!event) throw new PublicError(404, messages.registration.unknownEvent)
    if (event.endsAt.getTime() < Date.now()) throw new PublicError(409, messages.cancellation.over)
    const { rows } = await client.query('SELECT id, name, email, status FROM registrations WHERE id = $1 FOR UPDATE', [id])
    const row = rows[0]!
    const registration: Registration = { id, status: 'cancelled', name: String(row.name), email: String(row.email), event }
    if (row.status === 'cancelled') return { registration, alreadyCancelled: true, promoted: [] }
    await client.query(`UPDATE registrations SET status = 'cancelled', cancelled_at = now(), updated_at = now() WHERE id = $1`, [id])
    await seatsChanged(client, event)
    return { registration, alreadyCancelled: false, promoted: await promote(client, event) }
  })
  if (!result.alreadyCancelled) void sendRegistrationMail(payload, 'cancelled', result.registration)
  for (const registration of result.promoted) void sendRegistrationMail(payload, 'promoted', registration)
  return result
}

/** After an editor raised or cleared the capacity: the waiting list moves up (task promoteWaiting). */
export async function fillFreeSeats(payload: BasePayload, eventId: number): Promise<number> {
  const promoted = await transaction(payload, async (client) => {
    const event = await findEvent(client, { id: eventId }, true)
    if (!event || event.mode !== 'internal' || event.endsAt.getTime() <= Date.now()) return []
    const moved = await promote(client, event)
    if (moved.length) await seatsChanged(client, event)
    return moved
  })
  for (const registration of promoted) await sendRegistrationMail(payload, 'promoted', registration)
  return promoted.length
}

/** The registration behind a cancel link, or null. */
export async function findRegistration(payload: BasePayload, id: number): Promise<Registration | null> {
  return withClient(payload, async (client) => {
    const { rows } = await client.query('SELECT id, name, email, status, event_id FROM registrations WHERE id = $1', [id])
    const row = rows[0]
    if (!row) return null
    const event = await findEvent(client, { id: Number(row.event_id) }, false)
    return event ? { id, status: row.status as Registration['status'], name: String(row.name), email: String(row.email), event } : null
  })
}
