// The public read API for other sites (/api/v1/…): published content only, in shapes of its own that
// do not follow the CMS's content model, so a change in the CMS does not change what other sites read.
// Served by the portal, so its answers are kept, compressed, invalidated on publish and answered with
// ETag/304 like pages (hooks.server.ts, server/page-cache.js). Errors are application/problem+json
// (RFC 9457), as the Dutch API Design Rules ask; the description is /api/v1/openapi.json (openapi.ts).
import type { Event, KnowledgeItem, Theme } from '@kennisbank/types'
import type { KnowledgeHit } from '@kennisbank/types/api'
import { audiences, eventTypes, evidenceLevels, itemSections, knowledgeTypes, labelOf, type Option } from '@kennisbank/types/vocabularies'
import { env } from '$env/dynamic/private'
import { error, isHttpError, type RequestHandler } from '@sveltejs/kit'
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'
import { CmsError } from '@kennisbank/cms-client'

import { paths } from '$lib/paths'
import type { RichNode } from '$lib/richtext/transform'
import { m } from '$lib/messages'

import { downloads, populated, rich } from './content'
import { log } from '../../../server/log.js'
import { cmsFailed } from './render-scope'

/** The API's full version (the major one is in the path). */
export const apiVersion = '1.0.0'
export const apiBase = '/api/v1'

/** Readable from any origin, without credentials: the content is public (the API, the feeds). */
export const publicCorsHeaders = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'API-Version, ETag, Last-Modified, Link',
}
const openHeaders = { ...publicCorsHeaders, 'api-version': apiVersion }

export function apiJson(data: unknown, status = 200): Response {
  return new Response(JSON.stringify(data), {
    status,
    headers: {
      ...openHeaders,
      'content-type': 'application/json; charset=utf-8',
      link: `<${apiBase}/openapi.json>; rel="service-desc"`,
    },
  })
}

/** An error as RFC 9457 problem details, with a Dutch title and explanation. */
export function problem(status: number, detail: string, instance?: string): Response {
  const title = { 400: m.api.badRequest, 404: m.api.notFound, 429: m.api.tooManyTitle, 501: m.api.notImplemented, 503: m.api.unavailable }[status] ?? m.api.serverError
  return new Response(JSON.stringify({ type: 'about:blank', title, status, detail, ...(instance ? { instance } : {}) }), {
    status,
    headers: { ...openHeaders, 'content-type': 'application/problem+json; charset=utf-8', 'cache-control': 'no-store', ...(status === 503 ? { 'retry-after': '30' } : {}) },
  })
}

// Answers the page cache has are free; each client may make API_RATE_LIMIT answers a minute that are
// not (120), all clients together twenty times that (per portal process).
const perMinute = Number(env.API_RATE_LIMIT || 120)
const perClient = new RateLimiterMemory({ keyPrefix: 'api-client', points: perMinute, duration: 60 })
const allClients = new RateLimiterMemory({ keyPrefix: 'api-all', points: perMinute * 20, duration: 60 })

/** 429 with Retry-After as problem details, or null when the client may go ahead. */
async function rateLimited(client: string): Promise<Response | null> {
  try {
    await perClient.consume(client)
    await allClients.consume('all')
    return null
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection
    const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000))
    const answer = problem(429, m.api.tooMany(seconds))
    answer.headers.set('retry-after', String(seconds))
    return answer
  }
}

/** A GET handler of the API: rate-limited per client; SvelteKit's errors and the CMS's become problem details. */
export function apiHandler(handler: RequestHandler): RequestHandler {
  return async (event) => {
    const limited = await rateLimited(event.getClientAddress())
    if (limited) return limited
    try {
      return await handler(event)
    } catch (caught) {
      const instance = event.url.pathname
      if (isHttpError(caught)) return problem(caught.status, caught.body.message, instance)
      if (caught instanceof CmsError && caught.status === 400) return problem(400, caught.message, instance)
      if (caught instanceof CmsError) {
        cmsFailed(caught)
        return problem(503, m.error.cmsDown, instance)
      }
      log.error({ err: caught, url: instance }, 'API request failed')
      return problem(500, m.error.server, instance)
    }
  }
}

/** Answers a CORS preflight for the API (simple GETs need none; a custom header does). */
export const preflight: RequestHandler = () =>
  new Response(null, {
    status: 204,
    headers: { ...openHeaders, 'access-control-allow-methods': 'GET, HEAD, OPTIONS', 'access-control-allow-headers': 'Accept, If-None-Match, If-Modified-Since', 'access-control-max-age': '86400' },
  })

/** Per page: `aantal`, 1–50 (20 when absent). */
export function readLimit(params: URLSearchParams): number {
  const raw = params.get('aantal') ?? '20'
  if (!/^\d{1,3}$/.test(raw) || Number(raw) < 1 || Number(raw) > 50) error(400, m.api.badLimit)
  return Number(raw)
}

export const code = (options: Option[], value: string) => ({ code: value, label: labelOf(options, value) })

export type Paging = { pagina: number; perPagina: number; totaal: number; totaalIsSchatting: boolean; aantalPaginas: number }

/** A knowledge item in a list (a search hit). */
export function itemSummary(hit: KnowledgeHit, origin: string) {
  return {
    slug: hit.slug,
    titel: hit.title,
    samenvatting: hit.summary,
    soort: code(knowledgeTypes, hit.type),
    onderbouwing: hit.evidence ? code(evidenceLevels, hit.evidence) : null,
    themas: hit.themes,
    regios: hit.regions,
    geldtVoorHeelBrabant: hit.regions.length === 0,
    gepubliceerdOp: hit.publishedAt,
    url: `${origin}${paths.item(hit.slug)}`,
  }
}

/** One knowledge item with its template's sections, its text and its downloads. */
export function itemDetail(item: KnowledgeItem, origin: string) {
  const titles = (values: unknown) => populated(values as ({ title: string } | number)[]).map((doc) => doc.title)
  const regions = item.regionScope === 'regions' ? titles(item.regions) : []
  return {
    slug: item.slug,
    titel: item.title,
    samenvatting: item.summary,
    soort: code(knowledgeTypes, item.type),
    onderbouwing: item.evidence ? { ...code(evidenceLevels, item.evidence), toegekendOp: item.evidenceAssignedAt ?? null, uitleg: `${origin}${paths.evidence(item.evidence)}` } : null,
    themas: titles(item.themes),
    programmas: titles(item.programmes),
    regios: regions,
    geldtVoorHeelBrabant: regions.length === 0,
    doelgroepen: (item.audience ?? []).map((value) => labelOf(audiences, value)),
    organisaties: titles(item.organisations),
    secties: itemSections.flatMap(({ name, label }) => {
      const text = item.template?.[name]?.trim()
      return text ? [{ naam: name, titel: label, tekst: text }] : []
    }),
    tekst: plainText(rich(item.body)),
    bijlagen: downloads(item.attachments).map((file) => ({ titel: file.label, url: `${origin}${file.href}`, soort: file.type, grootte: file.size })),
    gepubliceerdOp: item.publishedAt ?? null,
    gewijzigdOp: item.updatedAt,
    url: `${origin}${paths.item(item.slug)}`,
  }
}

/** An event, in a list and on its own. */
export function eventSummary(event: Event, origin: string) {
  const { mode, venue, address, postalCode, city } = event.location ?? { mode: 'onsite' as const }
  return {
    slug: event.slug,
    titel: event.title,
    samenvatting: event.summary,
    soort: code(eventTypes, event.type),
    begin: event.startsAt,
    einde: event.endsAt,
    locatie: {
      vorm: mode === 'online' ? 'online' : mode === 'hybrid' ? 'op locatie en online' : 'op locatie',
      plaats: venue ?? null,
      adres: [address, [postalCode, city].filter(Boolean).join(' ')].filter(Boolean).join(', ') || null,
    },
    voorWie: (event.audience ?? []).map((value) => labelOf(audiences, value)),
    aanmelden: event.registration?.mode === 'none' ? 'niet nodig' : 'nodig',
    themas: populated(event.themes).map((theme) => theme.title),
    url: `${origin}${paths.event(event.slug)}`,
    agenda: `${origin}${paths.eventCalendar(event.slug)}`,
  }
}

export function eventDetail(event: Event, origin: string) {
  return { ...eventSummary(event, origin), tekst: plainText(rich(event.description)), gewijzigdOp: event.updatedAt }
}

export function themeSummary(theme: Theme, origin: string) {
  return { slug: theme.slug, titel: theme.title, samenvatting: theme.summary ?? '', url: `${origin}${paths.theme(theme.slug)}` }
}

/** Rich text as plain text: a blank line between blocks, list items on lines of their own. */
export function plainText(nodes: RichNode[]): string {
  const inline = (list: RichNode[]): string =>
    list.map((node) => (node.kind === 'text' ? node.text : node.kind === 'linebreak' ? '\n' : node.kind === 'link' ? inline(node.children) : '')).join('')
  return nodes
    .flatMap((node) => {
      switch (node.kind) {
        case 'paragraph':
        case 'heading':
        case 'quote':
          return [inline(node.children)]
        case 'list':
          return [node.items.map((item, i) => `${node.ordered ? `${i + 1}.` : '-'} ${inline(item)}`).join('\n')]
        case 'table':
          return [node.rows.map((row) => row.map((cell) => inline(cell.children)).join(' | ')).join('\n')]
        default:
          return []
      }
    })
    .map((block) => block.trim())
    .filter(Boolean)
    .join('\n\n')
}
