// Typo tolerance in the search itself, not only in "bedoelde u …?". Per search, one statement finds
// (with the synonym groups of the words and their corrections, synonyms.ts):
//
// - for a word that no published item contains, or only one or two next to a similar common word (`rare`),
//   the most similar words of the vocabulary (trigrams, pg_trgm): the words of published titles and
//   summaries (`search_terms`) and of the editors' synonym groups. "huisvesing" also finds
//   "huisvesting". Stop words, synonyms and words of fewer than five letters are left as typed;
// - for two adjacent words, the compound they form when the vocabulary knows it: "energie coöperaties"
//   also finds "energiecoöperaties".
//
// These become alternatives of the word, as synonyms do (`'huisvesing' | 'huisvesting'` inside the
// tsquery, still one GIN lookup), and knowledge.ts ranks the words as typed once more, so an item
// found only through a correction ranks below items that contain what was typed.
import type { BasePayload } from 'payload'

import { queryPrepared, sql } from '../db'
import { wordStatsSql, type WordStats } from './bounded'
import { alternativesFrom, groupWords } from './synonyms'

/** How similar (pg_trgm's similarity, 0–1) a vocabulary word must be to count as the intended word (0.45 lets in two swapped letters: "mantelzrog"). */
const minSimilarity = 0.45
/** Words shorter than this are not corrected: too many short words are one letter apart. */
const minLength = 5
/**
 * A word found in at most `rare` published items is still corrected, to a similar word that titles and
 * summaries use `rarer` times as often: a slip that made it into one item must not hide the items with
 * the right word. A word found more often is left alone, also when a similar word is more common.
 */
const rare = 2
const rarer = 5

/**
 * Everything a search's words may also match: corrections of misspelt words, compounds of adjacent
 * words, and the synonym groups of the words and of their corrections. With the query as the search
 * would have been meant ("bedoelde u …?"), when a word was corrected. One statement.
 */
export async function queryAlternatives(payload: BasePayload, words: string[]): Promise<{ alternatives: Record<string, string[]>; corrected: string | null; stats?: WordStats }> {
  if (!words.length) return { alternatives: {}, corrected: null }
  const lexemes = (word: ReturnType<typeof sql>) => sql`to_tsquery('dutch'::regconfig, '''' || ${word} || '''')`
  const rows = await queryPrepared<{ word: string; corrections: string[] | null; compound: string | null; groups: string[]; stats: WordStats }>(
    payload,
    sql`WITH spelling AS MATERIALIZED (SELECT w.word, w.ord,
        CASE WHEN w.found <= ${rare} THEN ARRAY(SELECT c.word FROM (
            SELECT t.word, similarity(t.word, w.word) AS score, t.ndoc FROM search_terms t WHERE t.word % w.word
            UNION SELECT g, similarity(g, w.word), coalesce((SELECT t.ndoc FROM search_terms t WHERE t.word = g), 0) FROM synonyms s, unnest(${groupWords(sql`s.words`)}) g WHERE g % w.word) c
          WHERE c.score >= ${minSimilarity} AND c.word <> w.word AND c.ndoc >= ${rarer} * w.found ORDER BY c.score DESC, c.ndoc DESC, c.word LIMIT 2)
        END AS corrections,
        (SELECT t.word FROM search_terms t WHERE t.word = w.word || w.next) AS compound
      FROM (SELECT u.word, u.ord, lead(u.word) OVER (ORDER BY u.ord) AS next,
          -- In how many published items the word occurs, counted up to one more than rare (a stop word,
          -- a synonym, a short word or one in more titles and summaries than that counts as common).
          CASE WHEN length(u.word) < ${minLength} OR u.word !~ '^[[:alpha:]]+$' OR numnode(${lexemes(sql`u.word`)}) = 0
              OR EXISTS (SELECT 1 FROM search_terms t WHERE t.word = u.word AND t.ndoc > ${rare})
              OR EXISTS (SELECT 1 FROM synonyms s WHERE u.word = ANY(${groupWords(sql`s.words`)})) THEN ${rare + 1}
            ELSE (SELECT count(*) FROM (SELECT 1 FROM knowledge_items ki WHERE ki._status = 'published' AND ki.search @@ ${lexemes(sql`u.word`)} LIMIT ${rare + 1}) x)
          END AS found
        FROM jsonb_array_elements_text(${JSON.stringify(words)}::jsonb) WITH ORDINALITY AS u(word, ord)) w),
      -- The words as typed and their corrections.
      typed AS MATERIALIZED (SELECT word FROM spelling UNION SELECT unnest(corrections) FROM spelling),
      -- The synonym groups of those.
      groups AS MATERIALIZED (SELECT s.words FROM synonyms s WHERE ${groupWords(sql`s.words`)} && ARRAY(SELECT word FROM typed))
      SELECT word, corrections, compound, ARRAY(SELECT words FROM groups) AS groups,
        -- What the plan of a search for common words reads (bounded.ts), for every form the words may take:
        -- as typed, corrected, compounded, or a synonym written as the search writes it (query.ts, queryWords).
        ${wordStatsSql(sql`ARRAY(SELECT word FROM typed UNION SELECT compound FROM spelling
          UNION SELECT array_to_string(ARRAY(SELECT m[1] FROM regexp_matches(normalize(lower(e), NFC), '([[:alnum:]]+)', 'g') AS m), ' ')
            FROM groups g, unnest(string_to_array(g.words, ',')) AS e)`)} AS stats
      FROM spelling ORDER BY ord`,
    { planOnce: true },
  )
  const spelling = rows.map((row) => ({ word: row.word, corrections: row.corrections ?? [], compound: row.compound }))
  const forms = [...new Set([...words, ...spelling.flatMap((entry) => entry.corrections)])]
  const synonyms = alternativesFrom(rows[0]?.groups ?? [], forms)
  const alternatives: Record<string, string[]> = {}
  spelling.forEach(({ word, corrections, compound }, i) => {
    const previous = i > 0 ? spelling[i - 1]!.compound : null
    const found = [...corrections, ...[word, ...corrections].flatMap((form) => synonyms[form] ?? []), ...(compound ? [compound] : []), ...(previous ? [previous] : [])]
    const others = [...new Set(found)].filter((form) => form !== word)
    if (others.length) alternatives[word] = [...new Set([...(alternatives[word] ?? []), ...others])]
  })
  const corrected = spelling.some((entry) => entry.corrections.length) ? spelling.map((entry) => entry.corrections[0] ?? entry.word).join(' ') : null
  return { alternatives, corrected, stats: rows[0]?.stats }
}
