import { connect } from 'node:net'

import type { Field, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { populates } from '@kennisbank/types/relations'

import { signedInvalidation } from '../../src/cache/notify'
import { localApi, publishable, richText, startApp } from './helpers'

let payload: Payload
beforeAll(async () => {
  payload = await localApi()
})

/** The collections a field brings along at depth 1: relationship, upload and join fields, however deeply nested. */
function targets(fields: Field[]): string[] {
  return fields.flatMap((field): string[] => {
    if (field.type === 'relationship' || field.type === 'upload') return ([] as string[]).concat(field.relationTo)
    if (field.type === 'join') return [field.collection].flat()
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => targets(tab.fields))
    if (field.type === 'blocks') return (field.blocks ?? []).flatMap((block) => targets(block.fields))
    if ('fields' in field && Array.isArray(field.fields)) return targets(field.fields)
    return []
  })
}

describe('portal cache tags', () => {
  it('know which collections each collection and global brings along (the map in packages/types/src/relations.ts)', () => {
    const actual = Object.fromEntries(
      [...payload.config.collections.map((c) => [c.slug, c.fields] as const), ...payload.config.globals.map((g) => [`global:${g.slug}`, g.fields] as const)]
        .filter(([slug]) => !slug.startsWith('payload-'))
        .map(([slug, fields]) => [slug, [...new Set(targets(fields))].sort()])
        .filter(([, list]) => list?.length),
    )
    if (JSON.stringify(actual) !== JSON.stringify(populates)) console.log(JSON.stringify(actual, null, 2))
    expect(populates).toEqual(actual)
  })
})

const portal = () => process.env.PORTAL_URL!
const percentile95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1]!

/** Milliseconds until `check` holds, polling every 50 ms; fails after 10 s. */
async function timeUntil(check: () => Promise<boolean>): Promise<number> {
  const start = performance.now()
  while (performance.now() - start < 10_000) {
    if (await check()) return performance.now() - start
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error('not seen within 10 s')
}
const pageText = async (path: string) => {
  const response = await fetch(`${portal()}${path}`)
  return { status: response.status, cache: response.headers.get('x-cache'), text: await response.text() }
}
/** Asks for a page until the portal answers it from its cache (invalidations of earlier changes may still arrive). */
const cachedPage = (path: string) => expect.poll(async () => (await pageText(path)).cache, { timeout: 5000 }).toBe('HIT')

describe('portal page cache', () => {
  it('serves a page from its cache, and shows a publish within 2 s (p95 over 20), an unpublish and a delete as fast', async () => {
    const times: number[] = []
    const m = `snel${Math.random().toString(36).slice(2, 8)}`
    const created: number[] = []
    for (let i = 0; i < 20; i++) {
      await cachedPage('/kennisbank')
      const title = `Zichtbaar ${m} nummer ${i}`
      const start = performance.now()
      const doc = await payload.create({
        collection: 'knowledge-items',
        data: { title, slug: `${m}-${i}`, summary: 'Net gepubliceerd.', body: richText('Tekst'), type: 'article', _status: 'published', ...publishable },
      } as Parameters<Payload['create']>[0])
      created.push(Number(doc.id))
      await timeUntil(async () => (await pageText('/kennisbank')).text.includes(title))
      times.push(performance.now() - start)
    }
    const p95 = percentile95(times)
    console.log(`publish → visible on /kennisbank: p50 ${times.sort((a, b) => a - b)[9]!.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms (20 publishes)`)
    expect(p95).toBeLessThan(2000)

    // Its own page, cached, then unpublished: gone from the page and the list; then deleted.
    const [last] = created.slice(-1)
    expect((await pageText(`/kennisbank/${m}-19`)).status).toBe(200)
    await cachedPage(`/kennisbank/${m}-19`)
    await payload.update({ collection: 'knowledge-items', id: last!, data: { _status: 'draft' } })
    expect(await timeUntil(async () => (await pageText(`/kennisbank/${m}-19`)).status === 404)).toBeLessThan(2000)
    expect(await timeUntil(async () => !(await pageText('/kennisbank')).text.includes(`Zichtbaar ${m} nummer 19`))).toBeLessThan(2000)
    expect((await pageText(`/kennisbank/${m}-18`)).status).toBe(200)
    await payload.delete({ collection: 'knowledge-items', id: created.at(-2)! })
    expect(await timeUntil(async () => (await pageText(`/kennisbank/${m}-18`)).status === 404)).toBeLessThan(2000)
    for (const id of created.slice(0, -2)) await payload.delete({ collection: 'knowledge-items', id })
    await payload.delete({ collection: 'knowledge-items', id: last! })
  }, 120_000)

  it('shows a changed site setting within 2 s', async () => {
    const before = await payload.findGlobal({ slug: 'site-settings' })
    await cachedPage('/')
    await payload.updateGlobal({ slug: 'site-settings', data: { tagline: 'Een nieuwe ondertitel om te testen' } })
    expect(await timeUntil(async () => (await pageText('/')).text.includes('Een nieuwe ondertitel om te testen'))).toBeLessThan(2000)
    await payload.updateGlobal({ slug: 'site-settings', data: { tagline: before.tagline } })
  })

  it('refuses invalidations that are unsigned, signed with another key, too old or replayed (401)', async () => {
    const call = (body: string, headers: Record<string, string>) => fetch(`${portal()}/_cache/invalidate`, { method: 'POST', body, headers })
    expect((await call(JSON.stringify({ tags: ['knowledge-items'] }), { 'content-type': 'application/json' })).status).toBe(401)
    const wrongKey = signedInvalidation('een-andere-sleutel', ['knowledge-items'])
    expect((await call(wrongKey.body, wrongKey.headers)).status).toBe(401)
    const old = signedInvalidation(process.env.PORTAL_API_KEY!, ['knowledge-items'], Date.now() - 5 * 60_000)
    expect((await call(old.body, old.headers)).status).toBe(401)
    const good = signedInvalidation(process.env.PORTAL_API_KEY!, ['knowledge-items'])
    expect((await call(good.body, good.headers)).status).toBe(200)
    expect((await call(good.body, good.headers)).status).toBe(401)
  })
})

/** Whether Redis answers at `url` (CI has it; a fresh machine with only Node.js may not). */
const redisAnswers = (url: string) =>
  new Promise<boolean>((resolve) => {
    const { hostname, port } = new URL(url)
    const socket = connect(Number(port || 6379), hostname, () => {
      socket.end()
      resolve(true)
    })
    socket.on('error', () => resolve(false))
  })

/** A portal process of its own (server/index.js) on a free port, with extra environment; waits until it answers. */
const startPortal = (env: Record<string, string>) => startApp('portal', env)

describe('portal page cache, many visitors at once', () => {
  it('renders an expired page once for many simultaneous requests; the others get the kept copy meanwhile', async () => {
    const portal = await startPortal({ PAGE_CACHE_TTL: '1' })
    try {
      const get = async () => (await fetch(`http://127.0.0.1:${portal.port}/kennisbank`)).headers.get('x-cache')
      expect(await get()).toBe('MISS')
      expect(await get()).toBe('HIT')
      await new Promise((resolve) => setTimeout(resolve, 1200))
      const states = await Promise.all(Array.from({ length: 20 }, get))
      expect(states.filter((state) => state === 'MISS')).toHaveLength(1)
      expect(states.every((state) => state === 'MISS' || state === 'STALE' || state === 'HIT')).toBe(true)
    } finally {
      portal.stop()
    }
  })
})

const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'
const available = await redisAnswers(redisUrl)

describe('portal page cache with Redis', () => {
  // CI runs it (Redis is there); without Redis, on a machine with only Node.js, it is skipped.
  it.skipIf(!available && !process.env.CI)('shares pages between two portal processes, and an invalidation sent to one reaches both', async () => {
    // Keys of this run only, so pages kept by an earlier run do not count.
    const prefix = `kennisbank-test-${process.pid}-${Date.now()}`
    const portals = await Promise.all([0, 1].map(() => startPortal({ REDIS_URL: redisUrl, REDIS_PREFIX: prefix })))
    const ports = portals.map((portal) => portal.port)
    try {
      const get = async (port: number) => {
        const response = await fetch(`http://127.0.0.1:${port}/kennisbank`)
        return { cache: response.headers.get('x-cache'), text: await response.text() }
      }
      // The first process renders the page; the second one takes it from Redis without rendering.
      expect((await get(ports[0]!)).cache).toBe('MISS')
      await expect.poll(async () => (await get(ports[1]!)).cache, { timeout: 2000 }).toBe('SHARED')
      expect((await get(ports[0]!)).cache).toBe('HIT')
      expect((await get(ports[1]!)).cache).toBe('HIT')

      // A new item (the CMS tells only the main portal), then the invalidation sent to the first process
      // only: both show the item at once, so both dropped their copy and Redis holds no old one.
      const title = `Gedeeld ${prefix}`
      const doc = await payload.create({
        collection: 'knowledge-items',
        data: { title, slug: prefix, summary: 'Voor twee portaalprocessen.', body: richText('Tekst'), type: 'article', _status: 'published', ...publishable },
      } as Parameters<Payload['create']>[0])
      try {
        expect((await get(ports[1]!)).text).not.toContain(title)
        const { body, headers } = signedInvalidation(process.env.PORTAL_API_KEY!, ['knowledge-items'])
        expect((await fetch(`http://127.0.0.1:${ports[0]}/_cache/invalidate`, { method: 'POST', body, headers })).status).toBe(200)
        expect((await get(ports[0]!)).text).toContain(title)
        await expect.poll(async () => (await get(ports[1]!)).text.includes(title), { timeout: 2000 }).toBe(true)
      } finally {
        await payload.delete({ collection: 'knowledge-items', id: doc.id })
      }
    } finally {
      for (const portal of portals) portal.stop()
    }
  }, 60_000)
})
