// The editors' synonym groups (collection `synonyms`), applied in the database search: every word of
// a query also matches the other words of its group (`'wonen' | 'huisvesting' | …` inside the tsquery,
// still one GIN lookup). Read per search (by spelling.ts, in the statement that also finds corrections),
// only the groups that hold one of its words: a change shows at once in every process, and the table
// stays small.
import { sql, type SQL } from '../db'
import { queryWords } from './query'

/** A group's words as an array: 'Wonen, huisvesting' → {wonen, huisvesting}. */
export const groupWords = (words: SQL) => sql`string_to_array(regexp_replace(lower(trim(${words})), '[[:space:]]*,[[:space:]]*', ',', 'g'), ',')`

/** For each word of a query that is in one of `groups` (their texts): the other words of its group (an entry may be several words). */
export function alternativesFrom(groups: string[], words: string[]): Record<string, string[]> {
  const alternatives: Record<string, string[]> = {}
  for (const text of groups) {
    const group = text.split(',').map((entry) => queryWords(entry).join(' ')).filter(Boolean)
    for (const word of words) {
      if (group.includes(word)) alternatives[word] = [...new Set([...(alternatives[word] ?? []), ...group.filter((entry) => entry !== word)])]
    }
  }
  return alternatives
}
