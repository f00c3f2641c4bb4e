// Full-text search over published knowledge items with facet counts, in one SQL statement per call.
// Drafts never count: every branch starts from `_status = 'published'`, and only published
// programmes can be facet values.
import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'
import type { BasePayload } from 'payload'

import { facetNames, tsqueryText, type FacetName, type KnowledgeSearch } from './query'

type Row = Record<string, unknown>
type Db = { execute: (query: SQL) => Promise<{ rows: Row[] }> }
export const dbOf = (payload: BasePayload) => (payload.db as unknown as { drizzle: Db }).drizzle

/** Marks around highlighted words in snippets; the portal turns them into <mark> elements. */
export const highlight = { start: '⟦', stop: '⟧' }

const regionTree = sql`region_tree AS (
  WITH RECURSIVE tree(ancestor, id) AS (
    SELECT id, id FROM regions
    UNION ALL SELECT tree.ancestor, r.id FROM regions r JOIN tree ON r.parent_id = tree.id
  ) SELECT * FROM tree)`

/** The condition of one selected filter on `ki`. */
function filterCondition(name: FacetName, value: string): SQL {
  switch (name) {
    case 'type':
      return sql`ki.type::text = ${value}`
    case 'audience':
      return sql`EXISTS (SELECT 1 FROM knowledge_items_audience a WHERE a.parent_id = ki.id AND a.value::text = ${value})`
    case 'year':
      return sql`ki.published_at >= make_timestamptz(${Number(value)}, 1, 1, 0, 0, 0, 'Europe/Amsterdam')
        AND ki.published_at < make_timestamptz(${Number(value) + 1}, 1, 1, 0, 0, 0, 'Europe/Amsterdam')`
    case 'theme':
      return sql`EXISTS (SELECT 1 FROM knowledge_items_rels r JOIN themes t ON t.id = r.themes_id
        WHERE r.parent_id = ki.id AND r.path = 'themes' AND t.slug = ${value})`
    case 'programme':
      return sql`EXISTS (SELECT 1 FROM knowledge_items_rels r JOIN programmes p ON p.id = r.programmes_id
        WHERE r.parent_id = ki.id AND r.path = 'programmes' AND p.slug = ${value} AND p._status = 'published')`
    case 'region':
      return sql`EXISTS (SELECT 1 FROM knowledge_items_rels r JOIN region_tree rt ON rt.id = r.regions_id
        JOIN regions a ON a.id = rt.ancestor WHERE r.parent_id = ki.id AND r.path = 'regions' AND a.slug = ${value})`
  }
}

/** value, label and count of one facet over the items that match everything except this facet. */
function facetQuery(name: FacetName, where: SQL): SQL {
  switch (name) {
    case 'type':
      return sql`SELECT 'type' AS facet, ki.type::text AS value, NULL AS label, count(*) AS count FROM knowledge_items ki CROSS JOIN q WHERE ${where} GROUP BY 2`
    case 'audience':
      return sql`SELECT 'audience', a.value::text, NULL, count(*) FROM knowledge_items ki CROSS JOIN q
        JOIN knowledge_items_audience a ON a.parent_id = ki.id WHERE ${where} GROUP BY 2`
    case 'year':
      return sql`SELECT 'year', extract(year FROM ki.published_at AT TIME ZONE 'Europe/Amsterdam')::int::text, NULL, count(*)
        FROM knowledge_items ki CROSS JOIN q WHERE ${where} AND ki.published_at IS NOT NULL GROUP BY 2`
    case 'theme':
      return sql`SELECT 'theme', t.slug, t.title, count(*) FROM knowledge_items ki CROSS JOIN q
        JOIN knowledge_items_rels r ON r.parent_id = ki.id AND r.path = 'themes' JOIN themes t ON t.id = r.themes_id
        WHERE ${where} GROUP BY 2, 3`
    case 'programme':
      return sql`SELECT 'programme', p.slug, p.title, count(*) FROM knowledge_items ki CROSS JOIN q
        JOIN knowledge_items_rels r ON r.parent_id = ki.id AND r.path = 'programmes'
        JOIN programmes p ON p.id = r.programmes_id AND p._status = 'published'
        WHERE ${where} GROUP BY 2, 3`
    case 'region':
      return sql`SELECT 'region', a.slug, a.title, count(DISTINCT ki.id) FROM knowledge_items ki CROSS JOIN q
        JOIN knowledge_items_rels r ON r.parent_id = ki.id AND r.path = 'regions'
        JOIN region_tree rt ON rt.id = r.regions_id JOIN regions a ON a.id = rt.ancestor
        WHERE ${where} GROUP BY 2, 3`
  }
}

export type FacetValue = { value: string; label: string | null; count: number }
export type KnowledgeHit = { id: number; slug: string; title: string; summary: string; type: string; publishedAt: string | null; snippet: string }
export type KnowledgeResult = {
  docs: KnowledgeHit[]
  totalDocs: number
  page: number
  limit: number
  totalPages: number
  facets: Record<FacetName, FacetValue[]>
}

/** The statements of a search, without running them (the benchmark runs them as raw SQL too). */
export function knowledgeSearchSql(search: KnowledgeSearch): { results: SQL; facets: SQL } {
  const hasText = search.words.length > 0
  const tsquery = sql`to_tsquery('dutch'::regconfig, ${tsqueryText(search.words, search.prefix)})`
  const base = [sql`ki._status = 'published'`, ...(hasText ? [sql`ki.search @@ q.query`] : [])]
  const selected = facetNames.filter((name) => search.filters[name])
  const conditions = (except?: FacetName) =>
    sql.join([...base, ...selected.filter((name) => name !== except).map((name) => filterCondition(name, search.filters[name]!))], sql` AND `)
  const withQuery = sql`WITH q AS (SELECT ${hasText ? tsquery : sql`NULL::tsquery`} AS query), ${regionTree}`
  const from = sql`FROM knowledge_items ki CROSS JOIN q`
  const order = {
    relevance: sql`ts_rank(ki.search, q.query) DESC, ki.published_at DESC NULLS LAST, ki.id`,
    date: sql`ki.published_at DESC NULLS LAST, ki.id`,
    oldest: sql`ki.published_at ASC NULLS LAST, ki.id`,
    title: sql`ki.title ASC, ki.id`,
  }[search.sort]
  const snippetText = sql`coalesce(ki.summary, '') || ' ' || coalesce((SELECT string_agg(v #>> '{}', ' ') FROM jsonb_array_elements(jsonb_path_query_array(ki.body, 'strict $.**.text')) v), '')`
  const snippet = hasText
    ? sql`ts_headline('dutch'::regconfig, ${snippetText}, q.query, ${`StartSel=${highlight.start}, StopSel=${highlight.stop}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`})`
    : sql`NULL`
  const results = sql`${withQuery},
    page AS (SELECT ki.id, count(*) OVER () AS total ${from} WHERE ${conditions()} ORDER BY ${order} LIMIT ${search.limit} OFFSET ${(search.page - 1) * search.limit})
    SELECT ki.id, ki.slug, ki.title, ki.summary, ki.type::text AS type, ki.published_at, page.total, ${snippet} AS snippet
    FROM page JOIN knowledge_items ki ON ki.id = page.id CROSS JOIN q ORDER BY ${order}`
  const facets = sql`${withQuery} ${sql.join(
    facetNames.map((name) => sql`(${facetQuery(name, conditions(name))})`),
    sql` UNION ALL `,
  )}`
  return { results, facets }
}

export async function searchKnowledge(payload: BasePayload, search: KnowledgeSearch): Promise<KnowledgeResult> {
  const db = dbOf(payload)
  const statements = knowledgeSearchSql(search)
  const [results, facetRows] = await Promise.all([db.execute(statements.results), db.execute(statements.facets)])
  const totalDocs = Number(results.rows[0]?.total ?? 0)
  const facets = Object.fromEntries(facetNames.map((name) => [name, [] as FacetValue[]])) as Record<FacetName, FacetValue[]>
  for (const row of facetRows.rows) {
    facets[row.facet as FacetName]?.push({ value: String(row.value), label: (row.label as string | null) ?? null, count: Number(row.count) })
  }
  for (const list of Object.values(facets)) list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'nl'))
  return {
    docs: results.rows.map((row) => ({
      id: Number(row.id),
      slug: String(row.slug),
      title: String(row.title),
      summary: String(row.summary ?? ''),
      type: String(row.type),
      publishedAt: row.published_at ? new Date(row.published_at as string).toISOString() : null,
      snippet: (row.snippet as string | null) ?? '',
    })),
    totalDocs,
    page: search.page,
    limit: search.limit,
    totalPages: Math.ceil(totalDocs / search.limit),
    facets,
  }
}
