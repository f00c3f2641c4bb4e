import type { RequestHandler } from './$types'

import { paths } from '$lib/paths'
import { cms } from '$lib/server/cms'

const escapeXml = (value: string) => value.replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`)
const fields = { slug: true, updatedAt: true } as const

/** Every published URL of the portal, for search engines. */
export const GET: RequestHandler = async ({ url }) => {
  const client = cms()
  const [items, programmes, events, organisations, themes, pages, editions, indicators] = await Promise.all([
    client.all('knowledge-items', { depth: 0, select: fields }),
    client.all('programmes', { depth: 0, select: fields }),
    client.all('events', { depth: 0, select: fields }),
    client.all('organisations', { depth: 0, select: fields }),
    client.all('themes', { depth: 0, select: fields }),
    client.all('pages', { depth: 0, select: fields }),
    client.all('editions', { depth: 0, select: { year: true, updatedAt: true } }),
    client.all('indicators', { depth: 0, select: fields }),
  ])
  const entries: { path: string; updatedAt?: string }[] = [
    ...['/', '/kennisbank', '/programmas', '/agenda', '/netwerk', '/themas', '/cijfers', '/week-van-de-brede-welvaart'].map((path) => ({ path })),
    ...items.map((doc) => ({ path: paths.item(doc.slug), updatedAt: doc.updatedAt })),
    ...programmes.map((doc) => ({ path: paths.programme(doc.slug), updatedAt: doc.updatedAt })),
    ...events.map((doc) => ({ path: paths.event(doc.slug), updatedAt: doc.updatedAt })),
    ...organisations.map((doc) => ({ path: paths.organisation(doc.slug), updatedAt: doc.updatedAt })),
    ...themes.map((doc) => ({ path: paths.theme(doc.slug), updatedAt: doc.updatedAt })),
    ...pages.filter((doc) => doc.slug !== 'week-van-de-brede-welvaart').map((doc) => ({ path: paths.page(doc.slug), updatedAt: doc.updatedAt })),
    ...editions.map((doc) => ({ path: paths.edition(doc.year), updatedAt: doc.updatedAt })),
    ...indicators.map((doc) => ({ path: `/cijfers/${doc.slug}`, updatedAt: doc.updatedAt })),
  ]
  const body = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...entries.map(
      ({ path, updatedAt }) =>
        `  <url><loc>${escapeXml(new URL(path, url.origin).href)}</loc>${updatedAt ? `<lastmod>${escapeXml(updatedAt)}</lastmod>` : ''}</url>`,
    ),
    '</urlset>',
    '',
  ].join('\n')
  return new Response(body, { headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=300' } })
}
