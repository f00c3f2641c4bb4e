import { searchLimits } from '@kennisbank/types/api'
import { error } from '@sveltejs/kit'
import { m } from '$lib/messages'

export type Option = { value: string; label: string }

/** One filter of a list page: a plain GET parameter with a fixed set of values. */
export type Filter = { name: string; label: string; all: string; options: Option[]; value: string }

/**
 * Reads one filter from the query string. An empty value means "all"; a value that is not one of
 * the options is a 400 with a Dutch message rather than a silently empty list.
 */
export function readFilter(params: URLSearchParams, filter: Omit<Filter, 'value'>): Filter {
  const value = params.get(filter.name) ?? ''
  if (value && !filter.options.some((option) => option.value === value)) {
    error(400, m.error.badChoice(value, filter.label))
  }
  return { ...filter, value }
}

/** The search words of a list or search page (`?zoekterm=` or another parameter); too long is a 400. */
export function readQuery(params: URLSearchParams, name = 'zoekterm'): string {
  const query = params.get(name) ?? ''
  if (query.length > searchLimits.queryLength) error(400, m.error.queryTooLong)
  return query
}

/** The page number of a paginated list (`?pagina=`), 1 when absent; junk is a 400. */
export function readPage(params: URLSearchParams): number {
  const raw = params.get('pagina') ?? '1'
  if (!/^[1-9]\d{0,4}$/.test(raw)) error(400, m.error.badPage)
  return Number(raw)
}

export type PageLink = { page: number; href: string; current: boolean }
export type Pagination = { prev: string | null; next: string | null; pages: (PageLink | null)[]; page: number; totalPages: number }

/**
 * Links for a paginated list that keep the other query parameters: first, last and the pages
 * around the current one (null marks a gap).
 */
export function paginate(url: URL, page: number, totalPages: number): Pagination {
  const href = (n: number) => {
    const params = new URLSearchParams(url.searchParams)
    if (n === 1) params.delete('pagina')
    else params.set('pagina', String(n))
    const query = params.toString()
    return query ? `${url.pathname}?${query}` : url.pathname
  }
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, totalPages])].filter((n) => n >= 1 && n <= totalPages).sort((a, b) => a - b)
  const pages: (PageLink | null)[] = []
  shown.forEach((n, i) => {
    if (i > 0 && n - shown[i - 1]! > 1) pages.push(null)
    pages.push({ page: n, href: href(n), current: n === page })
  })
  return { prev: page > 1 ? href(page - 1) : null, next: page < totalPages ? href(page + 1) : null, pages, page, totalPages }
}
