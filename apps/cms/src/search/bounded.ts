// Top-k search for words that many items contain. Ranking every match costs about 10 µs per item (its
// search vector is read from TOAST), so a search for "gemeente" among 100,000 items, 59,000 of which
// contain it, would take most of a second. Instead, when the words are estimated to match more than
// `exactUpTo` items and the order is relevance:
//
// 1. candidates: for each word (with its alternatives), the items it ranks highest, from the top lists
//    `search_top` (1,000 per lexeme found in ≥ 1,000 items, rebuilt every hour; migration
//    20261203_074105_search_top_lists), ordered by the sum of their scores in those lists (a typed word's
//    twice, as in the rank), so items high in the lists of several words come first; plus the items changed since the lists were built (the newest
//    1,000) and the items with a rarer alternative of the least common word (a GIN lookup of a few),
//    both scored by their title and summary, which are stored inline;
// 2. in that order, each candidate is checked against everything (published, every filter, all words)
//    until `poolSize` pass, and those are ranked exactly as the exact search ranks (knowledge.ts);
// 3. the total becomes an estimate ("ongeveer 59.000"), and the filters show their values without
//    counts: counting exactly would mean reading every match, which tells a visitor nothing more.
//
// When the checked candidates do not fill the page (rare filters, deep pages), the exact search runs.
// Narrowing a search (a filter, another word) brings it back under `exactUpTo`, where counts are exact.
import type { BasePayload } from 'payload'

import { queryPrepared, sql, type SQL } from '../db'
import type { KnowledgeSearch } from './query'

/** Up to this many estimated matches of the words, a search ranks and counts every match exactly. */
export const exactUpTo = 1000
/** Items per lexeme in `search_top` (the migration's number); pages beyond it are searched exactly. */
export const topSize = 1000
/** Lexemes in fewer items than this have no top list (the migration's number). */
const listedFrom = 1000

/**
 * What a bounded search needs: the lexemes of its words that have a top list, which of them were typed
 * (not alternatives: they count twice in the rank, see knowledge.ts), those of its least common word that
 * have none (every match contains that word), the estimated number of matches of the words, and since
 * when items count as changed after the lists were built (a margin for saves that were still open then).
 */
export type Bounded = { listed: string[]; typed: string[]; unlisted: string[]; estimate: number; changedSince: string }

/** How many candidates are checked and ranked exactly for a page: a few pages' worth, so ranking can reorder them. */
export const poolSize = (search: KnowledgeSearch) => Math.max(4 * (search.page * search.limit), 48)

/** An estimate as people say it: two significant digits (59,000; 12,000; 1,300). */
export const roughly = (n: number) => {
  if (n < 100) return Math.round(n)
  const unit = 10 ** (Math.floor(Math.log10(n)) - 1)
  return Math.round(n / unit) * unit
}

/**
 * What the plan reads of a search's words: for each form (a word as typed, a correction, a compound, a
 * synonym) its lexemes with the number of published items that hold each (`search_lexemes`), how many items
 * are published, and since when items count as changed after the lists were built (a margin for saves that
 * were still open then). Read in the statement that finds the words' alternatives (spelling.ts), so the
 * plan needs no statement of its own.
 */
export type WordStats = { lexemes: Record<string, [lexeme: string, items: number][]>; published: number | null; changedSince: string | null }

/**
 * Since when items count as changed after the lists were built: when `search_lexemes` was refreshed (every
 * row holds the same moment, so one row is read), less a margin for saves that were still open then.
 */
export const listsChangedSinceSql = sql`(SELECT refreshed_at - interval '5 minutes' FROM search_lexemes LIMIT 1)`

/** The statement part that reads `WordStats` (a jsonb value) for the forms in `forms` (a text[]). */
export const wordStatsSql = (forms: SQL) => sql`jsonb_build_object(
    'lexemes', coalesce((SELECT jsonb_object_agg(f, (SELECT coalesce(jsonb_agg(jsonb_build_array(x.lexeme, coalesce(l.items, 0))), '[]'::jsonb)
        FROM unnest(tsvector_to_array(to_tsvector('dutch'::regconfig, f))) AS x(lexeme) LEFT JOIN search_lexemes l ON l.lexeme = x.lexeme))
      FROM (SELECT DISTINCT f FROM unnest(${forms}) AS f WHERE f <> '') forms), '{}'::jsonb),
    'published', (SELECT c.n FROM public.knowledge_facet_counts c WHERE c.keys = '{}'),
    'changedSince', ${listsChangedSinceSql})`

/**
 * Whether a search runs bounded, from the number of published items per lexeme (`search_lexemes`):
 * the words' matches are estimated as if words occurred independently. Null: search exactly. Uses the
 * search's `stats` when they cover every form of its words, else reads them.
 */
export async function planBounded(payload: BasePayload, search: KnowledgeSearch): Promise<Bounded | null> {
  if (!search.words.length || search.sort !== 'relevance' || search.page * search.limit > topSize) return null
  // Each word with its alternatives (synonyms, corrections, compounds) is one group: any of its lexemes matches.
  const groups = search.words.map((word) => [word, ...(search.alternatives?.[word] ?? [])])
  const forms = [...new Set(groups.flat())]
  const stats =
    search.stats && forms.every((form) => search.stats!.lexemes[form])
      ? search.stats
      : (
          await queryPrepared<{ stats: WordStats }>(
            payload,
            sql`SELECT ${wordStatsSql(sql`ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(forms)}::jsonb))`)} AS stats`,
            { planOnce: true },
          )
        )[0]!.stats
  const published = Number(stats.published ?? 0)
  if (!published) return null
  const rows = groups.flatMap((group) => {
    const items = new Map(group.flatMap((form) => stats.lexemes[form] ?? []).map(([lexeme, n]) => [lexeme, Number(n)] as const))
    // A word of stop words only has no lexemes and does not count.
    if (!items.size) return []
    const lexemes = [...items.keys()].sort()
    const typed = new Set((stats.lexemes[group[0]!] ?? []).map(([lexeme]) => lexeme))
    // The share of published items with any lexeme of the word, as if they occurred independently.
    const share = 1 - Math.exp([...items.values()].reduce((sum, n) => sum + Math.log(Math.max(1e-9, 1 - n / published)), 0))
    return [{ listed: lexemes.filter((l) => items.get(l)! >= listedFrom), typed: lexemes.filter((l) => typed.has(l)), unlisted: lexemes.filter((l) => items.get(l)! < listedFrom), share }]
  })
  if (!rows.length) return null
  const estimate = rows.reduce((n, row) => n * row.share, published)
  const least = rows.reduce((a, b) => (b.share < a.share ? b : a))
  if (estimate <= exactUpTo || !least.listed.length || !stats.changedSince) return null
  return {
    listed: [...new Set(rows.flatMap((row) => row.listed))],
    typed: [...new Set(rows.flatMap((row) => row.typed))],
    unlisted: least.unlisted,
    estimate,
    changedSince: new Date(stats.changedSince).toISOString(),
  }
}
