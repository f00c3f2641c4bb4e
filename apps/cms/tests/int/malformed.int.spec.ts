// Malformed requests get a 4xx with a Dutch message, never a 500, and change nothing stored: first the cases
// found by hand (issue 16's list: Payload's query parsing, ids out of range, broken bodies, form posts that are
// no form), then generated ones (fast-check) against the query parameters and write endpoints of both apps.
import http from 'node:http'

import fc from 'fast-check'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { query } from '../../src/db'
import { asPortal, cmsUrl, localApi, requiredEnv } from './helpers'

let payload: Payload
const portal = () => requiredEnv('PORTAL_URL')
const stored = async () =>
  (
    await query<{ t: string; n: number }>(
      payload,
      `SELECT 'knowledge_items' AS t, count(*)::int AS n FROM knowledge_items UNION ALL SELECT 'registrations', count(*)::int FROM registrations
       UNION ALL SELECT 'feedback', count(*)::int FROM feedback UNION ALL SELECT 'media', count(*)::int FROM media UNION ALL SELECT 'users', count(*)::int FROM users`,
    )
  ).rows
const safeDecode = (url: string) => {
  try {
    return decodeURIComponent(url)
  } catch {
    return url
  }
}
const dutch = (text: string) => !/Something went wrong|Internal Server Error|unknown error/i.test(text) && /\b(de|het|een|niet|is|van|op|in|alleen)\b/.test(text)

beforeAll(async () => {
  payload = await localApi()
})

/**
 * A request from another loopback address (127.0.0.2 …): the portal limits forms and its API per visitor
 * address, so the generated requests do not use up the budget of 127.0.0.1, which the other tests share.
 */
async function fetchFrom(localAddress: string, url: string, init: RequestInit): Promise<{ status: number; text: () => Promise<string> }> {
  const request = new Request(url, init)
  const body = init.body ? Buffer.from(await request.arrayBuffer()) : undefined
  const headers = { ...Object.fromEntries(request.headers), ...(body ? { 'content-length': String(body.length) } : {}) }
  return new Promise((resolve, reject) => {
    const outgoing = http.request(url, { method: request.method, headers, localAddress, signal: init.signal ?? undefined }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => resolve({ status: response.statusCode!, text: async () => Buffer.concat(chunks).toString('utf8') }))
      response.on('error', reject)
    })
    outgoing.on('error', reject)
    outgoing.end(body)
  })
}

describe('malformed requests', () => {
  it('answer the cases found by hand with a 4xx and a Dutch message', async () => {
    const before = await stored()
    const cms = cmsUrl()
    const json = { 'content-type': 'application/json' }
    const multipartJson = { 'content-type': 'multipart/form-data; boundary=x' }
    const cases: [string, RequestInit & { url: string }][] = [
      ['where in with text', { url: `${cms}/api/organisations?where[id][in][]=abc` }],
      ['where like with an array', { url: `${cms}/api/organisations?where[title][like][]=x` }],
      ['where in with a list', { url: `${cms}/api/knowledge-items?where[id][in]=1,abc` }],
      ['where near on text', { url: `${cms}/api/knowledge-items?where[title][near]=1` }],
      ['where contains on a date, with a negative number (invalid SQL from Payload)', { url: `${cms}/api/knowledge-items?where[publishedAt][contains]=-2132431113` }],
      ['where on an id of 11 digits', { url: `${cms}/api/knowledge-items?where[id][equals]=99999999999` }],
      ['an id of 20 digits', { url: `${cms}/api/organisations/99999999999999999999` }],
      ['an id that is text', { url: `${cms}/api/organisations/abc` }],
      ['an id with a point', { url: `${cms}/api/organisations/1.5` }],
      ['verify with any token', { url: `${cms}/api/users/verify/iets`, method: 'POST' }],
      ['GraphQL, broken JSON', { url: `${cms}/api/graphql`, method: 'POST', headers: json, body: '{"query":' }],
      ['GraphQL, multipart type (an empty 500 from Payload)', { url: `${cms}/api/graphql`, method: 'POST', headers: multipartJson, body: '{"query":"{ Themes { totalDocs } }"}' }],
      ['GraphQL, JSON that is no object (English from Payload)', { url: `${cms}/api/graphql`, method: 'POST', headers: json, body: 'null' }],
      ['where on a path that cannot be queried (English from Payload)', { url: `${cms}/api/themes?where[title][bogus]=1` }],
      ['logout without a login (English from Payload)', { url: `${cms}/api/users/logout`, method: 'POST', headers: json, body: '{}' }],
      ['login, multipart type with a JSON body', { url: `${cms}/api/users/login`, method: 'POST', headers: multipartJson, body: '{"email":"a@b.nl","password":"x"}' }],
      ['logout, multipart type with a JSON body', { url: `${cms}/api/users/logout`, method: 'POST', headers: multipartJson, body: '{}' }],
      ['forgot password, multipart type', { url: `${cms}/api/users/forgot-password`, method: 'POST', headers: multipartJson, body: '{"email":"a@b.nl"}' }],
      ['reset password, multipart type', { url: `${cms}/api/users/reset-password`, method: 'POST', headers: multipartJson, body: '{"token":"x","password":"y"}' }],
      ['PATCH, multipart type with a JSON body', { url: `${cms}/api/knowledge-items/1`, method: 'PATCH', headers: multipartJson, body: '{"title":"x"}' }],
      ['cancel, an id above 2^31', { url: `${cms}/api/registrations/cancel`, method: 'POST', headers: { ...json, ...asPortal() }, body: '{"id":"99999999999","code":"aaaaaaaaaaaaaaaaaaaaaaaa"}' }],
      ['feedback, broken JSON', { url: `${cms}/api/feedback/answer`, method: 'POST', headers: { ...json, ...asPortal() }, body: '{"token":' }],
    ]
    cases.push(['portal kennisbank feed, a type that does not exist (a 500 before)', { url: `${portal()}/kennisbank/feed.json?soort=wonen` }])
    const origin = { origin: portal() }
    for (const action of ['/agenda/week-van-de-brede-welvaart-opening?/aanmelden', '/agenda/x/afmelden', '/reactie', '/kennisbank/delen']) {
      cases.push([`portal ${action}, text/plain`, { url: `${portal()}${action}`, method: 'POST', headers: { ...origin, 'content-type': 'text/plain' }, body: 'naam=x' }])
      cases.push([`portal ${action}, broken multipart`, { url: `${portal()}${action}`, method: 'POST', headers: { ...origin, 'content-type': 'multipart/form-data; boundary=zz' }, body: 'garbage' }])
    }
    for (const [why, { url, ...init }] of cases) {
      const response = await fetch(url, init)
      const text = await response.text()
      expect(response.status, `${why}: ${text.slice(0, 200)}`).toBeGreaterThanOrEqual(400)
      expect(response.status, `${why}: ${text.slice(0, 200)}`).toBeLessThan(500)
      expect(dutch(text), `${why}: ${text.slice(0, 200)}`).toBe(true)
    }
    expect(await stored()).toEqual(before)
  }, 60_000)

  // Generated requests (fast-check), new ones on every run: every public path of both apps. The run's seed
  // is printed; FUZZ_SEED=<seed> repeats a run's requests exactly.
  it('answer 1,700 generated malformed requests on every public path with no 5xx, and change nothing stored', async () => {
    const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31))
    const before = await stored()
    const counts = { tried: 0, ok: 0, rejected: 0, failed: 0 }
    const failures: string[] = []
    const byStatus: Record<string, number> = {}
    const notDutch = new Set<string>()
    // Each request from another client address (X-Forwarded-For, as the proxy in front sets it), so the
    // CMS's per-client API limit does not turn the run into 429s.
    const client = () => `203.0.113.${1 + Math.floor(Math.random() * 250)}`
    const send = async (label: string, url: string, init: RequestInit = {}) => {
      const started = performance.now()
      const headers = { 'x-forwarded-for': client(), ...(init.headers as Record<string, string> | undefined) }
      const options = { ...init, headers, redirect: 'manual' as const, signal: AbortSignal.timeout(15_000) }
      const toPortal = url.startsWith(portal())
      const answer = toPortal ? fetchFrom(`127.0.0.${2 + Math.floor(Math.random() * 250)}`, url, options) : fetch(url, options)
      const response = await answer.catch((error: Error) => {
        failures.push(`${error.name} after ${Math.round(performance.now() - started)} ms: ${label} ${safeDecode(url).slice(0, 160)}`)
        // A server that stops answering fails the run at once rather than after every request's timeout.
        if (failures.filter((failure) => /^(TimeoutError|AbortError)/.test(failure)).length >= 3) throw new Error(`no answer within 15 s, three times:\n${failures.join('\n')}`)
        return null
      })
      const took = performance.now() - started
      if (took > 2000) console.log(`slow (${Math.round(took)} ms): ${label} ${safeDecode(url).slice(0, 200)}`)
      if (!response) return
      counts.tried++
      byStatus[response.status] = (byStatus[response.status] ?? 0) + 1
      const text = await response.text()
      // oEmbed's specification asks for 501 when a format other than JSON is asked for: that answer is deliberate.
      const oembedFormat = response.status === 501 && new URL(url).pathname === '/oembed' && new URL(url).searchParams.get('format') !== 'json'
      if (response.status >= 500 && !oembedFormat) {
        counts.failed++
        failures.push(`${response.status} ${label} ${safeDecode(url).slice(0, 160)} ${init.body ? String(init.body).slice(0, 80) : ''}: ${text.slice(0, 160)}`)
      } else if (response.status >= 400) {
        counts.rejected++
        if (response.status !== 404 && response.status !== 405 && !dutch(text)) notDutch.add(`${response.status} ${label}: ${text.slice(0, 120)}`)
      } else counts.ok++
    }
    const value = fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.constantFrom('', '99999999999999999999', '-1', '1.5', 'null', 'true', '2026-13-45', '%00', '[]', '{}'), fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }))
    const where = fc.record({
      field: fc.constantFrom('id', 'title', 'slug', 'publishedAt', 'themes', 'regions', '_status', 'type', 'nonexist', 'contact.name', 'or', 'and'),
      operator: fc.constantFrom('equals', 'not_equals', 'in', 'not_in', 'all', 'like', 'contains', 'greater_than', 'less_than_equal', 'exists', 'near', 'within', 'intersects', 'bogus'),
      value,
    })
    // Payload's REST API: where, sort, limit, page, depth and select of every kind.
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('knowledge-items', 'organisations', 'events', 'themes', 'media'),
        where,
        fc.record({ sort: fc.option(fc.string({ maxLength: 10 })), limit: fc.option(value), page: fc.option(value), depth: fc.option(value) }),
        async (collection, w, rest) => {
          const params = new URLSearchParams()
          const key = `where[${w.field}][${w.operator}]`
          for (const one of Array.isArray(w.value) ? w.value : [w.value]) params.append(Array.isArray(w.value) ? `${key}[]` : key, String(one))
          for (const [name, v] of Object.entries(rest)) if (v !== null) for (const one of [v].flat()) params.append(name, String(one))
          await send('REST', `${cmsUrl()}/api/${collection}?${params}`)
        },
      ),
      { numRuns: 400, seed },
    )
    // Ids in the path.
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('knowledge-items', 'organisations', 'users', 'media', 'pages'), fc.oneof(fc.string({ minLength: 1, maxLength: 25 }), fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }).map(String)), async (collection, id) => {
        await send('id', `${cmsUrl()}/api/${collection}/${encodeURIComponent(id)}`)
      }),
      { numRuns: 200, seed },
    )
    // The project's own write endpoints, with any JSON.
    const body = fc.oneof(fc.json({ maxDepth: 2 }), fc.string({ maxLength: 40 }))
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('registrations/register', 'registrations/cancel', 'feedback/answer', 'usage'), body, async (endpoint, data) => {
        await send(endpoint, `${cmsUrl()}/api/${endpoint}`, { method: 'POST', headers: { 'content-type': 'application/json', ...asPortal() }, body: data })
      }),
      { numRuns: 200, seed },
    )
    // The portal's query parameters (the kennisbank's filters and search, the agenda, the search page).
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/kennisbank', '/zoeken', '/agenda', '/cijfers'),
        fc.dictionary(fc.constantFrom('zoekterm', 'soort', 'thema', 'regio', 'programma', 'doelgroep', 'onderbouwing', 'jaar', 'sorteer', 'pagina', 'wanneer', 'x'), fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('99999999999999999999', '-1', '%00', 'wonen'))),
        async (path, params) => {
          await send('portal', `${portal()}${path}?${new URLSearchParams(params)}`)
        },
      ),
      { numRuns: 200, seed },
    )
    const anyText = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('', '99999999999999999999', '-1', '%00', '\u0000', '<script>', "' OR 1=1 --", '../../etc/passwd', 'wonen', 'ä'.repeat(300)))
    // GraphQL: any body, any query text, and queries of the schema with odd arguments.
    const graphqlBody = fc.oneof(
      fc.json({ maxDepth: 2 }),
      fc.string({ maxLength: 60 }),
      fc.record({ query: anyText }).map((body) => JSON.stringify(body)),
      fc
        .record({ collection: fc.constantFrom('KnowledgeItems', 'Events', 'Organisations', 'Users', 'Media', 'Themes'), limit: fc.oneof(fc.integer(), anyText.map((t) => JSON.stringify(t))), where: anyText })
        .map(({ collection, limit, where }) => JSON.stringify({ query: `{ ${collection}(limit: ${limit}, where: ${where}) { docs { id } totalDocs } }` })),
      fc.record({ query: fc.constant('query($a: Int) { KnowledgeItems(limit: $a) { totalDocs } }'), variables: fc.dictionary(fc.constantFrom('a', 'b'), fc.jsonValue({ maxDepth: 1 })) }).map((body) => JSON.stringify(body)),
    )
    await fc.assert(
      fc.asyncProperty(graphqlBody, fc.constantFrom('application/json', 'text/plain', 'multipart/form-data; boundary=x', 'application/graphql'), async (body, type) => {
        await send('GraphQL', `${cmsUrl()}/api/graphql`, { method: 'POST', headers: { 'content-type': type }, body })
      }),
      { numRuns: 200, seed },
    )
    // Payload's auth endpoints, with any body and content type (accounts never match: random addresses).
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('login', 'logout', 'forgot-password', 'reset-password', 'refresh-token', 'unlock', 'verify/x', 'me', 'first-register', 'access'),
        fc.oneof(fc.json({ maxDepth: 2 }), fc.record({ email: anyText, password: anyText, token: anyText }).map((body) => JSON.stringify(body))),
        fc.constantFrom('application/json', 'text/plain', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded'),
        fc.constantFrom('POST', 'GET'),
        async (endpoint, body, type, method) => {
          await send(`auth ${endpoint}`, `${cmsUrl()}/api/users/${endpoint}`, method === 'GET' ? {} : { method, headers: { 'content-type': type }, body })
        },
      ),
      { numRuns: 200, seed },
    )
    // The CMS's search and suggestions, every parameter.
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/api/search', '/api/search/suggest', '/api/search/site'),
        fc.dictionary(fc.constantFrom('q', 'type', 'theme', 'region', 'programme', 'audience', 'evidence', 'year', 'sort', 'page', 'limit', 'x'), anyText),
        async (path, params) => {
          await send('search', `${cmsUrl()}${path}?${new URLSearchParams(params)}`)
        },
      ),
      { numRuns: 200, seed },
    )
    // The portal's open API, its feeds and oEmbed.
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/api/v1/kennisitems', '/api/v1/evenementen', '/api/v1/themas', '/api/v1/kennisitems/x', '/kennisbank/feed.json', '/agenda/atom.xml', '/agenda.ics', '/oembed', '/zoeken/suggesties'),
        fc.dictionary(fc.constantFrom('zoekterm', 'soort', 'thema', 'programma', 'regio', 'doelgroep', 'onderbouwing', 'jaar', 'sorteer', 'pagina', 'aantal', 'vanaf', 'url', 'q', 'format'), anyText),
        async (path, params) => {
          await send('portal API', `${portal()}${path}?${new URLSearchParams(params)}`)
        },
      ),
      { numRuns: 150, seed },
    )
    // The portal's forms, with any fields (registration, cancellation, feedback, contribution).
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/agenda/week-van-de-brede-welvaart-opening?/aanmelden', '/agenda/x?/afmelden', '/reactie', '/kennisbank/delen'),
        fc.dictionary(fc.constantFrom('naam', 'email', 'organisatie', 'opmerking', 'id', 'code', 'token', 'antwoord', 'titel', 'samenvatting', 'website', 'gestart', 'x'), anyText),
        fc.constantFrom('application/x-www-form-urlencoded', 'multipart/form-data'),
        async (action, fields, type) => {
          const body = type === 'multipart/form-data' ? Object.entries(fields).reduce((form, [name, value]) => (form.append(name, value), form), new FormData()) : new URLSearchParams(fields)
          await send('portal form', `${portal()}${action}`, { method: 'POST', headers: { origin: portal() }, body })
        },
      ),
      { numRuns: 100, seed },
    )
    console.log(`malformed requests (FUZZ_SEED=${seed}): ${counts.tried} tried, ${counts.ok} answered, ${counts.rejected} rejected with a 4xx, ${counts.failed} with a 5xx; by status ${JSON.stringify(byStatus)}`)
    expect(failures).toEqual([])
    expect([...notDutch], '4xx answers without a Dutch message').toEqual([])
    expect(counts.tried).toBeGreaterThanOrEqual(1700)
    expect(await stored()).toEqual(before)
  }, 600_000)
})
