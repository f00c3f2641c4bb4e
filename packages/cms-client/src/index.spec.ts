import { describe, expect, it } from 'vitest'

import { CmsError, createCmsClient } from './index'

function recordingFetch(body: unknown, status = 200) {
  const calls: URL[] = []
  const fetchImpl = (async (input: URL | RequestInfo) => {
    calls.push(new URL(String(input)))
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })
  }) as typeof fetch
  return { calls, fetchImpl }
}

const empty = { docs: [], totalDocs: 0, limit: 10, page: 1, totalPages: 0, hasNextPage: false, hasPrevPage: false }

describe('createCmsClient', () => {
  it('always filters collections with drafts on _status = published and never asks for drafts', async () => {
    const { calls, fetchImpl } = recordingFetch(empty)
    const cms = createCmsClient({ baseUrl: 'http://cms.test', fetch: fetchImpl })
    await cms.list('knowledge-items', { page: 2 })
    await cms.findBySlug('events', 'x')
    for (const url of calls) {
      expect(url.searchParams.get('where[and][1][_status][equals]')).toBe('published')
      expect(url.searchParams.has('draft')).toBe(false)
    }
    expect(calls[0]?.searchParams.get('page')).toBe('2')
  })

  it('pages through every document with all(), published only', async () => {
    const calls: URL[] = []
    const fetchImpl = (async (input: URL | RequestInfo) => {
      const url = new URL(String(input))
      calls.push(url)
      const page = Number(url.searchParams.get('page'))
      const body = { ...empty, docs: [{ slug: `p${page}` }], page, hasNextPage: page < 3 }
      return new Response(JSON.stringify(body), { status: 200 })
    }) as typeof fetch
    const cms = createCmsClient({ baseUrl: 'http://cms.test', fetch: fetchImpl })
    const docs = await cms.all('pages', { select: { slug: true } })
    expect(docs.map((doc) => doc.slug)).toEqual(['p1', 'p2', 'p3'])
    expect(calls.every((url) => url.searchParams.get('where[and][1][_status][equals]') === 'published')).toBe(true)
    expect(calls[0]?.searchParams.get('select[slug]')).toBe('true')
    expect(calls[0]?.searchParams.get('limit')).toBe('100')
  })

  it('searches with only the parameters given, and passes on the CMS\'s Dutch message for bad input', async () => {
    const { calls, fetchImpl } = recordingFetch({ docs: [], facets: {} })
    const cms = createCmsClient({ baseUrl: 'http://cms.test', fetch: fetchImpl })
    await cms.search({ q: 'gemeenten', theme: 'wonen', region: '', page: 2 })
    expect(Object.fromEntries(calls[0]!.searchParams)).toEqual({ q: 'gemeenten', theme: 'wonen', page: '2' })
    expect(calls[0]!.pathname).toBe('/api/search')
    const bad = createCmsClient({ baseUrl: 'http://cms.test', fetch: recordingFetch({ errors: [{ message: 'De zoekvraag is te lang.' }] }, 400).fetchImpl })
    await expect(bad.search({ q: 'x' })).rejects.toMatchObject({ status: 400, message: 'De zoekvraag is te lang.' })
  })

  it('leaves collections without drafts unfiltered', async () => {
    const { calls, fetchImpl } = recordingFetch(empty)
    await createCmsClient({ baseUrl: 'http://cms.test', fetch: fetchImpl }).list('themes')
    expect([...calls[0]!.searchParams.keys()].some((key) => key.includes('_status'))).toBe(false)
  })

  it('turns an error status into a CmsError instead of an empty result', async () => {
    const { fetchImpl } = recordingFetch({ errors: [] }, 500)
    const cms = createCmsClient({ baseUrl: 'http://cms.test', fetch: fetchImpl })
    await expect(cms.list('knowledge-items')).rejects.toBeInstanceOf(CmsError)
  })

  it('reports an unreachable CMS as 503', async () => {
    const failing = (async () => {
      throw new TypeError('fetch failed')
    }) as typeof fetch
    const cms = createCmsClient({ baseUrl: 'http://cms.test', fetch: failing })
    await expect(cms.siteSettings()).rejects.toMatchObject({ status: 503 })
  })

  it('returns null for an unknown slug', async () => {
    const { fetchImpl } = recordingFetch(empty)
    expect(await createCmsClient({ baseUrl: 'http://cms.test', fetch: fetchImpl }).findBySlug('knowledge-items', 'nope')).toBeNull()
  })

  it('reports the cache tags of each read: lists, one document by slug, what a read brings along, globals, seats', async () => {
    const reported: string[][] = []
    const { fetchImpl } = recordingFetch({ ...empty, docs: [{ id: 7, slug: 'x' }] })
    const cms = createCmsClient({ baseUrl: 'http://cms.test', fetch: fetchImpl, onRead: (tags) => reported.push(tags) })
    await cms.list('themes', { depth: 0 })
    await cms.findBySlug('programmes', 'x', 1)
    await cms.siteSettings()
    await cms.registrations.availability('werksessie')
    expect(reported[0]).toEqual(['themes'])
    // A programme's page: its slug and id, and what a programme brings along at depth 1 — not every programme.
    expect(reported[1]).toEqual(expect.arrayContaining(['programmes:slug:x', 'programmes:7', 'events', 'knowledge-items', 'themes', 'media']))
    expect(reported[1]).not.toContain('programmes')
    expect(reported[2]).toEqual(['global:site-settings'])
    expect(reported[3]).toEqual(['seats:werksessie'])
  })
})
