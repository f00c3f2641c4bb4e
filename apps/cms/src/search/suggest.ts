import type { BasePayload } from 'payload'

import { query, sql, type SQL } from '../db'
import { tsqueryText } from './query'

/**
 * "Bedoelde u …?": each word replaced by the most similar word (trigrams) of published titles and
 * summaries; null when nothing changes.
 */
export async function suggestCorrection(payload: BasePayload, words: string[]): Promise<string | null> {
  const { rows } = await query(payload, sql`
    SELECT w.word, best.word AS suggestion FROM jsonb_array_elements_text(${JSON.stringify(words)}::jsonb) WITH ORDINALITY AS w(word, ord)
    LEFT JOIN LATERAL (
      SELECT t.word FROM search_terms t WHERE t.word % w.word ORDER BY similarity(t.word, w.word) DESC, t.ndoc DESC, t.word LIMIT 1
    ) best ON true ORDER BY w.ord`)
  const corrected = rows.map((row) => String(row.suggestion ?? row.word))
  return corrected.join(' ') === words.join(' ') ? null : corrected.join(' ')
}

/** The statement of title suggestions: title and summary only (`search_head`), so it stays small at any size; the benchmark runs it raw too. */
export function suggestTitlesSql(words: string[]): SQL {
  // The last word as a prefix, stemmed and as typed: a prefix that is a stop word ("onder") still counts.
  const last = tsqueryText(words.slice(-1), true)
  return sql`
    SELECT ki.slug, ki.title FROM knowledge_items ki, (SELECT to_tsquery('dutch'::regconfig, ${tsqueryText(words.slice(0, -1), false)})
      && (to_tsquery('dutch'::regconfig, ${last}) || to_tsquery('simple'::regconfig, ${last})) AS query) q
    WHERE ki._status = 'published' AND ki.search_head @@ q.query
    ORDER BY ts_rank(ki.search_head, q.query) DESC, ki.published_at DESC NULLS LAST LIMIT 8`
}

/** Titles of published items whose title or summary matches what has been typed so far (last word as a prefix). */
export async function suggestTitles(payload: BasePayload, words: string[]): Promise<{ slug: string; title: string }[]> {
  const { rows } = await query(payload, suggestTitlesSql(words))
  return rows.map((row) => ({ slug: String(row.slug), title: String(row.title) }))
}
