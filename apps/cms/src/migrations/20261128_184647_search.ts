import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// Generated from src/search/schema.ts (search and facet_keys columns) and the refreshSearchTerms task.
// By hand: the pg_trgm extension, the triggers that keep facet_keys current (below, as this migration
// created them; migration search_facet_counts replaces them, see src/search/facets.ts) and the
// `search_terms` view of words for "bedoelde u …?" suggestions (refreshed by src/search/terms.ts).
// Frozen: this file holds its own SQL.

/**
 * Every word (unstemmed, lower case) of the titles and summaries of published knowledge items, with
 * how many items use it: the vocabulary for "bedoelde u …?" suggestions, matched by trigrams.
 * The table is schema-qualified: PostgreSQL 17+ builds materialized views with a safe search_path.
 */
const searchTermsView = `CREATE MATERIALIZED VIEW IF NOT EXISTS "search_terms" AS
  SELECT word, ndoc FROM ts_stat($q$
    SELECT to_tsvector('simple'::regconfig, coalesce(title, '') || ' ' || coalesce(summary, ''))
    FROM public.knowledge_items WHERE _status = 'published'
  $q$) WHERE length(word) BETWEEN 3 AND 40 AND word ~ '^[[:alpha:]]+$'`

export const facetKeysSql = `
CREATE OR REPLACE FUNCTION kb_item_facet_keys(item_id integer, item_type text, item_published timestamptz)
RETURNS text[] LANGUAGE sql STABLE AS $fn$
  SELECT array_remove(ARRAY[
      'type:' || item_type,
      'year:' || extract(year FROM item_published AT TIME ZONE 'Europe/Amsterdam')::int
    ], NULL) || coalesce((SELECT array_agg(DISTINCT key ORDER BY key) FROM (
      SELECT 'theme:' || r.themes_id AS key FROM public.knowledge_items_rels r
        WHERE r.parent_id = item_id AND r.path = 'themes' AND r.themes_id IS NOT NULL
      UNION SELECT 'programme:' || r.programmes_id FROM public.knowledge_items_rels r
        WHERE r.parent_id = item_id AND r.path = 'programmes' AND r.programmes_id IS NOT NULL
      UNION SELECT 'audience:' || a.value FROM public.knowledge_items_audience a WHERE a.parent_id = item_id
      UNION SELECT 'region:' || up.id FROM (
        WITH RECURSIVE up(id) AS (
          SELECT r.regions_id FROM public.knowledge_items_rels r
            WHERE r.parent_id = item_id AND r.path = 'regions' AND r.regions_id IS NOT NULL
          UNION SELECT g.parent_id FROM public.regions g JOIN up ON g.id = up.id WHERE g.parent_id IS NOT NULL
        ) SELECT id FROM up) up
    ) keys), '{}')
$fn$;

CREATE OR REPLACE FUNCTION kb_item_facet_keys_before() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  NEW.facet_keys := kb_item_facet_keys(NEW.id, NEW.type::text, NEW.published_at);
  RETURN NEW;
END $fn$;

CREATE OR REPLACE FUNCTION kb_item_facet_keys_relations() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE parent integer := CASE WHEN TG_OP = 'DELETE' THEN OLD.parent_id ELSE NEW.parent_id END;
BEGIN
  UPDATE public.knowledge_items SET facet_keys = kb_item_facet_keys(id, type::text, published_at) WHERE id = parent;
  IF TG_OP = 'UPDATE' AND OLD.parent_id IS DISTINCT FROM NEW.parent_id THEN
    UPDATE public.knowledge_items SET facet_keys = kb_item_facet_keys(id, type::text, published_at) WHERE id = OLD.parent_id;
  END IF;
  RETURN NULL;
END $fn$;

CREATE OR REPLACE FUNCTION kb_region_tree_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  UPDATE public.knowledge_items ki SET facet_keys = kb_item_facet_keys(ki.id, ki.type::text, ki.published_at)
    WHERE EXISTS (SELECT 1 FROM public.knowledge_items_rels r WHERE r.parent_id = ki.id AND r.path = 'regions');
  RETURN NULL;
END $fn$;

CREATE TRIGGER knowledge_items_facet_keys BEFORE INSERT OR UPDATE OF type, published_at ON public.knowledge_items
  FOR EACH ROW EXECUTE FUNCTION kb_item_facet_keys_before();
CREATE TRIGGER knowledge_items_rels_facet_keys AFTER INSERT OR UPDATE OR DELETE ON public.knowledge_items_rels
  FOR EACH ROW EXECUTE FUNCTION kb_item_facet_keys_relations();
CREATE TRIGGER knowledge_items_audience_facet_keys AFTER INSERT OR UPDATE OR DELETE ON public.knowledge_items_audience
  FOR EACH ROW EXECUTE FUNCTION kb_item_facet_keys_relations();
CREATE TRIGGER regions_facet_keys AFTER UPDATE OF parent_id ON public.regions
  FOR EACH STATEMENT EXECUTE FUNCTION kb_region_tree_changed();

UPDATE public.knowledge_items SET facet_keys = kb_item_facet_keys(id, type::text, published_at);
`

const dropFacetKeysSql = `
DROP TRIGGER IF EXISTS regions_facet_keys ON public.regions;
DROP TRIGGER IF EXISTS knowledge_items_audience_facet_keys ON public.knowledge_items_audience;
DROP TRIGGER IF EXISTS knowledge_items_rels_facet_keys ON public.knowledge_items_rels;
DROP TRIGGER IF EXISTS knowledge_items_facet_keys ON public.knowledge_items;
DROP FUNCTION IF EXISTS kb_region_tree_changed(), kb_item_facet_keys_relations(), kb_item_facet_keys_before(), kb_item_facet_keys(integer, text, timestamptz);
`

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`CREATE EXTENSION IF NOT EXISTS pg_trgm;`)
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'refreshSearchTerms' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'refreshSearchTerms' BEFORE 'schedulePublish';
  ALTER TABLE "knowledge_items" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('dutch'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('dutch'::regconfig, coalesce("summary", '')), 'B') || setweight(to_tsvector('dutch'::regconfig, coalesce(jsonb_path_query_array("body", 'strict $.**.text')::text, '')), 'C')) STORED;
  ALTER TABLE "knowledge_items" ADD COLUMN "facet_keys" text[] DEFAULT '{}'::text[] NOT NULL;
  ALTER TABLE "programmes" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('dutch'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('dutch'::regconfig, coalesce("summary", '')), 'B') || setweight(to_tsvector('dutch'::regconfig, coalesce(jsonb_path_query_array("description", 'strict $.**.text')::text, '')), 'C')) STORED;
  ALTER TABLE "events" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('dutch'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('dutch'::regconfig, coalesce("summary", '')), 'B') || setweight(to_tsvector('dutch'::regconfig, coalesce(jsonb_path_query_array("description", 'strict $.**.text')::text, '')), 'C')) STORED;
  ALTER TABLE "organisations" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('dutch'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('dutch'::regconfig, coalesce("description", '')), 'B')) STORED;
  ALTER TABLE "themes" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('dutch'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('dutch'::regconfig, coalesce("summary", '')), 'B') || setweight(to_tsvector('dutch'::regconfig, coalesce(jsonb_path_query_array("description", 'strict $.**.text')::text, '')), 'C')) STORED;
  ALTER TABLE "pages" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('dutch'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('dutch'::regconfig, coalesce("intro", '')), 'B')) STORED;
  CREATE INDEX "knowledge_items_search_idx" ON "knowledge_items" USING gin ("search");
  CREATE INDEX "knowledge_items_facet_keys_idx" ON "knowledge_items" USING gin ("facet_keys");
  CREATE INDEX "programmes_search_idx" ON "programmes" USING gin ("search");
  CREATE INDEX "events_search_idx" ON "events" USING gin ("search");
  CREATE INDEX "organisations_search_idx" ON "organisations" USING gin ("search");
  CREATE INDEX "themes_search_idx" ON "themes" USING gin ("search");
  CREATE INDEX "pages_search_idx" ON "pages" USING gin ("search");`)
  await db.execute(sql.raw(facetKeysSql))
  await db.execute(sql.raw(searchTermsView))
  await db.execute(sql`
  CREATE UNIQUE INDEX "search_terms_word_idx" ON "search_terms" ("word");
  CREATE INDEX "search_terms_trgm_idx" ON "search_terms" USING gin ("word" gin_trgm_ops);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP MATERIALIZED VIEW IF EXISTS "search_terms";`)
  await db.execute(sql.raw(dropFacetKeysSql))
  await db.execute(sql`
   ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "knowledge_items_search_idx";
  DROP INDEX "knowledge_items_facet_keys_idx";
  DROP INDEX "programmes_search_idx";
  DROP INDEX "events_search_idx";
  DROP INDEX "organisations_search_idx";
  DROP INDEX "themes_search_idx";
  DROP INDEX "pages_search_idx";
  ALTER TABLE "knowledge_items" DROP COLUMN "search";
  ALTER TABLE "knowledge_items" DROP COLUMN "facet_keys";
  ALTER TABLE "programmes" DROP COLUMN "search";
  ALTER TABLE "events" DROP COLUMN "search";
  ALTER TABLE "organisations" DROP COLUMN "search";
  ALTER TABLE "themes" DROP COLUMN "search";
  ALTER TABLE "pages" DROP COLUMN "search";`)
}
