// Reading and checking search input. Everything a visitor types becomes plain words here; the SQL
// gets them only as bound parameters, never as SQL text or as tsquery syntax.
import { audiences, knowledgeTypes } from '@kennisbank/types/vocabularies'

export class SearchInputError extends Error {
  readonly status = 400
}

export const limits = { queryLength: 200, words: 12, pageMax: 500, limitMax: 50 }

export type FacetName = 'type' | 'theme' | 'programme' | 'region' | 'audience' | 'year'
export const facetNames: FacetName[] = ['type', 'theme', 'programme', 'region', 'audience', 'year']
const facetLabels: Record<FacetName, string> = { type: 'soort', theme: 'thema', programme: 'programma', region: 'regio', audience: 'doelgroep', year: 'jaar' }

/** relevance (needs words), newest first, oldest first, or title A–Z. */
export const sortOrders = ['relevance', 'date', 'oldest', 'title'] as const
export type SortOrder = (typeof sortOrders)[number]

export type KnowledgeSearch = {
  words: string[]
  filters: Partial<Record<FacetName, string>>
  sort: SortOrder
  page: number
  limit: number
}

const slug = /^[a-z0-9-]{1,120}$/

/** Words of the query: letters and digits in any script, lower case, at most 12. */
export function queryWords(text: string): string[] {
  return (text.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((word) => word.slice(0, 60)).slice(0, limits.words)
}

function integer(value: string | null, name: string, { min, max, fallback }: { min: number; max: number; fallback: number }): number {
  if (value === null || value === '') return fallback
  if (!/^\d{1,6}$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new SearchInputError(`De parameter ${name} moet een heel getal zijn van ${min} tot en met ${max}.`)
  }
  return Number(value)
}

/** Checks the query string of /api/search; a clear Dutch message for anything that does not fit. */
export function parseKnowledgeSearch(params: URLSearchParams): KnowledgeSearch {
  const text = params.get('q') ?? ''
  if (text.length > limits.queryLength) {
    throw new SearchInputError(`De zoekvraag is te lang: gebruik hoogstens ${limits.queryLength} tekens.`)
  }
  const filters: KnowledgeSearch['filters'] = {}
  const enums: Partial<Record<FacetName, string[]>> = {
    type: knowledgeTypes.map((o) => o.value),
    audience: audiences.map((o) => o.value),
  }
  for (const name of facetNames) {
    const value = params.get(name)
    if (!value) continue
    const allowed = enums[name]
    const ok = allowed ? allowed.includes(value) : name === 'year' ? /^(19|20)\d\d$/.test(value) : slug.test(value)
    if (!ok) throw new SearchInputError(`“${value.slice(0, 40)}” is geen geldige waarde voor het filter ${facetLabels[name]} (${name}).`)
    filters[name] = value
  }
  const sort = params.get('sort') ?? ''
  if (sort && !(sortOrders as readonly string[]).includes(sort)) throw new SearchInputError(`Onbekende sortering: sorteer op ${sortOrders.join(', ')}.`)
  const words = queryWords(text)
  return {
    words,
    filters,
    sort: sort === '' ? (words.length ? 'relevance' : 'date') : sort === 'relevance' && !words.length ? 'date' : (sort as SortOrder),
    page: integer(params.get('page'), 'page', { min: 1, max: limits.pageMax, fallback: 1 }),
    limit: integer(params.get('limit'), 'limit', { min: 1, max: limits.limitMax, fallback: 12 }),
  }
}

/**
 * The tsquery text for `to_tsquery('dutch', …)`: every word quoted as a literal (so `&`, `|`, `!`
 * or `:` typed by a visitor are just characters), joined with AND; the last one as a prefix.
 */
export function tsqueryText(words: string[], prefix: boolean): string {
  return words.map((word, i) => `'${word.replaceAll("'", "''")}'${prefix && i === words.length - 1 ? ':*' : ''}`).join(' & ')
}
