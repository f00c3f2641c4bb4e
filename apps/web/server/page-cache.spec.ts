import { describe, expect, it } from 'vitest'

import { cacheKey, entryAnswer, isCacheableRequest, pageCache, sign, verifyInvalidation } from './page-cache.js'

describe('page cache', () => {
  it('keys a URL by its path and its non-empty parameters in a fixed order, without tracking parameters', () => {
    expect(cacheKey('/kennisbank?thema=wonen&soort=lesson')).toBe(cacheKey('/kennisbank?soort=lesson&thema=wonen&zoekterm=&utm_source=nieuwsbrief'))
    expect(cacheKey('/kennisbank?soort=lesson')).not.toBe(cacheKey('/kennisbank?soort=tool'))
    expect(cacheKey('/agenda')).toBe('/agenda')
  })

  it('answers only anonymous GET and HEAD requests for pages, never previews, media or cancel links', () => {
    expect(isCacheableRequest('GET', '/kennisbank', {})).toBe(true)
    expect(isCacheableRequest('HEAD', '/', {})).toBe(true)
    expect(isCacheableRequest('POST', '/agenda/x', {})).toBe(false)
    expect(isCacheableRequest('GET', '/kennisbank', { cookie: 'a=b' })).toBe(false)
    expect(isCacheableRequest('GET', '/kennisbank', { authorization: 'JWT x' })).toBe(false)
    expect(isCacheableRequest('GET', '/kennisbank/x?preview=1', {})).toBe(false)
    expect(isCacheableRequest('GET', '/media/rapport.pdf', {})).toBe(false)
    expect(isCacheableRequest('GET', '/agenda/werksessie/afmelden?aanmelding=1&code=x', {})).toBe(false)
  })

  it('keeps pages compressed, answers 304 for a known ETag, and drops exactly the tagged pages', () => {
    const cache = pageCache()
    const html = Buffer.from(`<!doctype html><p>${'brede welvaart '.repeat(200)}</p>`)
    const entry = cache.store('/a', { status: 200, headers: [['content-type', 'text/html']], body: html, tags: ['knowledge-items', 'themes'] })
    cache.store('/b', { status: 200, headers: [['content-type', 'text/html']], body: html, tags: ['events'] })
    const br = entryAnswer(entry, { 'accept-encoding': 'gzip, deflate, br' }, 'HIT')
    expect(br.headers['content-encoding']).toBe('br')
    expect(br.body.length).toBeLessThan(html.length / 5)
    expect(entryAnswer(entry, {}, 'HIT').body).toEqual(html)
    expect(entryAnswer(entry, { 'if-none-match': entry.etag }, 'HIT').status).toBe(304)
    expect(cache.drop(['themes'])).toBe(1)
    expect(cache.fresh('/a')).toBeUndefined()
    expect(cache.fresh('/b')).toBeDefined()
  })

  it('answers 304 for an If-Modified-Since not before the answer was made, unless an If-None-Match says otherwise', () => {
    // Whatever the answer said, its Last-Modified is when it was made (and kept).
    const entry = pageCache().store('/feed', { status: 200, headers: [['content-type', 'application/rss+xml'], ['last-modified', 'Tue, 01 Dec 2020 10:00:00 GMT']], body: Buffer.from('<rss/>'), tags: [] })
    const modified = entryAnswer(entry, {}, 'HIT').headers['last-modified']!
    expect(Date.parse(modified)).toBe(Math.floor(entry.storedAt / 1000) * 1000)
    expect(entryAnswer(entry, { 'if-modified-since': modified }, 'HIT').status).toBe(304)
    expect(entryAnswer(entry, { 'if-modified-since': new Date(Date.parse(modified) - 1000).toUTCString() }, 'HIT').status).toBe(200)
    expect(entryAnswer(entry, { 'if-modified-since': 'no date' }, 'HIT').status).toBe(200)
    expect(entryAnswer(entry, { 'if-modified-since': modified, 'if-none-match': '"other"' }, 'HIT').status).toBe(200)
  })

  it('accepts a signed invalidation once, within a minute, and nothing else', () => {
    const body = JSON.stringify({ tags: ['events'], nonce: 'n1' })
    const now = Date.now()
    const headers = (timestamp: number, secret = 'geheim') => ({ 'x-kennisbank-timestamp': String(timestamp), 'x-kennisbank-signature': sign(secret, timestamp, body) })
    expect(verifyInvalidation('geheim', headers(now, 'anders'), body, now)).toBeNull()
    expect(verifyInvalidation('geheim', headers(now - 61_000), body, now)).toBeNull()
    expect(verifyInvalidation('geheim', {}, body, now)).toBeNull()
    expect(verifyInvalidation('geheim', headers(now), body, now)).toEqual(['events'])
    expect(verifyInvalidation('geheim', headers(now), body, now)).toBeNull()
  })
})
