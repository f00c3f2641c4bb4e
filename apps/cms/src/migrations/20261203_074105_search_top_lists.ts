import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// Top-k search for common words (src/search/bounded.ts). Two materialized views, refreshed every hour by
// the task refreshSearchLists (src/search/terms.ts):
// - `search_lexemes`: every lexeme of published knowledge items, with in how many it is found, and when
//   the view was refreshed;
// - `search_top`: for each of those, the 1,000 published items it ranks highest (ts_rank of that lexeme
//   alone), so a search for a common word reads its first page from a short index range instead of
//   ranking every match.
// Facet keys ('type:lesson' …) are lexemes of the search vector too, but never words: left out.
// Tables are schema-qualified (PostgreSQL 17+ refreshes views with a safe search_path). Frozen: this
// file holds its own SQL.

const listsSql = `
CREATE MATERIALIZED VIEW "search_lexemes" AS
  SELECT word AS lexeme, ndoc AS items, now() AS refreshed_at
  FROM ts_stat($q$SELECT search FROM public.knowledge_items WHERE _status = 'published'$q$)
  WHERE strpos(word, ':') = 0;
CREATE UNIQUE INDEX "search_lexemes_lexeme_idx" ON "search_lexemes" ("lexeme");

CREATE MATERIALIZED VIEW "search_top" AS
  WITH common AS (
    SELECT word FROM ts_stat($q$SELECT search FROM public.knowledge_items WHERE _status = 'published'$q$)
    WHERE ndoc >= 1000 AND strpos(word, ':') = 0),
  -- Each item's vector read from TOAST once, not once per lexeme: the concatenation makes it one value
  -- in memory, and OFFSET 0 keeps the planner from copying the expression into every use.
  items AS (SELECT id, published_at, search || ''::tsvector AS v FROM public.knowledge_items WHERE _status = 'published' OFFSET 0),
  scored AS (
    SELECT u.lexeme, i.id AS item_id, i.published_at, ts_rank(i.v, quote_literal(u.lexeme)::tsquery) AS score
    FROM items i CROSS JOIN LATERAL unnest(i.v) u WHERE u.lexeme IN (SELECT word FROM common))
  SELECT lexeme, item_id, score FROM (
    SELECT lexeme, item_id, score,
      row_number() OVER (PARTITION BY lexeme COLLATE "C" ORDER BY score DESC, published_at DESC NULLS LAST, item_id) AS place
    FROM scored) ranked
  WHERE place <= 1000;
CREATE UNIQUE INDEX "search_top_item_idx" ON "search_top" ("lexeme", "item_id");
CREATE INDEX "search_top_order_idx" ON "search_top" ("lexeme", "score" DESC, "item_id");
`

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql.raw(listsSql))
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'refreshSearchLists' BEFORE 'promoteWaiting';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'refreshSearchLists' BEFORE 'promoteWaiting';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP MATERIALIZED VIEW IF EXISTS "search_top"; DROP MATERIALIZED VIEW IF EXISTS "search_lexemes";`)
  await db.execute(sql`
   ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'refreshSearchTerms', 'promoteWaiting', 'purgeRegistrations', 'purgeContributions', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'refreshSearchTerms', 'promoteWaiting', 'purgeRegistrations', 'purgeContributions', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";`)
}
