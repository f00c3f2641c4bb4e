import type { Config, SiteSetting } from '@kennisbank/types'
import {
  draftCollections,
  portalKeyHeader,
  previewHeader,
  siteCollections,
  visitorHeader,
  type CancelInfo,
  type ContributionResult,
  type DraftCollection,
  type FeedbackForm,
  type FeedbackResult,
  type ErrorBody,
  type FieldError,
  type KnowledgeSearchResult,
  type RegistrationAvailability,
  type RegistrationForm,
  type RegistrationResult,
  type RelatedItems,
  type SearchParams,
  type SiteSearchResult,
  type TitleSuggestions,
} from '@kennisbank/types/api'
import { broughtAlong } from '@kennisbank/types/relations'
import { stringify } from 'qs-esm'

type Collections = Config['collections']
export type CollectionSlug = keyof Collections
// The public API's shapes, for the client's users (the portal).
export type * from '@kennisbank/types/api'

/** A document of a collection with drafts, as a preview shows it. */
export type PreviewDocument = Collections[DraftCollection]

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

const withDrafts = new Set<string>(draftCollections)

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

/** The CMS's answer to a form (registration, cancellation): its Dutch message, and per field what is wrong. */
export type FormAnswer<T = Record<string, unknown>> = ({ ok: true } & T) | { ok: false; httpStatus: number; message: string; errors: FieldError[] }

export type ListOptions = {
  page?: number
  limit?: number
  sort?: string
  depth?: number
  where?: Record<string, unknown>
  /** Only these fields (Payload's `select`), e.g. `{ slug: true, updatedAt: true }`. */
  select?: Record<string, boolean>
  /** false: no totals (saves the CMS a count query), for a read that needs only the documents. */
  pagination?: false
}

export type CmsClientOptions = {
  /** Base URL of the CMS, e.g. http://localhost:3000 */
  baseUrl: string
  fetch?: typeof fetch
  /** Abort a request after this many milliseconds. */
  timeoutMs?: number
  /** The portal's PORTAL_API_KEY: with it, the CMS rate-limits each visitor the portal names, not the portal as a whole, and does not limit its reads. */
  portalKey?: string
  /**
   * Told after each successful read what it depended on (cache tags): `<collection>` for a list and for
   * every collection a read brings along at its depth, `<collection>:slug:<slug>` and `<collection>:<id>`
   * for one document by slug, `global:<slug>`, `seats:<event>`. The portal tags its cached pages with them.
   */
  onRead?: (tags: string[]) => void
}

/**
 * A typed, read-only client for the CMS REST API. It never requests drafts: every
 * query on a collection with drafts carries `_status = published`, on top of the
 * CMS's own access rules.
 */
export function createCmsClient({ baseUrl, fetch: fetchImpl = fetch, timeoutMs = 10_000, portalKey, onRead = () => {} }: CmsClientOptions) {
  const base = new URL(baseUrl)
  const portalHeaders: Record<string, string> = portalKey ? { [portalKeyHeader]: portalKey } : {}

  async function get<T>(path: string, query: Record<string, unknown> = {}): Promise<T> {
    const url = new URL(`/api/${path}${Object.keys(query).length ? `?${stringify(query)}` : ''}`, base)
    let response: Response
    try {
      response = await fetchImpl(url, { headers: { accept: 'application/json', ...portalHeaders }, signal: AbortSignal.timeout(timeoutMs) })
    } catch (cause) {
      throw new CmsError(`CMS unreachable: ${(cause as Error).message}`, 503, url.href)
    }
    if (!response.ok) {
      // A 400 carries the CMS's Dutch explanation of what is wrong with the input.
      const detail = response.status === 400 ? await response.json().then((body: Partial<ErrorBody>) => body?.message ?? body?.errors?.[0]?.message, () => undefined) : undefined
      throw new CmsError(detail ?? `CMS answered ${response.status} for ${url.pathname}`, response.status, url.href)
    }
    return (await response.json()) as T
  }

  /**
   * Sends a form to one of the CMS's own endpoints. Its 4xx answers are results (with the CMS's Dutch
   * message and field errors) for the form to show, not errors; a 5xx or no answer is a CmsError.
   */
  async function submitForm<T>(
    method: 'GET' | 'POST',
    path: string,
    { query, body, visitor, headers, timeout = timeoutMs }: { query?: Record<string, unknown>; body?: unknown; visitor?: string; headers?: Record<string, string>; timeout?: number } = {},
    // A FormData body goes as multipart (with files); anything else as JSON.
  ): Promise<FormAnswer<T>> {
    const url = new URL(`/api/${path}${query ? `?${stringify(query)}` : ''}`, base)
    let response: Response
    try {
      response = await fetchImpl(url, {
        method,
        headers: {
          accept: 'application/json',
          ...portalHeaders,
          ...(visitor ? { [visitorHeader]: visitor } : {}),
          ...headers,
          ...(body === undefined || body instanceof FormData ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
        signal: AbortSignal.timeout(timeout),
      })
    } catch (cause) {
      throw new CmsError(`CMS unreachable: ${(cause as Error).message}`, 503, url.href)
    }
    if (response.status >= 500) throw new CmsError(`CMS answered ${response.status} for ${url.pathname}`, response.status, url.href)
    const data = (await response.json().catch(() => ({}))) as Record<string, unknown>
    if (response.ok) return { ok: true, ...(data as T) }
    return {
      ok: false,
      httpStatus: response.status,
      message: typeof data.message === 'string' ? data.message : `CMS answered ${response.status}`,
      errors: Array.isArray(data.errors) ? (data.errors as FieldError[]).filter((error) => error.field) : [],
    }
  }

  function publishedOnly(collection: CollectionSlug, where: Record<string, unknown> = {}) {
    if (!withDrafts.has(collection)) return where
    return { and: [where, { _status: { equals: 'published' } }] }
  }

  /** Reads and reports its tags: `tags` for what it asked, plus what it brought along at `depth`. */
  async function tagged<T>(read: Promise<T>, tags: string[], collection: string, depth: number, more: (result: T) => string[] = () => []): Promise<T> {
    const result = await read
    onRead([...new Set([...tags, ...broughtAlong(collection, depth), ...more(result)])])
    return result
  }

  async function list<S extends CollectionSlug>(collection: S, options: ListOptions = {}): Promise<Paginated<Collections[S]>> {
    return tagged(fetchList(collection, options), [collection], collection, options.depth ?? 1)
  }

  function fetchList<S extends CollectionSlug>(collection: S, options: ListOptions = {}): Promise<Paginated<Collections[S]>> {
    const { page = 1, limit = 10, sort, depth = 1, where, select, pagination } = options
    return get<Paginated<Collections[S]>>(collection, {
      page,
      limit,
      sort,
      depth,
      where: publishedOnly(collection, where),
      ...(select ? { select } : {}),
      ...(pagination === false ? { pagination: 'false' } : {}),
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

  /** One published document by slug; its page depends on that slug and document, not on the rest of the collection. */
  async function findBySlug<S extends CollectionSlug>(collection: S, slug: string, depth = 2): Promise<Collections[S] | null> {
    const result = await tagged(fetchList(collection, { where: { slug: { equals: slug } }, limit: 1, depth, pagination: false }), [`${collection}:slug:${slug}`], collection, depth, (found) =>
      found.docs.map((doc) => `${collection}:${(doc as { id: number | string }).id}`),
    )
    return result.docs[0] ?? null
  }

  return {
    list,
    all,
    findBySlug,
    siteSettings: () => tagged(get<SiteSetting>('globals/site-settings', { depth: 0 }), ['global:site-settings'], 'global:site-settings', 0),
    /** Full-text search over published knowledge items, with facet counts. */
    search: (params: SearchParams) => tagged(get<KnowledgeSearchResult>('search', withoutEmpty(params)), [...searchTags], 'knowledge-items', 0),
    /** Full-text search over every published kind of content. */
    searchSite: (params: Pick<SearchParams, 'q' | 'page' | 'limit'>) =>
      tagged(get<SiteSearchResult>('search/site', withoutEmpty(params)), [...siteCollections, 'synonyms'], 'knowledge-items', 0),
    /** Published items related to one item (shared themes, regions, words), leaving out `exclude`. */
    related: (slug: string, exclude: string[], limit = 3) =>
      tagged(get<RelatedItems>('search/related', withoutEmpty({ slug, exclude: exclude.join(','), limit })), ['knowledge-items'], 'knowledge-items', 0),
    /** Titles of published items for what has been typed so far. */
    suggest: (q: string) => tagged(get<TitleSuggestions>('search/suggest', withoutEmpty({ q })), ['knowledge-items'], 'knowledge-items', 0),
    preview: {
      /** The draft a preview token names, as visitors will see it once published (never cached); an invalid or expired token is a 403 answer. */
      read: (token: string) => submitForm<{ doc: PreviewDocument }>('GET', 'preview', { headers: { [previewHeader]: token } }),
      /** The editor's unsaved form data (the live-preview panel's), populated the same way. */
      update: (token: string, data: Record<string, unknown>) => submitForm<{ doc: PreviewDocument }>('POST', 'preview', { body: { data }, headers: { [previewHeader]: token } }),
    },
    contributions: {
      /** "Deel je praktijkvoorbeeld": the form's fields and files under the CMS's names (contributionFields); `visitor` as for registrations. */
      submit: (form: FormData, visitor: string) => submitForm<ContributionResult>('POST', 'contributions/submit', { body: form, visitor, timeout: 60_000 }),
    },
    feedback: {
      /** A reader's answer to the feedback question (was this page useful?) with the page view's token; `visitor` as for registrations. */
      send: (form: FeedbackForm, visitor: string) => submitForm<FeedbackResult>('POST', 'feedback/answer', { body: form, visitor }),
    },
    registrations: {
      /** Seats left and whether registering is open; null for an unknown or unpublished event. */
      availability: async (event: string): Promise<RegistrationAvailability | null> => {
        const answer = await submitForm<RegistrationAvailability>('GET', 'registrations/availability', { query: { event } })
        onRead([`seats:${event}`])
        return answer.ok ? answer : null
      },
      /** `visitor`: the address of whoever filled in the form (the CMS rate-limits per visitor). */
      register: (form: RegistrationForm, visitor: string) => submitForm<RegistrationResult>('POST', 'registrations/register', { body: form, visitor }),
      /** What a cancel link points to (checks the code). */
      cancelInfo: (id: string, code: string) => submitForm<CancelInfo>('GET', 'registrations/cancel', { query: { id, code } }),
      cancel: (id: string, code: string, visitor: string) => submitForm<{ status: 'cancelled'; message: string }>('POST', 'registrations/cancel', { body: { id, code }, visitor }),
    },
  }
}

/** What a knowledge search shows: items, the labels of their facets, and the editors' synonyms. */
const searchTags = ['knowledge-items', 'themes', 'programmes', 'regions', 'synonyms'] as const

const withoutEmpty = (params: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(params).filter(([, value]) => value !== undefined && value !== null && value !== ''))

export type CmsClient = ReturnType<typeof createCmsClient>
