// The editors' synonym groups (collection `synonyms`), applied in the database search: every word of
// a query also matches the other words of its group (`'wonen' | 'huisvesting' | …` inside the tsquery,
// still one GIN lookup). Read per search, only the groups that hold one of its words: a change shows
// at once in every process, and the table stays small.
import type { BasePayload } from 'payload'

import { queryPrepared, sql } from '../db'
import { queryWords } from './query'

/** For each word of a query that is in a group: the other words of its group (an entry may be several words). */
export async function alternativesFor(payload: BasePayload, words: string[]): Promise<Record<string, string[]>> {
  if (!words.length) return {}
  const rows = await queryPrepared<{ words: string }>(
    payload,
    sql`SELECT words FROM synonyms WHERE string_to_array(regexp_replace(lower(trim(words)), '[[:space:]]*,[[:space:]]*', ',', 'g'), ',') && ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(words)}::jsonb))`,
  )
  const alternatives: Record<string, string[]> = {}
  for (const row of rows) {
    const group = row.words.split(',').map((entry) => queryWords(entry).join(' ')).filter(Boolean)
    for (const word of words) {
      if (group.includes(word)) alternatives[word] = [...new Set([...(alternatives[word] ?? []), ...group.filter((entry) => entry !== word)])]
    }
  }
  return alternatives
}
