import type { Config, SiteSetting } from '@kennisbank/types'
import type { RegistrationAvailability } from '@kennisbank/types/api'
import { stringify } from 'qs-esm'

type Collections = Config['collections']
export type CollectionSlug = keyof Collections
export type { RegistrationAvailability }

/** Payload's paginated list response. */
export type Paginated<T> = {
  docs: T[]
  totalDocs: number
  limit: number
  page: number
  totalPages: number
  hasNextPage: boolean
  hasPrevPage: boolean
}

/** Collections with drafts: the client always asks for published documents only. */
const draftCollections = new Set<CollectionSlug>(['knowledge-items', 'programmes', 'events', 'pages'])

export class CmsError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly url: string,
  ) {
    super(message)
    this.name = 'CmsError'
  }
}

/** Facet names and values of GET /api/search (the CMS's published-only search endpoint). */
export type SearchFacet = 'type' | 'theme' | 'programme' | 'region' | 'audience' | 'year'
export type SearchSort = 'relevance' | 'date' | 'oldest' | 'title'
export type FacetValue = { value: string; label: string | null; count: number }
export type SearchParams = { q?: string; sort?: SearchSort; page?: number; limit?: number } & Partial<Record<SearchFacet, string>>
export type KnowledgeHit = { id: number; slug: string; title: string; summary: string; type: string; publishedAt: string | null; snippet: string }
export type KnowledgeSearchResult = {
  docs: KnowledgeHit[]
  totalDocs: number
  page: number
  limit: number
  totalPages: number
  facets: Record<SearchFacet, FacetValue[]>
  /** "Bedoelde u …?" when nothing was found. */
  suggestion: string | null
}
export type SiteCollection = 'knowledge-items' | 'events' | 'programmes' | 'organisations' | 'themes' | 'pages'
export type SiteHit = { collection: SiteCollection; slug: string; title: string; summary: string; snippet: string; date: string | null }
export type SiteSearchResult = Omit<KnowledgeSearchResult, 'docs' | 'facets'> & { docs: SiteHit[]; collections: Partial<Record<SiteCollection, number>> }

export type RegistrationForm = { event: string; name: string; email: string; organisation?: string; remark?: string; consent: boolean }
/** The CMS's answer to a registration or cancellation: a Dutch message, and per field what is wrong. */
export type RegistrationAnswer<T = Record<string, unknown>> =
  | ({ ok: true; message: string } & T)
  | { ok: false; httpStatus: number; message: string; errors: { field: string; message: string }[] }
export type CancelInfo = { status: 'confirmed' | 'waiting' | 'cancelled'; name: string; event: { title: string; slug: string; startsAt: string; endsAt: string } }

export type ListOptions = {
  page?: number
  limit?: number
  sort?: string
  depth?: number
  where?: Record<string, unknown>
  /** Only these fields (Payload's `select`), e.g. `{ slug: true, updatedAt: true }`. */
  select?: Record<string, boolean>
}

export type CmsClientOptions = {
  /** Base URL of the CMS, e.g. http://localhost:3000 */
  baseUrl: string
  fetch?: typeof fetch
  /** Abort a request after this many milliseconds. */
  timeoutMs?: number
}

/**
 * A typed, read-only client for the CMS REST API. It never requests drafts: every
 * query on a collection with drafts carries `_status = published`, on top of the
 * CMS's own access rules.
 */
export function createCmsClient({ baseUrl, fetch: fetchImpl = fetch, timeoutMs = 10_000 }: CmsClientOptions) {
  const base = new URL(baseUrl)

  async function get<T>(path: string, query: Record<string, unknown> = {}): Promise<T> {
    const url = new URL(`/api/${path}${Object.keys(query).length ? `?${stringify(query)}` : ''}`, base)
    let response: Response
    try {
      response = await fetchImpl(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(timeoutMs) })
    } catch (cause) {
      throw new CmsError(`CMS unreachable: ${(cause as Error).message}`, 503, url.href)
    }
    if (!response.ok) {
      // A 400 carries the CMS's Dutch explanation of what is wrong with the input.
      const detail = response.status === 400 ? await response.json().then((body) => body?.errors?.[0]?.message as string | undefined, () => undefined) : undefined
      throw new CmsError(detail ?? `CMS answered ${response.status} for ${url.pathname}`, response.status, url.href)
    }
    return (await response.json()) as T
  }

  /** A call whose 4xx answers are results (with the CMS's Dutch message), not errors. */
  async function call<T>(method: 'GET' | 'POST', path: string, { query, body }: { query?: Record<string, unknown>; body?: unknown } = {}): Promise<RegistrationAnswer<T>> {
    const url = new URL(`/api/${path}${query ? `?${stringify(query)}` : ''}`, base)
    let response: Response
    try {
      response = await fetchImpl(url, {
        method,
        headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      })
    } catch (cause) {
      throw new CmsError(`CMS unreachable: ${(cause as Error).message}`, 503, url.href)
    }
    if (response.status >= 500) throw new CmsError(`CMS answered ${response.status} for ${url.pathname}`, response.status, url.href)
    const data = (await response.json().catch(() => ({}))) as Record<string, unknown>
    if (response.ok) return { ok: true, message: String(data.message ?? ''), ...(data as T) }
    return {
      ok: false,
      httpStatus: response.status,
      message: typeof data.message === 'string' ? data.message : `De CMS antwoordde ${response.status}.`,
      errors: Array.isArray(data.errors) ? (data.errors as { field: string; message: string }[]) : [],
    }
  }

  function publishedOnly(collection: CollectionSlug, where: Record<string, unknown> = {}) {
    if (!draftCollections.has(collection)) return where
    return { and: [where, { _status: { equals: 'published' } }] }
  }

  async function list<S extends CollectionSlug>(collection: S, options: ListOptions = {}): Promise<Paginated<Collections[S]>> {
    const { page = 1, limit = 10, sort, depth = 1, where, select } = options
    return get<Paginated<Collections[S]>>(collection, {
      page,
      limit,
      sort,
      depth,
      where: publishedOnly(collection, where),
      ...(select ? { select } : {}),
    })
  }

  /** Every matching document, fetched a page of 100 at a time. */
  async function all<S extends CollectionSlug>(collection: S, options: Omit<ListOptions, 'page' | 'limit'> = {}): Promise<Collections[S][]> {
    const found: Collections[S][] = []
    for (let page = 1; ; page++) {
      const result = await list(collection, { ...options, page, limit: 100 })
      found.push(...result.docs)
      if (!result.hasNextPage) return found
    }
  }

  async function findBySlug<S extends CollectionSlug>(collection: S, slug: string, depth = 2): Promise<Collections[S] | null> {
    const result = await list(collection, { where: { slug: { equals: slug } }, limit: 1, depth })
    return result.docs[0] ?? null
  }

  return {
    list,
    all,
    findBySlug,
    siteSettings: () => get<SiteSetting>('globals/site-settings', { depth: 0 }),
    /** Full-text search over published knowledge items, with facet counts. */
    search: (params: SearchParams) => get<KnowledgeSearchResult>('search', withoutEmpty(params)),
    /** Full-text search over every published kind of content. */
    searchSite: (params: Pick<SearchParams, 'q' | 'page' | 'limit'>) => get<SiteSearchResult>('search/site', withoutEmpty(params)),
    /** Titles of published items for what has been typed so far. */
    suggest: (q: string) => get<{ suggestions: { slug: string; title: string }[] }>('search/suggest', withoutEmpty({ q })),
    registrations: {
      /** Seats left and whether registering is open; null for an unknown or unpublished event. */
      availability: async (event: string) => {
        const answer = await call<RegistrationAvailability>('GET', 'registrations/availability', { query: { event } })
        return answer.ok ? (answer as RegistrationAvailability) : null
      },
      register: (form: RegistrationForm) => call<{ status: 'confirmed' | 'waiting'; position: number | null }>('POST', 'registrations/register', { body: form }),
      /** What a cancel link points to (checks the code). */
      cancelInfo: (id: string, code: string) => call<CancelInfo>('GET', 'registrations/cancel', { query: { id, code } }),
      cancel: (id: string, code: string) => call<{ status: 'cancelled' }>('POST', 'registrations/cancel', { body: { id, code } }),
    },
  }
}

const withoutEmpty = (params: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(params).filter(([, value]) => value !== undefined && value !== null && value !== ''))

export type CmsClient = ReturnType<typeof createCmsClient>
