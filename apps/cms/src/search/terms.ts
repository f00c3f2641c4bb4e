import type { BasePayload, PayloadRequest, RequestContext, TaskConfig } from 'payload'

import { query } from '../db'

// The materialized view `search_terms` (migration 20261128_184647_search): every word of the titles and
// summaries of published knowledge items with how many items use it, the vocabulary of "bedoelde u …?".

/** Rebuilds the word list without blocking readers. */
export async function refreshSearchTerms(payload: BasePayload): Promise<void> {
  await query(payload, 'REFRESH MATERIALIZED VIEW CONCURRENTLY "search_terms"')
}

/** A queued task, so that saving an item does not wait for the word list. */
export const refreshSearchTermsTask: TaskConfig<{ input: Record<string, never>; output: Record<string, never> }> = {
  slug: 'refreshSearchTerms',
  label: 'Zoekwoorden bijwerken',
  retries: 2,
  handler: async ({ req }) => {
    await refreshSearchTerms(req.payload)
    return { output: {} as Record<string, never> }
  },
}

/** After a knowledge item changes: queue one refresh of the word list, unless one is already waiting. */
export const queueSearchTermsRefresh = async ({ req, context }: { req: PayloadRequest; context: RequestContext }) => {
  if (context.seeding) return // the seed refreshes once at the end
  const waiting = await req.payload.count({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'refreshSearchTerms' }, completedAt: { exists: false }, processing: { equals: false } },
    overrideAccess: true,
    req,
  })
  if (waiting.totalDocs === 0) await req.payload.jobs.queue({ task: 'refreshSearchTerms', input: {}, req })
}
