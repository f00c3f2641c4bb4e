// POST /api/feedback/answer — { token, useful: 'yes' | 'no', remark? }: a reader's answer to "Was deze pagina
// nuttig?", sent by the portal (its key; rate-limited per reader like the forms). The token, signed by the
// portal for one page view (@kennisbank/types/tokens), names the item or page and carries a random number:
// the row keeps that number under a unique index, so one page view answers once (a second answer is a 409),
// however many arrive at the same time. Nothing about the reader is stored.
import { feedbackLimits, type FeedbackResult, type FieldError } from '@kennisbank/types/api'
import { verifyFeedback } from '@kennisbank/types/tokens'

import { Answer, noStore, PublicError } from '../api/answers'
import { controlCharacters } from '../api/input'
import { publicEndpoint, readJsonObject } from '../api/public'
import { query, sql } from '../db'
import { env } from '../env'
import { messages } from '../messages'

const m = messages.feedback

export const feedbackEndpoint = publicEndpoint({ write: true, portalOnly: m.notPortal, cacheControl: noStore, failure: m.failed }, async ({ payload, request }) => {
  const body = await readJsonObject(request, 16 * 1024)
  const claim = verifyFeedback(env.portalApiKey, body.token)
  if (!claim) throw new PublicError(403, m.invalidToken, [{ field: 'token', message: m.invalidToken }])
  const errors: FieldError[] = []
  const remark = typeof body.remark === 'string' ? body.remark.normalize('NFC').trim() : body.remark == null ? '' : null
  if (body.useful !== 'yes' && body.useful !== 'no') errors.push({ field: 'useful', message: m.usefulMissing })
  if (remark === null || remark.length > feedbackLimits.remark) errors.push({ field: 'remark', message: m.remarkTooLong(feedbackLimits.remark) })
  else if (controlCharacters.test(remark)) errors.push({ field: 'remark', message: m.remarkCharacters })
  if (errors.length) throw new PublicError(400, errors[0]!.message, errors)
  // Only a page visitors can see takes answers (read as a visitor: published documents only).
  const { totalDocs } = await payload.count({ collection: claim.collection, where: { id: { equals: claim.id } }, overrideAccess: false })
  if (!totalDocs) throw new PublicError(404, m.gone)
  const item = claim.collection === 'knowledge-items' ? claim.id : null
  const page = claim.collection === 'pages' ? claim.id : null
  // The day only (at noon UTC, the same date in any time zone), not the time.
  const { rowCount } = await query(
    payload,
    sql`INSERT INTO feedback (day, useful, remark, handled, item_id, page_id, token)
      VALUES ((date_trunc('day', now() AT TIME ZONE 'Europe/Amsterdam') + interval '12 hours') AT TIME ZONE 'UTC', ${body.useful}, ${remark || null}, false, ${item}, ${page}, ${claim.nonce})
      ON CONFLICT (token) DO NOTHING`,
  )
  if (!rowCount) return new Answer(409, { message: m.already, errors: [{ message: m.already }] })
  return { message: m.thanks } satisfies FeedbackResult
})
