// Reading and checking search input. Everything a visitor types becomes plain words here; the SQL
// gets them only as bound parameters, never as SQL text or as tsquery syntax.
import { isSlug, searchFacets, searchLimits as limits, searchSorts, type SearchFacet, type SearchSort } from '@kennisbank/types/api'
import { audiences, evidenceLevels, knowledgeTypes } from '@kennisbank/types/vocabularies'

import { PublicError } from '../api/answers'
import type { WordStats } from './bounded'
import { messages } from '../messages'

/** Bad search input: a 400 with a Dutch message. */
const invalid = (message: string) => new PublicError(400, message)


export type KnowledgeSearch = {
  words: string[]
  /** Per word, the other words of its synonym group (synonyms.ts); each also matches. */
  alternatives?: Record<string, string[]>
  /** Lexeme counts of the words and their alternatives, read with them (spelling.ts); the plan of a search for common words (bounded.ts). */
  stats?: WordStats
  filters: Partial<Record<SearchFacet, string>>
  sort: SearchSort
  page: number
  limit: number
}

/** Words of the query: letters and digits in any script, lower case, at most 12. */
export function queryWords(text: string): string[] {
  return (text.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((word) => word.slice(0, 60)).slice(0, limits.words)
}

function integer(value: string | null, name: string, { min, max, fallback }: { min: number; max: number; fallback: number }): number {
  if (value === null || value === '') return fallback
  if (!/^\d{1,6}$/.test(value) || Number(value) < min || Number(value) > max) {
    throw invalid(messages.search.integer(name, min, max))
  }
  return Number(value)
}

/** Checks the query string of /api/search; a clear Dutch message for anything that does not fit. */
export function parseKnowledgeSearch(params: URLSearchParams): KnowledgeSearch {
  const text = params.get('q') ?? ''
  if (text.length > limits.queryLength) {
    throw invalid(messages.search.tooLong(limits.queryLength))
  }
  const filters: KnowledgeSearch['filters'] = {}
  const enums: Partial<Record<SearchFacet, string[]>> = {
    type: knowledgeTypes.map((o) => o.value),
    audience: audiences.map((o) => o.value),
    evidence: evidenceLevels.map((o) => o.value),
  }
  for (const name of searchFacets) {
    const value = params.get(name)
    if (!value) continue
    const allowed = enums[name]
    const ok = allowed ? allowed.includes(value) : name === 'year' ? /^(19|20)\d\d$/.test(value) : isSlug(value)
    if (!ok) throw invalid(messages.search.badFilter(value, name))
    filters[name] = value
  }
  const sort = params.get('sort') ?? ''
  if (sort && !(searchSorts as readonly string[]).includes(sort)) throw invalid(messages.search.badSort(searchSorts))
  const words = queryWords(text)
  return {
    words,
    filters,
    sort: sort === '' ? (words.length ? 'relevance' : 'date') : sort === 'relevance' && !words.length ? 'date' : (sort as SearchSort),
    page: integer(params.get('page'), 'page', { min: 1, max: limits.pageMax, fallback: 1 }),
    limit: integer(params.get('limit'), 'limit', { min: 1, max: limits.limitMax, fallback: limits.limitDefault }),
  }
}

/**
 * The tsquery text for `to_tsquery('dutch', …)`: every word quoted as a literal (so `&`, `|`, `!`
 * or `:` typed by a visitor are just characters), joined with AND; the last one as a prefix. A word
 * with alternatives (synonyms) becomes a group: `('wonen' | 'huisvesting' | ('woning' & 'markt'))`.
 */
export function tsqueryText(words: string[], prefix: boolean, alternatives: Record<string, string[]> = {}): string {
  const literal = (word: string) => `'${word.replaceAll("'", "''")}'`
  return words
    .map((word, i) => {
      const own = `${literal(word)}${prefix && i === words.length - 1 ? ':*' : ''}`
      const others = (alternatives[word] ?? []).map((entry) => (entry.includes(' ') ? `(${entry.split(' ').map(literal).join(' & ')})` : literal(entry)))
      return others.length ? `(${[own, ...others].join(' | ')})` : own
    })
    .join(' & ')
}
