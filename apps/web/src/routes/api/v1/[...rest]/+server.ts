import type { RequestHandler } from './$types'

import { preflight, problem } from '$lib/server/public-api'
import { m } from '$lib/messages'

/** Any other address under /api/v1: a 404 as problem details, not the portal's HTML error page. */
export const GET: RequestHandler = ({ url }) => problem(404, m.api.noSuchPath, url.pathname)

export const OPTIONS = preflight
