// Jobs around registrations: the waiting list moves up after an editor adds seats, and personal data
// is deleted some months after each event (site settings → Aanmeldingen → Bewaartermijn).
import type { BasePayload, TaskConfig } from 'payload'

import { query } from '../db'
import { fillFreeSeats } from './service'

export const defaultRetentionMonths = 6

export const promoteWaitingTask: TaskConfig<{ input: { event: number }; output: { promoted: number } }> = {
  slug: 'promoteWaiting',
  label: 'Wachtlijst laten doorschuiven',
  inputSchema: [{ name: 'event', type: 'number', required: true }],
  outputSchema: [{ name: 'promoted', type: 'number' }],
  retries: 3,
  handler: async ({ input, req }) => ({ output: { promoted: await fillFreeSeats(req.payload, input.event) } }),
}

/**
 * Deletes the registrations of events that ended more than `months` ago, and registrations whose
 * event no longer exists. Returns how many were deleted.
 */
export async function purgeRegistrations(payload: BasePayload, months?: number): Promise<number> {
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  const keep = months ?? settings.registrations?.retentionMonths ?? defaultRetentionMonths
  const { rowCount } = await query(
    payload,
    `DELETE FROM registrations r WHERE r.event_id IS NULL
       OR NOT EXISTS (SELECT 1 FROM events e WHERE e.id = r.event_id)
       OR EXISTS (SELECT 1 FROM events e WHERE e.id = r.event_id AND e.ends_at < now() - make_interval(months => $1))`,
    [keep],
  )
  if (rowCount) payload.logger.info(`Deleted ${rowCount} registrations of events that ended more than ${keep} months ago`)
  return rowCount ?? 0
}

export const purgeRegistrationsTask: TaskConfig<{ input: Record<string, never>; output: { deleted: number } }> = {
  slug: 'purgeRegistrations',
  label: 'Oude aanmeldingen verwijderen',
  outputSchema: [{ name: 'deleted', type: 'number' }],
  // Every night at 03:15; the autoRun of the default queue (payload.config.ts) runs it.
  schedule: [{ cron: '15 3 * * *', queue: 'default' }],
  retries: 2,
  handler: async ({ req }) => ({ output: { deleted: await purgeRegistrations(req.payload) } }),
}
