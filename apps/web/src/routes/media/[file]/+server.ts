import { error } from '@sveltejs/kit'

import type { RequestHandler } from './$types'

import { m } from '$lib/messages'
import { mediaFile } from '$lib/server/media'
import { previewParam } from '@kennisbank/types/api'

/**
 * GET /media/<file> — an upload of the CMS (image or download) under the portal's own origin, so
 * public links never name the CMS. Only what the CMS gives anyone is served: the request is anonymous.
 */
export const GET: RequestHandler = async ({ params, request, url }) => {
  // On a preview page the URL carries its token (render-scope.ts): the CMS then also gives uploads not yet public.
  const response = await mediaFile(params.file, request.headers, url.searchParams.get(previewParam))
  if (!response) error(404, m.error.fileNotFound)
  return response
}
