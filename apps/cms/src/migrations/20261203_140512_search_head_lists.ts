import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// Title suggestions for common words (src/search/suggest.ts). One materialized view, refreshed every hour
// with the search's lists by the task refreshSearchLists (src/search/terms.ts):
// - `search_head_top`: for each lexeme of the titles and summaries of published knowledge items
//   (`search_head`) found in at least 100 of them, the 200 items it ranks highest there (ts_rank of that
//   lexeme alone; equal scores newest first), so suggestions for "gemee" rank a few hundred candidates
//   instead of every item with "gemeente".
// Tables are schema-qualified (PostgreSQL 17+ refreshes views with a safe search_path). Frozen: this
// file holds its own SQL.

const listsSql = `
CREATE MATERIALIZED VIEW "search_head_top" AS
  WITH common AS (
    SELECT word FROM ts_stat($q$SELECT search_head FROM public.knowledge_items WHERE _status = 'published'$q$) WHERE ndoc >= 100),
  scored AS (
    SELECT u.lexeme, i.id AS item_id, i.published_at, ts_rank(i.search_head, quote_literal(u.lexeme)::tsquery) AS score
    FROM public.knowledge_items i CROSS JOIN LATERAL unnest(i.search_head) u
    WHERE i._status = 'published' AND u.lexeme IN (SELECT word FROM common))
  SELECT lexeme, item_id, score, published_at FROM (
    SELECT lexeme, item_id, score, published_at,
      row_number() OVER (PARTITION BY lexeme COLLATE "C" ORDER BY score DESC, published_at DESC NULLS LAST, item_id) AS place
    FROM scored) ranked
  WHERE place <= 200;
CREATE UNIQUE INDEX "search_head_top_item_idx" ON "search_head_top" ("lexeme", "item_id");
CREATE INDEX "search_head_top_order_idx" ON "search_head_top" ("lexeme", "score" DESC, "published_at" DESC NULLS LAST, "item_id");
`

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql.raw(listsSql))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP MATERIALIZED VIEW IF EXISTS "search_head_top";`)
}
