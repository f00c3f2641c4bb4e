// POST /voorbeeld with { token, data }: the live-preview island (components/LivePreview.svelte) sends the
// editor's unsaved form data; the answer is the page's data from it, made by the page's own shaper.
import { error, json } from '@sveltejs/kit'

import type { RequestHandler } from './$types'

import { m } from '$lib/messages'
import { cms } from '$lib/server/cms'
import { pageOf } from '$lib/server/pages'
import { previewClaim } from '$lib/server/preview'
import { withPreviewToken } from '$lib/server/render-scope'

export const POST: RequestHandler = async ({ request }) => {
  const body: unknown = await request.json().catch(() => null)
  const { token, data } = (body && typeof body === 'object' ? body : {}) as { token?: unknown; data?: unknown }
  const claim = previewClaim(typeof token === 'string' ? token : null)
  if (!data || typeof data !== 'object' || Array.isArray(data)) error(400, m.preview.updateFailed)
  const answer = await cms().preview.update(token as string, data as Record<string, unknown>)
  if (!answer.ok) error(answer.httpStatus, answer.message)
  const page = await withPreviewToken(token as string, () => pageOf[claim.collection](answer.doc as never))
  return json({ page }, { headers: { 'cache-control': 'no-store' } })
}
