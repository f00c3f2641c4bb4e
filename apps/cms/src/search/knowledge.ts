// Full-text search over published knowledge items with facet counts, in one SQL statement per call.
// Words and filters are one GIN lookup on `search`, which holds the facet keys as lexemes (facets.ts).
// A region filter is one of several keys: the region itself (or a part of it), a region above it as a
// whole, or all of Brabant ('whole:all'); an item has exactly one of them, so region counts add up.
// Drafts never count: items are read with `_status = 'published'`, the counts table counts published
// items only, and only published programmes are facet values.
import { itemSections } from '@kennisbank/types/vocabularies'
import type { BasePayload } from 'payload'

import { query, queryPrepared, sql, type SQL } from '../db'
import { exactUpTo, planBounded, poolSize, roughly, topSize, type Bounded } from './bounded'
import { countedSetSize } from './facets'
import { sectionColumn } from './schema'
import { searchFacets, searchHighlight, type FacetValue, type KnowledgeHit, type KnowledgeSearchResult, type SearchFacet } from '@kennisbank/types/api'

import { tsqueryText, type KnowledgeSearch } from './query'

/** The facet key of one selected filter (see src/search/facets.ts); 'none:' (no item has it) when the slug is unknown. */
function facetKey(name: SearchFacet, value: string): SQL {
  switch (name) {
    case 'type':
    case 'audience':
    case 'evidence':
    case 'year':
      return sql`${`${name}:${value}`}::text`
    case 'theme':
      return sql`coalesce('theme:' || (SELECT id FROM themes WHERE slug = ${value}), 'none:')`
    case 'programme':
      return sql`coalesce('programme:' || (SELECT id FROM programmes WHERE slug = ${value} AND _status = 'published'), 'none:')`
    case 'region':
      return sql`coalesce('region:' || (SELECT id FROM regions WHERE slug = ${value} AND kind::text <> 'country'), 'none:')`
  }
}

/** The answer of GET /api/search before labels and "bedoelde u …?" are added (endpoints.ts). */
export type KnowledgeResult = Omit<KnowledgeSearchResult, 'suggestion'>

/** How many of the newest items a filtered list without words looks through before it sorts all matches. */
const walkLimit = 2000

const and = (parts: SQL[], empty = sql`true`) => (parts.length ? sql.join(parts, sql` AND `) : empty)

/**
 * The statement of a search, without running it (the benchmark runs it as raw SQL too).
 *
 * Facet counts follow the usual rule: a facet that is not selected counts over the items matching
 * the words and every filter; a selected facet counts over the items matching the words and the
 * other filters, so its other values show what choosing them would find. Without words and with at
 * most three filters the counts come from `knowledge_facet_counts` (with three, the unselected facets
 * are counted from the items matching all three, or listed without counts when those are over
 * `exactUpTo`); otherwise the statement counts the keys of the matching items, fetched once (one GIN
 * lookup of words and filters). With `bounded` (words that match
 * many items, see bounded.ts) the page comes from the top lists, the total is an estimate and facet values
 * have no counts.
 */
export function knowledgeSearchSql(search: KnowledgeSearch, bounded: Bounded | null = null, countUpTo = exactUpTo): SQL {
  const hasText = search.words.length > 0
  const selected = searchFacets.filter((name) => search.filters[name])
  // Without words and with up to three filters, the counts table answers the total and every count of
  // a selected facet (sets of ≤ 3 keys); with three, the other facets are counted from the few items
  // that match all three.
  const fromCounts = !hasText && selected.length <= 3
  // The selected keys, in the order of `selected`. Keys are [a-z0-9:-] (query.ts checks every value).
  const keyAt = (i: number) => sql.raw(`sel.keys[${i + 1}]`)
  // The region filter, when there is one, matches any of `sel.region_keys`.
  const regionAt = selected.indexOf('region')
  const lexeme = (i: number) =>
    i === regionAt ? sql`(SELECT string_agg('''' || key || '''', ' | ') FROM unnest(sel.region_keys) key)::tsquery` : sql`('''' || ${keyAt(i)} || '''')::tsquery`
  const matchesIn = (keys: SQL, i: number) => (i === regionAt ? sql`${keys} && sel.region_keys` : sql`${keyAt(i)} = ANY(${keys})`)
  const allOf = (indices: number[]) => sql.join(indices.map(lexeme), sql` && `)
  const indices = selected.map((_, i) => i)
  const others = (i: number) => indices.filter((j) => j !== i)
  const textQuery = sql`to_tsquery('dutch'::regconfig, ${tsqueryText(search.words, false, search.alternatives)})`
  // With synonyms in the query, the words as typed count once more in the rank: the word itself first.
  const withAlternatives = hasText && Object.keys(search.alternatives ?? {}).length > 0
  const rankOf = (vector: SQL) => (withAlternatives ? sql`ts_rank(${vector}, words) + ts_rank(${vector}, exact)` : sql`ts_rank(${vector}, words)`)
  const rankSql = rankOf(sql`search`)
  // Items that count anywhere: they match the words and all filters but at most one.
  const candidateTerms = [
    ...(hasText ? [textQuery] : []),
    ...(selected.length >= 2 ? [sql`(${sql.join(indices.map((i) => sql`(${allOf(others(i))})`), sql` || `)})`] : []),
  ]
  const regionKeys = search.filters.region
    ? sql`coalesce((SELECT ARRAY['region:' || g.id] || ARRAY(SELECT 'whole:' || a.ancestor_id FROM kb_region_ancestors a WHERE a.region_id = g.id) || ARRAY['whole:all']
        FROM regions g WHERE g.slug = ${search.filters.region} AND g.kind::text <> 'country'), ARRAY['none:'])`
    : sql`NULL::text[]`
  const withQuery = sql`WITH sel AS (SELECT ARRAY[${sql.join(selected.map((name) => facetKey(name, search.filters[name]!)), sql`, `)}]::text[] AS keys, ${regionKeys} AS region_keys),
    q AS (SELECT ${hasText ? textQuery : sql`NULL::tsquery`} AS words,
      -- Snippets mark any of the words (every & an |).
      ${hasText ? sql`replace((${textQuery})::text, ' & ', ' | ')::tsquery` : sql`NULL::tsquery`} AS any_word,
      ${withAlternatives ? sql`to_tsquery('dutch'::regconfig, ${tsqueryText(search.words, false)})` : sql`NULL::tsquery`} AS exact,
      ${selected.length ? allOf(indices) : sql`NULL::tsquery`} AS filters,
      ${candidateTerms.length ? sql.join(candidateTerms, sql` && `) : sql`NULL::tsquery`} AS candidates FROM sel)`
  const order = {
    relevance: sql`rank DESC, published_at DESC NULLS LAST, id`,
    date: sql`published_at DESC NULLS LAST, id`,
    oldest: sql`published_at ASC NULLS LAST, id`,
    title: sql`title ASC, id`,
  }[search.sort]
  const offset = (search.page - 1) * search.limit
  // The text a snippet is cut from: summary, then each block of the body (a heading or paragraph ends
  // with a full stop when it has no punctuation of its own, so a heading never runs into the next
  // sentence), then the template's sections.
  const ended = (text: SQL) => sql`CASE WHEN ${text} ~ '[.!?:;…][[:space:]]*$' THEN ${text} ELSE ${text} || '.' END`
  const blockText = sql`(SELECT string_agg(x #>> '{}', '') FROM jsonb_array_elements(jsonb_path_query_array(b, 'strict $.**.text')) x)`
  // Each item of a list is a block of its own.
  const blocks = sql`(SELECT b FROM jsonb_array_elements(ki.body -> 'root' -> 'children') top,
      jsonb_array_elements(CASE WHEN top ->> 'type' = 'list' THEN top -> 'children' ELSE jsonb_build_array(top) END) b)`
  const bodyText = sql`(SELECT string_agg(${ended(sql`t`)}, ' ') FROM (SELECT ${blockText} AS t FROM ${blocks} parts) blocks WHERE t <> '')`
  const sectionText = sql`concat_ws(' ', ${sql.join(
    itemSections.map((section) => sql.raw(`ki.${sectionColumn(section.name)}`)),
    sql`, `,
  )})`
  const snippetText = sql`concat_ws(' ', ${ended(sql`coalesce(ki.summary, '')`)}, ${bodyText}, ${sectionText})`
  // The snippet: the (at most two) sentences that match best, in the order of the text, each whole and
  // so starting at a sentence or heading; only a sentence of over 45 words is cut around its match.
  const highlight = `StartSel=${searchHighlight.start}, StopSel=${searchHighlight.stop}`
  const anyWord = sql`q.any_word`
  const snippet = hasText
    ? sql`(SELECT replace(string_agg(CASE WHEN cardinality(regexp_split_to_array(s.sentence, ${'\\s+'})) <= 45
            THEN ts_headline('dutch'::regconfig, s.sentence, ${anyWord}, ${`${highlight}, HighlightAll=true`})
            ELSE '… ' || ts_headline('dutch'::regconfig, s.sentence, ${anyWord}, ${`${highlight}, MaxWords=35, MinWords=15`}) || ' …' END, ' … ' ORDER BY s.n), '… … ', '… ')
        FROM (SELECT sentence, n FROM (
            -- Each sentence parsed once (OFFSET 0 keeps the planner from parsing it again for the rank).
            SELECT sentence, n, to_tsvector('dutch'::regconfig, sentence) AS v
            FROM regexp_split_to_table(${snippetText}, ${'(?<=[.!?…;])\\s+'}) WITH ORDINALITY AS t(sentence, n) OFFSET 0) parsed
          WHERE v @@ ${anyWord} ORDER BY ts_rank(v, ${anyWord}) DESC, n LIMIT 2) s)`
    : sql`NULL`
  const facetOf = (key: SQL) => sql`split_part(${key}, ':', 1)`
  // The facet a key counts for: 'whole:…' keys count for regions.
  const facetGroup = (key: SQL) => sql`CASE ${facetOf(key)} WHEN 'whole' THEN 'region' ELSE ${facetOf(key)} END`
  const valueOf = (key: SQL) => sql`substr(${key}, strpos(${key}, ':') + 1)`

  const keySet = (of: number[]) => sql`ARRAY[${sql.join(of.map(keyAt), sql`, `)}]::text[]`
  // How many published items have every selected key of `of` (and `extra`): one row of the counts
  // table, or with the region filter among them the sum of the rows of its keys (an item has one).
  const setCount = (of: number[], extra: SQL = sql`'{}'::text[]`) =>
    of.includes(regionAt)
      ? sql`(SELECT sum(c.n) FROM unnest(sel.region_keys) rk JOIN public.knowledge_facet_counts c ON c.keys = kb_facet_set(${keySet(of.filter((i) => i !== regionAt))} || rk || ${extra}))`
      : sql`(SELECT c.n FROM public.knowledge_facet_counts c WHERE c.keys = kb_facet_set(${keySet(of)} || ${extra}))`
  // Every facet value in use among published items (a single-key row of the counts table).
  const singles = sql`singles AS MATERIALIZED (SELECT keys[1] AS key FROM public.knowledge_facet_counts WHERE cardinality(keys) = 1 AND n > 0)`
  const matches = (i: number) => matchesIn(sql`ki.facet_keys`, i)

  let body: SQL
  if (bounded) {
    // See bounded.ts. Candidates in the order of their summed top-list scores; items changed since the
    // lists were built and those of rarer alternatives by the score of their title and summary (inline).
    const lexemes = (list: string[]) => sql`ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(list)}::jsonb))`
    const unlisted = bounded.unlisted.length
      ? sql` UNION ALL SELECT ki.id, ts_rank(ki.search_head, u.lexeme) * CASE WHEN u.typed THEN 2 ELSE 1 END
          FROM (SELECT quote_literal(l)::tsquery AS lexeme, l = ANY(${lexemes(bounded.typed)}) AS typed FROM unnest(${lexemes(bounded.unlisted)}) l) u
          JOIN knowledge_items ki ON ki._status = 'published' AND ki.search @@ u.lexeme`
      : sql``
    // The share of published items that pass the filters (the counts table: exact for up to three).
    const filtered = selected.length
      ? sql`coalesce(${setCount(indices.slice(0, countedSetSize))}, 0)::float8 / nullif((SELECT n FROM public.knowledge_facet_counts WHERE keys = '{}'), 0)`
      : sql`1`
    body = sql`cand AS MATERIALIZED (SELECT id, sum(proxy) AS proxy FROM (
        SELECT t.item_id AS id, CASE WHEN lx.lexeme = ANY(${lexemes(bounded.typed)}) THEN 2 * t.score ELSE t.score END AS proxy
        FROM unnest(${lexemes(bounded.listed)}) lx(lexeme)
          CROSS JOIN LATERAL (SELECT item_id, score FROM search_top WHERE lexeme = lx.lexeme ORDER BY score DESC LIMIT ${topSize}) t
        UNION ALL (SELECT ki.id, 2 * ts_rank(ki.search_head, q.words) FROM knowledge_items ki CROSS JOIN q
          WHERE ki.updated_at > ${bounded.changedSince}::timestamptz ORDER BY ki.updated_at DESC LIMIT ${topSize})${unlisted}) c GROUP BY id),
      pool AS MATERIALIZED (SELECT v.* FROM (SELECT id, proxy FROM cand ORDER BY proxy DESC, id) c
        CROSS JOIN LATERAL (
          SELECT k.id, k.published_at, k.title, ${rankOf(sql`k.v`)} AS rank FROM (
            -- The filters first (inline keys); the vector, read from TOAST once, only for those that pass.
            SELECT ki.id, ki.published_at, ki.title, ki.search || ''::tsvector AS v FROM knowledge_items ki CROSS JOIN sel
            WHERE ki.id = c.id AND ki._status = 'published'${selected.length ? sql` AND ${and(indices.map(matches))}` : sql``} OFFSET 0) k
          CROSS JOIN q WHERE k.v @@ q.words) v
        LIMIT ${poolSize(search)}),
      page AS (SELECT id, row_number() OVER (ORDER BY ${order}) AS ord FROM pool ORDER BY ${order} LIMIT ${search.limit} OFFSET ${offset}),
      total AS (SELECT greatest((SELECT count(*) FROM pool), ${bounded.estimate}::float8 * (${filtered})) AS n FROM sel),
      ${singles},
      raw_counts AS (SELECT ${facetOf(sql`key`)} AS facet, ${valueOf(sql`key`)} AS value, NULL::int AS count FROM singles)`
  } else if (fromCounts) {
    // For a set of selected keys S and every facet value v in use (a single-key row), the number of
    // published items with S and v: the row of the set S ∪ {v}, found by its primary key.
    const countsGiven = (of: number[], facets: SQL) =>
      sql`SELECT ${facetOf(sql`key`)} AS facet, ${valueOf(sql`key`)} AS value, n AS count
        FROM (SELECT v.key, ${setCount(of, sql`v.key`)} AS n FROM singles v CROSS JOIN sel WHERE NOT v.key = ANY(${keySet(of)}) AND ${facets}) c WHERE n > 0`
    const notSelected = (key: SQL) => (selected.length ? sql`${facetGroup(key)} NOT IN (${sql.join(selected.map((name) => sql`${name}`), sql`, `)})` : sql`true`)
    // With three filters, the other facets are counted from the items matching all three, when they are
    // at most `countUpTo` (`exactUpTo`; lower in a test); above that their values are listed without
    // counts, as in a search for common words (bounded.ts): counting them would read thousands of items.
    // One-time filters run one branch.
    const base =
      selected.length < countedSetSize
        ? countsGiven(indices, notSelected(sql`v.key`))
        : sql`SELECT ${facetOf(sql`k`)} AS facet, ${valueOf(sql`k`)} AS value, count(*) AS count
            FROM (SELECT unnest(ki.facet_keys) AS k FROM knowledge_items ki CROSS JOIN q WHERE ki._status = 'published' AND ki.search @@ q.filters) keys
            WHERE ${notSelected(sql`k`)} AND (SELECT n FROM total) <= ${countUpTo} GROUP BY k
          UNION ALL SELECT ${facetOf(sql`key`)}, ${valueOf(sql`key`)}, NULL FROM singles WHERE ${notSelected(sql`key`)} AND (SELECT n FROM total) > ${countUpTo}`
    const branches = [base, ...selected.map((name, i) => countsGiven(others(i), sql`${facetGroup(sql`v.key`)} = ${name}`))]
    // The page, newest first: walk the "newest first" index (only the filter year's part, when a year
    // is selected) through at most `walkLimit` items; if that did not fill the page, fetch every match
    // with one GIN lookup and sort. One-time filters on the walk's result make only one branch run.
    const published = sql`SELECT ki.id, ki.published_at, ki.title, NULL::real AS rank FROM knowledge_items ki CROSS JOIN q CROSS JOIN sel WHERE ki._status = 'published'`
    const window = sql`ORDER BY ${order} LIMIT ${search.limit} OFFSET ${offset}`
    const year = search.filters.year ? Number(search.filters.year) : null
    const yearRange = year
      ? sql` AND ki.published_at >= make_timestamptz(${year}::int, 1, 1, 0, 0, 0, 'Europe/Amsterdam') AND ki.published_at < make_timestamptz(${year + 1}::int, 1, 1, 0, 0, 0, 'Europe/Amsterdam')`
      : sql``
    const needed = offset + search.limit
    const filled = sql`(SELECT count(*) FROM walked) = ${needed}::int`
    const walked = sql`walked AS MATERIALIZED (SELECT w.id, w.published_at, w.title, NULL::real AS rank
        FROM (SELECT ki.id, ki.published_at, ki.title, ki.facet_keys FROM knowledge_items ki WHERE ki._status = 'published'${yearRange} ORDER BY ${order} LIMIT ${walkLimit}) w
        CROSS JOIN sel WHERE ${and(indices.map((i) => matchesIn(sql`w.facet_keys`, i)))} ORDER BY ${order} LIMIT ${needed}::int),`
    const pageRows = !selected.length
      ? sql`(${published} ${window})`
      : search.sort === 'date'
        ? sql`(SELECT * FROM walked WHERE ${filled} ${window}) UNION ALL (${published} AND ki.search @@ q.filters AND NOT ${filled} ${window})`
        : sql`(${published} AND ki.search @@ q.filters ${window})`
    body = sql`total AS (SELECT coalesce(${setCount(indices)}, 0) AS n FROM sel),
      ${selected.length && search.sort === 'date' ? walked : sql``}
      page AS (SELECT id, row_number() OVER (ORDER BY ${order}) AS ord FROM (${pageRows}) ki ORDER BY ${order}),
      ${singles},
      raw_counts AS (${sql.join(branches, sql` UNION ALL `)})`
  } else {
    // The candidates, once. Each is in group 0 when it matches every filter (it counts for every
    // facet) or in group j + 1 when it matches all but filter j (it counts for facet j only).
    const group = selected.length ? sql`CASE WHEN ${and(indices.map(matches))} THEN 0 ${sql.join(indices.map((i) => sql`WHEN NOT ${matches(i)} THEN ${sql.raw(String(i + 1))}`), sql` `)} END` : sql`0`
    // Keys counted once per group; a facet's count is then its group-0 count plus, for a selected
    // facet, the count of the group that misses only that filter (of that group only that facet's keys count).
    const perGroup = [0, ...indices.map((i) => i + 1)].map((g) => sql.raw(`count(*) FILTER (WHERE grp = ${g}) AS n${g}`))
    const counted = selected.length
      ? sql`CASE ${facetGroup(sql`k`)} ${sql.join(selected.map((name, i) => sql`WHEN ${name} THEN n0 + ${sql.raw(`n${i + 1}`)}`), sql` `)} ELSE n0 END`
      : sql`n0`
    body = sql`cand AS MATERIALIZED (SELECT id, published_at, title, facet_keys, grp, CASE WHEN grp = 0 THEN ${hasText ? rankSql : sql`NULL::real`} END AS rank
        FROM (SELECT ki.id, ki.published_at, ki.title, ki.facet_keys, ki.search, q.words, q.exact, ${group} AS grp
          FROM knowledge_items ki CROSS JOIN q CROSS JOIN sel WHERE ki._status = 'published' AND ki.search @@ q.candidates) c),
      base AS (SELECT * FROM cand WHERE grp = 0),
      page AS (SELECT id, row_number() OVER (ORDER BY ${order}) AS ord FROM base ORDER BY ${order} LIMIT ${search.limit} OFFSET ${offset}),
      total AS (SELECT count(*) AS n FROM base),
      grouped AS MATERIALIZED (SELECT k, ${sql.join(perGroup, sql`, `)} FROM (SELECT unnest(facet_keys) AS k, grp FROM cand) keys
        WHERE grp = 0${sql.join(selected.map((name, i) => sql` OR (grp = ${sql.raw(String(i + 1))} AND ${facetGroup(sql`k`)} = ${name})`))} GROUP BY k),
      raw_counts AS (SELECT * FROM (SELECT ${facetOf(sql`k`)} AS facet, ${valueOf(sql`k`)} AS value, (${counted})::int AS count FROM grouped) c WHERE count > 0)`
  }
  // A region counts the items about it or a part of it, plus those for a region above it as a whole
  // and those for all of Brabant: what choosing that region finds.
  // Written as joins on the (small) region tree read once, so the planner's estimate stays small too.
  // The Netherlands as a whole (kind 'country') is there for figures only, not a region of Brabant's tree.
  const regionCounts = sql`tree AS MATERIALIZED (SELECT g.id::text AS region, 'region:' || g.id AS key FROM regions g WHERE g.kind::text <> 'country'
        UNION ALL SELECT g.id::text, 'whole:all' FROM regions g WHERE g.kind::text <> 'country'
        UNION ALL SELECT a.region_id::text, 'whole:' || a.ancestor_id FROM kb_region_ancestors a),
      counts AS (SELECT facet, value, count FROM raw_counts WHERE facet NOT IN ('region', 'whole')
      UNION ALL SELECT 'region', t.region, sum(c.count)::int FROM tree t JOIN raw_counts c ON c.facet || ':' || c.value = t.key
        GROUP BY t.region HAVING coalesce(sum(c.count), 1) > 0)`
  // One statement, one round trip: the page of hits, the total and every facet count.
  return sql`${withQuery}, ${body}, ${regionCounts},
    hits AS (SELECT page.ord, ki.id, ki.slug, ki.title, ki.summary, ki.type::text AS type, ki.published_at AS "publishedAt", ${snippet} AS snippet,
        ki.evidence::text AS evidence,
        ARRAY(SELECT t.title FROM knowledge_items_rels r JOIN themes t ON t.id = r.themes_id WHERE r.parent_id = ki.id AND r.path = 'themes' ORDER BY t."order", t.title) AS themes,
        CASE WHEN ki.region_scope::text = 'regions' THEN ARRAY(SELECT g.title FROM knowledge_items_rels r JOIN regions g ON g.id = r.regions_id
          WHERE r.parent_id = ki.id AND r.path = 'regions' ORDER BY g.title) ELSE '{}' END AS regions
      FROM page JOIN knowledge_items ki ON ki.id = page.id CROSS JOIN q),
    facets AS (SELECT c.facet, coalesce(t.slug, p.slug, r.slug, c.value) AS value, coalesce(t.title, p.title, r.title) AS label, c.count,
        (SELECT up.slug FROM regions up WHERE up.id = r.parent_id) AS parent
      FROM counts c
      LEFT JOIN themes t ON c.facet = 'theme' AND t.id::text = c.value
      LEFT JOIN programmes p ON c.facet = 'programme' AND p.id::text = c.value
      LEFT JOIN regions r ON c.facet = 'region' AND r.id::text = c.value
      WHERE c.facet <> 'programme' OR p._status = 'published')
    SELECT (SELECT coalesce(json_agg(hits ORDER BY hits.ord), '[]') FROM hits) AS docs,
      (SELECT n FROM total) AS total,
      ${bounded ? sql`(SELECT count(*) FROM pool)` : sql`NULL`} AS pooled,
      (SELECT coalesce(json_agg(facets), '[]') FROM facets) AS facets`
}

export async function searchKnowledge(payload: BasePayload, search: KnowledgeSearch): Promise<KnowledgeResult> {
  const bounded = await planBounded(payload, search)
  // A search with words has one best plan whatever its values (the words are one tsquery, read from a
  // CTE), so it is planned once per connection; without words the page size and offset choose between
  // walking the newest-first index and sorting, so it is planned per call.
  const options = { planOnce: search.words.length > 0 }
  let [row] = await queryPrepared(payload, knowledgeSearchSql(search, bounded), options)
  // Too few candidates passed for the page (rare filters, a deep page): search exactly after all.
  const estimated = bounded !== null && Number(row?.pooled ?? 0) >= search.page * search.limit
  if (bounded && !estimated) [row] = await queryPrepared(payload, knowledgeSearchSql(search), options)
  const totalDocs = estimated ? roughly(Number(row?.total ?? 0)) : Number(row?.total ?? 0)
  const facets = Object.fromEntries(searchFacets.map((name) => [name, [] as FacetValue[]])) as Record<SearchFacet, FacetValue[]>
  const rows = (row?.facets ?? []) as { facet: SearchFacet; value: string; label: string | null; count: number | null; parent: string | null }[]
  const countOf = (value: { count: number | null }) => (value.count === null ? null : Number(value.count))
  for (const value of rows) {
    if (value.facet !== 'region') facets[value.facet]?.push({ value: String(value.value), label: value.label ?? null, count: countOf(value) })
  }
  for (const list of Object.values(facets)) list.sort((a, b) => (b.count ?? 0) - (a.count ?? 0) || (a.label ?? a.value).localeCompare(b.label ?? b.value, 'nl'))
  facets.region = regionTree(rows.filter((value) => value.facet === 'region'))
  return {
    docs: ((row?.docs ?? []) as (KnowledgeHit & { ord: number; publishedAt: string | null })[]).map(({ id, slug, title, summary, type, publishedAt, snippet, evidence, themes, regions }) => ({
      id,
      slug,
      title,
      summary: summary ?? '',
      type,
      publishedAt: publishedAt ? new Date(publishedAt).toISOString() : null,
      snippet: snippet ?? '',
      evidence: evidence ?? null,
      themes: themes ?? [],
      regions: regions ?? [],
    })),
    totalDocs,
    totalIsEstimate: estimated,
    page: search.page,
    limit: search.limit,
    // An estimated total is large; its pages go as deep as the top lists (deeper pages are searched exactly).
    totalPages: Math.ceil((estimated ? Math.min(totalDocs, topSize) : totalDocs) / search.limit),
    facets,
  }
}

/** Region values as a tree: each region followed by the regions in it, siblings by name, with their depth. */
function regionTree(values: { value: string; label: string | null; count: number | null; parent: string | null }[]): FacetValue[] {
  const slugs = new Set(values.map((value) => value.value))
  const byName = (a: { label: string | null; value: string }, b: { label: string | null; value: string }) => (a.label ?? a.value).localeCompare(b.label ?? b.value, 'nl')
  const tree: FacetValue[] = []
  const visit = (parent: string | null, depth: number) => {
    for (const value of values.filter((v) => (parent === null ? !v.parent || !slugs.has(v.parent) : v.parent === parent)).sort(byName)) {
      if (tree.some((done) => done.value === value.value)) continue
      tree.push({ value: value.value, label: value.label ?? null, count: value.count === null ? null : Number(value.count), depth })
      visit(value.value, depth + 1)
    }
  }
  visit(null, 0)
  return tree
}

/**
 * Every selected filter value appears among its facet's values, also when nothing matches (count 0),
 * so that a page can show what was chosen in words. Labels of themes, published programmes and
 * regions come from their titles; the other labels are added by the endpoint from the vocabularies.
 */
export async function addSelectedValues(payload: BasePayload, search: KnowledgeSearch, facets: KnowledgeResult['facets']): Promise<void> {
  const missing = searchFacets.filter((name) => search.filters[name] && !facets[name].some((value) => value.value === search.filters[name]))
  if (!missing.length) return
  const { rows } = await query<{ facet: SearchFacet; title: string }>(
    payload,
    sql`SELECT 'theme' AS facet, title FROM themes WHERE slug = ${search.filters.theme ?? null}
      UNION ALL SELECT 'programme', title FROM programmes WHERE slug = ${search.filters.programme ?? null} AND _status = 'published'
      UNION ALL SELECT 'region', title FROM regions WHERE slug = ${search.filters.region ?? null}`,
  )
  for (const name of missing) {
    const value = search.filters[name]!
    facets[name].push({ value, label: rows.find((row) => row.facet === name)?.title ?? (name === 'year' ? value : null), count: 0 })
  }
}
