// Full-text search over published knowledge items with facet counts: two SQL statements per call.
// Filters are one GIN lookup on `facet_keys` (kept by triggers, see facets.ts). Drafts never count:
// every branch starts from `_status = 'published'`, and only published programmes are facet values.
import { createHash } from 'node:crypto'

import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'
import { PgDialect } from '@payloadcms/db-postgres/drizzle/pg-core'
import type { BasePayload } from 'payload'

import { facetNames, tsqueryText, type FacetName, type KnowledgeSearch } from './query'

type Row = Record<string, unknown>
type Db = { execute: (query: SQL) => Promise<{ rows: Row[] }> }
type Pool = { query: (query: { name: string; text: string; values: unknown[] }) => Promise<{ rows: Row[] }> }
export const dbOf = (payload: BasePayload) => (payload.db as unknown as { drizzle: Db }).drizzle

/** Marks around highlighted words in snippets; the portal turns them into <mark> elements. */
export const highlight = { start: '⟦', stop: '⟧' }

/** The facet key of one selected filter (see src/search/facets.ts); NULL when the slug is unknown. */
function facetKey(name: FacetName, value: string): SQL {
  switch (name) {
    case 'type':
    case 'audience':
    case 'year':
      return sql`${`${name}:${value}`}`
    case 'theme':
      return sql`'theme:' || (SELECT id FROM themes WHERE slug = ${value})`
    case 'programme':
      return sql`'programme:' || (SELECT id FROM programmes WHERE slug = ${value} AND _status = 'published')`
    case 'region':
      return sql`'region:' || (SELECT id FROM regions WHERE slug = ${value})`
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

/** The statement of a search, without running it (the benchmark runs it as raw SQL too). */
export function knowledgeSearchSql(search: KnowledgeSearch): SQL {
  const hasText = search.words.length > 0
  const selected = facetNames.filter((name) => search.filters[name])
  // All selected filters but one as a single GIN lookup: facet_keys contains every key.
  const keys = (except?: FacetName) => {
    const wanted = selected.filter((name) => name !== except)
    return wanted.length ? [sql`ki.facet_keys @> ARRAY[${sql.join(wanted.map((name) => facetKey(name, search.filters[name]!)), sql`, `)}]::text[]`] : []
  }
  const base = [sql`ki._status = 'published'`, ...(hasText ? [sql`ki.search @@ q.query`] : [])]
  const where = (except?: FacetName) => sql.join([...base, ...keys(except)], sql` AND `)
  const withQuery = sql`WITH q AS (SELECT ${hasText ? sql`to_tsquery('dutch'::regconfig, ${tsqueryText(search.words, false)})` : sql`NULL::tsquery`} AS query)`
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
  const page = sql`page AS (SELECT ki.id, count(*) OVER () AS total, row_number() OVER (ORDER BY ${order}) AS ord
      FROM knowledge_items ki CROSS JOIN q WHERE ${where()} ORDER BY ${order} LIMIT ${search.limit} OFFSET ${(search.page - 1) * search.limit}),
    hits AS (SELECT page.ord, ki.id, ki.slug, ki.title, ki.summary, ki.type::text AS type, ki.published_at AS "publishedAt", ${snippet} AS snippet
      FROM page JOIN knowledge_items ki ON ki.id = page.id CROSS JOIN q)`

  // Facets not selected count over the items matching everything; a selected facet counts over the
  // items matching everything except itself, so its other values show what choosing them would find.
  const facetOf = sql`split_part(k, ':', 1)`
  const branches = [
    sql`SELECT ${facetOf} AS facet, substr(k, strpos(k, ':') + 1) AS value, count(*) AS count
      FROM knowledge_items ki CROSS JOIN q CROSS JOIN LATERAL unnest(ki.facet_keys) k
      WHERE ${where()}${selected.length ? sql` AND ${facetOf} NOT IN (${sql.join(selected.map((name) => sql`${name}`), sql`, `)})` : sql``}
      GROUP BY 1, 2`,
    ...selected.map(
      (name) => sql`SELECT ${name}::text, substr(k, strpos(k, ':') + 1), count(*)
        FROM knowledge_items ki CROSS JOIN q CROSS JOIN LATERAL unnest(ki.facet_keys) k
        WHERE ${where(name)} AND k LIKE ${`${name}:%`} GROUP BY 2`,
    ),
  ]
  const facets = sql`counts AS (${sql.join(branches, sql` UNION ALL `)}),
    facets AS (SELECT c.facet, coalesce(t.slug, p.slug, r.slug, c.value) AS value, coalesce(t.title, p.title, r.title) AS label, c.count
      FROM counts c
      LEFT JOIN themes t ON c.facet = 'theme' AND t.id::text = c.value
      LEFT JOIN programmes p ON c.facet = 'programme' AND p.id::text = c.value
      LEFT JOIN regions r ON c.facet = 'region' AND r.id::text = c.value
      WHERE c.facet <> 'programme' OR p._status = 'published')`
  // One statement, one round trip: the page of hits, the total and every facet count.
  return sql`${withQuery}, ${page}, ${facets}
    SELECT (SELECT coalesce(json_agg(hits ORDER BY hits.ord), '[]') FROM hits) AS docs,
      (SELECT coalesce(max(total), 0) FROM page) AS total,
      (SELECT coalesce(json_agg(facets), '[]') FROM facets) AS facets`
}

const dialect = new PgDialect()

/**
 * Runs a statement as a named prepared statement on Payload's pool: PostgreSQL plans each shape of
 * search once per connection instead of on every request.
 */
export async function runPrepared(payload: BasePayload, statement: SQL): Promise<Row[]> {
  const { sql: text, params } = dialect.sqlToQuery(statement)
  const name = `kb_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`
  const pool = (payload.db as unknown as { pool: Pool }).pool
  return (await pool.query({ name, text, values: params as unknown[] })).rows
}

export async function searchKnowledge(payload: BasePayload, search: KnowledgeSearch): Promise<KnowledgeResult> {
  const [row] = await runPrepared(payload, knowledgeSearchSql(search))
  const totalDocs = Number(row?.total ?? 0)
  const facets = Object.fromEntries(facetNames.map((name) => [name, [] as FacetValue[]])) as Record<FacetName, FacetValue[]>
  for (const value of (row?.facets ?? []) as { facet: FacetName; value: string; label: string | null; count: number }[]) {
    facets[value.facet]?.push({ value: String(value.value), label: value.label ?? null, count: Number(value.count) })
  }
  for (const list of Object.values(facets)) list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'nl'))
  return {
    docs: ((row?.docs ?? []) as (KnowledgeHit & { ord: number; publishedAt: string | null })[]).map(({ id, slug, title, summary, type, publishedAt, snippet }) => ({
      id,
      slug,
      title,
      summary: summary ?? '',
      type,
      publishedAt: publishedAt ? new Date(publishedAt).toISOString() : null,
      snippet: snippet ?? '',
    })),
    totalDocs,
    page: search.page,
    limit: search.limit,
    totalPages: Math.ceil(totalDocs / search.limit),
    facets,
  }
}
