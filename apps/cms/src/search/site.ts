import type { BasePayload } from 'payload'

import { draftCollections, searchHighlight, siteCollections, type SiteCollection, type SiteHit, type SiteSearchResult } from '@kennisbank/types/api'

import { query, sql } from '../db'
import { tsqueryText, type KnowledgeSearch } from './query'

/** Where each kind lives: its table, the date shown with a hit, and the text a snippet is made from. */
const sources: Record<SiteCollection, { table: string; date: string; text: string }> = {
  'knowledge-items': { table: 'knowledge_items', date: 'published_at', text: 'summary' },
  events: { table: 'events', date: 'starts_at', text: 'summary' },
  programmes: { table: 'programmes', date: 'NULL', text: 'summary' },
  organisations: { table: 'organisations', date: 'NULL', text: 'description' },
  themes: { table: 'themes', date: 'NULL', text: 'summary' },
  pages: { table: 'pages', date: 'NULL', text: 'intro' },
}

/** Published documents of every kind, by relevance; counts per kind. A search without words finds nothing. */
export async function searchSite(payload: BasePayload, search: KnowledgeSearch): Promise<Omit<SiteSearchResult, 'suggestion'>> {
  const empty = { docs: [] as SiteHit[], totalDocs: 0, page: search.page, limit: search.limit, totalPages: 0, collections: {} }
  if (!search.words.length) return empty
  const headline = (text: unknown) =>
    sql`ts_headline('dutch'::regconfig, coalesce(${text}, ''), q.query, ${`StartSel=${searchHighlight.start}, StopSel=${searchHighlight.stop}, MaxWords=30, MinWords=12`})`
  // With synonyms in the query, the words as typed count once more: the word itself ranks first.
  const withAlternatives = Object.keys(search.alternatives ?? {}).length > 0
  const matches = sql`WITH q AS (SELECT to_tsquery('dutch'::regconfig, ${tsqueryText(search.words, false, search.alternatives)}) AS query,
      ${withAlternatives ? sql`to_tsquery('dutch'::regconfig, ${tsqueryText(search.words, false)})` : sql`NULL::tsquery`} AS exact),
    hits AS (${sql.join(
      siteCollections.map((collection) => {
        const { table, date } = sources[collection]
        const published = (draftCollections as readonly string[]).includes(collection) ? sql.raw(`_status = 'published' AND `) : sql``
        return sql`SELECT ${sql.raw(`'${collection}'::text`)} AS collection, id, ts_rank(search, q.query)${withAlternatives ? sql` + ts_rank(search, q.exact)` : sql``} AS rank, ${sql.raw(date)}::timestamptz AS date
          FROM ${sql.raw(table)}, q WHERE ${published}search @@ q.query`
      }),
      sql` UNION ALL `,
    )})`
  const [page, counts] = await Promise.all([
    query(payload, sql`${matches},
      page AS (SELECT *, count(*) OVER () AS total FROM hits ORDER BY rank DESC, date DESC NULLS LAST, collection, id LIMIT ${search.limit} OFFSET ${(search.page - 1) * search.limit}),
      docs AS (${sql.join(
        siteCollections.map((collection) => sql.raw(`SELECT '${collection}'::text AS collection, id, slug, title, ${sources[collection].text} AS text FROM ${sources[collection].table}`)),
        sql` UNION ALL `,
      )})
      SELECT page.collection, page.date, page.total, docs.slug, docs.title, docs.text, ${headline(sql`docs.text`)} AS snippet
      FROM page JOIN docs ON docs.collection = page.collection AND docs.id = page.id CROSS JOIN q
      ORDER BY page.rank DESC, page.date DESC NULLS LAST, page.collection, page.id`),
    query(payload, sql`${matches} SELECT collection, count(*) AS count FROM hits GROUP BY collection`),
  ])
  const totalDocs = Number(page.rows[0]?.total ?? 0)
  return {
    ...empty,
    docs: page.rows.map((row) => ({
      collection: row.collection as SiteCollection,
      slug: String(row.slug),
      title: String(row.title),
      summary: String(row.text ?? ''),
      snippet: String(row.snippet ?? ''),
      date: row.date ? new Date(row.date as string).toISOString() : null,
    })),
    totalDocs,
    totalPages: Math.ceil(totalDocs / search.limit),
    collections: Object.fromEntries(counts.rows.map((row) => [String(row.collection), Number(row.count)])),
  }
}
