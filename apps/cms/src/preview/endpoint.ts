// Preview of drafts on the real portal page. The admin's "Voorbeeld" button and its live-preview panel open
// the document's portal address with a signed, short-lived token (@kennisbank/types/tokens); the portal
// checks it and reads the draft from GET /api/preview, and while the editor types, the panel's updates go
// through the portal to POST /api/preview. Both answer the document as visitors would see it once published:
// its relations are populated as for an anonymous reader, so unpublished related documents stay out.
import { previewDepth, previewHeader, type DraftCollection } from '@kennisbank/types/api'
import { verifyPreview } from '@kennisbank/types/tokens'
import { createLocalReq, type Payload } from 'payload'

import { noStore, PublicError } from '../api/answers'
import { publicEndpoint, readJsonObject } from '../api/public'
import { env } from '../env'
import { messages } from '../messages'

/**
 * The document as visitors will see it: `data` (the draft, or the editor's unsaved form) populated anonymously,
 * except that its uploads not yet public are there too (the request's token lets Media's read access see them).
 */
async function asPublished(payload: Payload, request: Request, collection: DraftCollection, id: number, data: Record<string, unknown>) {
  const req = await createLocalReq({ req: { headers: request.headers } }, payload)
  const doc = await payload.findByID({ collection, id, data: { ...data, id }, depth: previewDepth[collection], overrideAccess: false, disableErrors: true, req })
  return { doc }
}

/**
 * GET /api/preview: the latest draft of the document the token names. POST /api/preview with `{ data }`:
 * the editor's unsaved form data, populated. Only the portal may ask (PORTAL_API_KEY), with a valid token
 * in the x-kennisbank-preview header.
 */
export const previewEndpoint = publicEndpoint({ portalOnly: messages.preview.notPortal, cacheControl: noStore, failure: messages.preview.failed }, async ({ payload, request }) => {
  const claim = verifyPreview(env.portalApiKey, request.headers.get(previewHeader))
  if (!claim) throw new PublicError(403, messages.preview.invalid)
  const { collection, id } = claim
  if (request.method === 'POST') {
    const { data } = await readJsonObject(request, 2 * 1024 * 1024)
    if (!data || typeof data !== 'object' || Array.isArray(data)) throw new PublicError(400, messages.preview.badData)
    return asPublished(payload, request, collection, id, data as Record<string, unknown>)
  }
  const draft = await payload.findByID({ collection, id, draft: true, depth: 0, overrideAccess: true, disableErrors: true })
  if (!draft) throw new PublicError(404, messages.preview.gone)
  return asPublished(payload, request, collection, id, draft as unknown as Record<string, unknown>)
})
