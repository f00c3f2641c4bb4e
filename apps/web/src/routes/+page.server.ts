import type { PageServerLoad } from './$types'

import { cms, currentMinute } from '$lib/server/cms'
import { paths } from '$lib/paths'
import { eventCard, itemCard, populated, themeCard } from '$lib/server/content'

export const load: PageServerLoad = async () => {
  const client = cms()
  const now = currentMinute()
  const [settings, latest, upcoming, themes, organisations] = await Promise.all([
    client.siteSettings(),
    client.list('knowledge-items', { sort: '-publishedAt', limit: 6, depth: 0 }),
    client.list('events', { where: { endsAt: { greater_than_equal: now } }, sort: 'startsAt', limit: 3, depth: 0 }),
    client.all('themes', { sort: 'order', depth: 0, select: { title: true, slug: true, summary: true } }),
    client.all('organisations', { sort: 'title', depth: 0, select: { title: true, slug: true } }),
  ])
  const featuredIds = (settings.home?.featured ?? []).map((ref) => (typeof ref === 'number' ? ref : ref.id))
  // The client asks for published items only, so a featured item that went back to draft drops out.
  const featured = featuredIds.length
    ? (await client.list('knowledge-items', { where: { id: { in: featuredIds } }, limit: featuredIds.length, depth: 0 })).docs.sort(
        (a, b) => featuredIds.indexOf(a.id) - featuredIds.indexOf(b.id),
      )
    : []
  return {
    intro: settings.home?.intro ?? '',
    featured: populated(featured).map(itemCard),
    latest: latest.docs.filter((item) => !featuredIds.includes(item.id)).slice(0, 4).map(itemCard),
    totalItems: latest.totalDocs,
    upcoming: upcoming.docs.map(eventCard),
    themes: themes.map(themeCard),
    organisations: organisations.map(({ title, slug }) => ({ title, href: paths.organisation(slug) })),
  }
}
