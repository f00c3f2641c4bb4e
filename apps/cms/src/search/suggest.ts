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

/** How many words of titles and summaries, the most used first, the prefix being typed stands for. */
const prefixWords = 30

/**
 * The statement of title suggestions: title and summary only (`search_head`), the last word as a prefix;
 * the benchmark runs it raw too.
 *
 * A prefix in the index (`'inw':*`) makes PostgreSQL gather every item of every word it begins (about
 * 40,000 items for "inw" among a million) before it can combine it with the other words: 65 ms. So the
 * prefix first becomes the words it most likely stands for: the most used words of published titles and
 * summaries that begin with it (`search_terms`, kept current after every change), at most `prefixWords`;
 * those combine with the other words exactly ('samenwerk' & ('inwoner' | …)). When that finds fewer than
 * eight titles (a word too new or too rare for the word list, or a prefix of digits), the prefix itself is
 * searched, as before.
 */
export function suggestTitlesSql(words: string[]): SQL {
  const typed = words.at(-1) ?? ''
  // The last word as a prefix, stemmed and as typed: a prefix that is a stop word ("onder") still counts.
  const last = tsqueryText([typed], true)
  const rest = sql`to_tsquery('dutch'::regconfig, ${tsqueryText(words.slice(0, -1), false)})`
  const ranked = (query: SQL, when: SQL) =>
    sql`SELECT ki.slug, ki.title, ts_rank(ki.search_head, q.query) AS rank, ki.published_at FROM knowledge_items ki, (SELECT ${query} AS query) q
      WHERE ki._status = 'published' AND ki.search_head @@ q.query AND ${when} ORDER BY rank DESC, ki.published_at DESC NULLS LAST LIMIT 8`
  return sql`WITH p AS (SELECT ${typed}::text AS typed, (tsvector_to_array(to_tsvector('dutch'::regconfig, ${typed})))[1] AS stem),
      -- The lexemes of the most used words that begin with the prefix as typed or stemmed, and that begin so themselves.
      expansion AS (SELECT l.lexeme FROM p, search_terms t CROSS JOIN LATERAL unnest(tsvector_to_array(to_tsvector('dutch'::regconfig, t.word))) AS l(lexeme)
        WHERE (t.word LIKE p.typed || '%' OR t.word LIKE p.stem || '%') AND (l.lexeme LIKE p.typed || '%' OR l.lexeme LIKE p.stem || '%')
        GROUP BY l.lexeme ORDER BY max(t.ndoc) DESC, l.lexeme LIMIT ${prefixWords}),
      found AS MATERIALIZED (${ranked(sql`${rest} && (SELECT string_agg(quote_literal(lexeme), ' | ')::tsquery FROM expansion)`, sql`true`)})
    SELECT slug, title FROM (SELECT * FROM found WHERE (SELECT count(*) FROM found) = 8
      UNION ALL (${ranked(sql`${rest} && (to_tsquery('dutch'::regconfig, ${last}) || to_tsquery('simple'::regconfig, ${last}))`, sql`(SELECT count(*) FROM found) < 8`)})) s
    ORDER BY rank DESC, published_at DESC NULLS LAST`
}

/** Titles of published items whose title or summary matches what has been typed so far (last word as a prefix). */
export async function suggestTitles(payload: BasePayload, words: string[]): Promise<{ slug: string; title: string }[]> {
  const { rows } = await query(payload, suggestTitlesSql(words))
  return rows.map((row) => ({ slug: String(row.slug), title: String(row.title) }))
}
