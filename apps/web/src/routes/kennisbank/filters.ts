import type { FacetValue, SearchFacet, SearchParams, SearchSort } from '@kennisbank/cms-client'
import { error } from '@sveltejs/kit'

import type { Filter } from '$lib/filters'

/** Dutch URL parameter → the search endpoint's facet, with the filter's label. */
export const facetParams: { param: string; facet: SearchFacet; label: string; all: string }[] = [
  { param: 'soort', facet: 'type', label: 'Soort', all: 'Alle soorten' },
  { param: 'thema', facet: 'theme', label: 'Thema', all: 'Alle thema’s' },
  { param: 'programma', facet: 'programme', label: 'Programma', all: 'Alle programma’s' },
  { param: 'regio', facet: 'region', label: 'Regio', all: 'Heel Brabant' },
  { param: 'doelgroep', facet: 'audience', label: 'Doelgroep', all: 'Alle doelgroepen' },
  { param: 'jaar', facet: 'year', label: 'Jaar', all: 'Alle jaren' },
]

const sorts: Record<string, { sort: SearchSort; label: string }> = {
  relevantie: { sort: 'relevance', label: 'Best passend' },
  nieuwste: { sort: 'date', label: 'Nieuwste eerst' },
  oudste: { sort: 'oldest', label: 'Oudste eerst' },
  titel: { sort: 'title', label: 'Titel (A–Z)' },
}

/** The kennisbank's URL (Dutch parameters) as a search request; malformed values are a 400 here already. */
export function searchRequest(params: URLSearchParams, page: number): SearchParams {
  const q = params.get('zoekterm') ?? ''
  if (q.length > 200) error(400, 'De zoekterm is te lang: gebruik hoogstens 200 tekens.')
  const sort = params.get('sorteer') ?? ''
  if (sort && !sorts[sort]) error(400, `“${sort.slice(0, 40)}” is geen geldige keuze voor sorteren.`)
  const request: SearchParams = { q, page, limit: 12, sort: sort ? sorts[sort]!.sort : undefined }
  for (const { param, facet, label } of facetParams) {
    const value = params.get(param) ?? ''
    if (!value) continue
    if (!/^[a-z0-9-]{1,120}$/.test(value)) error(400, `“${value.slice(0, 60)}” is geen geldige keuze voor ${label.toLowerCase()}. Kies een waarde uit de lijst of wis de filters.`)
    request[facet] = value
  }
  return request
}

/** The filters to show: every value the search found (with its count) plus the one selected. */
export function facetFilters(params: URLSearchParams, facets: Record<SearchFacet, FacetValue[]>): Filter[] {
  return facetParams.map(({ param, facet, label, all }) => {
    const value = params.get(param) ?? ''
    const values = [...(facets[facet] ?? [])]
    if (facet === 'year') values.sort((a, b) => Number(b.value) - Number(a.value))
    const options = values.map((v) => ({ value: v.value, label: `${v.label ?? v.value} (${v.count})` }))
    if (value && !options.some((o) => o.value === value)) options.unshift({ value, label: `${value} (0)` })
    return { name: param, label, all, options, value }
  })
}

export function sortFilter(params: URLSearchParams, hasQuery: boolean): Filter {
  const options = Object.entries(sorts)
    .filter(([key]) => hasQuery || key !== 'relevantie')
    .map(([value, { label }]) => ({ value, label }))
  return { name: 'sorteer', label: 'Sorteren', all: '', options, value: params.get('sorteer') ?? '' }
}
