// Rejected contributions are deleted, with the uploads that came with them, as long after the rejection as
// registrations are kept after their event (site settings → Aanmeldingen → Bewaartermijn).
import type { BasePayload, TaskConfig } from 'payload'

import { defaultRetentionMonths } from '../registrations/tasks'

export async function purgeRejectedContributions(payload: BasePayload, months?: number): Promise<number> {
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  const keep = months ?? settings.registrations?.retentionMonths ?? defaultRetentionMonths
  const before = new Date()
  before.setMonth(before.getMonth() - keep)
  const { docs } = await payload.find({
    collection: 'knowledge-items',
    draft: true,
    where: { and: [{ 'submission.status': { equals: 'rejected' } }, { 'submission.rejectedAt': { less_than: before.toISOString() } }] },
    depth: 0,
    limit: 500,
    pagination: false,
    overrideAccess: true,
    select: { attachments: true, image: true },
  })
  for (const item of docs) {
    const uploads = [item.image, ...(item.attachments ?? [])].map((ref) => (ref && typeof ref === 'object' ? ref.id : ref)).filter((id): id is number => typeof id === 'number')
    await payload.delete({ collection: 'knowledge-items', id: item.id, overrideAccess: true })
    // Only what came with the contribution and never became public.
    if (uploads.length) await payload.delete({ collection: 'media', where: { and: [{ id: { in: uploads } }, { submitted: { equals: true } }] }, overrideAccess: true })
  }
  if (docs.length) payload.logger.info(`Deleted ${docs.length} contributions rejected more than ${keep} months ago`)
  return docs.length
}

export const purgeContributionsTask: TaskConfig<{ input: Record<string, never>; output: { deleted: number } }> = {
  slug: 'purgeContributions',
  label: 'Afgewezen inzendingen verwijderen',
  outputSchema: [{ name: 'deleted', type: 'number' }],
  // Every night at 03:30; the autoRun of the default queue (payload.config.ts) runs it.
  schedule: [{ cron: '30 3 * * *', queue: 'default' }],
  retries: 2,
  handler: async ({ req }) => ({ output: { deleted: await purgeRejectedContributions(req.payload) } }),
}
