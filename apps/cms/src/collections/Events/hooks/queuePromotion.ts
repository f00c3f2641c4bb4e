import type { Event } from '@kennisbank/types'
import type { CollectionAfterChangeHook } from 'payload'


/**
 * More seats after a change — a higher capacity, or none at all any more — let the waiting list move
 * up, in a job that runs after this save has committed (task promoteWaiting).
 */
export const queuePromotion: CollectionAfterChangeHook<Event> = async ({ doc, previousDoc, req, context }) => {
  if (context.seeding || doc.registration?.mode !== 'internal') return doc
  const before = previousDoc?.registration?.capacity ?? null
  const after = doc.registration?.capacity ?? null
  const moreSeats = before !== null && (after === null || after > before)
  if (moreSeats) await req.payload.jobs.queue({ task: 'promoteWaiting', input: { event: doc.id }, req })
  return doc
}
