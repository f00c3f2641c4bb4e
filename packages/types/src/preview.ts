// Preview links (?preview=… on a portal page): the CMS signs a short-lived token for one draft (collection and
// id); the portal checks it before it asks the CMS for the draft, and the CMS checks it again before it answers.
// Both know the secret (PORTAL_API_KEY); a token is useless for any other document and after it expires.
// Server-side only (node:crypto).
import { createHmac, timingSafeEqual } from 'node:crypto'

import { draftCollections, type DraftCollection } from './api'

/** How long a preview link works: an editing session; the admin makes a new one each time it opens a document. */
export const previewLifetimeMs = 2 * 60 * 60 * 1000

export type PreviewClaim = { collection: DraftCollection; id: number; expires: number }

const signature = (secret: string, payload: string) => createHmac('sha256', `preview:${secret}`).update(payload).digest('base64url')

export function signPreview(secret: string, collection: DraftCollection, id: number, now = Date.now()): string {
  const payload = Buffer.from(JSON.stringify({ c: collection, i: id, e: now + previewLifetimeMs })).toString('base64url')
  return `${payload}.${signature(secret, payload)}`
}

/** The claim of a valid, unexpired token; null for anything else. */
export function verifyPreview(secret: string, token: unknown, now = Date.now()): PreviewClaim | null {
  if (typeof token !== 'string' || token.length > 300 || !secret) return null
  const [payload, mac, extra] = token.split('.')
  if (!payload || !mac || extra !== undefined) return null
  const expected = Buffer.from(signature(secret, payload))
  const given = Buffer.from(mac)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null
  let claim: { c?: unknown; i?: unknown; e?: unknown }
  try {
    claim = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
  } catch {
    return null
  }
  const { c, i, e } = claim
  if (!draftCollections.includes(c as DraftCollection) || !Number.isSafeInteger(i) || typeof e !== 'number' || e < now) return null
  return { collection: c as DraftCollection, id: i as number, expires: e }
}
