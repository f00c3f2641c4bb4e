import { sql } from '@payloadcms/db-postgres/drizzle'
import type { BasePayload, PayloadRequest, TaskConfig } from 'payload'

/**
 * Every word (unstemmed, lower case) of the titles and summaries of published knowledge items, with
 * how many items use it: the vocabulary for "bedoelde u …?" suggestions, matched by trigrams.
 * The table is schema-qualified: PostgreSQL 17+ builds materialized views with a safe search_path.
 */
export const searchTermsView = `CREATE MATERIALIZED VIEW IF NOT EXISTS "search_terms" AS
  SELECT word, ndoc FROM ts_stat($q$
    SELECT to_tsvector('simple'::regconfig, coalesce(title, '') || ' ' || coalesce(summary, ''))
    FROM public.knowledge_items WHERE _status = 'published'
  $q$) WHERE length(word) BETWEEN 3 AND 40 AND word ~ '^[[:alpha:]]+$'`

/** Rebuilds the word list without blocking readers. */
export async function refreshSearchTerms(payload: BasePayload): Promise<void> {
  const db = (payload.db as unknown as { drizzle: { execute: (query: unknown) => Promise<unknown> } }).drizzle
  await db.execute(sql`REFRESH MATERIALIZED VIEW CONCURRENTLY "search_terms"`)
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
export const queueSearchTermsRefresh = async ({ req }: { req: PayloadRequest }) => {
  if (req.context?.seeding) return // the seed refreshes once at the end
  const waiting = await req.payload.count({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'refreshSearchTerms' }, completedAt: { exists: false }, processing: { equals: false } },
    overrideAccess: true,
    req,
  })
  if (waiting.totalDocs === 0) await req.payload.jobs.queue({ task: 'refreshSearchTerms', input: {}, req })
}
