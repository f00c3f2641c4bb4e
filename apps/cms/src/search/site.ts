import { sql } from '@payloadcms/db-postgres/drizzle'
import type { BasePayload } from 'payload'

import { dbOf, highlight } from './knowledge'
import { tsqueryText, type KnowledgeSearch } from './query'

export const siteCollections = ['knowledge-items', 'events', 'programmes', 'organisations', 'themes', 'pages'] as const
export type SiteCollection = (typeof siteCollections)[number]

export type SiteHit = { collection: SiteCollection; slug: string; title: string; summary: string; snippet: string; date: string | null }

/** Published documents of every kind, by relevance; counts per kind. A search without words finds nothing. */
export async function searchSite(payload: BasePayload, search: KnowledgeSearch) {
  const empty = { docs: [] as SiteHit[], totalDocs: 0, page: search.page, limit: search.limit, totalPages: 0, collections: {} as Record<string, number> }
  if (!search.words.length) return empty
  const headline = (text: unknown) =>
    sql`ts_headline('dutch'::regconfig, coalesce(${text}, ''), q.query, ${`StartSel=${highlight.start}, StopSel=${highlight.stop}, MaxWords=30, MinWords=12`})`
  const matches = sql`WITH q AS (SELECT to_tsquery('dutch'::regconfig, ${tsqueryText(search.words, false)}) AS query),
    hits AS (
      SELECT 'knowledge-items' AS collection, id, ts_rank(search, q.query) AS rank, published_at AS date FROM knowledge_items, q WHERE _status = 'published' AND search @@ q.query
      UNION ALL SELECT 'events', id, ts_rank(search, q.query), starts_at FROM events, q WHERE _status = 'published' AND search @@ q.query
      UNION ALL SELECT 'programmes', id, ts_rank(search, q.query), NULL FROM programmes, q WHERE _status = 'published' AND search @@ q.query
      UNION ALL SELECT 'organisations', id, ts_rank(search, q.query), NULL FROM organisations, q WHERE search @@ q.query
      UNION ALL SELECT 'themes', id, ts_rank(search, q.query), NULL FROM themes, q WHERE search @@ q.query
      UNION ALL SELECT 'pages', id, ts_rank(search, q.query), NULL FROM pages, q WHERE _status = 'published' AND search @@ q.query
    )`
  const db = dbOf(payload)
  const [page, counts] = await Promise.all([
    db.execute(sql`${matches},
      page AS (SELECT *, count(*) OVER () AS total FROM hits ORDER BY rank DESC, date DESC NULLS LAST, collection, id LIMIT ${search.limit} OFFSET ${(search.page - 1) * search.limit}),
      docs AS (
        SELECT 'knowledge-items' AS collection, id, slug, title, summary AS text FROM knowledge_items
        UNION ALL SELECT 'events', id, slug, title, summary FROM events
        UNION ALL SELECT 'programmes', id, slug, title, summary FROM programmes
        UNION ALL SELECT 'organisations', id, slug, title, description FROM organisations
        UNION ALL SELECT 'themes', id, slug, title, summary FROM themes
        UNION ALL SELECT 'pages', id, slug, title, intro FROM pages
      )
      SELECT page.collection, page.date, page.total, docs.slug, docs.title, docs.text, ${headline(sql`docs.text`)} AS snippet
      FROM page JOIN docs ON docs.collection = page.collection AND docs.id = page.id CROSS JOIN q
      ORDER BY page.rank DESC, page.date DESC NULLS LAST, page.collection, page.id`),
    db.execute(sql`${matches} SELECT collection, count(*) AS count FROM hits GROUP BY collection`),
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
