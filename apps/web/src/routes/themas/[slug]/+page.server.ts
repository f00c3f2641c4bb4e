import { error } from '@sveltejs/kit'

import type { PageServerLoad } from './$types'

import { labelOf, perspectives } from '@kennisbank/types/vocabularies'

import { cms, currentMinute } from '$lib/server/cms'
import { eventCard, itemCard, rich, validSlug } from '$lib/server/content'
import { loadSummaries } from '$lib/server/figures'
import { m } from '$lib/messages'

export const load: PageServerLoad = async ({ params }) => {
  const slug = validSlug(params.slug)
  const client = cms()
  const theme = slug ? await client.findBySlug('themes', slug, 0) : null
  if (!theme) error(404, m.error.themeNotFound)
  const now = currentMinute()
  const [items, events, indicators] = await Promise.all([
    client.list('knowledge-items', { where: { themes: { in: [theme.id] } }, sort: '-publishedAt', limit: 12, depth: 0 }),
    client.list('events', { where: { themes: { in: [theme.id] }, endsAt: { greater_than_equal: now } }, sort: 'startsAt', limit: 6, depth: 0 }),
    loadSummaries({ theme: theme.id }),
  ])
  return {
    theme: { title: theme.title, slug: theme.slug, summary: theme.summary, perspective: labelOf(perspectives, theme.perspective), description: rich(theme.description) },
    items: items.docs.map(itemCard),
    totalItems: items.totalDocs,
    events: events.docs.map(eventCard),
    figures: indicators.summaries,
    exampleFigures: indicators.figures.some((figure) => figure.exampleData),
  }
}
