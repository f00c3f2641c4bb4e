import { createHmac } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { previewLifetimeMs, signPreview, verifyPreview } from '@kennisbank/types/tokens'

describe('preview tokens', () => {
  const secret = 'geheim-van-de-portal'
  const now = Date.UTC(2026, 11, 2, 12)

  it('name one document until they expire', () => {
    const token = signPreview(secret, 'events', 42, now)
    expect(verifyPreview(secret, token, now)).toEqual({ collection: 'events', id: 42, expires: now + previewLifetimeMs })
    expect(verifyPreview(secret, token, now + previewLifetimeMs)).not.toBeNull()
    expect(verifyPreview(secret, token, now + previewLifetimeMs + 1)).toBeNull()
  })

  it('refuse another secret, any change, junk and what is not a token', () => {
    const token = signPreview(secret, 'knowledge-items', 7, now)
    const [payload, mac] = token.split('.') as [string, string]
    const forged = Buffer.from(JSON.stringify({ c: 'knowledge-items', i: 8, e: now + 1000 })).toString('base64url')
    const flipped = `${mac.slice(0, -1)}${mac.endsWith('A') ? 'B' : 'A'}`
    for (const bad of [signPreview('een-ander-geheim', 'knowledge-items', 7, now), `${forged}.${mac}`, `${payload}.${flipped}`, `${token}.x`, payload, '', 'a.b', null, 7, 'x'.repeat(500)]) {
      expect(verifyPreview(secret, bad, now)).toBeNull()
    }
    expect(verifyPreview('', token, now)).toBeNull()
  })

  it('only for a document of a collection with drafts, even when signed with the secret', () => {
    const signed = (claim: object) => {
      const payload = Buffer.from(JSON.stringify(claim)).toString('base64url')
      return `${payload}.${createHmac('sha256', `preview:${secret}`).update(payload).digest('base64url')}`
    }
    expect(verifyPreview(secret, signed({ c: 'pages', i: 1, e: now + 1000 }), now)).not.toBeNull()
    for (const claim of [{ c: 'users', i: 1, e: now + 1000 }, { c: 'pages', i: '1', e: now + 1000 }, { c: 'pages', i: 1.5, e: now + 1000 }, { c: 'pages', i: 1 }]) {
      expect(verifyPreview(secret, signed(claim), now)).toBeNull()
    }
  })
})
