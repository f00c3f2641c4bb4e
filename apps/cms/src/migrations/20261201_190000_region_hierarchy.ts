import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// Regions are a hierarchy in search (src/search/facets.ts explains the keys). An item now has, besides
// 'region:<id>' for every region it names and every region above those, 'whole:<id>' for every region
// it applies to as a whole, and 'whole:all' when it applies to all of Noord-Brabant (region scope
// 'brabant', also the default). A region filter matches 'region:<id>' or 'whole:<a>' for a region a
// above it or 'whole:all'. Named regions under another named region are left out (the larger one
// covers them), so an item matches a filter through exactly one of these keys and counts add up.
// By hand, no schema change. Frozen: this file holds its own SQL.

const hierarchySql = `
-- Every region with every region strictly above it.
CREATE OR REPLACE VIEW public.kb_region_ancestors AS
  WITH RECURSIVE up(region_id, ancestor_id) AS (
    SELECT id, parent_id FROM public.regions WHERE parent_id IS NOT NULL
    UNION SELECT up.region_id, g.parent_id FROM public.regions g JOIN up ON g.id = up.ancestor_id WHERE g.parent_id IS NOT NULL
  ) SELECT region_id, ancestor_id FROM up;

CREATE OR REPLACE FUNCTION kb_item_region_keys(item_id integer, item_scope text) RETURNS text[] LANGUAGE sql STABLE AS $fn$
  WITH named AS (
    SELECT DISTINCT r.regions_id AS id FROM public.knowledge_items_rels r
      WHERE r.parent_id = item_id AND r.path = 'regions' AND r.regions_id IS NOT NULL),
  -- Named regions that no other named region lies above.
  outer_named AS (
    SELECT id FROM named n WHERE NOT EXISTS (
      SELECT 1 FROM public.kb_region_ancestors a JOIN named m ON m.id = a.ancestor_id WHERE a.region_id = n.id))
  SELECT CASE WHEN coalesce(item_scope, 'brabant') = 'brabant' THEN ARRAY['whole:all'] ELSE ARRAY(
    SELECT key FROM (
      SELECT 'whole:' || id AS key FROM outer_named
      UNION SELECT 'region:' || id FROM outer_named
      UNION SELECT 'region:' || a.ancestor_id FROM outer_named o JOIN public.kb_region_ancestors a ON a.region_id = o.id
    ) keys ORDER BY key) END
$fn$;

DROP FUNCTION IF EXISTS kb_item_keys(integer, text, timestamptz, text);
CREATE OR REPLACE FUNCTION kb_item_keys(item_id integer, item_type text, item_published timestamptz, item_evidence text, item_scope text)
RETURNS text[] LANGUAGE sql STABLE AS $fn$
  SELECT ARRAY(SELECT key FROM unnest(kb_item_facet_keys(item_id, item_type, item_published)) key WHERE key NOT LIKE 'region:%')
    || CASE WHEN item_evidence IS NULL THEN '{}'::text[] ELSE ARRAY['evidence:' || item_evidence] END
    || kb_item_region_keys(item_id, item_scope)
$fn$;

CREATE OR REPLACE FUNCTION kb_item_facet_keys_before() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  NEW.facet_keys := kb_item_keys(NEW.id, NEW.type::text, NEW.published_at, NEW.evidence::text, NEW.region_scope::text);
  RETURN NEW;
END $fn$;

CREATE OR REPLACE FUNCTION kb_item_facet_keys_relations() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE public.knowledge_items SET facet_keys = kb_item_keys(id, type::text, published_at, evidence::text, region_scope::text)
      WHERE id IN (SELECT parent_id FROM new_rows);
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE public.knowledge_items SET facet_keys = kb_item_keys(id, type::text, published_at, evidence::text, region_scope::text)
      WHERE id IN (SELECT parent_id FROM old_rows);
  ELSE
    UPDATE public.knowledge_items SET facet_keys = kb_item_keys(id, type::text, published_at, evidence::text, region_scope::text)
      WHERE id IN (SELECT parent_id FROM new_rows UNION SELECT parent_id FROM old_rows);
  END IF;
  RETURN NULL;
END $fn$;

CREATE OR REPLACE FUNCTION kb_region_tree_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  UPDATE public.knowledge_items ki SET facet_keys = kb_item_keys(ki.id, ki.type::text, ki.published_at, ki.evidence::text, ki.region_scope::text)
    WHERE EXISTS (SELECT 1 FROM public.knowledge_items_rels r WHERE r.parent_id = ki.id AND r.path = 'regions');
  RETURN NULL;
END $fn$;

DROP TRIGGER IF EXISTS knowledge_items_facet_keys ON public.knowledge_items;
CREATE TRIGGER knowledge_items_facet_keys BEFORE INSERT OR UPDATE OF type, published_at, evidence, region_scope ON public.knowledge_items
  FOR EACH ROW EXECUTE FUNCTION kb_item_facet_keys_before();
`

// As migration item_template left them.
const previousSql = `
DROP FUNCTION IF EXISTS kb_item_keys(integer, text, timestamptz, text, text);
DROP FUNCTION IF EXISTS kb_item_region_keys(integer, text);
DROP VIEW IF EXISTS public.kb_region_ancestors;
CREATE OR REPLACE FUNCTION kb_item_keys(item_id integer, item_type text, item_published timestamptz, item_evidence text)
RETURNS text[] LANGUAGE sql STABLE AS $fn$
  SELECT kb_item_facet_keys(item_id, item_type, item_published)
    || CASE WHEN item_evidence IS NULL THEN '{}'::text[] ELSE ARRAY['evidence:' || item_evidence] END
$fn$;

CREATE OR REPLACE FUNCTION kb_item_facet_keys_before() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  NEW.facet_keys := kb_item_keys(NEW.id, NEW.type::text, NEW.published_at, NEW.evidence::text);
  RETURN NEW;
END $fn$;

CREATE OR REPLACE FUNCTION kb_item_facet_keys_relations() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE public.knowledge_items SET facet_keys = kb_item_keys(id, type::text, published_at, evidence::text)
      WHERE id IN (SELECT parent_id FROM new_rows);
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE public.knowledge_items SET facet_keys = kb_item_keys(id, type::text, published_at, evidence::text)
      WHERE id IN (SELECT parent_id FROM old_rows);
  ELSE
    UPDATE public.knowledge_items SET facet_keys = kb_item_keys(id, type::text, published_at, evidence::text)
      WHERE id IN (SELECT parent_id FROM new_rows UNION SELECT parent_id FROM old_rows);
  END IF;
  RETURN NULL;
END $fn$;

CREATE OR REPLACE FUNCTION kb_region_tree_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  UPDATE public.knowledge_items ki SET facet_keys = kb_item_keys(ki.id, ki.type::text, ki.published_at, ki.evidence::text)
    WHERE EXISTS (SELECT 1 FROM public.knowledge_items_rels r WHERE r.parent_id = ki.id AND r.path = 'regions');
  RETURN NULL;
END $fn$;

DROP TRIGGER IF EXISTS knowledge_items_facet_keys ON public.knowledge_items;
CREATE TRIGGER knowledge_items_facet_keys BEFORE INSERT OR UPDATE OF type, published_at, evidence ON public.knowledge_items
  FOR EACH ROW EXECUTE FUNCTION kb_item_facet_keys_before();
`

const recountSql = (keys: string) => `
UPDATE public.knowledge_items SET facet_keys = ${keys};
TRUNCATE public.knowledge_facet_counts;
INSERT INTO public.knowledge_facet_counts (keys, n)
  SELECT s, count(*) FROM public.knowledge_items ki, kb_facet_subsets(ki.facet_keys) s WHERE ki._status = 'published' GROUP BY s;
`

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql.raw(hierarchySql))
  await db.execute(sql.raw(recountSql('kb_item_keys(id, type::text, published_at, evidence::text, region_scope::text)')))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql.raw(previousSql))
  await db.execute(sql.raw(recountSql('kb_item_keys(id, type::text, published_at, evidence::text)')))
}
