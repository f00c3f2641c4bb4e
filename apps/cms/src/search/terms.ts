import type { BasePayload, PayloadRequest, RequestContext, TaskConfig } from 'payload'

import { query } from '../db'

// The materialized view `search_terms` (migration 20261128_184647_search): every word of the titles and
// summaries of published knowledge items with how many items use it, the vocabulary of "bedoelde u …?".

/** Rebuilds the word list without blocking readers. */
export async function refreshSearchTerms(payload: BasePayload): Promise<void> {
  await query(payload, 'REFRESH MATERIALIZED VIEW CONCURRENTLY "search_terms"')
}

/**
 * Rebuilds the top lists of common words (`search_lexemes`, `search_top`; src/search/bounded.ts) and of
 * the words of titles and summaries (`search_head_top`; src/search/suggest.ts) without blocking readers,
 * in one transaction (`search_lexemes` says when they were built). Heavier than the word list (every
 * published item's vector is read: about a minute at 100,000 items), so it runs every hour rather than
 * after each change; searches and suggestions also look at the items changed since the last run, so
 * nothing waits for it.
 */
export async function refreshSearchLists(payload: BasePayload): Promise<void> {
  await query(
    payload,
    `BEGIN; SET LOCAL work_mem = '512MB';
    REFRESH MATERIALIZED VIEW CONCURRENTLY "search_lexemes"; REFRESH MATERIALIZED VIEW CONCURRENTLY "search_top";
    REFRESH MATERIALIZED VIEW CONCURRENTLY "search_head_top"; COMMIT`,
  )
}

export const refreshSearchListsTask: TaskConfig<{ input: Record<string, never>; output: Record<string, never> }> = {
  slug: 'refreshSearchLists',
  label: 'Toplijsten van veelgebruikte zoekwoorden bijwerken',
  // Every hour; the autoRun of the default queue (payload.config.ts) runs it.
  schedule: [{ cron: '23 * * * *', queue: 'default' }],
  retries: 1,
  handler: async ({ req }) => {
    await refreshSearchLists(req.payload)
    return { output: {} as Record<string, never> }
  },
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
