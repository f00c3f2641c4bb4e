import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { facetKeysSql as rowLevelFacetKeysSql } from './20261128_184647_search'

// Generated from src/search/schema.ts: knowledge items' `search` now holds their facet keys as
// lexemes (the column is dropped and added again, which drops its GIN index: created again by hand),
// the GIN index on facet_keys goes, an index for "newest first" comes.
// By hand: statement-level facet-key triggers and the table of counts (described in src/search/facets.ts).
// Frozen: this file holds its own SQL, so a later edit elsewhere cannot change what a fresh database gets.

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

-- Statement level: the transition tables hold the relation rows the statement inserted or deleted.
CREATE OR REPLACE FUNCTION kb_item_facet_keys_relations() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE public.knowledge_items SET facet_keys = kb_item_facet_keys(id, type::text, published_at)
      WHERE id IN (SELECT parent_id FROM new_rows);
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE public.knowledge_items SET facet_keys = kb_item_facet_keys(id, type::text, published_at)
      WHERE id IN (SELECT parent_id FROM old_rows);
  ELSE
    UPDATE public.knowledge_items SET facet_keys = kb_item_facet_keys(id, type::text, published_at)
      WHERE id IN (SELECT parent_id FROM new_rows UNION SELECT parent_id FROM old_rows);
  END IF;
  RETURN NULL;
END $fn$;

CREATE OR REPLACE FUNCTION kb_region_tree_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  UPDATE public.knowledge_items ki SET facet_keys = kb_item_facet_keys(ki.id, ki.type::text, ki.published_at)
    WHERE EXISTS (SELECT 1 FROM public.knowledge_items_rels r WHERE r.parent_id = ki.id AND r.path = 'regions');
  RETURN NULL;
END $fn$;

-- A set of keys in its one stored form: distinct, in byte order.
CREATE OR REPLACE FUNCTION kb_facet_set(keys text[]) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
  SELECT ARRAY(SELECT DISTINCT key COLLATE "C" FROM unnest(keys) key ORDER BY 1)
$fn$;

-- Every subset of at most 3 keys, each in its stored form, the empty set included.
CREATE OR REPLACE FUNCTION kb_facet_subsets(keys text[]) RETURNS SETOF text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
  WITH k AS (SELECT key, row_number() OVER (ORDER BY key COLLATE "C") AS i FROM unnest(kb_facet_set(keys)) key)
  SELECT '{}'::text[]
  UNION ALL SELECT ARRAY[a.key] FROM k a
  UNION ALL SELECT ARRAY[a.key, b.key] FROM k a JOIN k b ON a.i < b.i
  UNION ALL SELECT ARRAY[a.key, b.key, c.key] FROM k a JOIN k b ON a.i < b.i JOIN k c ON b.i < c.i
$fn$;

-- Looked up by exact set; the single keys (every facet value in use) have an index of their own.
CREATE TABLE IF NOT EXISTS public.knowledge_facet_counts (keys text[] PRIMARY KEY, n integer NOT NULL);
CREATE INDEX IF NOT EXISTS knowledge_facet_counts_single_idx ON public.knowledge_facet_counts (keys) WHERE cardinality(keys) = 1;

-- A published item counts with its keys; a draft does not count. Changes are applied as deltas in
-- key order under one transaction-level lock, so concurrent saves cannot deadlock on the counts.
CREATE OR REPLACE FUNCTION kb_facet_counts_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  old_keys text[] := CASE WHEN TG_OP <> 'INSERT' AND OLD._status = 'published' THEN OLD.facet_keys END;
  new_keys text[] := CASE WHEN TG_OP <> 'DELETE' AND NEW._status = 'published' THEN NEW.facet_keys END;
BEGIN
  IF old_keys IS NOT DISTINCT FROM new_keys THEN RETURN NULL; END IF;
  PERFORM pg_advisory_xact_lock(hashtext('knowledge_facet_counts'));
  INSERT INTO public.knowledge_facet_counts AS c (keys, n)
    SELECT s, sum(d) FROM (
      SELECT s, -1 AS d FROM kb_facet_subsets(old_keys) s
      UNION ALL SELECT s, 1 FROM kb_facet_subsets(new_keys) s
    ) delta GROUP BY s HAVING sum(d) <> 0 ORDER BY s
  ON CONFLICT (keys) DO UPDATE SET n = c.n + excluded.n;
  RETURN NULL;
END $fn$;

DROP TRIGGER IF EXISTS knowledge_items_facet_keys ON public.knowledge_items;
CREATE TRIGGER knowledge_items_facet_keys BEFORE INSERT OR UPDATE OF type, published_at ON public.knowledge_items
  FOR EACH ROW EXECUTE FUNCTION kb_item_facet_keys_before();
DROP TRIGGER IF EXISTS knowledge_items_facet_counts ON public.knowledge_items;
CREATE TRIGGER knowledge_items_facet_counts AFTER INSERT OR UPDATE OR DELETE ON public.knowledge_items
  FOR EACH ROW EXECUTE FUNCTION kb_facet_counts_changed();
${['knowledge_items_rels', 'knowledge_items_audience']
  .map(
    (table) => `DROP TRIGGER IF EXISTS ${table}_facet_keys ON public.${table};
DROP TRIGGER IF EXISTS ${table}_facet_keys_insert ON public.${table};
CREATE TRIGGER ${table}_facet_keys_insert AFTER INSERT ON public.${table}
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kb_item_facet_keys_relations();
DROP TRIGGER IF EXISTS ${table}_facet_keys_update ON public.${table};
CREATE TRIGGER ${table}_facet_keys_update AFTER UPDATE ON public.${table}
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kb_item_facet_keys_relations();
DROP TRIGGER IF EXISTS ${table}_facet_keys_delete ON public.${table};
CREATE TRIGGER ${table}_facet_keys_delete AFTER DELETE ON public.${table}
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kb_item_facet_keys_relations();`,
  )
  .join('\n')}
DROP TRIGGER IF EXISTS regions_facet_keys ON public.regions;
CREATE TRIGGER regions_facet_keys AFTER UPDATE OF parent_id ON public.regions
  FOR EACH STATEMENT EXECUTE FUNCTION kb_region_tree_changed();
`


const recountFacetsSql = `
TRUNCATE public.knowledge_facet_counts;
INSERT INTO public.knowledge_facet_counts (keys, n)
  SELECT s, count(*) FROM public.knowledge_items ki, kb_facet_subsets(ki.facet_keys) s
  WHERE ki._status = 'published' GROUP BY s;
ANALYZE public.knowledge_facet_counts;
`


const dropFacetCountsSql = `
DROP TRIGGER IF EXISTS knowledge_items_facet_counts ON public.knowledge_items;
DROP TRIGGER IF EXISTS knowledge_items_facet_keys ON public.knowledge_items;
DROP TRIGGER IF EXISTS regions_facet_keys ON public.regions;
DROP TABLE IF EXISTS public.knowledge_facet_counts;
DROP FUNCTION IF EXISTS kb_facet_counts_changed(), kb_facet_subsets(text[]), kb_facet_set(text[]);
${['knowledge_items_rels', 'knowledge_items_audience']
  .map((table) => ['insert', 'update', 'delete'].map((op) => `DROP TRIGGER IF EXISTS ${table}_facet_keys_${op} ON public.${table};`).join('\n'))
  .join('\n')}
`
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "knowledge_items_facet_keys_idx";
  ALTER TABLE "knowledge_items" drop column "search";
  ALTER TABLE "knowledge_items" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('dutch'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('dutch'::regconfig, coalesce("summary", '')), 'B') || setweight(to_tsvector('dutch'::regconfig, coalesce(jsonb_path_query_array("body", 'strict $.**.text')::text, '')), 'C') || array_to_tsvector("facet_keys")) STORED;
  CREATE INDEX "knowledge_items_search_idx" ON "knowledge_items" USING gin ("search");
  CREATE INDEX "knowledge_items_published_order_idx" ON "knowledge_items" USING btree ("published_at" DESC NULLS LAST,"id") WHERE _status = 'published';`)
  await db.execute(sql.raw(facetKeysSql))
  await db.execute(sql.raw(recountFacetsSql))
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql.raw(dropFacetCountsSql))
  await db.execute(sql.raw(rowLevelFacetKeysSql))
  await db.execute(sql`
   DROP INDEX "knowledge_items_published_order_idx";
  ALTER TABLE "knowledge_items" drop column "search";
  ALTER TABLE "knowledge_items" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('dutch'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('dutch'::regconfig, coalesce("summary", '')), 'B') || setweight(to_tsvector('dutch'::regconfig, coalesce(jsonb_path_query_array("body", 'strict $.**.text')::text, '')), 'C')) STORED;
  CREATE INDEX "knowledge_items_search_idx" ON "knowledge_items" USING gin ("search");
  CREATE INDEX "knowledge_items_facet_keys_idx" ON "knowledge_items" USING gin ("facet_keys");`)
}
