// Signed, short-lived tokens the CMS and the portal both check (HMAC-SHA256 with PORTAL_API_KEY, which both
// know; a purpose in the key, so a token of one kind is never valid as another). Server-side only (node:crypto).
//   preview   ?preview=… on a portal page: the CMS signs it for one draft (collection and id); the portal
//             checks it before it asks the CMS for the draft, and the CMS checks it again before it answers.
//   feedback  the feedback question (was this page useful?): the portal signs one per page view, with a random number; the CMS
//             counts one answer per number, so a token votes once, and nothing about the reader is needed.
//   form      when a form was shown (the contribution form): spam sent within seconds of the page is refused.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

import { draftCollections, type DraftCollection } from './api'

type Purpose = 'preview' | 'feedback' | 'form'

const signature = (secret: string, purpose: Purpose, payload: string) => createHmac('sha256', `${purpose}:${secret}`).update(payload).digest('base64url')

function sign(secret: string, purpose: Purpose, claim: Record<string, unknown>): string {
  const payload = Buffer.from(JSON.stringify(claim)).toString('base64url')
  return `${payload}.${signature(secret, purpose, payload)}`
}

/** The claim of a well-signed, unexpired token (`e`, ms since 1970); null for anything else. */
function verify(secret: string, purpose: Purpose, token: unknown, now: number): Record<string, unknown> | null {
  if (typeof token !== 'string' || token.length > 400 || !secret) return null
  const [payload, mac, extra] = token.split('.')
  if (!payload || !mac || extra !== undefined) return null
  const expected = Buffer.from(signature(secret, purpose, payload))
  const given = Buffer.from(mac)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null
  try {
    const claim: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
    if (!claim || typeof claim !== 'object') return null
    const { e } = claim as { e?: unknown }
    return typeof e === 'number' && e >= now ? (claim as Record<string, unknown>) : null
  } catch {
    return null
  }
}

// ── Preview ─────────────────────────────────────────────────────────────────────────────────────

/** How long a preview link works: an editing session; the admin makes a new one each time it opens a document. */
export const previewLifetimeMs = 2 * 60 * 60 * 1000

export type PreviewClaim = { collection: DraftCollection; id: number; expires: number }

export const signPreview = (secret: string, collection: DraftCollection, id: number, now = Date.now()): string =>
  sign(secret, 'preview', { c: collection, i: id, e: now + previewLifetimeMs })

export function verifyPreview(secret: string, token: unknown, now = Date.now()): PreviewClaim | null {
  const claim = verify(secret, 'preview', token, now)
  if (!claim || !draftCollections.includes(claim.c as DraftCollection) || !Number.isSafeInteger(claim.i)) return null
  return { collection: claim.c as DraftCollection, id: claim.i as number, expires: claim.e as number }
}

// ── Feedback ────────────────────────────────────────────────────────────────────────────────────

/** The collections whose pages ask the feedback question (was this page useful?). */
export const feedbackCollections = ['knowledge-items', 'pages'] as const
export type FeedbackCollection = (typeof feedbackCollections)[number]
/** How long after the page view an answer is taken. */
export const feedbackLifetimeMs = 24 * 60 * 60 * 1000

export type FeedbackClaim = { collection: FeedbackCollection; id: number; nonce: string }

export const signFeedback = (secret: string, collection: FeedbackCollection, id: number, now = Date.now()): string =>
  sign(secret, 'feedback', { c: collection, i: id, n: randomBytes(16).toString('base64url'), e: now + feedbackLifetimeMs })

export function verifyFeedback(secret: string, token: unknown, now = Date.now()): FeedbackClaim | null {
  const claim = verify(secret, 'feedback', token, now)
  if (!claim || !feedbackCollections.includes(claim.c as FeedbackCollection) || !Number.isSafeInteger(claim.i)) return null
  if (typeof claim.n !== 'string' || !/^[\w-]{22}$/.test(claim.n)) return null
  return { collection: claim.c as FeedbackCollection, id: claim.i as number, nonce: claim.n }
}

// ── Form start ──────────────────────────────────────────────────────────────────────────────────

/** People take longer than this to fill in a form; scripts that post at once do not. */
export const formMinimumMs = 3000

export const signFormStart = (secret: string, now = Date.now()): string => sign(secret, 'form', { t: now, e: now + 24 * 60 * 60 * 1000 })

/** How long ago the form was shown (ms), by its token; null for a token that is not one or expired. */
export function formAge(secret: string, token: unknown, now = Date.now()): number | null {
  const claim = verify(secret, 'form', token, now)
  return claim && typeof claim.t === 'number' ? now - claim.t : null
}
