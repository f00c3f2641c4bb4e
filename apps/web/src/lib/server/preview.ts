// Previews of drafts (see apps/cms/src/preview): a document page opened with ?preview=<token> shows the draft
// the token names, as visitors will see it once published. Such an answer is never cached, never indexed and
// may be framed by the admin only (hooks.server.ts); the page cache leaves ?preview= addresses alone.
import { error } from '@sveltejs/kit'
import type { Config } from '@kennisbank/types'
import { previewDepth, previewParam, type DraftCollection } from '@kennisbank/types/api'
import { verifyPreview } from '@kennisbank/types/tokens'

import { m } from '$lib/messages'

import { cms } from './cms'
import { readConfig } from './config'
import { validSlug } from './content'

const notFound: Record<DraftCollection, string> = {
  'knowledge-items': m.error.itemNotFound,
  programmes: m.error.programmeNotFound,
  events: m.error.eventNotFound,
  pages: m.error.pageNotFound,
}

/** What a preview page's live-preview island needs (components/LivePreview.svelte). */
export type Preview = { token: string; collection: DraftCollection; cmsOrigin: string }

/** Whether a request asks for a preview (it is then never cached and never indexed). */
export const isPreviewRequest = (url: URL) => url.searchParams.has(previewParam)

/** The claim of a preview token, or a 403 with the Dutch explanation. */
export function previewClaim(token: string | null, collection?: DraftCollection) {
  const claim = verifyPreview(readConfig().portalKey, token)
  if (!claim || (collection && claim.collection !== collection)) error(403, m.preview.invalid)
  return claim
}

/**
 * The document a page of `collection` shows: with a valid preview token, the draft it names; otherwise the
 * published document with the slug in the URL. A 404 when there is none; a 403 for a bad or expired token.
 */
export async function pageDocument<C extends DraftCollection>(collection: C, slug: string, url: URL): Promise<{ doc: Config['collections'][C]; preview: Preview | null }> {
  if (isPreviewRequest(url)) {
    const token = url.searchParams.get(previewParam) ?? ''
    previewClaim(token, collection)
    const answer = await cms().preview.read(token)
    if (!answer.ok) error(answer.httpStatus === 404 ? 404 : 403, answer.httpStatus === 404 ? notFound[collection] : m.preview.invalid)
    return { doc: answer.doc as Config['collections'][C], preview: { token, collection, cmsOrigin: readConfig().cmsPublicOrigin } }
  }
  const valid = validSlug(slug)
  const doc = valid ? await cms().findBySlug(collection, valid, previewDepth[collection]) : null
  if (!doc) error(404, notFound[collection])
  return { doc, preview: null }
}
