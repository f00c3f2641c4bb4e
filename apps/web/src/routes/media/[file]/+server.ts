import { error } from '@sveltejs/kit'

import type { RequestHandler } from './$types'

import { m } from '$lib/messages'
import { mediaFile } from '$lib/server/media'

/**
 * GET /media/<file> — an upload of the CMS (image or download) under the portal's own origin, so
 * public links never name the CMS. Only what the CMS gives anyone is served: the request is anonymous.
 */
export const GET: RequestHandler = async ({ params, request }) => {
  const response = await mediaFile(params.file, request.headers)
  if (!response) error(404, m.error.fileNotFound)
  return response
}
