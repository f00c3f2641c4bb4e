import type { RequestHandler } from './$types'

import { paths } from '$lib/paths'
import { cms } from '$lib/server/cms'
import { validSlug } from '$lib/server/content'
import { apiHandler, problem, publicCorsHeaders } from '$lib/server/public-api'
import { m } from '$lib/messages'

const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

/**
 * GET /oembed?url=<an item's address>[&maxwidth=…] — oEmbed 1.0 (type "rich") for knowledge items, so a
 * site that pastes an item's link shows its title and summary. The HTML is a plain quotation with links:
 * no script, no frame, nothing that tracks. JSON only (format=xml is 501, as the specification says).
 */
export const GET: RequestHandler = apiHandler(async ({ url }) => {
  if ((url.searchParams.get('format') ?? 'json') !== 'json') return problem(501, m.api.oembedJsonOnly, url.pathname)
  let target: URL
  try {
    target = new URL(url.searchParams.get('url') ?? '')
  } catch {
    return problem(404, m.api.oembedUnknown, url.pathname)
  }
  const slug = target.origin === url.origin ? validSlug(/^\/kennisbank\/([^/]+)\/?$/.exec(target.pathname)?.[1] ?? '') : null
  const [item, settings] = await Promise.all([slug ? cms().findBySlug('knowledge-items', slug, 0) : null, cms().siteSettings()])
  if (!item) return problem(404, m.api.oembedUnknown, url.pathname)
  const width = Math.min(Number(url.searchParams.get('maxwidth')) || 600, 600)
  const link = `${url.origin}${paths.item(item.slug)}`
  const html =
    `<blockquote class="bw-kennisitem" cite="${escape(link)}"><p><a href="${escape(link)}">${escape(item.title)}</a></p>` +
    `<p>${escape(item.summary)}</p><p>— <a href="${escape(`${url.origin}/kennisbank`)}">${escape(settings.siteName)}</a></p></blockquote>`
  return new Response(
    JSON.stringify({ version: '1.0', type: 'rich', title: item.title, provider_name: settings.siteName, provider_url: `${url.origin}/`, html, width, height: 240 }),
    { headers: { ...publicCorsHeaders, 'content-type': 'application/json; charset=utf-8' } },
  )
})
