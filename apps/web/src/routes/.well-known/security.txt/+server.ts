import { securityTxt } from '@kennisbank/types/api'

import type { RequestHandler } from './$types'

import { cms } from '$lib/server/cms'

/** Where to report a vulnerability: the kennisbank's contact address (site settings). */
export const GET: RequestHandler = async ({ url }) => {
  const settings = await cms().siteSettings()
  const contact = settings.contact?.email || `security@${url.hostname}`
  return new Response(securityTxt({ contact, canonical: url.href }), {
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'public, max-age=3600' },
  })
}
