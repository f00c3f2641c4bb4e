// Usage figures (src/usage/endpoint.ts, collections/Usage.ts): only the portal reports them, bad reports
// are refused in Dutch, concurrent reports add up exactly, and the tables hold nothing about visitors.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { query } from '../../src/db'
import { asPortal, http, localApi, requiredEnv, unique } from './helpers'

let payload: Payload
let editor: string

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date())
const report = (body: unknown, headers: Record<string, string> = asPortal()) => http.send('POST', '/api/usage', body, undefined, headers)
const viewsOf = async (path: string) =>
  Number((await query(payload, 'SELECT coalesce(sum(views), 0) AS n FROM page_views WHERE path = $1', [path])).rows[0]?.n ?? 0)

beforeAll(async () => {
  payload = await localApi()
  editor = (await http.login(requiredEnv('TEST_EDITOR_EMAIL'), requiredEnv('TEST_EDITOR_PASSWORD'))).token!
})

describe('usage figures', () => {
  it('are taken from the portal only, and a bad report is refused in Dutch without storing anything', async () => {
    const path = `/${unique('pagina')}`
    const good = { pages: [{ day: today(), path, views: 2 }] }
    const stranger = await report(good, {})
    expect(stranger.status).toBe(401)
    expect(stranger.body.message).toBe('Alleen de portal kan gebruikscijfers doorgeven.')
    const wrongKey = await report(good, { 'x-kennisbank-portal-key': 'raden' })
    expect(wrongKey.status).toBe(401)
    for (const bad of [
      { pages: [{ day: '2020-01-01', path, views: 1 }] },
      { pages: [{ day: today(), path: 'geen-pad', views: 1 }] },
      { pages: [{ day: today(), path: `${path}?q=1`, views: 1 }] },
      { pages: [{ day: today(), path, views: -1 }] },
      { pages: [{ day: today(), path, views: 1.5 }] },
      { pages: 'veel' },
      { searches: [{ day: today(), query: 'Hoofdletters', searches: 1, results: 0 }] },
      { searches: [{ day: today(), query: 'x'.repeat(201), searches: 1, results: 0 }] },
      // One bad row refuses the whole report: nothing of it is stored.
      { pages: [{ day: today(), path, views: 1 }, { day: today(), path, views: 0 }] },
    ]) {
      const answer = await report(bad)
      expect(answer.status, JSON.stringify(bad)).toBe(400)
      expect(answer.body.message).toMatch(/^De gebruikscijfers zijn niet geldig/)
    }
    expect((await report('[1, 2]' as unknown)).status).toBe(400)
    expect(await viewsOf(path)).toBe(0)
    expect((await report(good)).status).toBe(200)
    expect(await viewsOf(path)).toBe(2)
    // The day is the same date wherever the admin is read (stored at noon UTC).
    const { docs } = await payload.find({ collection: 'page-views', where: { path: { equals: path } } })
    for (const timeZone of ['Europe/Amsterdam', 'UTC', 'America/New_York', 'Asia/Tokyo']) {
      expect(new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date(docs[0]!.day)), timeZone).toBe(today())
    }
  })

  it('add up exactly under 100 concurrent reports, also of several portal processes at once', async () => {
    const path = `/${unique('druk')}`
    const words = unique('zoekwoord').toLowerCase()
    const answers = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        report({ pages: [{ day: today(), path, views: 1 + (i % 3) }], searches: [{ day: today(), query: words, searches: 1, results: i % 2 ? 0 : 4 }] }),
      ),
    )
    expect(answers.map((answer) => answer.status).filter((status) => status !== 200)).toEqual([])
    const expected = Array.from({ length: 100 }, (_, i) => 1 + (i % 3)).reduce((a, b) => a + b, 0)
    expect(await viewsOf(path)).toBe(expected)
    const { rows } = await query(payload, 'SELECT searches::int, results::int FROM search_queries WHERE query = $1', [words])
    expect(rows).toHaveLength(1)
    expect(rows[0]?.searches).toBe(100)
  })

  it('store nothing about visitors: only the day, the page or the words, and numbers', async () => {
    const { rows } = await query(
      payload,
      `SELECT table_name, array_agg(column_name::text ORDER BY column_name) AS columns FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name IN ('page_views', 'search_queries') GROUP BY table_name ORDER BY table_name`,
    )
    expect(rows).toEqual([
      { table_name: 'page_views', columns: ['day', 'id', 'path', 'views'] },
      { table_name: 'search_queries', columns: ['day', 'id', 'query', 'results', 'searches'] },
    ])
  })

  it('are read by editors only, and nobody writes them through the API', async () => {
    for (const collection of ['page-views', 'search-queries']) {
      expect((await http.get(`/api/${collection}`)).status, collection).toBe(403)
      expect((await http.get(`/api/${collection}`, editor)).status, collection).toBe(200)
      expect((await http.send('POST', `/api/${collection}`, { day: new Date().toISOString(), path: '/x', query: 'x', views: 1, searches: 1, results: 0 }, editor)).status, collection).toBe(403)
    }
    const anonymous = await http.graphql('{ PageViews { docs { path } } SearchQueries { docs { query } } }')
    expect(anonymous.body.data?.PageViews?.docs ?? []).toEqual([])
    expect(anonymous.body.data?.SearchQueries?.docs ?? []).toEqual([])
  })
})
