import { redirect } from '@sveltejs/kit'

import type { RequestHandler } from './$types'

/** GET /api/v1 — to the description of what is there. */
export const GET: RequestHandler = () => redirect(302, '/api/v1/openapi.json')
