// Malformed requests get a 4xx with a Dutch message, never a 500, and change nothing stored: first the cases
// found by hand (issue 16's list: Payload's query parsing, ids out of range, broken bodies, form posts that are
// no form), then generated ones (fast-check) against the query parameters and write endpoints of both apps.
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
const dutch = (text: string) => !/Something went wrong|Internal Server Error/i.test(text) && /\b(de|het|een|niet|is|van)\b/.test(text)

beforeAll(async () => {
  payload = await localApi()
})

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
      ['login, multipart type with a JSON body', { url: `${cms}/api/users/login`, method: 'POST', headers: multipartJson, body: '{"email":"a@b.nl","password":"x"}' }],
      ['logout, multipart type with a JSON body', { url: `${cms}/api/users/logout`, method: 'POST', headers: multipartJson, body: '{}' }],
      ['forgot password, multipart type', { url: `${cms}/api/users/forgot-password`, method: 'POST', headers: multipartJson, body: '{"email":"a@b.nl"}' }],
      ['reset password, multipart type', { url: `${cms}/api/users/reset-password`, method: 'POST', headers: multipartJson, body: '{"token":"x","password":"y"}' }],
      ['PATCH, multipart type with a JSON body', { url: `${cms}/api/knowledge-items/1`, method: 'PATCH', headers: multipartJson, body: '{"title":"x"}' }],
      ['cancel, an id above 2^31', { url: `${cms}/api/registrations/cancel`, method: 'POST', headers: { ...json, ...asPortal() }, body: '{"id":"99999999999","code":"aaaaaaaaaaaaaaaaaaaaaaaa"}' }],
      ['feedback, broken JSON', { url: `${cms}/api/feedback/answer`, method: 'POST', headers: { ...json, ...asPortal() }, body: '{"token":' }],
    ]
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

  // Generated requests: run by hand (KENNISBANK_FUZZ=1, against the suite's servers); each run tries new inputs.
  // Not yet in CI: one CI run stalled here (300 s) where every run by hand took 16 s, and that is not explained yet.
  it.runIf(process.env.KENNISBANK_FUZZ === '1')('answer 1,000 generated malformed requests with no 5xx, and change nothing stored', async () => {
    const before = await stored()
    const counts = { tried: 0, ok: 0, rejected: 0, failed: 0 }
    const failures: string[] = []
    const send = async (label: string, url: string, init: RequestInit = {}) => {
      const started = performance.now()
      const response = await fetch(url, { ...init, signal: AbortSignal.timeout(15_000) }).catch((error: Error) => {
        failures.push(`${error.name} after ${Math.round(performance.now() - started)} ms: ${label} ${decodeURIComponent(url).slice(0, 160)}`)
        return null
      })
      const took = performance.now() - started
      if (took > 2000) console.log(`slow (${Math.round(took)} ms): ${label} ${decodeURIComponent(url).slice(0, 200)}`)
      if (!response) return
      counts.tried++
      if (response.status >= 500) {
        counts.failed++
        failures.push(`${response.status} ${label} ${decodeURIComponent(url).slice(0, 160)}`)
      } else if (response.status >= 400) counts.rejected++
      else counts.ok++
      await response.arrayBuffer()
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
      { numRuns: 400 },
    )
    // Ids in the path.
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('knowledge-items', 'organisations', 'users', 'media', 'pages'), fc.oneof(fc.string({ minLength: 1, maxLength: 25 }), fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }).map(String)), async (collection, id) => {
        await send('id', `${cmsUrl()}/api/${collection}/${encodeURIComponent(id)}`)
      }),
      { numRuns: 200 },
    )
    // The project's own write endpoints, with any JSON.
    const body = fc.oneof(fc.json({ maxDepth: 2 }), fc.string({ maxLength: 40 }))
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('registrations/register', 'registrations/cancel', 'feedback/answer', 'usage'), body, async (endpoint, data) => {
        await send(endpoint, `${cmsUrl()}/api/${endpoint}`, { method: 'POST', headers: { 'content-type': 'application/json', ...asPortal() }, body: data })
      }),
      { numRuns: 200 },
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
      { numRuns: 200 },
    )
    console.log(`malformed requests: ${counts.tried} tried, ${counts.ok} answered, ${counts.rejected} rejected with a 4xx, ${counts.failed} with a 5xx`)
    expect(failures).toEqual([])
    expect(counts.tried).toBeGreaterThanOrEqual(1000)
    expect(await stored()).toEqual(before)
  }, 300_000)
})
