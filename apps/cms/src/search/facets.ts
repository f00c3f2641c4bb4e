// Facets of knowledge items, kept by PostgreSQL inside the transaction that changes an item:
//
// 1. `knowledge_items.facet_keys`: every filter value of an item as one key ('type:lesson',
//    'theme:4', 'audience:…', 'programme:…', 'year:2024'). Regions are a hierarchy: an item has
//    'region:2' for each region it names and every region above it, 'whole:2' for each region it
//    applies to as a whole, and only 'whole:all' when it applies to all of Noord-Brabant (region
//    scope 'brabant', the default; also when no region is named). A region filter matches its own
//    key or 'whole:' of a region above it or 'whole:all' (migration 20261201_190000_region_hierarchy).
//    The generated `search` column adds these keys as lexemes (schema.ts), so a
//    search with filters is one GIN lookup (`search @@ 'woningen' & 'theme:4' & 'type:lesson'`).
// 2. `knowledge_facet_counts`: for every set of at most three keys, how many published items have
//    them all ('{}' holds the number of published items). A search without words and with at most
//    three filters reads its counts here instead of counting thousands of rows (knowledge.ts).
//
// Payload rewrites an item's relation rows (knowledge_items_rels, knowledge_items_audience) after
// saving the item itself; statement-level triggers recompute the keys of the items a statement
// touched, once per item. Tables are schema-qualified: triggers must not depend on the search_path.
// The SQL that creates all this is migration 20261128_202000_search_facet_counts (frozen there).

/** Sets of at most this many keys are counted in advance. */
export const countedSetSize = 3

/** Counts every set anew from the items' keys (after a bulk load with triggers off, as the benchmark does). */
export const recountFacetsSql = `
TRUNCATE public.knowledge_facet_counts;
INSERT INTO public.knowledge_facet_counts (keys, n)
  SELECT s, count(*) FROM public.knowledge_items ki, kb_facet_subsets(ki.facet_keys) s
  WHERE ki._status = 'published' GROUP BY s;
ANALYZE public.knowledge_facet_counts;
`
