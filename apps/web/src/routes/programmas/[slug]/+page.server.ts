import { error } from '@sveltejs/kit'

import type { PageServerLoad } from './$types'

import { safeHref } from '$lib/url'
import { cms, currentMinute } from '$lib/server/cms'
import { eventCard, image, itemCard, rich, themeLinks, validSlug } from '$lib/server/content'
import { m } from '$lib/messages'

export const load: PageServerLoad = async ({ params }) => {
  const slug = validSlug(params.slug)
  const client = cms()
  const programme = slug ? await client.findBySlug('programmes', slug, 1) : null
  if (!programme) error(404, m.error.programmeNotFound)
  const now = currentMinute()
  const [upcoming, past, items] = await Promise.all([
    client.all('events', { where: { programme: { equals: programme.id }, endsAt: { greater_than_equal: now } }, sort: 'startsAt', depth: 0 }),
    client.all('events', { where: { programme: { equals: programme.id }, endsAt: { less_than: now } }, sort: '-startsAt', depth: 0 }),
    client.list('knowledge-items', { where: { programmes: { in: [programme.id] } }, sort: '-publishedAt', limit: 24, depth: 0 }),
  ])
  return {
    programme: {
      title: programme.title,
      slug: programme.slug,
      summary: programme.summary,
      description: rich(programme.description),
      website: safeHref(programme.website),
      contact: programme.contact?.name || programme.contact?.email ? { name: programme.contact.name ?? '', email: programme.contact.email ?? '' } : null,
      themes: themeLinks(programme.themes),
      seoTitle: programme.seo?.title || programme.title,
      seoDescription: programme.seo?.description || programme.summary,
      seoImage: image(programme.seo?.image),
    },
    upcoming: upcoming.map(eventCard),
    past: past.map(eventCard),
    items: items.docs.map(itemCard),
    totalItems: items.totalDocs,
  }
}
