import { CmsError } from '@kennisbank/cms-client'
import { isSlug, type FacetValue, type SearchFacet, type SearchParams, type SearchSort } from '@kennisbank/types/api'
import { error } from '@sveltejs/kit'

import { readQuery, type Filter } from '$lib/filters'
import { m } from '$lib/messages'

/** Dutch URL parameter → the search endpoint's facet, with the filter's label. */
export const facetParams: { param: string; facet: SearchFacet; label: string; all: string }[] = [
  { param: 'soort', facet: 'type', ...m.filters.type },
  { param: 'thema', facet: 'theme', ...m.filters.theme },
  { param: 'programma', facet: 'programme', ...m.filters.programme },
  { param: 'regio', facet: 'region', ...m.filters.region },
  { param: 'doelgroep', facet: 'audience', ...m.filters.audience },
  { param: 'onderbouwing', facet: 'evidence', ...m.filters.evidence },
  { param: 'jaar', facet: 'year', ...m.filters.year },
]

const sorts: Record<string, { sort: SearchSort; label: string }> = {
  relevantie: { sort: 'relevance', label: m.knowledge.sort.relevance },
  nieuwste: { sort: 'date', label: m.knowledge.sort.newest },
  oudste: { sort: 'oldest', label: m.knowledge.sort.oldest },
  titel: { sort: 'title', label: m.knowledge.sort.title },
}

/** For a failed search: the CMS explains bad input (an unknown type, say) in Dutch, a 400; anything else is a real failure. */
export function badSearchAs400(cause: unknown): never {
  if (cause instanceof CmsError && cause.status === 400) error(400, cause.message)
  throw cause
}

/** The kennisbank's URL (Dutch parameters) as a search request; malformed values are a 400 here already. */
export function searchRequest(params: URLSearchParams, page: number): SearchParams {
  const q = readQuery(params)
  const sort = params.get('sorteer') ?? ''
  if (sort && !sorts[sort]) error(400, m.error.badSort(sort))
  const request: SearchParams = { q, page, limit: 12, sort: sort ? sorts[sort]!.sort : undefined }
  for (const { param, facet, label } of facetParams) {
    const value = params.get(param) ?? ''
    if (!value) continue
    if (!isSlug(value)) error(400, m.error.badChoice(value, label))
    request[facet] = value
  }
  return request
}

/** The filters to show: every value the search found (with its count, unless the total is an estimate) plus the one selected. */
export function facetFilters(params: URLSearchParams, facets: Record<SearchFacet, FacetValue[]>): Filter[] {
  return facetParams.map(({ param, facet, label, all }) => {
    const value = params.get(param) ?? ''
    const values = [...(facets[facet] ?? [])]
    if (facet === 'year') values.sort((a, b) => Number(b.value) - Number(a.value))
    // Regions come as a tree: the province, then each region followed by its municipalities, indented.
    const options = values.map((v) => ({ value: v.value, label: `${'\u00a0\u00a0\u00a0'.repeat(Math.max(0, (v.depth ?? 0) - 1))}${v.label ?? v.value}${v.count === null ? '' : ` (${v.count})`}` }))
    if (value && !options.some((o) => o.value === value)) options.unshift({ value, label: `${value} (0)` })
    return { name: param, label, all, options, value }
  })
}

export function sortFilter(params: URLSearchParams, hasQuery: boolean): Filter {
  const options = Object.entries(sorts)
    .filter(([key]) => hasQuery || key !== 'relevantie')
    .map(([value, { label }]) => ({ value, label }))
  return { name: 'sorteer', label: m.knowledge.sort.label, all: '', options, value: params.get('sorteer') ?? '' }
}

export type WayOut = { label: string; href: string; count: number }

/**
 * When nothing is found: one-click ways to a wider search, each with how many items it finds — drop
 * one filter, widen the region to the one above it, drop one of several words, or keep the filters
 * and drop the words. Only ways
 * that find something are offered, the widest first.
 */
export async function waysOut(
  url: URL,
  request: SearchParams,
  facets: Record<SearchFacet, FacetValue[]>,
  count: (request: SearchParams) => Promise<number>,
  parentRegion: (slug: string) => Promise<{ slug: string; title: string } | null>,
): Promise<WayOut[]> {
  const hrefWith = (change: (params: URLSearchParams) => void) => {
    const params = new URLSearchParams(url.searchParams)
    params.delete('pagina')
    change(params)
    const query = params.toString()
    return query ? `${url.pathname}?${query}` : url.pathname
  }
  // Read before any count starts: a count that failed while this awaited would have no handler yet.
  const parent = request.region ? await parentRegion(request.region) : null
  const candidates: Promise<WayOut | null>[] = []
  const offer = (label: string, href: string, wider: SearchParams) => candidates.push(count({ ...wider, page: 1, limit: 1 }).then((n) => (n ? { label, href, count: n } : null)))
  for (const { param, facet, label } of facetParams) {
    const value = request[facet]
    if (!value) continue
    const valueLabel = facets[facet]?.find((v) => v.value === value)?.label ?? value
    offer(m.knowledge.without(valueLabel, label), hrefWith((params) => params.delete(param)), { ...request, [facet]: undefined })
    if (facet === 'region' && parent) {
      offer(m.knowledge.widenRegion(parent.title), hrefWith((params) => params.set(param, parent.slug)), { ...request, region: parent.slug })
    }
  }
  // Several words find only items with all of them: offer each search with one word fewer.
  const words = (request.q ?? '').split(/\s+/).filter(Boolean)
  if (words.length > 1) {
    for (const word of new Set(words)) {
      const rest = words.filter((other) => other !== word).join(' ')
      offer(m.knowledge.withoutWord(word), hrefWith((params) => params.set('zoekterm', rest)), { ...request, q: rest })
    }
  }
  if (request.q && facetParams.some(({ facet }) => request[facet])) {
    offer(m.knowledge.withoutWords(request.q), hrefWith((params) => params.delete('zoekterm')), { ...request, q: undefined })
  }
  return (await Promise.all(candidates)).filter((way): way is WayOut => way !== null).sort((a, b) => b.count - a.count)
}
