// Database functions and triggers that keep `knowledge_items.facet_keys` current. Payload rewrites an
// item's relation rows (knowledge_items_rels, knowledge_items_audience) after saving the item itself,
// so the keys are recomputed whenever any of those rows change, inside the same transaction.
// Tables are schema-qualified: triggers must not depend on the caller's search_path.
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

export const dropFacetKeysSql = `
DROP TRIGGER IF EXISTS regions_facet_keys ON public.regions;
DROP TRIGGER IF EXISTS knowledge_items_audience_facet_keys ON public.knowledge_items_audience;
DROP TRIGGER IF EXISTS knowledge_items_rels_facet_keys ON public.knowledge_items_rels;
DROP TRIGGER IF EXISTS knowledge_items_facet_keys ON public.knowledge_items;
DROP FUNCTION IF EXISTS kb_region_tree_changed(), kb_item_facet_keys_relations(), kb_item_facet_keys_before(), kb_item_facet_keys(integer, text, timestamptz);
`
