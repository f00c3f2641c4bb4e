// The public API's contract, beyond Payload's own REST and GraphQL: request limits and patterns,
// and the shapes of the CMS's own endpoints (search, registrations). The CMS checks input with these,
// the client and the portal use the same, and tests assert against them: change it here only.

/** A slug in a URL or a query parameter (what the CMS's slug field produces fits, with room to spare). */
export const slugPattern = /^[a-z0-9-]{1,120}$/
export const isSlug = (value: unknown): value is string => typeof value === 'string' && slugPattern.test(value)

/** Collections with drafts and versions: anonymous readers see their published documents only. */
export const draftCollections = ['knowledge-items', 'programmes', 'events', 'pages'] as const
export type DraftCollection = (typeof draftCollections)[number]

// ── Search: GET /api/search, /api/search/site, /api/search/suggest ──────────────────────────────

export const searchLimits = { queryLength: 200, words: 12, pageMax: 500, limitMax: 50, limitDefault: 12 } as const

export const searchFacets = ['type', 'theme', 'programme', 'region', 'audience', 'evidence', 'year'] as const
export type SearchFacet = (typeof searchFacets)[number]
/** relevance (needs words), newest first, oldest first, or title A–Z. */
export const searchSorts = ['relevance', 'date', 'oldest', 'title'] as const
export type SearchSort = (typeof searchSorts)[number]

/** Query of GET /api/search (`q`, a value per facet, `sort`, `page`, `limit`). */
export type SearchParams = { q?: string; sort?: SearchSort; page?: number; limit?: number } & Partial<Record<SearchFacet, string>>
/** One value of a facet. Region values come in the order of the region tree, each with its depth (0 for the province). */
/** `count` is null when the total is an estimate (`totalIsEstimate`): values are listed without counting every match. */
export type FacetValue = { value: string; label: string | null; count: number | null; depth?: number }
export type KnowledgeHit = {
  id: number
  slug: string
  title: string
  summary: string
  type: string
  publishedAt: string | null
  snippet: string
  /** The evidence label's value (see vocabularies), or null. */
  evidence: string | null
  /** Titles, for the result card. */
  themes: string[]
  /** Titles of the regions named; empty when the item applies to all of Noord-Brabant. */
  regions: string[]
}
/** Answer of GET /api/search. Snippets mark matched words with `searchHighlight`. */
export type KnowledgeSearchResult = {
  docs: KnowledgeHit[]
  totalDocs: number
  /** True when the words match so many items that `totalDocs` is an estimate (two significant digits) and facet values come without counts. */
  totalIsEstimate: boolean
  page: number
  limit: number
  totalPages: number
  facets: Record<SearchFacet, FacetValue[]>
  /** "Bedoelde u …?" when nothing was found. */
  suggestion: string | null
}

/** Marks around highlighted words in snippets; the portal turns them into <mark> elements. */
export const searchHighlight = { start: '⟦', stop: '⟧' } as const

/** What GET /api/search/site searches: every published kind of content. */
export const siteCollections = ['knowledge-items', 'events', 'programmes', 'organisations', 'themes', 'pages'] as const
export type SiteCollection = (typeof siteCollections)[number]
export type SiteHit = { collection: SiteCollection; slug: string; title: string; summary: string; snippet: string; date: string | null }
/** Answer of GET /api/search/site. */
export type SiteSearchResult = Omit<KnowledgeSearchResult, 'docs' | 'facets' | 'totalIsEstimate'> & { docs: SiteHit[]; collections: Partial<Record<SiteCollection, number>> }

/** Answer of GET /api/search/related?slug=…&exclude=…&limit=…: items that share themes, regions and words with one item. */
export type RelatedItems = { docs: { slug: string; title: string; summary: string; type: string; publishedAt: string | null }[] }

/** Answer of GET /api/search/suggest. */
export type TitleSuggestions = { suggestions: { slug: string; title: string }[] }

/** Every 4xx and 5xx of the CMS's own endpoints: a Dutch message, and for forms one per field. */
export type FieldError = { field?: string; message: string }
export type ErrorBody = { message: string; errors: FieldError[] }

// ── Registrations: /api/registrations/… ────────────────────────────────────────────────────────

export const registrationLimits = { body: 16_384, name: 200, email: 254, organisation: 200, remark: 1000 } as const

/** Body of POST /api/registrations/register. */
export type RegistrationForm = { event: string; name: string; email: string; organisation?: string; remark?: string; consent: boolean }
export type RegistrationStatus = 'confirmed' | 'waiting' | 'cancelled'
/** Answer of POST /api/registrations/register (201). */
export type RegistrationResult = { status: 'confirmed' | 'waiting'; position: number | null; message: string }
/** Answer of GET /api/registrations/cancel: what a cancel link points to. */
export type CancelInfo = { status: RegistrationStatus; name: string; event: { title: string; slug: string; startsAt: string; endsAt: string } }

/** GET /api/registrations/availability?event=<slug>: seats and waiting list of an event with the kennisbank's form. */
export type RegistrationAvailability = {
  open: boolean
  /** Why registering is not possible now (Dutch), or null. */
  reason: string | null
  capacity: number | null
  confirmed: number
  waiting: number
  seatsLeft: number | null
  waitingList: boolean
  closesAt: string | null
}

/**
 * Public write endpoints are rate-limited per visitor. The portal forwards its visitor's address in
 * `visitorHeader` and proves it is the portal with `portalKeyHeader` (the shared PORTAL_API_KEY);
 * other callers share one small budget. Past the limit: 429 with Retry-After.
 */
export const portalKeyHeader = 'x-kennisbank-portal-key'
export const visitorHeader = 'x-kennisbank-visitor'

// ── Reader feedback: POST /api/feedback/answer (@kennisbank/types/tokens signs and checks the token) ────

export const feedbackLimits = { remark: 500 } as const
/** the feedback question (was this page useful?): the page view's token, yes or no, and an optional remark. */
export type FeedbackForm = { token: string; useful: 'yes' | 'no'; remark?: string }
export type FeedbackResult = { message: string }

// ── Contributions: POST /api/contributions/submit (multipart; "Deel je praktijkvoorbeeld") ──────

export const contributionLimits = { title: 200, summary: 600, description: 10_000, organisation: 200, name: 200, themes: 5, files: 3, fileBytes: 10 * 1024 * 1024 } as const
/** The form's fields as the CMS takes them; `attachments` are files, `themes` may repeat. */
export const contributionFields = ['title', 'summary', 'description', 'themes', 'region', 'organisation', 'name', 'email', 'consent', 'website', 'started', 'attachments'] as const
export type ContributionField = (typeof contributionFields)[number]
export type ContributionResult = { message: string }

// ── Preview: GET and POST /api/preview (@kennisbank/types/tokens signs and checks the token) ─────

/** The query parameter of a preview link on the portal, and the header the portal passes its token to the CMS in. */
export const previewParam = 'preview'
export const previewHeader = 'x-kennisbank-preview'
/** The depth the portal's page of each collection reads its document at (its relations, populated). */
export const previewDepth: Record<DraftCollection, number> = { 'knowledge-items': 2, programmes: 1, events: 2, pages: 2 }

// ── /.well-known/security.txt (RFC 9116), on the portal and the CMS ────────────────────────────────

/** Where to report a vulnerability; valid for half a year from the day it is served (RFC 9116 asks for less than a year). */
export function securityTxt({ contact, canonical, now = new Date() }: { contact: string; canonical: string; now?: Date }): string {
  const expires = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 182))
  return [`Contact: mailto:${contact}`, `Expires: ${expires.toISOString()}`, 'Preferred-Languages: nl, en', `Canonical: ${canonical}`, ''].join('\n')
}
