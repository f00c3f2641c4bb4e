import type { BasePayload } from 'payload'

import { query, sql, type SQL } from '../db'
import { listsChangedSinceSql } from './bounded'
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
/** Items read from the list in `search_head_top` of a word before the prefix (all of it: the migration keeps 200) and of each of the prefix's words. */
const listSize = 200
const fromPrefixList = 50
/** How many candidates that pass are ranked exactly for the eight suggestions. */
const poolSize = 24

/**
 * The statement of title suggestions: title and summary only (`search_head`), the last word as a prefix;
 * the benchmark runs it raw too.
 *
 * 1. The prefix becomes the words it most likely stands for: the most used words of published titles and
 *    summaries that begin with it (`search_terms`, kept current after every change), at most
 *    `prefixWords`; a prefix in the index itself (`'inw':*`) would make PostgreSQL gather every item of
 *    every word it begins before combining it with the other words.
 * 2. Ranking every match is what costs at scale: "gemee" matches 150,000 titles and summaries among a
 *    million generated items (0.6 s), "onder" 2.3 s, "b" 3.4 s. So words found in 100 items or more take
 *    their candidates from their top lists (`search_head_top`: per word its 200 best-ranked items, equal
 *    scores newest first; rebuilt every hour with the search's lists, migration
 *    20261203_140512_search_head_lists), as the search does for common words (bounded.ts): the items of
 *    the lists of the words before the prefix (every match has them all), or with the prefix alone the first
 *    `fromPrefixList` of each of its words' lists, in the order of their summed scores there (an item
 *    in several lists first); each is checked against the live item (published, every word) until
 *    `poolSize` pass. Words of the prefix without a list add their few items from the index, and the
 *    items changed since the lists were built are looked at too, so an edit counts at once. Those are
 *    ranked exactly, as below: the best of the lists rather than of every match (measured against ranking
 *    every match in the README). A word before the prefix without a list is rare, its matches few: step 3.
 * 3. When that gives fewer than eight, every match is ranked; and when that finds fewer than eight (a word
 *    too new or too rare for the word list, or a prefix of digits), the prefix itself is searched. The
 *    branches that do not run cost nothing: their LIMIT is 0 (a one-time filter would still start the
 *    parallel workers PostgreSQL plans for them, ~3 ms).
 */
export function suggestTitlesSql(words: string[]): SQL {
  const typed = words.at(-1) ?? ''
  const before = words.slice(0, -1)
  // The last word as a prefix, stemmed and as typed: a prefix that is a stop word ("onder") still counts.
  const last = tsqueryText([typed], true)
  const rest = sql`to_tsquery('dutch'::regconfig, ${tsqueryText(before, false)})`
  const ranked = (query: SQL, when: SQL) =>
    sql`SELECT ki.slug, ki.title, ts_rank(ki.search_head, q.query) AS rank, ki.published_at FROM knowledge_items ki, (SELECT ${query} AS query) q
      WHERE ki._status = 'published' AND ki.search_head @@ q.query ORDER BY rank DESC, ki.published_at DESC NULLS LAST LIMIT CASE WHEN ${when} THEN 8 ELSE 0 END`
  const hasList = (lexeme: SQL) => sql`EXISTS (SELECT FROM search_head_top t WHERE t.lexeme = ${lexeme})`
  return sql`WITH p AS (SELECT ${typed}::text AS typed, (tsvector_to_array(to_tsvector('dutch'::regconfig, ${typed})))[1] AS stem),
      -- The lexemes of the most used words that begin with the prefix as typed or stemmed, and that begin so themselves.
      expansion AS MATERIALIZED (SELECT l.lexeme FROM p, search_terms t CROSS JOIN LATERAL unnest(tsvector_to_array(to_tsvector('dutch'::regconfig, t.word))) AS l(lexeme)
        WHERE (t.word LIKE p.typed || '%' OR t.word LIKE p.stem || '%') AND (l.lexeme LIKE p.typed || '%' OR l.lexeme LIKE p.stem || '%')
        GROUP BY l.lexeme ORDER BY max(t.ndoc) DESC, l.lexeme LIMIT ${prefixWords}),
      q AS MATERIALIZED (SELECT ${rest} && (SELECT string_agg(quote_literal(lexeme), ' | ')::tsquery FROM expansion) AS query,
        ${listsChangedSinceSql} AS changed_since),
      -- The lexemes of the words before the prefix; the lists answer when each has one.
      complete AS MATERIALIZED (SELECT lexeme FROM unnest(tsvector_to_array(to_tsvector('dutch'::regconfig, ${before.join(' ')}))) AS lexeme),
      listed AS MATERIALIZED (SELECT NOT EXISTS (SELECT FROM complete WHERE NOT ${hasList(sql`complete.lexeme`)}) AS usable),
      -- Items of the words' lists with the sum of their scores there: items in several lists first.
      listed_items AS MATERIALIZED (SELECT t.item_id AS id, sum(t.score) AS proxy, bool_or(l.complete) AS complete
        FROM (SELECT lexeme, true AS complete FROM complete UNION ALL SELECT lexeme, false FROM expansion) l CROSS JOIN LATERAL (SELECT t.item_id, t.score FROM search_head_top t
          WHERE t.lexeme = l.lexeme ORDER BY t.score DESC, t.published_at DESC NULLS LAST, t.item_id LIMIT CASE WHEN l.complete THEN ${listSize}::int ELSE ${fromPrefixList}::int END) t
        WHERE (SELECT usable FROM listed) GROUP BY t.item_id),
      -- In that order, each is checked against the live item (published, all words) until enough pass.
      pool AS MATERIALIZED (SELECT k.* FROM (SELECT id FROM listed_items WHERE complete OR NOT EXISTS (SELECT FROM complete) ORDER BY proxy DESC, id) c
          CROSS JOIN LATERAL (SELECT ki.slug, ki.title, ts_rank(ki.search_head, q.query) AS rank, ki.published_at FROM knowledge_items ki, q
            WHERE ki.id = c.id AND ki._status = 'published' AND ki.search_head @@ q.query) k LIMIT ${poolSize}),
      -- Items of the prefix's words that have no list (fewer items), and the newest 1,000 changes (the index on updated_at).
      unlisted AS MATERIALIZED (SELECT k.* FROM (
          SELECT ki.id FROM expansion e, knowledge_items ki WHERE NOT ${hasList(sql`e.lexeme`)} AND (SELECT usable FROM listed)
            AND ki._status = 'published' AND ki.search_head @@ (${rest} && quote_literal(e.lexeme)::tsquery)
          UNION SELECT id FROM (SELECT id FROM knowledge_items WHERE updated_at > (SELECT changed_since FROM q) AND (SELECT usable FROM listed)
            ORDER BY updated_at DESC LIMIT 1000) changed) c
          -- One by one (LIMIT keeps it so: as a join, PostgreSQL would fetch every match of the words first).
          CROSS JOIN LATERAL (SELECT ki.slug, ki.title, ts_rank(ki.search_head, q.query) AS rank, ki.published_at FROM knowledge_items ki, q
            WHERE ki.id = c.id AND ki._status = 'published' AND ki.search_head @@ q.query LIMIT 1) k),
      from_lists AS MATERIALIZED (SELECT DISTINCT ON (rank, published_at, slug) * FROM (SELECT * FROM pool UNION ALL SELECT * FROM unlisted) c
        ORDER BY rank DESC, published_at DESC NULLS LAST, slug LIMIT 8),
      found AS MATERIALIZED (${ranked(sql`(SELECT query FROM q)`, sql`(SELECT count(*) FROM from_lists) < 8`)}),
      prefixed AS MATERIALIZED (${ranked(sql`${rest} && (to_tsquery('dutch'::regconfig, ${last}) || to_tsquery('simple'::regconfig, ${last}))`, sql`(SELECT count(*) FROM from_lists) < 8 AND (SELECT count(*) FROM found) < 8`)})
    SELECT slug, title FROM (SELECT * FROM from_lists WHERE (SELECT count(*) FROM from_lists) = 8
      UNION ALL SELECT * FROM found WHERE (SELECT count(*) FROM found) = 8 UNION ALL SELECT * FROM prefixed) s
    ORDER BY rank DESC, published_at DESC NULLS LAST`
}

/** Titles of published items whose title or summary matches what has been typed so far (last word as a prefix). */
export async function suggestTitles(payload: BasePayload, words: string[]): Promise<{ slug: string; title: string }[]> {
  const { rows } = await query(payload, suggestTitlesSql(words))
  return rows.map((row) => ({ slug: String(row.slug), title: String(row.title) }))
}
