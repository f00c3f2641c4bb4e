// "Gerelateerde kennis": published items that share the most with an item — its themes weigh most,
// then its regions and type, then the words of its title — newest first among equals.
import type { RelatedItems } from '@kennisbank/types/api'
import type { BasePayload } from 'payload'

import { query, sql } from '../db'

/** `exclude`: slugs (checked by the endpoint), left out of the answer; passed as one array literal. */
export async function relatedItems(payload: BasePayload, slug: string, exclude: string[], limit: number): Promise<RelatedItems> {
  const { rows } = await query<{ slug: string; title: string; summary: string; type: string; publishedAt: string | null }>(
    payload,
    sql`WITH me AS (SELECT id, facet_keys, to_tsquery('dutch'::regconfig, coalesce(nullif(array_to_string(tsvector_to_array(to_tsvector('dutch'::regconfig, title)), ' | '), ''), 'x_')) AS words
        FROM knowledge_items WHERE slug = ${slug} AND _status = 'published'),
      scored AS (
        SELECT ki.slug, ki.title, ki.summary, ki.type::text AS type, ki.published_at,
          3 * cardinality(ARRAY(SELECT unnest(ki.facet_keys) INTERSECT SELECT k FROM unnest(me.facet_keys) k WHERE k LIKE 'theme:%'))
          + cardinality(ARRAY(SELECT unnest(ki.facet_keys) INTERSECT SELECT k FROM unnest(me.facet_keys) k WHERE k LIKE 'region:%' OR k LIKE 'whole:%' OR k LIKE 'type:%'))
          + 2 * ts_rank(ki.search, me.words) AS score
        FROM knowledge_items ki CROSS JOIN me
        WHERE ki._status = 'published' AND ki.id <> me.id AND NOT ki.slug = ANY(${`{${exclude.join(',')}}`}::text[]) AND ki.facet_keys && me.facet_keys)
      SELECT slug, title, summary, type, published_at AS "publishedAt" FROM scored WHERE score >= 3
      ORDER BY score DESC, published_at DESC NULLS LAST, slug LIMIT ${limit}`,
  )
  return { docs: rows.map((row) => ({ ...row, publishedAt: row.publishedAt ? new Date(row.publishedAt).toISOString() : null })) }
}
